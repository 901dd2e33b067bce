package vn.hocso.courses.model;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.hocso.courses.content.CourseDefinition;
import vn.hocso.platform.files.ContentHash;
import vn.hocso.platform.persistence.Identified;

/** An image shown in a course's lessons; its hash is the ETag phones revalidate with. */
@Entity
@Table(name = "course_image")
public class CourseImage extends Identified {

    @ManyToOne(optional = false)
    @JoinColumn(name = "course_id")
    private Course course;
    @Column(nullable = false, length = 120)
    private String name;
    @Column(name = "content_type", nullable = false, length = 40)
    private String contentType;
    @Column(nullable = false, length = 64)
    private String sha256;
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    protected CourseImage() {
    }

    CourseImage(Course course, CourseDefinition.ImageFile file) {
        this.course = course;
        this.name = file.name();
        update(file);
    }

    void update(CourseDefinition.ImageFile file) {
        String hash = ContentHash.of(file.content());
        if (!hash.equals(sha256)) {
            contentType = file.contentType();
            content = file.content().clone();
            sha256 = hash;
        }
    }

    public String getName() {
        return name;
    }

    public String getContentType() {
        return contentType;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] content() {
        return content.clone();
    }
}
