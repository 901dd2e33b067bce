package vn.hocso.classes.core;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The self check-in code of one session, shown as a QR code on the trainer's screen. It
 * changes every 15 seconds and is signed with the session's own secret, so a code works
 * only for its session, only while the session runs, and only until the next code after
 * it (a photo sent to a friend at home is useless a few seconds later).
 */
public final class CheckInCode {

    public static final Duration STEP = Duration.ofSeconds(15);
    /** Enough to tell codes apart and short enough for a small, easily scanned QR code. */
    private static final int LENGTH = 12;
    private static final char[] ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();

    private final long sessionId;
    private final byte[] secret;
    private final SessionTime time;

    public CheckInCode(long sessionId, String secret, SessionTime time) {
        this.sessionId = sessionId;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.time = time;
    }

    /** The code to show now. */
    public String at(Instant now) {
        return code(step(now));
    }

    /** When the code shown now is replaced. */
    public Instant nextChange(Instant now) {
        return Instant.ofEpochSecond((step(now) + 1) * STEP.toSeconds());
    }

    /**
     * True for the code on screen now or the one just before it (the learner may have
     * scanned it a moment before it changed), while the session runs.
     */
    public boolean accepts(String code, Instant now) {
        if (code == null || !time.isRunning(now)) {
            return false;
        }
        byte[] given = code.strip().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        long step = step(now);
        return MessageDigest.isEqual(given, code(step).getBytes(StandardCharsets.US_ASCII))
                || MessageDigest.isEqual(given, code(step - 1).getBytes(StandardCharsets.US_ASCII));
    }

    private static long step(Instant now) {
        return Math.floorDiv(now.getEpochSecond(), STEP.toSeconds());
    }

    private String code(long step) {
        byte[] mac = hmac(sessionId + ":" + step);
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET[(mac[i] & 0xff) % ALPHABET.length]);
        }
        return code.toString();
    }

    private byte[] hmac(String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
