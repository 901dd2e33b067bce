package vn.hocso.classes.core;

/** The plan's age groups: under 16, 16 to 30, over 30. */
public enum AgeGroup {
    UNDER_16, FROM_16_TO_30, OVER_30;

    public static AgeGroup of(int birthYear, int year) {
        int age = year - birthYear;
        return age < 16 ? UNDER_16 : age <= 30 ? FROM_16_TO_30 : OVER_30;
    }
}
