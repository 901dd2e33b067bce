package vn.hocso.courses.model;

public enum EnrolmentStatus {
    IN_PROGRESS, COMPLETED
}
