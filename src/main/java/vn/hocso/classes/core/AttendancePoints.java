package vn.hocso.classes.core;

import vn.hocso.platform.errors.DomainException;

/**
 * The share of a session, in percent, that each status earns towards a learner's attendance
 * rate. Moodle's defaults (2, 1, 1 and 0 points of 2) are 100, 50, 50 and 0.
 */
public record AttendancePoints(int present, int late, int excused, int absent) {

    public static final AttendancePoints DEFAULT = new AttendancePoints(100, 50, 50, 0);

    public AttendancePoints {
        for (int points : new int[] {present, late, excused, absent}) {
            if (points < 0 || points > 100) {
                throw DomainException.invalid("pointsPresent", "class.pointsRange");
            }
        }
    }

    public int of(AttendanceStatus status) {
        return switch (status) {
            case PRESENT -> present;
            case LATE -> late;
            case EXCUSED -> excused;
            case ABSENT -> absent;
        };
    }
}
