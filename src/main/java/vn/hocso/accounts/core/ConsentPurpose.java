package vn.hocso.accounts.core;

/**
 * Purposes a person consents to separately (Personal Data Protection Law 91/2025/QH15): each
 * is asked on its own, never pre-ticked, and can be withdrawn on its own.
 */
public enum ConsentPurpose {
    /** Taking part in training: needed to have an account at all. */
    TRAINING,
    /** Using the person's data, without identity, in anonymous statistics. */
    STATISTICS,
    /** Processing the ethnicity the person chose to give: sensitive personal data. */
    SENSITIVE_ETHNICITY
}
