package vn.hocso.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.hocso.accounts.core.ConsentPurpose;
import vn.hocso.accounts.core.Gender;
import vn.hocso.accounts.core.PasswordPolicy;
import vn.hocso.accounts.core.Role;
import vn.hocso.accounts.core.UnitKind;
import vn.hocso.accounts.model.Consent;
import vn.hocso.classes.core.AgeGroup;
import vn.hocso.classes.core.AttendanceStatus;
import vn.hocso.classes.core.ClassKind;
import vn.hocso.classes.core.ClassMode;
import vn.hocso.classes.core.RosterLine;
import vn.hocso.classes.model.ClassMember;
import vn.hocso.courses.content.Category;
import vn.hocso.courses.content.Competence;
import vn.hocso.indicators.calc.Dimension;
import vn.hocso.indicators.calc.IndicatorKind;
import vn.hocso.indicators.calc.PeriodKind;
import vn.hocso.indicators.calc.Section;
import vn.hocso.indicators.calc.Status;

/** The two bundles agree with each other and hold every key the pages and the code ask for. */
class MessageBundlesTest {

    private static final String BASE = "vn/hocso/i18n/messages";
    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Path JAVA = Path.of("src/main/java");

    /** {@code msg['key']} with a literal key; keys built with .concat(...) do not match. */
    private static final Pattern PAGE_KEY = Pattern.compile("msg\\[(['\"])([^'\"]+)\\1\\]");
    /** {@code msg['prefix.'.concat(...)]}: a key family built from an enum. */
    private static final Pattern PAGE_KEY_FAMILY = Pattern.compile("msg\\['([^']+)'\\.concat\\(");

    /**
     * Where main code names a message key: the second argument of DomainException.invalid/of,
     * FieldError.of and the API's error(status, key); the first of the pages' language.text(key)
     * and done(key); the third of ContentProblem.at and the second of the course reader's
     * problem(line, key); the last of ApiErrors.send; switch arms that yield a key.
     */
    private static final Set<Pattern> CODE_KEYS = Set.of(
            Pattern.compile("(?:DomainException\\.(?:invalid|of)|FieldError\\.of|\\berror)\\(\\s*(?:\"[^\"]*\"|[\\w.]+)\\s*,\\s*\"([^\"]+)\""),
            Pattern.compile("(?:language\\.text|\\bdone)\\(\\s*\"([^\"]+)\"\\s*[,)]"),
            Pattern.compile("ContentProblem\\.at\\([^,]+,[^,]+,\\s*\"([^\"]+)\""),
            Pattern.compile("\\.problem\\([^,]+,\\s*\"([^\"]+)\""),
            Pattern.compile("ApiErrors\\.send\\([^;]*?\"([^\"]+)\"\\s*\\)"),
            Pattern.compile("(?:\\bcase [^;>]+|\\bdefault)\\s*->\\s*\"([a-z]+\\.[A-Za-z.]+)\""));

    private static final Set<String> CHECKED_FAMILIES =
            Set.of("gender.", "role.", "unitKind.", "consent.purpose.", "consent.givenBy.", "category.", "competence.",
                    "classKind.", "classMode.", "ageGroup.", "verify.status.", "classCertificates.state.",
                    "indicators.section.", "indicators.status.", "indicators.period.");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    private final Properties vietnamese = load(BASE + ".properties");
    private final Properties english = load(BASE + "_en.properties");

    @Test
    void bothLanguagesHaveExactlyTheSameKeys() {
        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(vietnamese.stringPropertyNames());
    }

    @Test
    void theVietnameseOverrideFileStaysEmpty() {
        assertThat(load(BASE + "_vi.properties")).as("messages_vi.properties only makes Vietnamese win; texts go in messages.properties")
                .isEmpty();
    }

    @Test
    void theVietnameseTextsAreReadAsUtf8WithTheirDiacritics() {
        assertThat(vietnamese.values()).contains("Đăng nhập");
    }

    @Test
    void everyTextWithArgumentsHasTheSameArgumentsInBothLanguages() {
        Set<String> shared = new TreeSet<>(vietnamese.stringPropertyNames());
        shared.retainAll(english.stringPropertyNames());

        assertThat(placeholders(english, shared)).isEqualTo(placeholders(vietnamese, shared));
    }

    @Test
    void textsWithArgumentsHaveNoLoneApostropheForMessageFormatToSwallow() {
        Stream.of(vietnamese, english).forEach(bundle -> assertThat(bundle.stringPropertyNames())
                .filteredOn(key -> PLACEHOLDER.matcher(bundle.getProperty(key)).find())
                .filteredOn(key -> LONE_APOSTROPHE.matcher(bundle.getProperty(key)).find())
                .isEmpty());
    }

