package vn.hocso.quizzes.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hocso.accounts.core.Actor;
import vn.hocso.accounts.core.Role;
import vn.hocso.accounts.service.Accounts;
import vn.hocso.accounts.service.ServiceFixture;
import vn.hocso.courses.content.CourseFolder;
import vn.hocso.courses.service.CatalogService;
import vn.hocso.courses.service.CourseImportService;
import vn.hocso.courses.service.EnrolmentService;
import vn.hocso.platform.errors.DomainException;
import vn.hocso.platform.errors.Failure;
import vn.hocso.platform.i18n.Messages;
import vn.hocso.quizzes.core.AttemptTiming;
import vn.hocso.quizzes.model.QuizAttempt;

class QuizResultsServiceTest {

    private static final String COURSE = "an-toan";

    private final ServiceFixture f = ServiceFixture.withUnits();
    private final QuestionBankService bank = new QuestionBankService(f.entityManager(), f.clock);
    private final FreshPapers papers = new FreshPapers();
    private final AttemptService attempts = new AttemptService(f.entityManager(), f.clock, bank, f.completions(), papers, AttemptTiming.DEFAULT_GRACE.toSeconds());
    private final CatalogService catalog = new CatalogService(f.entityManager());
    private final EnrolmentService enrolments = new EnrolmentService(f.entityManager(), f.clock, f.accounts(), catalog, f.completions());
    /** Group 7 is a class of Đặng Văn Ưng alone, visible to district organizers. */
    private final LearnerGroups classes = (actor, group) -> {
        if (group != 7 || actor.scope(Role.ORGANIZER).filter("HD-NP"::equals).isEmpty()) {
            throw DomainException.of(Failure.FORBIDDEN, "auth.outsideScope");
        }
        return new LearnerGroups.LearnerGroup("Lớp Khu phố 1", Set.of(f.accounts().get("0911222444").getId()));
    };
    private final QuizResultsService results = new QuizResultsService(f.entityManager(), f.units, bank, classes);
    private long quizId;

    @TempDir
    Path root;

    @BeforeEach
    void twoLearnersInTwoCommunesTookTheQuiz() {
        CourseFolder.valid(root, COURSE).write("quizzes/final.gift", AttemptServiceTest.QUIZ);
        f.tx(() -> new CourseImportService(f.entityManager(), f.clock, f.audit(), bank).importFolder(root));
        quizId = f.tx(() -> catalog.get(COURSE).activeQuizzes().get(0).getId());
        takeQuiz(Accounts.toActor(f.learner("0911222333", "Lò Thị Hoa", "CD-HS")), "VNeID");
        takeQuiz(Accounts.toActor(f.learner("0911222444", "Đặng Văn Ưng", "CD-KP1")), "Zalo");
    }

    @AfterEach
    void close() {
        f.close();
    }

    private void takeQuiz(Actor learner, String shortAnswer) {
        f.tx(() -> enrolments.enrol(learner, COURSE));
        QuizAttempt attempt = f.tx(() -> attempts.start(learner, quizId));
        long question = attempt.getQuestions().stream().filter(q -> q.getQuestion().question().name().equals("sa"))
                .findFirst().orElseThrow().getQuestion().getId();
        f.tx(() -> attempts.answer(learner, attempt.getId(), question, Json.createValue(shortAnswer), 1));
        f.tx(() -> attempts.submit(learner, attempt.getId()));
    }

    @Test
    void anOrganizerSeesOnlyTheLearnersOfTheirUnits() {
        Actor communeOrganizer = f.organizer("bithu-ph", "X-PH");
        Actor districtOrganizer = f.organizer("bithu-np", "HD-NP");
        QuizResults commune = f.tx(() -> results.results(communeOrganizer, quizId, Messages.VIETNAMESE));
        QuizResults district = f.tx(() -> results.results(districtOrganizer, quizId, Messages.VIETNAMESE));

        assertThat(commune.attempts()).extracting(QuizResults.AttemptRow::learner).containsExactly("Lò Thị Hoa");
        assertThat(district.attempts()).hasSize(2);
        assertThat(district.summary().learners()).isEqualTo(2);
        assertThat(district.questions()).extracting(QuizResults.QuestionRow::name).containsExactly("mc", "tf", "sa", "num", "ma");
        assertThat(district.questions().get(2).facility()).isEqualByComparingTo("50");
        assertThat(district.hardest()).extracting(QuizResults.QuestionRow::facility)
                .isSortedAccordingTo(Comparator.naturalOrder()).last().isEqualTo(district.questions().get(2).facility());
    }

    @Test
    void resultsPerClassCountOnlyItsLearnersAndTheirGrades() {
        Actor districtOrganizer = f.organizer("bithu-np", "HD-NP");
        Actor communeOrganizer = f.organizer("bithu-ph", "X-PH");

        QuizResults oneClass = f.tx(() -> results.results(districtOrganizer, quizId, 7, Messages.VIETNAMESE));
        Map<Long, BigDecimal> grades = f.tx(() -> results.grades(districtOrganizer, bank.getQuiz(quizId),
                List.of(f.accounts().get("0911222333").getId(), -1L)));

        assertThat(oneClass.group()).isEqualTo("Lớp Khu phố 1");
        assertThat(oneClass.attempts()).extracting(QuizResults.AttemptRow::learner).containsExactly("Đặng Văn Ưng");
        assertThat(oneClass.summary().learners()).isEqualTo(1);
        assertThat(grades).as("Hoa took it; nobody else has a grade").containsOnlyKeys(
                f.tx(() -> f.accounts().get("0911222333")).getId());
        assertThatThrownBy(() -> f.tx(() -> results.results(communeOrganizer, quizId, 7, Messages.VIETNAMESE)))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void learnersSeeNoResults() {
        Actor learner = Accounts.toActor(f.learner("0911222555", "Nguyễn Thị Hồng Nhung", "CD-HS"));

        assertThatThrownBy(() -> f.tx(() -> results.results(learner, quizId, Messages.VIETNAMESE))).isInstanceOf(DomainException.class);
    }

    @Test
    void theWorkbookHasASheetOfAttemptsAndOneOfQuestionsWithVietnameseHeaders() throws IOException {
        Actor districtOrganizer = f.organizer("bithu-np", "HD-NP");
        QuizResults district = f.tx(() -> results.results(districtOrganizer, quizId, Messages.VIETNAMESE));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        QuizResultsWorkbook.write(district, Messages.VIETNAMESE, bytes);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            Sheet attemptsSheet = book.getSheet("Lượt làm bài");
            Sheet questions = book.getSheet("Phân tích câu hỏi");
            assertThat(attemptsSheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Học viên");
            assertThat(attemptsSheet.getLastRowNum()).isEqualTo(2);
            assertThat(List.of(questions.getRow(3).getCell(1).getStringCellValue(), questions.getRow(3).getCell(2).getStringCellValue()))
                    .containsExactly("sa", "Trả lời ngắn");
            assertThat(questions.getRow(3).getCell(4).getNumericCellValue()).isEqualTo(50.0);
        }
    }
}
