package vn.hocso.accounts.core;

public enum Gender {
    MALE, FEMALE, OTHER
}
