package vn.hocso.accounts.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.hocso.accounts.core.Access;
import vn.hocso.accounts.core.Actor;
import vn.hocso.accounts.core.Role;
import vn.hocso.accounts.model.Account;
import vn.hocso.accounts.model.OneTimeCode;
import vn.hocso.platform.audit.AuditLog;
import vn.hocso.platform.errors.DomainException;
import vn.hocso.platform.errors.Failure;
import vn.hocso.platform.errors.FieldError;

/**
 * Password reset without e-mail: an organizer of the learner's unit issues a one-time
 * code and hands it over; the learner sets a new password with it. Wrong codes count as
 * failed logins, so codes cannot be guessed.
 */
@ApplicationScoped
public class PasswordResetService {

    public static final Duration CODE_LIFETIME = Duration.ofHours(24);
    /** No 0/O or 1/I/L: read aloud over the phone and typed on small keyboards. */
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int CODE_LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private EntityManager em;
    private Clock clock;
    private Accounts accounts;
    private UnitService units;
    private Passwords passwords;
    private AuditLog audit;

    protected PasswordResetService() {
    }

    @Inject
    public PasswordResetService(EntityManager em, Clock clock, Accounts accounts, UnitService units,
                                Passwords passwords, AuditLog audit) {
        this.em = em;
        this.clock = clock;
        this.accounts = accounts;
        this.units = units;
        this.passwords = passwords;
        this.audit = audit;
    }

    /** Returns the code in clear text, once; only its hash is kept. Earlier codes stop working. */
    @Transactional
    public String issueCode(Actor actor, String username) {
        Account account = accounts.get(username);
        Access.requireManage(actor, account.getUnit() == null ? null : account.getUnit().getCode(), units.today());
        if (!actor.isAdmin() && (account.hasRole(Role.ADMIN) || account.hasRole(Role.ORGANIZER))) {
            // a code resets the password: only an administrator may do that for an officer
            throw DomainException.of(Failure.FORBIDDEN, "reset.officerNeedsAdmin");
        }
        Instant now = clock.instant();
        openCodes(account, now).forEach(c -> c.use(now));
        String code = newCode();
        em.persist(new OneTimeCode(account, digest(code), actor.username(), now, now.plus(CODE_LIFETIME)));
        audit.record(actor.username(), "RESET_CODE_ISSUE", SelfService.target(account), null);
        return code;
    }

    @Transactional(dontRollbackOn = DomainException.class)
    public void resetPassword(String username, String code, String newPassword) {
        requireFilledIn(username, code, newPassword);
        Account account = accounts.find(username)
                .orElseThrow(() -> DomainException.invalid("code", "reset.codeInvalid"));
        Instant now = clock.instant();
        Optional<Instant> blocked = account.loginBlockedUntil(now);
        if (blocked.isPresent()) {
            throw DomainException.of(Failure.TOO_MANY_ATTEMPTS, "login.throttled", Math.max(1, Duration.between(now, blocked.get()).toSeconds()));
        }
        Optional<OneTimeCode> match = openCodes(account, now).stream()
                .filter(c -> MessageDigest.isEqual(c.getCodeHash().getBytes(StandardCharsets.US_ASCII),
                        digest(normalize(code)).getBytes(StandardCharsets.US_ASCII)))
                .findFirst();
        if (match.isEmpty()) {
            account.recordFailedLogin(now);
            throw DomainException.invalid("code", "reset.codeInvalid");
        }
        passwords.change(account, "newPassword", newPassword);
        match.get().use(now);
        account.recordSuccessfulLogin();
        audit.record(account.getUsername(), "PASSWORD_RESET", SelfService.target(account), null);
    }

    private static void requireFilledIn(String username, String code, String newPassword) {
        List<FieldError> missing = new ArrayList<>();
        if (username == null || username.isBlank()) {
            missing.add(FieldError.of("username", "field.required"));
        }
        if (code == null || code.isBlank()) {
            missing.add(FieldError.of("code", "field.required"));
        }
        if (newPassword == null || newPassword.isBlank()) {
            missing.add(FieldError.of("newPassword", "field.required"));
        }
        if (!missing.isEmpty()) {
            throw DomainException.invalid(missing);
        }
    }

    private List<OneTimeCode> openCodes(Account account, Instant now) {
        return em.createQuery("select c from OneTimeCode c where c.account = :account and c.usedAt is null", OneTimeCode.class)
                .setParameter("account", account).getResultList()
                .stream().filter(c -> c.isUsable(now)).toList();
    }

    private static String newCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    private static String normalize(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    /** Codes are random and short-lived, so a fast hash is enough; it keeps them out of backups. */
    private static String digest(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
