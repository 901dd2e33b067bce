package vn.hocso.courses.service;

import vn.hocso.courses.model.Enrolment;

/** Fired in the transaction where a learner's enrolment reaches the course's completion rule. */
public record CourseCompleted(Enrolment enrolment) {
}
