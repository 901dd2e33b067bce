package vn.hocso.certificates.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hocso.accounts.core.Actor;
import vn.hocso.accounts.service.Accounts;
import vn.hocso.accounts.service.ServiceFixture;
import vn.hocso.certificates.model.Certificate;
import vn.hocso.certificates.model.IssuerSettings;
import vn.hocso.courses.content.CourseFolder;
import vn.hocso.courses.service.CatalogService;
import vn.hocso.courses.service.CourseImportService;
import vn.hocso.courses.service.EnrolmentService;
import vn.hocso.platform.errors.DomainException;
import vn.hocso.platform.errors.Failure;
import vn.hocso.quizzes.service.QuestionBankService;

class CertificateServiceTest {

    private static final String COURSE = "an-toan";

    private final ServiceFixture f = ServiceFixture.withUnits();
    private final CatalogService catalog = new CatalogService(f.entityManager());
    private final QuestionBankService bank = new QuestionBankService(f.entityManager(), f.clock);
    private final Issuers issuers = new Issuers(f.entityManager(), f.units, f.audit());
    private final CertificateService certificates = new CertificateService(f.entityManager(), f.clock, f.units, issuers,
            new CertificateFacts(f.entityManager()), f.audit(), "https://hocso.example.vn");
    private final CertificateIssuing issuing = new CertificateIssuing(f.entityManager(), certificates);
    private final EnrolmentService enrolments = new EnrolmentService(f.entityManager(), f.clock, f.accounts(), catalog,
            f.completions());
    private Actor learner;
    private Actor district;

    @TempDir
    Path root;

    @BeforeEach
    void aDistrictThatSignsAndALearnerOfACommuneBranch() {
        CourseFolder.valid(root, COURSE).edit("course.yaml", "  quiz: final.gift\n", "");
        f.tx(() -> new CourseImportService(f.entityManager(), f.clock, f.audit(), bank).importFolder(root));
        f.completions().observe(issuing::courseCompleted);
        district = f.organizer("0904777888", "HD-NP");
        f.tx(() -> issuers.set(district, "HD-NP", new IssuerSettings.Signing("HUYỆN ĐOÀN NINH PHƯỚC", "Ninh Phước",
                "TM. BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Văn Thành", "GCN-HĐNP")));
        learner = Accounts.toActor(f.learner("0911222333", "Nguyễn Thị Hồng Nhung", "CD-HS"));
    }

    @AfterEach
    void close() {
        f.close();
    }

    private void completeTheCourse(Actor who) {
        f.tx(() -> enrolments.enrol(who, COURSE));
        f.tx(() -> enrolments.markDone(who, COURSE, "mat-khau-manh"));
        f.tx(() -> enrolments.markDone(who, COURSE, "lua-dao"));
    }

