package vn.hocso.courses.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** Writes a small valid course folder for tests, which each test then breaks in one way. */
public final class CourseFolder {

    public static final String COURSE_YAML = """
            title:
              vi: An toàn trên không gian mạng
              en: Staying safe online
            summary:
              vi: Tự bảo vệ mình trên mạng.
              en: Protect yourself online.
            category: cyber-safety
            competences:
              - safety
              - information-data
            hours: 2.5
            audience:
              vi: Đoàn viên, thanh niên
            quizzes:
              - file: final.gift
                title:
                  vi: Bài kiểm tra cuối khóa
                  en: Final quiz
                passPercent: 70
                timeLimitMinutes: 30
            completion:
              lessons: all
              quiz: final.gift
            certificate:
              vi: đã hoàn thành khóa học
              en: has completed the course
            """;

    public static final String LESSON = """
            ---
            title:
              vi: Mật khẩu mạnh
              en: Strong passwords
            minutes: 15
            ---

            ## Vì sao cần mật khẩu mạnh

            Một mật khẩu **dài** khó đoán hơn.

            | Mật khẩu | Độ mạnh |
            |---|---|
            | 123456 | Yếu |
            """;

    final Path root;
    final Path folder;

    private CourseFolder(Path root, String slug) {
        this.root = root;
        this.folder = root.resolve(slug);
    }

    public static CourseFolder valid(Path root, String slug) {
        CourseFolder course = new CourseFolder(root, slug);
        course.write("course.yaml", COURSE_YAML);
        course.write("lessons/01-mat-khau-manh.md", LESSON);
        course.write("lessons/02-lua-dao.md", LESSON.replace("Mật khẩu mạnh", "Lừa đảo trực tuyến"));
        course.write("quizzes/final.gift", "$CATEGORY: an-toan/final\n\n::Q1:: Mật khẩu mạnh dài ít nhất 12 ký tự {T}\n");
        return course;
    }

    public CourseFolder write(String relative, String text) {
        return writeBytes(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    public CourseFolder writeBytes(String relative, byte[] bytes) {
        try {
            Path file = folder.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public CourseFolder edit(String relative, String target, String replacement) {
        try {
            String text = Files.readString(folder.resolve(relative));
            if (!text.contains(target)) {
                throw new IllegalArgumentException(relative + " has no " + target);
            }
            return write(relative, text.replace(target, replacement));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public CourseFolder delete(String relative) {
        try {
            Files.delete(folder.resolve(relative));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder as an administrator would zip it: the folder itself, or only what is inside. */
    public byte[] zip(boolean withFolderName) {
        String prefix = withFolderName ? folder.getFileName() + "/" : "";
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                entries.put(prefix + folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Zips.of(entries);
    }

    CourseReader.Result read() {
        return CourseReader.read(folder);
    }
}
