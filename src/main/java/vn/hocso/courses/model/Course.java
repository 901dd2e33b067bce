package vn.hocso.courses.model;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.hocso.accounts.core.SearchText;
import vn.hocso.courses.content.Category;
import vn.hocso.courses.content.Competence;
import vn.hocso.courses.content.CourseDefinition;
import vn.hocso.courses.content.LocalizedText;
import vn.hocso.platform.persistence.Identified;

/** A course as imported from its folder; {@link #update} applies a new version of the folder in place. */
@Entity
@Cacheable
@Table(name = "course")
public class Course extends Identified {

    @Column(nullable = false, unique = true, length = 80)
    private String slug;
    @Column(name = "title_vi", nullable = false)
    private String titleVi;
    @Column(name = "title_en")
    private String titleEn;
    @Column(name = "summary_vi", nullable = false)
    private String summaryVi;
    @Column(name = "summary_en")
    private String summaryEn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Category category;
    /** Competence codes, comma-separated: a small closed set, always read with the course. */
    @Column(nullable = false)
    private String competences;
    @Column(nullable = false)
    private BigDecimal hours;
    @Column(name = "audience_vi")
    private String audienceVi;
    @Column(name = "audience_en")
    private String audienceEn;
    @Column(name = "completion_quiz")
    private String completionQuiz;
    @Column(name = "certificate_vi")
    private String certificateVi;
    @Column(name = "certificate_en")
    private String certificateEn;
    /** Titles and summaries folded (no diacritics, lower case) for the catalog search. */
    @Column(name = "search_text", nullable = false)
    private String searchText;
    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;
    @Column(name = "retired_at")
    private Instant retiredAt;

    @OneToMany(mappedBy = "course", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<Lesson> lessons = new ArrayList<>();

    @OneToMany(mappedBy = "course", cascade = CascadeType.ALL)
    private List<CourseQuiz> quizzes = new ArrayList<>();

    /** Images have no history worth keeping: one that leaves the folder is deleted. */
    @OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<CourseImage> images = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CourseSource source = CourseSource.FOLDER;
    /** The administrator who uploaded it; null for the courses folder. */
    @Column(name = "imported_by", length = 80)
    private String importedBy;

    @Version
    private int version;

    protected Course() {
    }

    public Course(String slug) {
        this.slug = slug;
    }

    /**
     * Makes the course match its folder: fields replaced, lessons and quizzes updated in
     * place by slug or file, new ones added, missing ones retired (never deleted, so
     * progress keeps pointing at them). A course an administrator retired stays retired.
     */
    public void update(CourseDefinition definition, CourseSource from, String by, Instant now) {
        source = from;
        importedBy = by;
        titleVi = definition.title().vi();
        titleEn = definition.title().en();
        summaryVi = definition.summary().vi();
        summaryEn = definition.summary().en();
        category = definition.category();
        competences = definition.competences().stream().map(Competence::code).sorted().collect(Collectors.joining(","));
        hours = definition.hours();
        audienceVi = definition.audience().vi();
        audienceEn = definition.audience().en();
        completionQuiz = definition.completionQuiz();
        certificateVi = definition.certificateWording().vi();
        certificateEn = definition.certificateWording().en();
        searchText = SearchText.fold(String.join(" ", titleVi, nullToEmpty(titleEn), summaryVi, nullToEmpty(summaryEn), slug));
        importedAt = now;
        updateLessons(definition.lessons(), now);
        updateQuizzes(definition.quizzes(), now);
        updateImages(definition.images());
    }

    private void updateLessons(List<CourseDefinition.LessonContent> contents, Instant now) {
        Set<String> present = contents.stream().map(CourseDefinition.LessonContent::slug).collect(Collectors.toSet());
        lessons.stream().filter(l -> !present.contains(l.getSlug())).forEach(l -> l.retire(now));
        for (CourseDefinition.LessonContent content : contents) {
            findLesson(content.slug()).ifPresentOrElse(l -> l.update(content),
                    () -> lessons.add(new Lesson(this, content)));
        }
    }

    private void updateQuizzes(List<CourseDefinition.QuizDefinition> definitions, Instant now) {
        Set<String> present = definitions.stream().map(CourseDefinition.QuizDefinition::file).collect(Collectors.toSet());
        quizzes.stream().filter(q -> !present.contains(q.getFile())).forEach(q -> q.retire(now));
        for (CourseDefinition.QuizDefinition definition : definitions) {
            findQuiz(definition.file()).ifPresentOrElse(q -> q.update(definition), () -> quizzes.add(new CourseQuiz(this, definition)));
        }
    }

    private void updateImages(List<CourseDefinition.ImageFile> files) {
        Set<String> present = files.stream().map(CourseDefinition.ImageFile::name).collect(Collectors.toSet());
        images.removeIf(image -> !present.contains(image.getName()));
        for (CourseDefinition.ImageFile file : files) {
            images.stream().filter(i -> i.getName().equals(file.name())).findFirst()
                    .ifPresentOrElse(i -> i.update(file), () -> images.add(new CourseImage(this, file)));
        }
    }

    /** Taken out of the catalog by an administrator; enrolments and progress stay. */
    public void retire(Instant now) {
        if (retiredAt == null) {
            retiredAt = now;
        }
    }

    public void restore() {
        retiredAt = null;
    }

    public Optional<Lesson> findLesson(String lessonSlug) {
        return lessons.stream().filter(l -> l.getSlug().equals(lessonSlug)).findFirst();
    }

    /** The lessons a learner reads now, in order. */
    public List<Lesson> activeLessons() {
        return lessons.stream().filter(Lesson::isActive).toList();
    }

    /** The active lesson {@code offset} places from {@code lesson} (-1 before, +1 after), if any. */
    public Optional<Lesson> lessonBeside(Lesson lesson, int offset) {
        List<Lesson> active = activeLessons();
        int index = active.indexOf(lesson) + offset;
        return active.contains(lesson) && index >= 0 && index < active.size() ? Optional.of(active.get(index)) : Optional.empty();
    }

    public Optional<CourseQuiz> findQuiz(String file) {
        return quizzes.stream().filter(q -> q.getFile().equals(file)).findFirst();
    }

    public List<CourseQuiz> activeQuizzes() {
        return quizzes.stream().filter(CourseQuiz::isActive).toList();
    }

    public Set<Competence> competenceSet() {
        Set<Competence> set = EnumSet.noneOf(Competence.class);
        Arrays.stream(competences.split(",")).map(Competence::fromCode).flatMap(Optional::stream).forEach(set::add);
        return set;
    }

    public LocalizedText title() {
        return new LocalizedText(titleVi, titleEn);
    }

    public LocalizedText summary() {
        return new LocalizedText(summaryVi, summaryEn);
    }

    public LocalizedText audience() {
        return new LocalizedText(audienceVi, audienceEn);
    }

    public LocalizedText certificateWording() {
        return new LocalizedText(certificateVi, certificateEn);
    }

    public boolean matches(String foldedQuery) {
        return Arrays.stream(foldedQuery.split(" ")).allMatch(searchText::contains);
    }

    public boolean isActive() {
        return retiredAt == null;
    }

    public String getSlug() {
        return slug;
    }

    public Category getCategory() {
        return category;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public String getCompletionQuiz() {
        return completionQuiz;
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    public CourseSource getSource() {
        return source;
    }

    public String getImportedBy() {
        return importedBy;
    }

    public int getVersion() {
        return version;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
