package vn.hocso.courses.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.hocso.courses.content.CourseDefinition;

/** A lesson with the HTML rendered at import; a retired lesson stays for the progress that names it. */
@Entity
@Table(name = "lesson")
public class Lesson extends CoursePart {

    @Column(nullable = false, length = 80)
    private String slug;
    @Column(nullable = false)
    private int position;
    @Column(nullable = false)
    private int minutes;
    @Column(nullable = false, length = 400_000)
    private String html;

    protected Lesson() {
    }

    Lesson(Course course, CourseDefinition.LessonContent content) {
        super(course);
        this.slug = content.slug();
        update(content);
    }

    void update(CourseDefinition.LessonContent content) {
        position = content.position();
        refresh(content.title());
        minutes = content.minutes();
        html = content.html();
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
