package vn.hocso.journeys;

import java.net.URI;
import vn.hocso.testsupport.Http;

/** A learner registered through the API for a journey: a fresh phone number as the username. */
record NewLearner(String username, String password) {

    static final String PASSWORD = "Sông Hương núi Ngự 2026";

    static NewLearner register(URI site, String prefix, String fullName, String gender) {
        String phone = prefix + "%06d".formatted(Math.floorMod(System.nanoTime(), 1_000_000L));
        Http.to(site).postJson("api/accounts", """
                {"username":"%s","password":"%s","fullName":"%s","birthYear":2004,"gender":"%s",
                 "unitCode":"X-PT","consents":{"training":true}}""".formatted(phone, PASSWORD, fullName, gender));
        return new NewLearner(phone, PASSWORD);
    }
}
