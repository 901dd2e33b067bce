package vn.hocso.quizzes.service;

import java.time.Instant;

/** A contest's new start and end, announced once the change is committed. */
public record ContestRescheduled(long contestId, Instant startsAt, Instant endsAt) {
}
