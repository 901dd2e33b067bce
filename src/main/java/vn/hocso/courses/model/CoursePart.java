package vn.hocso.courses.model;

import jakarta.persistence.Column;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import vn.hocso.courses.content.LocalizedText;
import vn.hocso.platform.persistence.Identified;

/**
 * What lessons and quizzes share: they belong to a course, have a title in both
 * languages, and are retired (never deleted) when their file leaves the course folder.
 */
@MappedSuperclass
public abstract class CoursePart extends Identified {

    @ManyToOne(optional = false)
    @JoinColumn(name = "course_id")
    private Course course;
    @Column(name = "title_vi", nullable = false)
    private String titleVi;
    @Column(name = "title_en")
    private String titleEn;
    @Column(name = "retired_at")
    private Instant retiredAt;

    protected CoursePart() {
    }

    protected CoursePart(Course course) {
        this.course = course;
    }

    /** Back in the folder, with this title: active again. */
    protected void refresh(LocalizedText title) {
        titleVi = title.vi();
        titleEn = title.en();
        retiredAt = null;
    }

    void retire(Instant now) {
        if (retiredAt == null) {
            retiredAt = now;
        }
    }

    public boolean isActive() {
        return retiredAt == null;
    }

    public LocalizedText title() {
        return new LocalizedText(titleVi, titleEn);
    }

    public Course getCourse() {
        return course;
    }
}
