package vn.hocso.classes.core;

import java.time.Instant;

/** When one session of a class runs. */
public record SessionTime(Instant start, Instant end) {

    public boolean isRunning(Instant now) {
        return !now.isBefore(start) && now.isBefore(end);
    }

    public boolean hasStarted(Instant now) {
        return !now.isBefore(start);
    }
}
