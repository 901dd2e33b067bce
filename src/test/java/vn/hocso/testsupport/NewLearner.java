package vn.hocso.testsupport;

import java.net.URI;

/** A learner registered through the API for a test: a fresh phone number as the username. */
public record NewLearner(String username, String password) {

    public static final String PASSWORD = "Sông Hương núi Ngự 2026";

    public static NewLearner register(URI site, String prefix, String fullName, String gender) {
        String phone = prefix + "%06d".formatted(Math.floorMod(System.nanoTime(), 1_000_000L));
        Http.to(site).postJson("api/accounts", """
                {"username":"%s","password":"%s","fullName":"%s","birthYear":2004,"gender":"%s",
                 "unitCode":"X-PT","consents":{"training":true}}""".formatted(phone, PASSWORD, fullName, gender));
        return new NewLearner(phone, PASSWORD);
    }
}
