package vn.hocso.certificates.model;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import vn.hocso.accounts.model.Account;
import vn.hocso.accounts.model.Unit;
import vn.hocso.classes.model.TrainingClass;
import vn.hocso.courses.model.Course;
import vn.hocso.platform.persistence.Identified;

/** An issued certificate: its number, code and PDF never change; it may be revoked, and replaced by a new one. */
@Entity
@Table(name = "certificate")
public class Certificate extends Identified {

    @Column(nullable = false)
    private String number;
    @Column(nullable = false)
    private String code;
    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account holder;
    @ManyToOne(optional = false)
    @JoinColumn(name = "course_id")
    private Course course;
    @ManyToOne
    @JoinColumn(name = "class_id")
    private TrainingClass trainingClass;
    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;
    @Column(name = "holder_name", nullable = false)
    private String holderName;
    @Column(name = "course_title", nullable = false)
    private String courseTitle;
    @Column(nullable = false)
    private String issuer;
    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;
    @Column(name = "issued_by", nullable = false)
    private String issuedBy;
    @Column(name = "file_name", nullable = false)
    private String fileName;
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] pdf;
    @Column(name = "pdf_sha256", nullable = false)
    private String pdfSha256;
    @Column(name = "current_holding")
    private String currentHolding;
    @Column(name = "revoked_at")
    private Instant revokedAt;
    @Column(name = "revoked_by")
    private String revokedBy;
    @Column(name = "revoke_reason")
    private String revokeReason;
    @ManyToOne
    @JoinColumn(name = "replaced_by_id")
    private Certificate replacedBy;
    @Version
    private int version;

    protected Certificate() {
    }

    /** What an issued certificate is made of, besides its PDF. */
    public record Issue(String number, String code, Account holder, Course course, TrainingClass trainingClass, Unit unit,
                        String holderName, String courseTitle, String issuer, Instant issuedAt, String issuedBy) {
    }

    public Certificate(Issue issue, String fileName, byte[] pdf, String pdfSha256) {
        this.number = issue.number();
        this.code = issue.code();
        this.holder = issue.holder();
        this.course = issue.course();
        this.trainingClass = issue.trainingClass();
        this.unit = issue.unit();
        this.holderName = issue.holderName();
        this.courseTitle = issue.courseTitle();
        this.issuer = issue.issuer();
        this.issuedAt = issue.issuedAt();
        this.issuedBy = issue.issuedBy();
        this.fileName = fileName;
        this.pdf = pdf.clone();
        this.pdfSha256 = pdfSha256;
        this.currentHolding = holding(issue.holder(), issue.course());
    }

    /** The key that lets a learner hold one standing certificate per course. */
    public static String holding(Account holder, Course course) {
        return holder.getId() + ":" + course.getId();
    }

    public void revoke(String reason, String by, Instant now) {
        revokedAt = now;
        revokedBy = by;
        revokeReason = reason;
        currentHolding = null;
    }

    public void replaceWith(Certificate newer) {
        replacedBy = newer;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public byte[] pdf() {
        return pdf.clone();
    }

    public String getNumber() {
        return number;
    }

    public String getCode() {
        return code;
    }

    public Account getHolder() {
        return holder;
    }

    public Course getCourse() {
        return course;
    }

    public TrainingClass getTrainingClass() {
        return trainingClass;
    }

    public Unit getUnit() {
        return unit;
    }

    public String getHolderName() {
        return holderName;
    }

    public String getCourseTitle() {
        return courseTitle;
    }

    public String getIssuer() {
        return issuer;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public String getFileName() {
        return fileName;
    }

    public String getPdfSha256() {
        return pdfSha256;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public String getRevokeReason() {
        return revokeReason;
    }

    public Certificate getReplacedBy() {
        return replacedBy;
    }
}
