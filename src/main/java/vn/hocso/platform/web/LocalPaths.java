package vn.hocso.platform.web;

/** Guards "go back to" parameters so they cannot send people to another site. */
public final class LocalPaths {

    private LocalPaths() {
    }

    /** The path when it stays on this site ("/x", not "//evil" or "http:…"), else "/". */
    public static String safe(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")
                || path.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        return path;
    }
}
