package vn.hocso.quizzes.model;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.hocso.courses.model.CourseQuiz;
import vn.hocso.platform.files.ContentHash;
import vn.hocso.platform.persistence.Identified;
import vn.hocso.quizzes.gift.GiftParser;
import vn.hocso.quizzes.gift.GiftWriter;
import vn.hocso.quizzes.gift.Question;
import vn.hocso.quizzes.gift.QuestionType;

/**
 * A question of a quiz's bank, stored as its own GIFT text. Its content never changes: a
 * changed question is a new row and this one is retired, so attempts keep theirs.
 */
@Entity
@Cacheable
@Table(name = "question")
public class BankQuestion extends Identified {

    @ManyToOne(optional = false)
    @JoinColumn(name = "course_quiz_id")
    private CourseQuiz quiz;
    @Column(nullable = false)
    private int position;
    @Column(nullable = false)
    private String category;
    @Column(nullable = false)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private QuestionType type;
    @Column(nullable = false, length = 100_000)
    private String gift;
    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;
    @Column(name = "retired_at")
    private Instant retiredAt;
    @Transient
    private Question parsed;

    private static final int MAX_PARSED = 20_000;
    private static final Map<String, Question> PARSED = new ConcurrentHashMap<>();

    protected BankQuestion() {
    }

    public BankQuestion(CourseQuiz quiz, int position, Question question) {
        this.quiz = quiz;
        this.position = position;
        this.category = question.category();
        this.name = question.name();
        this.type = question.type();
        this.gift = canonicalGift(question);
        this.contentHash = ContentHash.of(gift);
    }

    /** The GIFT text a question is stored and compared by (the file's spacing and comments aside). */
    public static String canonicalGift(Question question) {
        return GiftWriter.write(List.of(question));
    }

    /** Back in the file (perhaps at another place): active again. */
    public void keepAt(int newPosition) {
        position = newPosition;
        retiredAt = null;
    }

    public void retire(Instant now) {
        if (retiredAt == null) {
            retiredAt = now;
        }
    }

    public boolean isActive() {
        return retiredAt == null;
    }

    /** The question itself: read once per content (a bank question never changes), shared by every request. */
    public Question question() {
        if (parsed == null) {
            if (PARSED.size() >= MAX_PARSED) {
                PARSED.clear();
            }
            parsed = PARSED.computeIfAbsent(contentHash, hash -> GiftParser.parse(gift).questions().get(0));
        }
        return parsed;
    }

    public CourseQuiz getQuiz() {
        return quiz;
    }

    public int getPosition() {
        return position;
    }

    public String getCategory() {
        return category;
    }

    public QuestionType getType() {
        return type;
    }

    public String getGift() {
        return gift;
    }

    public String getContentHash() {
        return contentHash;
    }
}
