package vn.hocso.platform.web;

import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A per-session secret for the few plain HTML forms outside Faces (logout), which have
 * no view state to protect them against cross-site requests, and for pages' scripts
 * calling the API with the session cookie (sent in the X-CSRF-Token header).
 */
public final class CsrfToken {

    private static final String ATTRIBUTE = "hocso.csrf";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 24;

    private CsrfToken() {
    }

    public static String of(HttpSession session) {
        Object token = session.getAttribute(ATTRIBUTE);
        if (token instanceof String existing) {
            return existing;
        }
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        String created = HexFormat.of().formatHex(bytes);
        session.setAttribute(ATTRIBUTE, created);
        return created;
    }

    public static boolean matches(HttpSession session, String offered) {
        if (session == null || offered == null || !(session.getAttribute(ATTRIBUTE) instanceof String expected)) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), offered.getBytes(StandardCharsets.US_ASCII));
    }
}