    private static void assertFails(Failure failure, Runnable action) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.failure()).isEqualTo(failure));
    }

    @Test
    void theYearsFirstTwoCertificatesIssuedAtTheSameMomentGetNumbersOneAndTwo() throws Exception {
        Actor other = Accounts.toActor(f.learner("0911222444", "Đặng Văn Ưng", "CD-HS"));
        for (Actor who : List.of(learner, other)) {
            f.tx(() -> enrolments.enrol(who, COURSE));
            f.tx(() -> enrolments.markDone(who, COURSE, "mat-khau-manh"));
        }
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> finishing = new ArrayList<>();
            for (Actor who : List.of(learner, other)) {
                finishing.add(threads.submit(() -> {
                    together.await();
                    return f.tx(() -> enrolments.markDone(who, COURSE, "lua-dao"));
                }));
            }
            for (Future<?> done : finishing) {
                done.get();
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(Stream.of(learner, other).map(who -> f.tx(() -> certificates.mine(who)).get(0).getNumber()))
                .containsExactlyInAnyOrder("1/GCN-HĐNP", "2/GCN-HĐNP");
    }

    @Test
    void completingTheCourseOnlineIssuesOneCertificateSignedByTheNearestUnitThatSigns() throws IOException {
        completeTheCourse(learner);

        Certificate issued = f.tx(() -> certificates.mine(learner)).get(0);
        assertThat(f.tx(() -> certificates.mine(learner))).hasSize(1);
        assertThat(issued.getNumber()).isEqualTo("1/GCN-HĐNP");
        assertThat(issued.getUnit().getCode()).as("the branch and commune do not sign: the district does").isEqualTo("HD-NP");
        try (PDDocument pdf = Loader.loadPDF(f.tx(() -> certificates.download(learner, issued.getCode())).pdf())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Nguyễn Thị Hồng Nhung", "HUYỆN ĐOÀN NINH PHƯỚC",
                    "Số: 1/GCN-HĐNP", "Nguyễn Văn Thành", "An toàn trên không gian mạng");
        }
        Certificate again = f.tx(() -> certificates.issue(f.accounts().get("0911222333"), catalog.get(COURSE), null, "test"));
        assertThat(again.getCode()).as("once per learner and course").isEqualTo(issued.getCode());
    }

    @Test
    void theSameCertificateDownloadedTwiceIsByteIdenticalAndNumbersFollowEachOther() {
        completeTheCourse(learner);
        Actor second = Accounts.toActor(f.learner("0911222444", "Đặng Văn Ưng", "CD-KP1"));
        completeTheCourse(second);
        String code = f.tx(() -> certificates.mine(learner)).get(0).getCode();

        byte[] first = f.tx(() -> certificates.download(learner, code)).pdf();
        f.clock.advance(java.time.Duration.ofDays(40));
        byte[] later = f.tx(() -> certificates.download(learner, code)).pdf();

        assertThat(later).isEqualTo(first);
        assertThat(f.tx(() -> certificates.mine(second)).get(0).getNumber()).isEqualTo("2/GCN-HĐNP");
    }

    @Test
    void onlyTheHolderAndOrganizersOfTheIssuingTreeDownload() {
        completeTheCourse(learner);
        String code = f.tx(() -> certificates.mine(learner)).get(0).getCode();
        Actor other = Accounts.toActor(f.learner("0911222555", "Lò Thị Hoa", "CD-HS"));
        Actor commune = f.organizer("0904555666", "X-PH");

        assertFails(Failure.FORBIDDEN, () -> f.tx(() -> certificates.download(other, code)));
        assertFails(Failure.FORBIDDEN, () -> f.tx(() -> certificates.download(commune, code)));
        assertThat(f.tx(() -> certificates.download(district, code)).getHolderName()).isEqualTo("Nguyễn Thị Hồng Nhung");
        assertFails(Failure.NOT_FOUND, () -> f.tx(() -> certificates.download(district, "ABCD-EFGH-JKLM-NPQR")));
    }

    @Test
    void aRevokedCertificateSaysSoAndAReissueReplacesIt() {
        completeTheCourse(learner);
        String code = f.tx(() -> certificates.mine(learner)).get(0).getCode();

        assertFails(Failure.INVALID, () -> f.tx(() -> certificates.revoke(district, code, " ")));
        Certificate newer = f.tx(() -> certificates.reissue(district, code, "Sửa họ tên"));

        Certificate old = f.tx(() -> certificates.find(code)).orElseThrow();
        assertThat(old.isRevoked()).isTrue();
        assertThat(old.getRevokeReason()).isEqualTo("Sửa họ tên");
        assertThat(old.getReplacedBy().getCode()).isEqualTo(newer.getCode());
        assertThat(newer.getNumber()).isEqualTo("2/GCN-HĐNP");
        assertFails(Failure.CONFLICT, () -> f.tx(() -> certificates.revoke(district, code, "lại")));
        assertThat(f.tx(() -> certificates.find("nonsense"))).isEmpty();
        assertFails(Failure.FORBIDDEN, () -> f.tx(() -> certificates.revoke(learner, newer.getCode(), "tự thu hồi")));
    }
}
