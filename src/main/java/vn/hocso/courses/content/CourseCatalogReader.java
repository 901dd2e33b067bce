package vn.hocso.courses.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads every course folder under a root (the repository's courses/ folder). A broken
 * course is listed with its problems; the others are read all the same.
 */
public final class CourseCatalogReader {

    private CourseCatalogReader() {
    }

    /** The courses that read cleanly, and the problems of the ones that did not, by slug. */
    public record Catalog(List<CourseDefinition> courses, Map<String, List<ContentProblem>> rejected) {

        public Catalog {
            courses = List.copyOf(courses);
            rejected = Map.copyOf(rejected);
        }
    }

    public static Catalog read(Path root) {
        List<CourseDefinition> courses = new ArrayList<>();
        Map<String, List<ContentProblem>> rejected = new LinkedHashMap<>();
        for (Path folder : courseFolders(root)) {
            CourseReader.Result result = CourseReader.read(folder);
            result.course().ifPresentOrElse(courses::add,
                    () -> rejected.put(folder.getFileName().toString(), result.problems()));
        }
        return new Catalog(courses, rejected);
    }

    private static List<Path> courseFolders(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(root)) {
            return entries.filter(Files::isDirectory)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
