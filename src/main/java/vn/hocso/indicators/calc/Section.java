package vn.hocso.indicators.calc;

/** Where an indicator sits in the report: the plan's targets, or the activity counts organizers are asked for. */
public enum Section {
    PLAN, ACTIVITY
}
