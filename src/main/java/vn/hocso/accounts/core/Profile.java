package vn.hocso.accounts.core;

/** The part of an account its owner may edit later, as typed. */
public record Profile(String fullName, Integer birthYear, Gender gender, String unitCode, PlanFlags flags,
                      String ethnicity, Boolean ethnicityConsent, Guardian guardian) {

    /** A parent or legal guardian who consents for a learner under 16. */
    public record Guardian(String fullName, String phone, Boolean consent) {
    }

    public Profile {
        flags = flags == null ? PlanFlags.NONE : flags;
    }

    public boolean hasEthnicity() {
        return ethnicity != null && !ethnicity.isBlank();
    }
}
