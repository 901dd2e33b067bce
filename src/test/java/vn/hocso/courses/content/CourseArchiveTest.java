package vn.hocso.courses.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CourseArchiveTest {

    private static final CourseArchive.Limits SMALL = new CourseArchive.Limits(100_000, 50_000, 20_000, 10);

    @TempDir
    Path courses;
    @TempDir
    Path target;

    private CourseArchive.Result unpack(byte[] zip, String name) {
        try {
            return CourseArchive.unpack(new ByteArrayInputStream(zip), name, Files.createTempDirectory(target, "upload"), SMALL);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] zipOf(String... namesAndTexts) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            entries.put(namesAndTexts[i], namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return Zips.of(entries);
    }

    private static String onlyProblem(CourseArchive.Result result) {
        assertThat(result.courseFolder()).isEmpty();
        assertThat(result.problems()).hasSize(1);
        return result.problems().get(0).messageKey();
    }

    @Test
    void aZippedCourseFolderUnpacksIntoAFolderNamedBySlugThatReadsCleanly() {
        byte[] zip = CourseFolder.valid(courses, "an-toan").zip(true);

        CourseArchive.Result result = unpack(zip, "whatever-name.zip");

        assertThat(result.problems()).isEmpty();
        assertThat(result.courseFolder()).hasValueSatisfying(folder -> {
            assertThat(folder.getFileName()).hasToString("an-toan");
            assertThat(folder).startsWith(target);
            assertThat(CourseReader.read(folder).course()).isPresent();
        });
    }

    @Test
    void aZipOfTheFolderContentsTakesTheSlugFromTheFileName() {
        byte[] zip = CourseFolder.valid(courses, "an-toan").zip(false);

        assertThat(unpack(zip, "C:\\fakepath\\Ky-Nang-So.zip").courseFolder())
                .hasValueSatisfying(folder -> assertThat(folder.getFileName()).hasToString("ky-nang-so"));
        assertThat(onlyProblem(unpack(zip, "Kỹ năng số.zip"))).isEqualTo("content.archiveSlugFromName");
    }

    @Test
    void pathsLeadingOutOfTheFolderAreRefusedAndNothingIsWrittenOutside() throws IOException {
        for (String unsafe : new String[] {"../evil.txt", "an-toan/../../evil.txt", "/etc/evil.txt", "an-toan\\..\\evil.txt",
                                           "C:/evil.txt", "a/b/c/d/e.txt", "an-toan//course.yaml"}) {
            Path into = Files.createDirectories(target.resolve("t" + unsafe.hashCode()));
            CourseArchive.Result result = CourseArchive.unpack(new ByteArrayInputStream(
                    zipOf("an-toan/course.yaml", "title: x", unsafe, "boom")), "c.zip", into, SMALL);

            assertThat(onlyProblem(result)).as(unsafe).isEqualTo("content.archiveUnsafePath");
            assertThat(result.problems().get(0).arguments()).containsExactly(unsafe);
        }
        try (Stream<Path> everything = Files.walk(target.getParent(), 2)) {
            assertThat(everything.filter(p -> p.getFileName().toString().equals("evil.txt"))).isEmpty();
        }
    }

    @Test
    void clutterFromZipToolsIsIgnored() {
        CourseFolder folder = CourseFolder.valid(courses, "an-toan");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("__MACOSX/an-toan/._course.yaml", new byte[] {0});
        entries.put("an-toan/.DS_Store", new byte[] {0});
        entries.put("an-toan/lessons/Thumbs.db", new byte[] {0});
        byte[] clean = folder.zip(true);
        try (var in = new ZipInputStream(new ByteArrayInputStream(clean))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        assertThat(unpack(Zips.of(entries), "an-toan.zip").courseFolder()).isPresent();
    }

    @Test
    void tooManyEntriesAreRefused() {
        String[] many = new String[24];
        for (int i = 0; i < 12; i++) {
            many[2 * i] = "an-toan/lessons/" + i + ".md";
            many[2 * i + 1] = "x";
        }
        assertThat(onlyProblem(unpack(zipOf(many), "c.zip"))).isEqualTo("content.archiveTooManyEntries");
    }

    @Test
    void aBombIsStoppedByTheBytesActuallyUnpacked() {
        byte[] zeros = new byte[30_000];
        assertThat(onlyProblem(unpack(Zips.of(Map.of("an-toan/course.yaml", zeros)), "c.zip")))
                .isEqualTo("content.archiveEntryTooLarge");

        Map<String, byte[]> several = new LinkedHashMap<>();
        for (int i = 0; i < 4; i++) {
            several.put("an-toan/lessons/0" + i + "-bai.md", new byte[15_000]);
        }
        assertThat(onlyProblem(unpack(Zips.of(several), "c.zip"))).isEqualTo("content.archiveUnpackedTooLarge");
    }

    @Test
    void anUploadOverTheLimitIsStoppedWhileReading() {
        byte[] random = new byte[5_000];
        new Random(7).nextBytes(random);
        byte[] zip = Zips.of(Map.of("an-toan/lessons/a.png", random));

        assertThat(onlyProblem(CourseArchive.unpack(new ByteArrayInputStream(zip), "c.zip", target,
                new CourseArchive.Limits(1000, 50_000, 20_000, 10)))).isEqualTo("content.archiveTooLarge");
    }

    @Test
    void whatIsNotAZipOrHoldsNoCourseSaysSo() {
        assertThat(onlyProblem(unpack("đây không phải zip".getBytes(StandardCharsets.UTF_8), "c.zip")))
                .isEqualTo("content.archiveInvalid");
        assertThat(onlyProblem(unpack(zipOf("README.md", "x"), "c.zip"))).isEqualTo("content.archiveNoCourse");
        assertThat(onlyProblem(unpack(zipOf("a/course.yaml", "x", "b/course.yaml", "x"), "c.zip")))
                .isEqualTo("content.archiveSeveralFolders");
    }
}
