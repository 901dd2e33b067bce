package vn.hocso.accounts.service;

import java.time.Instant;
import vn.hocso.accounts.core.Actor;

/** The outcome of a password check; {@code retryAt} is set when the person must wait. */
public record LoginResult(Outcome outcome, Actor actor, Instant retryAt) {

    public enum Outcome { SUCCESS, INVALID, THROTTLED, LOCKED }

    public boolean succeeded() {
        return outcome == Outcome.SUCCESS;
    }

    static LoginResult success(Actor actor) {
        return new LoginResult(Outcome.SUCCESS, actor, null);
    }

    static LoginResult invalid() {
        return new LoginResult(Outcome.INVALID, Actor.ANONYMOUS, null);
    }
}
