package vn.hocso.courses.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.hocso.quizzes.core.DrawRule;
import vn.hocso.quizzes.core.QuizSettings;
import vn.hocso.quizzes.gift.GiftParser;
import vn.hocso.quizzes.gift.ParseResult;
import vn.hocso.quizzes.gift.Question;

/**
 * Reads one course folder (course.yaml, lessons/NN-*.md, quizzes/*.gift; see
 * courses/README.md) into a {@link CourseDefinition}, or lists everything wrong with it,
 * each problem with its file and line. A course with any problem is not imported at all.
 */
public final class CourseReader {

    public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern LESSON_FILE = Pattern.compile("(\\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\\.md");
    private static final BigDecimal MAX_HOURS = BigDecimal.valueOf(500);

    private CourseReader() {
    }

    /** The course, or the problems found; never both. */
    public record Result(Optional<CourseDefinition> course, List<ContentProblem> problems) {
    }

    public static Result read(Path folder) {
        String slug = folder.getFileName().toString();
        List<ContentProblem> problems = new ArrayList<>();
        if (!SLUG.matcher(slug).matches()) {
            problems.add(ContentProblem.at(slug, 0, "content.slugInvalid", slug));
            return new Result(Optional.empty(), problems);
        }
        String yamlName = slug + "/course.yaml";
        Optional<String> yaml = readText(folder.resolve("course.yaml"), yamlName, problems);
        Optional<YamlMap> course = yaml.flatMap(text -> YamlMap.parse(text, yamlName, 0, problems));
        LessonsFolder lessons = readLessons(folder, slug, problems);
        if (course.isEmpty()) {
            return new Result(Optional.empty(), problems);
        }
        CourseDefinition definition = define(folder, slug, course.get(), lessons, problems);
        return problems.isEmpty() ? new Result(Optional.of(definition), List.of()) : new Result(Optional.empty(), problems);
    }

    private static CourseDefinition define(Path folder, String slug, YamlMap yaml,
                                           LessonsFolder lessons, List<ContentProblem> problems) {
        LocalizedText title = yaml.localized("title");
        LocalizedText summary = yaml.localized("summary");
        Category category = category(yaml);
        Set<Competence> competences = competences(yaml);
        BigDecimal hours = yaml.requiredDecimal("hours");
        if (hours != null && (hours.signum() <= 0 || hours.compareTo(MAX_HOURS) > 0)) {
            yaml.problem(yaml.line("hours"), "content.numberOutOfRange", "hours", 0, MAX_HOURS);
        }
        LocalizedText audience = yaml.localized("audience");
        Set<String> declaredQuizzes = new HashSet<>();
        List<CourseDefinition.QuizDefinition> quizzes = quizzes(folder, slug, yaml, declaredQuizzes, problems);
        String completionQuiz = completionQuiz(yaml, declaredQuizzes);
        LocalizedText certificate = yaml.localized("certificate");
        if (lessons.lessons().isEmpty() && problems.stream().noneMatch(p -> p.messageKey().startsWith("content.lesson"))) {
            problems.add(ContentProblem.at(slug + "/lessons", 0, "content.noLessons"));
        }
        return new CourseDefinition(slug, title, summary, category, competences, hours, audience, quizzes,
                completionQuiz, certificate, lessons.lessons(), lessons.images());
    }

    private static Category category(YamlMap yaml) {
        String code = yaml.requiredText("category");
        if (code == null) {
            return null;
        }
        Optional<Category> known = Category.fromCode(code);
        if (known.isEmpty()) {
            yaml.problem(yaml.line("category"), "content.categoryUnknown", code);
        }
        return known.orElse(null);
    }

    private static Set<Competence> competences(YamlMap yaml) {
        Set<Competence> competences = EnumSet.noneOf(Competence.class);
        List<YamlMap.Entry> entries = yaml.list("competences");
        for (YamlMap.Entry entry : entries) {
            Optional<Competence> known = yaml.scalar(entry).flatMap(Competence::fromCode);
            if (known.isPresent()) {
                competences.add(known.get());
            } else {
                yaml.problem(entry.line(), "content.competenceUnknown", yaml.scalar(entry).orElse(""));
            }
        }
        if (entries.isEmpty() && yaml.has("competences")) {
            yaml.problem(yaml.line("competences"), "content.competencesEmpty");
        }
        return competences;
    }

