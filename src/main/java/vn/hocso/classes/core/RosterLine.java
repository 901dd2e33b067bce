package vn.hocso.classes.core;

import java.util.List;
import java.util.Optional;

/**
 * The verdict on one roster line: an existing account (MATCHED), an account to create (NEW),
 * or REJECTED with the reason (a message key and its arguments).
 */
public record RosterLine(int line, Status status, Optional<RosterEntry> entry, Optional<Long> accountId,
                         String reasonKey, List<Object> reasonArguments) {

    public enum Status {
        MATCHED, NEW, REJECTED
    }

    static RosterLine matched(RosterEntry entry, long accountId) {
        return new RosterLine(entry.line(), Status.MATCHED, Optional.of(entry), Optional.of(accountId), null, List.of());
    }

    static RosterLine created(RosterEntry entry) {
        return new RosterLine(entry.line(), Status.NEW, Optional.of(entry), Optional.empty(), null, List.of());
    }

    static RosterLine rejected(int line, String reasonKey, Object... arguments) {
        return new RosterLine(line, Status.REJECTED, Optional.empty(), Optional.empty(), reasonKey, List.of(arguments));
    }

    public boolean isRejected() {
        return status == Status.REJECTED;
    }
}
