package vn.hocso.accounts.service;

/**
 * The version of the privacy notice people consent under. Change it whenever the notice
 * text in the resource bundles changes, so each stored consent says which text it answered.
 */
public final class PrivacyNotice {

    public static final String VERSION = "2026-11b";

    private PrivacyNotice() {
    }
}
