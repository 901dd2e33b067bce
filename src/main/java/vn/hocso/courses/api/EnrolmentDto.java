package vn.hocso.courses.api;

import java.time.Instant;
import vn.hocso.courses.model.Enrolment;

/** A learner's place in a course. */
public record EnrolmentDto(String course, String status, int progressPercent, Instant enrolledAt, Instant completedAt) {

    static EnrolmentDto of(Enrolment enrolment) {
        return new EnrolmentDto(enrolment.getCourse().getSlug(), enrolment.getStatus().name(),
                enrolment.progressPercent(), enrolment.getEnrolledAt(), enrolment.getCompletedAt());
    }
}
