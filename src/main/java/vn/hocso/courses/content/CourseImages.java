package vn.hocso.courses.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds a lesson image inside a courses folder for /course-files/{slug}/{file}, and
 * nothing else: no other folder, no other kind of file, no way out of the folder.
 */
public final class CourseImages {

    private static final Pattern FILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Map<String, String> TYPES = Map.of(
            "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg", "webp", "image/webp", "gif", "image/gif");

    private CourseImages() {
    }

    /** An image of a course, with its content type. */
    public record Image(Path file, String contentType) {
    }

    public static Optional<Image> find(Path root, String slug, String file) {
        if (slug == null || file == null || !CourseReader.SLUG.matcher(slug).matches() || !FILE.matcher(file).matches()) {
            return Optional.empty();
        }
        String type = TYPES.get(file.substring(file.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
        Path lessons = root.resolve(slug).resolve("lessons").normalize();
        Path image = lessons.resolve(file).normalize();
        if (type == null || !image.startsWith(lessons) || !Files.isRegularFile(image)) {
            return Optional.empty();
        }
        return Optional.of(new Image(image, type));
    }
}