    /** The quizzes that read well; {@code declared} receives every file named, read or not. */
    private static List<CourseDefinition.QuizDefinition> quizzes(Path folder, String slug, YamlMap yaml,
                                                                Set<String> declared, List<ContentProblem> problems) {
        List<CourseDefinition.QuizDefinition> quizzes = new ArrayList<>();
        for (YamlMap.Entry entry : yaml.list("quizzes")) {
            Optional<YamlMap> quiz = yaml.mapping(entry);
            if (quiz.isEmpty()) {
                yaml.problem(entry.line(), "content.fieldWrongType", "quizzes");
                continue;
            }
            String file = quiz.get().requiredText("file");
            LocalizedText title = quiz.get().localized("title");
            Optional<QuizSettings> settings = QuizSettingsReader.read(quiz.get());
            if (file == null) {
                continue;
            }
            declared.add(file);
            String name = slug + "/quizzes/" + file;
            if (!file.endsWith(".gift") || file.contains("/") || file.contains("\\")) {
                quiz.get().problem(quiz.get().line("file"), "content.quizFileName", file);
                continue;
            }
            Optional<String> gift = readText(folder.resolve("quizzes").resolve(file), name, problems);
            Optional<List<Question>> questions = gift.flatMap(text -> questions(text, name, problems));
            questions.ifPresent(read -> settings.ifPresent(s -> checkDraw(s, read, quiz.get())));
            if (questions.isPresent() && title != null && settings.isPresent()) {
                quizzes.add(new CourseDefinition.QuizDefinition(file, title, settings.get(), gift.get(), questions.get()));
            }
        }
        return quizzes;
    }

    /** The questions of a GIFT file, or empty with each problem on its line. */
    private static Optional<List<Question>> questions(String gift, String name, List<ContentProblem> problems) {
        ParseResult parsed = GiftParser.parse(gift);
        parsed.problems().forEach(p -> problems.add(ContentProblem.at(name, p.line(), p.messageKey(), p.arguments().toArray())));
        return parsed.isValid() ? Optional.of(parsed.questions()) : Optional.empty();
    }

    /** Each drawn category must hold at least as many questions as are drawn from it. */
    private static void checkDraw(QuizSettings settings, List<Question> questions, YamlMap quiz) {
        Map<String, Long> perCategory = questions.stream().collect(Collectors.groupingBy(Question::category, Collectors.counting()));
        for (DrawRule rule : settings.draw()) {
            long available = perCategory.getOrDefault(rule.category(), 0L);
            if (available < rule.count()) {
                quiz.problem(quiz.line("draw"), "content.drawTooMany", rule.count(), rule.category(), available);
            }
        }
    }

    private static String completionQuiz(YamlMap yaml, Set<String> declaredQuizzes) {
        Optional<YamlMap> completion = yaml.map("completion");
        if (completion.isEmpty()) {
            return null;
        }
        completion.get().text("lessons").filter(v -> !v.equals("all"))
                .ifPresent(v -> completion.get().problem(completion.get().line("lessons"), "content.completionLessons", v));
        Optional<String> quiz = completion.get().text("quiz");
        quiz.filter(file -> !declaredQuizzes.contains(file))
                .ifPresent(file -> completion.get().problem(completion.get().line("quiz"), "content.completionQuizUnknown", file));
        return quiz.orElse(null);
    }

    /** The lessons and the images beside them. */
    private record LessonsFolder(List<CourseDefinition.LessonContent> lessons, List<CourseDefinition.ImageFile> images) {
    }

    private static LessonsFolder readLessons(Path folder, String slug, List<ContentProblem> problems) {
        Path directory = folder.resolve("lessons");
        if (!Files.isDirectory(directory)) {
            problems.add(ContentProblem.at(slug + "/lessons", 0, "content.lessonsFolderMissing"));
            return new LessonsFolder(List.of(), List.of());
        }
        List<CourseDefinition.ImageFile> images = CourseImages.read(directory, slug, problems);
        Set<String> imageNames = images.stream().map(CourseDefinition.ImageFile::name).collect(Collectors.toSet());
        List<CourseDefinition.LessonContent> lessons = new ArrayList<>();
        Set<Integer> positions = new HashSet<>();
        Set<String> slugs = new HashSet<>();
        for (Path file : markdownFiles(directory)) {
            String name = slug + "/lessons/" + file.getFileName();
            Matcher parts = LESSON_FILE.matcher(file.getFileName().toString());
            if (!parts.matches()) {
                problems.add(ContentProblem.at(name, 0, "content.lessonFileName"));
                continue;
            }
            int position = Integer.parseInt(parts.group(1));
            if (!positions.add(position)) {
                problems.add(ContentProblem.at(name, 0, "content.lessonNumberTaken", parts.group(1)));
            }
            if (!slugs.add(parts.group(2))) {
                problems.add(ContentProblem.at(name, 0, "content.lessonSlugTaken", parts.group(2)));
            }
            readText(file, name, problems)
                    .flatMap(text -> LessonFile.read(text, name, slug, parts.group(2), position, imageNames::contains, problems))
                    .ifPresent(lessons::add);
        }
        return new LessonsFolder(lessons, images);
    }

    private static List<Path> markdownFiles(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A UTF-8 text file; a missing or undecodable one is a problem, not an exception. */
    static Optional<String> readText(Path file, String name, List<ContentProblem> problems) {
        if (!Files.isRegularFile(file)) {
            problems.add(ContentProblem.at(name, 0, "content.fileMissing"));
            return Optional.empty();
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString());
        } catch (CharacterCodingException e) {
            problems.add(ContentProblem.at(name, 0, "content.notUtf8"));
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
