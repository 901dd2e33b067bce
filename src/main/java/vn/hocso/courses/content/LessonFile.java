package vn.hocso.courses.content;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** One lesson file: YAML front matter between "---" lines, then Markdown. */
final class LessonFile {

    private static final String FENCE = "---";
    private static final int MAX_MINUTES = 240;

    private LessonFile() {
    }

    static Optional<CourseDefinition.LessonContent> read(String text, String name, String courseSlug, String slug,
                                                          int position, Predicate<String> imageExists,
                                                          List<ContentProblem> problems) {
        List<String> lines = text.replace("\r\n", "\n").lines().toList();
        int close = lines.isEmpty() || !lines.get(0).strip().equals(FENCE) ? -1 : indexOfFence(lines);
        if (close < 0) {
            problems.add(ContentProblem.at(name, 1, "content.frontMatterMissing"));
            return Optional.empty();
        }
        int before = problems.size();
        Optional<YamlMap> front = YamlMap.parse(String.join("\n", lines.subList(1, close)), name, 1, problems);
        LocalizedText title = front.map(f -> f.localized("title")).orElse(null);
        Integer minutes = front.map(f -> f.requiredInt("minutes", 1, MAX_MINUTES)).orElse(null);
        String markdown = String.join("\n", lines.subList(close + 1, lines.size()));
        if (markdown.isBlank()) {
            problems.add(ContentProblem.at(name, close + 2, "content.lessonEmpty"));
        }
        LessonRenderer.Rendered rendered = LessonRenderer.render(markdown, name, close + 2,
                "/course-files/" + courseSlug + "/", imageExists);
        problems.addAll(rendered.problems());
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new CourseDefinition.LessonContent(slug, position, title, minutes, rendered.html()));
    }

    private static int indexOfFence(List<String> lines) {
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(FENCE)) {
                return i;
            }
        }
        return -1;
    }
}
