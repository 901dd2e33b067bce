package vn.hocso.accounts.model;

public enum AccountStatus {
    ACTIVE,
    /** The person deleted the account: personal data is gone, anonymous statistics remain. */
    ERASED
}
