package vn.hocso.courses.content;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Unpacks a course folder uploaded as a ZIP into an empty folder, refusing anything that
 * could hurt the server: paths leading out of the folder, too many entries, and sizes
 * beyond the limits (counted on the bytes actually read, so a ZIP bomb is stopped early).
 * The ZIP may hold the course folder itself ({@code slug/course.yaml}) or its contents
 * ({@code course.yaml} at the top, the slug then comes from the ZIP's file name).
 */
public final class CourseArchive {

    /** What an upload may weigh, packed and unpacked. */
    public record Limits(long maxUploadBytes, long maxUnpackedBytes, long maxEntryBytes, int maxEntries) {

        public static final Limits DEFAULT = new Limits(20_000_000, 40_000_000, 2_000_000, 500);
    }

    /** The course folder unpacked inside the target, or the problems that stopped it. */
    public record Result(Optional<Path> courseFolder, List<ContentProblem> problems) {

        public Result {
            problems = List.copyOf(problems);
        }

        static Result failed(String file, String messageKey, Object... arguments) {
            return new Result(Optional.empty(), List.of(ContentProblem.at(file, 0, messageKey, arguments)));
        }
    }

    private static final String COURSE_FILE = "course.yaml";
    private static final int MAX_DEPTH = 3;

    private CourseArchive() {
    }

    /**
     * @param zip        the uploaded bytes, read once
     * @param uploadName the file name the person chose, used in messages and for the slug
     * @param target     an empty folder the course is unpacked into
     */
    public static Result unpack(InputStream zip, String uploadName, Path target, Limits limits) {
        String name = uploadName == null || uploadName.isBlank() ? "course.zip"
                : uploadName.substring(Math.max(uploadName.lastIndexOf('/'), uploadName.lastIndexOf('\\')) + 1);
        try {
            return unpackEntries(new PackedBudget(zip, limits.maxUploadBytes()), name, target, limits);
        } catch (LimitExceeded e) {
            return Result.failed(name, e.messageKey, e.arguments);
        } catch (ZipException | IllegalArgumentException e) {
            return Result.failed(name, "content.archiveInvalid");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Result unpackEntries(InputStream input, String name, Path target, Limits limits) throws IOException {
        Path staging = Files.createDirectory(target.resolve("unpacked"));
        Set<String> seen = new HashSet<>();
        List<ContentProblem> problems = new ArrayList<>();
        long unpacked = 0;
        try (ZipInputStream entries = new ZipInputStream(input)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                if (seen.size() >= limits.maxEntries()) {
                    throw new LimitExceeded("content.archiveTooManyEntries", limits.maxEntries());
                }
                Optional<String> path = safePath(entry.getName(), name, problems);
                if (path.isEmpty() || !seen.add(path.get()) || entry.isDirectory()) {
                    continue;
                }
                Path file = staging.resolve(path.get());
                Files.createDirectories(file.getParent());
                try (OutputStream out = Files.newOutputStream(file)) {
                    unpacked += copy(entries, out, path.get(), unpacked, limits);
                }
            }
        }
        if (seen.isEmpty() && problems.isEmpty()) {
            return Result.failed(name, "content.archiveInvalid");
        }
        return problems.isEmpty() ? courseFolder(staging, target, name) : new Result(Optional.empty(), problems);
    }

    /** Copies one entry, stopping as soon as it or the whole archive outgrows the limits. */
    private static long copy(InputStream entry, OutputStream out, String path, long unpackedBefore, Limits limits)
            throws IOException {
        byte[] buffer = new byte[8192];
        long copied = 0;
        for (int read = entry.read(buffer); read > 0; read = entry.read(buffer)) {
            copied += read;
            if (copied > limits.maxEntryBytes()) {
                throw new LimitExceeded("content.archiveEntryTooLarge", path, megabytes(limits.maxEntryBytes()));
            }
            if (unpackedBefore + copied > limits.maxUnpackedBytes()) {
                throw new LimitExceeded("content.archiveUnpackedTooLarge", megabytes(limits.maxUnpackedBytes()));
            }
            out.write(buffer, 0, read);
        }
        return copied;
    }

    private static double megabytes(long bytes) {
        return bytes / 1_000_000.0;
    }

    /** The entry's path with forward slashes, or empty for an entry to skip or refuse (then with a problem). */
    private static Optional<String> safePath(String entryName, String name, List<ContentProblem> problems) {
        String[] segments = entryName.split("/");
        if (isSystemClutter(segments)) {
            return Optional.empty();
        }
        boolean unsafe = entryName.startsWith("/") || entryName.contains("\\") || entryName.contains(":")
                || entryName.indexOf('\0') >= 0 || segments.length > MAX_DEPTH + 1;
        for (String segment : segments) {
            unsafe |= segment.isEmpty() || segment.equals(".") || segment.equals("..");
        }
        if (unsafe) {
            problems.add(ContentProblem.at(name, 0, "content.archiveUnsafePath", entryName));
            return Optional.empty();
        }
        return Optional.of(entryName.endsWith("/") ? entryName.substring(0, entryName.length() - 1) : entryName);
    }

    /** Folders and files that zip tools on macOS and Windows add by themselves. */
    private static boolean isSystemClutter(String[] segments) {
        String first = segments.length == 0 ? "" : segments[0];
        String last = segments.length == 0 ? "" : segments[segments.length - 1];
        return first.equals("__MACOSX") || last.equals(".DS_Store") || last.equalsIgnoreCase("Thumbs.db")
                || last.equalsIgnoreCase("desktop.ini");
    }

    private static Result courseFolder(Path staging, Path target, String name) throws IOException {
        if (Files.isRegularFile(staging.resolve(COURSE_FILE))) {
            String slug = name.toLowerCase(Locale.ROOT).replaceFirst("\\.zip$", "");
            if (!CourseReader.SLUG.matcher(slug).matches()) {
                return Result.failed(name, "content.archiveSlugFromName", slug);
            }
            return new Result(Optional.of(Files.move(staging, target.resolve(slug))), List.of());
        }
        List<Path> folders;
        try (var children = Files.list(staging)) {
            folders = children.toList();
        }
        if (folders.size() == 1 && Files.isRegularFile(folders.get(0).resolve(COURSE_FILE))) {
            return new Result(Optional.of(folders.get(0)), List.of());
        }
        return Result.failed(name, folders.size() > 1 ? "content.archiveSeveralFolders" : "content.archiveNoCourse");
    }

    /** Counts the bytes of the upload as they arrive, so an endless upload stops at the limit. */
    private static final class PackedBudget extends FilterInputStream {

        private final long limit;
        private long packed;

        PackedBudget(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            count(Math.max(read, 0));
            return read;
        }

        private void count(int bytes) {
            packed += bytes;
            if (packed > limit) {
                throw new LimitExceeded("content.archiveTooLarge", megabytes(limit));
            }
        }
    }

    /** Thrown from deep inside the copying to stop it; always turned into a problem. */
    private static final class LimitExceeded extends RuntimeException {

        private final String messageKey;
        private final transient Object[] arguments;

        LimitExceeded(String messageKey, Object... arguments) {
            super(messageKey, null, false, false);
            this.messageKey = messageKey;
            this.arguments = arguments;
        }
    }
}
