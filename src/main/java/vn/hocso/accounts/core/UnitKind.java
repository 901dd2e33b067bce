package vn.hocso.accounts.core;

/** Kinds of Youth Union units; the tree itself is data and changes with reforms. */
public enum UnitKind {
    PROVINCE_UNION, DISTRICT_UNION, COMMUNE_UNION, BRANCH, SCHOOL, AGENCY
}
