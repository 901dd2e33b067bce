package vn.hocso.classes.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.hocso.platform.errors.DomainException;
import vn.hocso.platform.errors.FieldError;

/** What an organizer or trainer fills in for a class; checked on construction. */
public record ClassDetails(String title, ClassKind kind, ClassMode mode, String location, Integer capacity,
                           LocalDate startDate, LocalDate endDate, int attendanceThresholdPercent, AttendancePoints points) {

    public static final int DEFAULT_THRESHOLD = 80;
    public static final int TITLE_LENGTH = 200;
    public static final int LOCATION_LENGTH = 300;

    public ClassDetails {
        title = title == null ? "" : title.strip();
        location = location == null || location.isBlank() ? null : location.strip();
        kind = kind == null ? ClassKind.TRAINING : kind;
        mode = mode == null ? ClassMode.IN_PERSON : mode;
        points = points == null ? AttendancePoints.DEFAULT : points;
        List<FieldError> errors = new ArrayList<>();
        if (title.isEmpty()) {
            errors.add(FieldError.of("title", "field.required"));
        } else if (title.length() > TITLE_LENGTH) {
            errors.add(FieldError.of("title", "field.tooLong", TITLE_LENGTH));
        }
        if (location != null && location.length() > LOCATION_LENGTH) {
            errors.add(FieldError.of("location", "field.tooLong", LOCATION_LENGTH));
        }
        if (capacity != null && capacity < 1) {
            errors.add(FieldError.of("capacity", "class.capacityPositive"));
        }
        if (startDate == null) {
            errors.add(FieldError.of("startDate", "field.required"));
        }
        if (endDate == null) {
            errors.add(FieldError.of("endDate", "field.required"));
        } else if (startDate != null && endDate.isBefore(startDate)) {
            errors.add(FieldError.of("endDate", "class.endBeforeStart"));
        }
        if (attendanceThresholdPercent < 0 || attendanceThresholdPercent > 100) {
            errors.add(FieldError.of("attendanceThresholdPercent", "class.thresholdRange"));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
    }
}
