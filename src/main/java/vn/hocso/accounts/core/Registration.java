package vn.hocso.accounts.core;

/**
 * What a person fills in to register, as typed (nothing validated yet). Nullable boxes
 * tell "not answered" from "no", so a missing consent is an error, not a silent false.
 */
public record Registration(String username, String password, Profile profile,
                           Boolean trainingConsent, Boolean statisticsConsent) {
}
