package vn.hocso.classes.core;

public enum AttendanceStatus {
    PRESENT, LATE, EXCUSED, ABSENT
}
