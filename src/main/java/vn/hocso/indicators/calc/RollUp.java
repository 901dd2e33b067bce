package vn.hocso.indicators.calc;

/**
 * How reported values of the units below add up: counts are summed; shares are the unit's
 * own figure when it reported one, else the mean of its children's.
 */
public enum RollUp {
    SUM, MEAN
}