    @Test
    void everyKeyThePagesAskForExists() throws IOException {
        Set<String> keys = found(Files.walk(WEBAPP).filter(p -> p.toString().endsWith(".xhtml")), Set.of(PAGE_KEY), 2);

        assertThat(keys).as("keys used in the XHTML pages").hasSizeGreaterThan(50);
        assertBothLanguagesHave(keys);
    }

    @Test
    void everyKeyFamilyThePagesBuildIsCheckedHere() throws IOException {
        Set<String> families = found(Files.walk(WEBAPP).filter(p -> p.toString().endsWith(".xhtml")), Set.of(PAGE_KEY_FAMILY), 1);

        assertThat(families).isNotEmpty();
        assertThat(CHECKED_FAMILIES).containsAll(families);
    }

    @Test
    void everyEnumValueShownOnThePagesHasAText() {
        assertBothLanguagesHave(Stream.of(
                        keys("gender.", Gender.values()),
                        keys("role.", Role.values()),
                        keys("unitKind.", UnitKind.values()),
                        keys("consent.purpose.", ConsentPurpose.values()),
                        keys("consent.givenBy.", Consent.GivenBy.values()),
                        keys("classKind.", ClassKind.values()),
                        keys("ageGroup.", AgeGroup.values()),
                        Set.of("verify.status.VALID", "verify.status.REVOKED", "classCertificates.state.RUNNING",
                                "classCertificates.state.DONE", "classCertificates.state.FAILED"),
                        keys("classMode.", ClassMode.values()),
                        keys("joinedBy.", ClassMember.JoinedBy.values()),
                        keys("attendance.status.", AttendanceStatus.values()),
                        keys("roster.status.", RosterLine.Status.values()),
                        Arrays.stream(Category.values()).map(c -> "category." + c.code()).collect(Collectors.toSet()),
                        Arrays.stream(Competence.values()).map(c -> "competence." + c.code()).collect(Collectors.toSet()),
                        keys("indicators.section.", Section.values()),
                        keys("indicators.status.", Status.values()),
                        keys("indicators.kind.", IndicatorKind.values()),
                        Arrays.stream(PeriodKind.values()).map(k -> "indicators.period." + k.code()).collect(Collectors.toSet()),
                        Arrays.stream(Dimension.values()).map(d -> "indicators.dimension." + d.code()).collect(Collectors.toSet()),
                        Arrays.stream(Dimension.values()).flatMap(d -> d.buckets().stream()).map(b -> "indicators.bucket." + b)
                                .collect(Collectors.toSet()))
                .flatMap(Set::stream)
                .collect(Collectors.toSet()));
    }

    @Test
    void everyKeyTheJavaCodeNamesExists() throws IOException {
        Set<String> keys = found(Files.walk(JAVA).filter(p -> p.toString().endsWith(".java")), CODE_KEYS, 1);

        assertThat(keys).as("keys found in src/main/java").hasSizeGreaterThan(30)
                .contains("auth.outsideScope", "consent.trainingRequired", "units.merged", "api.notFound", "auth.invalidCredentials");
        assertBothLanguagesHave(keys);
    }

    @Test
    void everyPasswordProblemHasAText() {
        PasswordPolicy policy = new PasswordPolicy(Set.of("huongduong2024"));
        Set<String> keys = Stream.of(
                        policy.problem("ngắn", null),
                        policy.problem("x".repeat(PasswordPolicy.MAX_LENGTH + 1), null),
                        policy.problem("huongduong2024", null),
                        policy.problem("hoa-nguyenvan-2024", "nguyenvan"))
                .map(problem -> problem.orElseThrow())
                .collect(Collectors.toSet());

        assertThat(keys).hasSize(4);
        assertBothLanguagesHave(keys);
    }

    private void assertBothLanguagesHave(Set<String> keys) {
        assertThat(vietnamese.stringPropertyNames()).as("Vietnamese keys").containsAll(keys);
        assertThat(english.stringPropertyNames()).as("English keys").containsAll(keys);
    }

    private static Set<String> keys(String prefix, Enum<?>[] values) {
        return Arrays.stream(values).map(v -> prefix + v.name()).collect(Collectors.toSet());
    }

    private static Map<String, Set<String>> placeholders(Properties bundle, Set<String> keys) {
        return keys.stream().collect(Collectors.toMap(Function.identity(),
                key -> PLACEHOLDER.matcher(bundle.getProperty(key)).results().map(m -> m.group(1)).collect(Collectors.toCollection(TreeSet::new)),
                (a, b) -> a, TreeMap::new));
    }

    /** Every match of {@code group} of any of the patterns, over the given files (the stream is closed). */
    private static Set<String> found(Stream<Path> files, Set<Pattern> patterns, int group) {
        try (files) {
            return files.map(MessageBundlesTest::read)
                    .flatMap(text -> patterns.stream().map(p -> p.matcher(text)).flatMap(Matcher::results))
                    .map(m -> m.group(group))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
