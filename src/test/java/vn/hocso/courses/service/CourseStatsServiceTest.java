package vn.hocso.courses.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hocso.accounts.core.Actor;
import vn.hocso.accounts.core.Role;
import vn.hocso.accounts.service.Accounts;
import vn.hocso.accounts.service.ServiceFixture;
import vn.hocso.courses.content.CourseFolder;
import vn.hocso.platform.errors.DomainException;
import vn.hocso.platform.errors.Failure;
import vn.hocso.quizzes.service.QuestionBankService;

class CourseStatsServiceTest {

    private static final String COURSE = "chi-doc";

    private final ServiceFixture f = ServiceFixture.withUnits();
    private final CatalogService catalog = new CatalogService(f.entityManager());
    private final EnrolmentService enrolments = new EnrolmentService(f.entityManager(), f.clock, f.accounts(), catalog, f.completions());
    private final CourseStatsService stats = new CourseStatsService(f.entityManager(), f.units, catalog);

    @TempDir
    Path root;

    @BeforeEach
    void learnersOfTwoCommunes() {
        CourseFolder.valid(root, COURSE).edit("course.yaml", "  quiz: final.gift\n", "");
        f.tx(() -> new CourseImportService(f.entityManager(), f.clock, f.audit(), new QuestionBankService(f.entityManager(), f.clock)).importFolder(root));
        Actor hau = Accounts.toActor(f.learner("0911000001", "Lò Văn Hậu", "CD-HS"));
        Actor dan = Accounts.toActor(f.learner("0911000002", "Ka Thị Dân", "CD-KP1"));
        f.tx(() -> enrolments.enrol(hau, COURSE));
        f.tx(() -> enrolments.enrol(dan, COURSE));
        f.tx(() -> enrolments.markDone(dan, COURSE, "mat-khau-manh"));
        f.tx(() -> enrolments.markDone(dan, COURSE, "lua-dao"));
    }

    @AfterEach
    void close() {
        f.close();
    }

    private Object[] countsFor(Actor actor) {
        return f.tx(() -> stats.counts(actor)).stream()
                .map(c -> tuple(c.course().getSlug(), c.enrolled(), c.completed())).toArray();
    }

    @Test
    void anOrganizerCountsOnlyTheLearnersOfTheirSubtree() {
        assertThat(countsFor(f.organizer("organizer-phuochau", "X-PH"))).containsExactly(tuple(COURSE, 1L, 0L));
        assertThat(countsFor(f.organizer("organizer-phuocdan", "X-PD"))).containsExactly(tuple(COURSE, 1L, 1L));
    }

    @Test
    void aTrainerCountsTheirUnitAndAnAdministratorCountsEveryone() {
        Actor trainer = new Actor("trainer", Set.of(Role.TRAINER), Map.of(Role.TRAINER, "HD-NP"));

        assertThat(countsFor(trainer)).containsExactly(tuple(COURSE, 2L, 1L));
        assertThat(countsFor(ServiceFixture.ADMIN)).containsExactly(tuple(COURSE, 2L, 1L));
    }

    @Test
    void aLearnerSeesNoCounts() {
        Actor learner = new Actor("0911000001", Set.of(Role.LEARNER), Map.of());

        assertThatThrownBy(() -> f.tx(() -> stats.counts(learner))).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.failure()).isEqualTo(Failure.FORBIDDEN));
    }
}
