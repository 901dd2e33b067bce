package vn.hocso.courses.api;

import java.time.Instant;
import vn.hocso.courses.model.Enrolment;

/** A learner's place in a course, with the certificate's code once one was issued. */
public record EnrolmentDto(String course, String status, int progressPercent, Instant enrolledAt, Instant completedAt,
                           String certificateCode) {

    static EnrolmentDto of(Enrolment enrolment, String certificateCode) {
        return new EnrolmentDto(enrolment.getCourse().getSlug(), enrolment.getStatus().name(),
                enrolment.progressPercent(), enrolment.getEnrolledAt(), enrolment.getCompletedAt(), certificateCode);
    }
}
