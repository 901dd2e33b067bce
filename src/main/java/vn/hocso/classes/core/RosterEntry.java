package vn.hocso.classes.core;

import java.util.Optional;
import vn.hocso.accounts.core.Gender;
import vn.hocso.accounts.core.PlanFlags;

/** A roster line once read: who the person is, as far as the file says. */
public record RosterEntry(int line, String fullName, Optional<String> phone, Optional<String> email,
                          Optional<Integer> birthYear, Optional<Gender> gender, Optional<String> unit, PlanFlags flags) {

    /** The username an account for this person has or gets: the phone number, else the e-mail. */
    public String username() {
        return phone.or(() -> email).orElseThrow();
    }
}
