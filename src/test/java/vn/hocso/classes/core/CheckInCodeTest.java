package vn.hocso.classes.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CheckInCodeTest {

    private static final Instant START = Instant.parse("2026-12-05T01:00:00Z");
    private static final SessionTime TIME = new SessionTime(START, START.plusSeconds(7200));
    private final CheckInCode code = new CheckInCode(42, "secret-of-session-42", TIME);

    @Test
    void theCodeOnScreenIsAcceptedWhileTheSessionRuns() {
        Instant now = START.plusSeconds(600);
        assertThat(code.accepts(code.at(now), now)).isTrue();
        assertThat(code.accepts(code.at(now).toLowerCase(), now)).as("typed in lower case").isTrue();
    }

    @Test
    void theCodeChangesEveryFifteenSecondsAndThePreviousOneStillWorksUntilTheNext() {
        Instant shown = START.plusSeconds(600);
        String photographed = code.at(shown);
        Instant changed = code.nextChange(shown);

        assertThat(code.at(changed)).isNotEqualTo(photographed);
        assertThat(code.accepts(photographed, changed)).as("scanned just before it changed").isTrue();
        assertThat(code.accepts(photographed, changed.plus(CheckInCode.STEP))).as("expired: two codes later").isFalse();
    }

    @Test
    void aCodeOfAnotherSessionIsRefusedEvenAtTheSameMoment() {
        CheckInCode other = new CheckInCode(43, "secret-of-session-43", TIME);
        Instant now = START.plusSeconds(600);

        assertThat(code.accepts(other.at(now), now)).isFalse();
        assertThat(new CheckInCode(42, "another-secret", TIME).at(now)).as("same id, other secret").isNotEqualTo(code.at(now));
    }

    @Test
    void noCodeWorksBeforeTheSessionStartsOrAfterItEnds() {
        Instant before = START.minusSeconds(5);
        Instant after = TIME.end();

        assertThat(code.accepts(code.at(before), before)).isFalse();
        assertThat(code.accepts(code.at(after), after)).isFalse();
        assertThat(code.accepts(null, START.plusSeconds(1))).isFalse();
    }

    @Test
    void codesAvoidLookAlikeCharacters() {
        for (int s = 0; s < 200; s++) {
            assertThat(code.at(START.plusSeconds(15L * s))).hasSize(12).doesNotContain("0", "O", "1", "I");
        }
    }
}
