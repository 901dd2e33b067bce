package vn.hocso.certificates.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.hocso.accounts.model.Account;
import vn.hocso.classes.model.TrainingClass;
import vn.hocso.courses.model.Course;
import vn.hocso.courses.model.CourseQuiz;
import vn.hocso.courses.model.Enrolment;
import vn.hocso.platform.i18n.Dates;
import vn.hocso.quizzes.model.QuizAttempt;

/** What a certificate states about the learning: when it ran and the result. */
@ApplicationScoped
public class CertificateFacts {

    private EntityManager em;

    protected CertificateFacts() {
    }

    @Inject
    public CertificateFacts(EntityManager em) {
        this.em = em;
    }

    public record Facts(LocalDate from, LocalDate to, String result) {
    }

    /** A class's dates; for online learning, from enrolment to completion. The final quiz's grade when there is one. */
    public Facts of(Account holder, Course course, TrainingClass trainingClass, LocalDate today) {
        Optional<Enrolment> enrolment = em.createQuery("select e from Enrolment e where e.account = :a and e.course = :c",
                Enrolment.class).setParameter("a", holder).setParameter("c", course).getResultStream().findFirst();
        LocalDate from = trainingClass != null ? trainingClass.getStartDate()
                : enrolment.map(e -> LocalDate.ofInstant(e.getEnrolledAt(), Dates.VIETNAM)).orElse(today);
        LocalDate to = trainingClass != null ? trainingClass.getEndDate()
                : enrolment.map(Enrolment::getCompletedAt).map(at -> LocalDate.ofInstant(at, Dates.VIETNAM)).orElse(today);
        Optional<BigDecimal> grade = Optional.ofNullable(course.getCompletionQuiz()).flatMap(course::findQuiz)
                .flatMap(quiz -> QuizAttempt.gradeOf(graded(holder, quiz), quiz.settings()));
        return new Facts(from, to, grade.map(g -> "Đạt (điểm kiểm tra " + g.setScale(0, RoundingMode.HALF_UP) + "%)")
                .orElse("Đạt"));
    }

    private List<QuizAttempt> graded(Account holder, CourseQuiz quiz) {
        return em.createQuery("select a from QuizAttempt a where a.quiz = :q and a.account = :a and a.contestKey = 0",
                QuizAttempt.class).setParameter("q", quiz).setParameter("a", holder).getResultList();
    }
}
