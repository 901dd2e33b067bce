package vn.hocso.accounts.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHasherTest {

    private static final String PASSWORD = "mây trắng bay qua đồi";

    /** A low work factor: these tests are about the format and the checks, not the cost. */
    private final PasswordHasher hasher = new PasswordHasher(1000);

    @Test
    void aHashMatchesThePasswordItWasMadeFrom() {
        assertThat(hasher.matches(PASSWORD, hasher.hash(PASSWORD))).isTrue();
    }

    @Test
    void aHashDoesNotMatchAnotherPassword() {
        String stored = hasher.hash(PASSWORD);

        assertThat(hasher.matches("mây trắng bay qua đồi!", stored)).isFalse();
        assertThat(hasher.matches("may trang bay qua doi", stored)).isFalse();
    }

    @Test
    void twoHashesOfOnePasswordDifferBecauseOfTheSalt() {
        assertThat(hasher.hash(PASSWORD)).isNotEqualTo(hasher.hash(PASSWORD));
    }

    @Test
    void aHashNamesItsAlgorithmAndWorkFactor() {
        assertThat(hasher.hash(PASSWORD)).matches("pbkdf2-sha256\\$1000\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
    }

    @Test
    void theDefaultWorkFactorIsWrittenIntoTheHash() {
        assertThat(new PasswordHasher().hash(PASSWORD)).startsWith("pbkdf2-sha256$" + PasswordHasher.ITERATIONS + "$");
    }

    @Test
    void aHashMadeWithAnotherWorkFactorStillMatches() {
        String stored = new PasswordHasher(1200).hash(PASSWORD);

        assertThat(hasher.matches(PASSWORD, stored)).isTrue();
    }

    @Test
    void aHashWithAnotherWorkFactorNeedsRehashing() {
        String stored = new PasswordHasher(1200).hash(PASSWORD);

        assertThat(hasher.needsRehash(stored)).isTrue();
        assertThat(hasher.needsRehash(hasher.hash(PASSWORD))).isFalse();
    }

    @Test
    void aTamperedHashDoesNotMatch() {
        String stored = hasher.hash(PASSWORD);
        // change the first character of the hash itself: the last one may only carry base64 padding bits
        int hashStart = stored.lastIndexOf('$') + 1;
        char first = stored.charAt(hashStart);
        String tampered = stored.substring(0, hashStart) + (first == 'A' ? 'B' : 'A') + stored.substring(hashStart + 1);

        assertThat(hasher.matches(PASSWORD, tampered)).isFalse();
    }

    @Test
    void noPasswordMatchesNothing() {
        assertThat(hasher.matches(null, hasher.hash(PASSWORD))).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "garbage",
        "bcrypt$10$abc$def",
        "pbkdf2-sha256$1000$onlythree",
        "pbkdf2-sha256$many$c2FsdA$aGFzaA",
        "pbkdf2-sha256$1000$not base64!$not base64!",
        "pbkdf2-sha256$0$c2FsdA$aGFzaA",
    })
    void aStoredValueThatIsNoHashMatchesNothing(String stored) {
        assertThat(hasher.matches(PASSWORD, stored)).isFalse();
    }
}
