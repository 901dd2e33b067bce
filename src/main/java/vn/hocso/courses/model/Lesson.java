package vn.hocso.courses.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.hocso.courses.content.CourseDefinition;
import vn.hocso.courses.content.LocalizedText;
import vn.hocso.platform.persistence.Identified;

/** A lesson with the HTML rendered at import; a retired lesson stays for the progress that names it. */
@Entity
@Table(name = "lesson")
public class Lesson extends Identified {

    @ManyToOne(optional = false)
    @JoinColumn(name = "course_id")
    private Course course;
    @Column(nullable = false, length = 80)
    private String slug;
    @Column(nullable = false)
    private int position;
    @Column(name = "title_vi", nullable = false)
    private String titleVi;
    @Column(name = "title_en")
    private String titleEn;
    @Column(nullable = false)
    private int minutes;
    @Column(nullable = false, length = 400_000)
    private String html;
    @Column(name = "retired_at")
    private Instant retiredAt;

    protected Lesson() {
    }

    Lesson(Course course, CourseDefinition.LessonContent content) {
        this.course = course;
        this.slug = content.slug();
        update(content);
    }

    void update(CourseDefinition.LessonContent content) {
        position = content.position();
        titleVi = content.title().vi();
        titleEn = content.title().en();
        minutes = content.minutes();
        html = content.html();
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

    public String getSlug() {
        return slug;
    }

    public int getPosition() {
        return position;
    }

    public int getMinutes() {
        return minutes;
    }

    public String getHtml() {
        return html;
    }
}
