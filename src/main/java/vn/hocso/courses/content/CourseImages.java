package vn.hocso.courses.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The images next to a course's lessons: only these kinds, plain file names (they end up
 * in /course-files/{slug}/{name}) and sizes a phone on a mobile connection can afford.
 */
public final class CourseImages {

    /** Larger than this is a photo straight from a camera, not one sized for a phone. */
    public static final int MAX_BYTES = 800_000;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,119}");
    private static final Map<String, String> TYPES = Map.of(
            "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg", "webp", "image/webp", "gif", "image/gif");

    private CourseImages() {
    }

    /** The content type of an image file name, empty for anything that is not an image. */
    public static Optional<String> contentType(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? Optional.empty()
                : Optional.ofNullable(TYPES.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    public static boolean isValidName(String fileName) {
        return fileName != null && NAME.matcher(fileName).matches() && contentType(fileName).isPresent();
    }

    static List<CourseDefinition.ImageFile> read(Path lessons, String slug, List<ContentProblem> problems) {
        try (Stream<Path> files = Files.list(lessons)) {
            return files.filter(file -> contentType(file.getFileName().toString()).isPresent()).sorted()
                    .map(file -> readImage(file, slug + "/lessons/" + file.getFileName(), problems))
                    .flatMap(Optional::stream)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<CourseDefinition.ImageFile> readImage(Path file, String shownName, List<ContentProblem> problems) {
        String name = file.getFileName().toString();
        try {
            if (!isValidName(name)) {
                problems.add(ContentProblem.at(shownName, 0, "content.imageName"));
            } else if (Files.size(file) > MAX_BYTES) {
                problems.add(ContentProblem.at(shownName, 0, "content.imageTooLarge", Files.size(file) / 1000, MAX_BYTES / 1000));
            } else {
                return Optional.of(new CourseDefinition.ImageFile(name, contentType(name).orElseThrow(), Files.readAllBytes(file)));
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
