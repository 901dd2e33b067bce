package vn.hocso.quizzes.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import vn.hocso.platform.persistence.Identified;

/** A question as an attempt shows it (its place, its choices' order) and the learner's latest answer. */
@Entity
@Table(name = "attempt_question")
public class AttemptQuestion extends Identified {

    @ManyToOne(optional = false)
    @JoinColumn(name = "attempt_id")
    private QuizAttempt attempt;
    @Column(nullable = false)
    private int position;
    @ManyToOne(optional = false)
    @JoinColumn(name = "question_id")
    private BankQuestion question;
    @Column(name = "choice_order", nullable = false, length = 400)
    private String choiceOrder;
    /** The answer as the page sent it (JSON), in the ids it showed. */
    @Column(length = 8000)
    private String response;
    @Column(name = "response_seq", nullable = false)
    private long responseSeq;
    @Column(name = "saved_at")
    private Instant savedAt;
    @Column
    private BigDecimal fraction;

    protected AttemptQuestion() {
    }

    AttemptQuestion(QuizAttempt attempt, int position, BankQuestion question, List<Integer> choiceOrder) {
        this.attempt = attempt;
        this.position = position;
        this.question = question;
        this.choiceOrder = choiceOrder.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /**
     * Keeps the answer unless an answer given later is already here: pages resend what the
     * server lacks after a dropped connection, possibly out of order. True when it changed.
     */
    public boolean answer(String json, long sequence, Instant now) {
        if (sequence < responseSeq || sequence == responseSeq && json.equals(response)) {
            return false;
        }
        response = json;
        responseSeq = sequence;
        savedAt = now;
        return true;
    }

    void grade(BigDecimal earned) {
        fraction = earned;
    }

    public List<Integer> choiceOrder() {
        return choiceOrder.isEmpty() ? List.of() : Arrays.stream(choiceOrder.split(",")).map(Integer::valueOf).toList();
    }

    public QuizAttempt getAttempt() {
        return attempt;
    }

    public int getPosition() {
        return position;
    }

    public BankQuestion getQuestion() {
        return question;
    }

    public String getResponse() {
        return response;
    }

    public long getResponseSeq() {
        return responseSeq;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public BigDecimal getFraction() {
        return fraction;
    }
}
