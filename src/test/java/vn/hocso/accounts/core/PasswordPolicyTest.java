package vn.hocso.accounts.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private static final String NO_USERNAME = null;

    private final PasswordPolicy policy = PasswordPolicy.standard();

    @Test
    void nineCharactersAreTooShort() {
        assertThat(policy.problem("x7#kP9!qm", NO_USERNAME)).contains("password.tooShort");
    }

    @Test
    void tenCharactersAreEnough() {
        assertThat(policy.problem("x7#kP9!qmZ", NO_USERNAME)).isEmpty();
    }

    @Test
    void noPasswordIsTooShort() {
        assertThat(policy.problem(null, NO_USERNAME)).contains("password.tooShort");
    }

    @Test
    void moreThanTwoHundredCharactersAreTooLong() {
        String twoHundred = "hoa sen ".repeat(25);

        assertThat(policy.problem(twoHundred, NO_USERNAME)).isEmpty();
        assertThat(policy.problem(twoHundred + "x", NO_USERNAME)).contains("password.tooLong");
    }

    @ParameterizedTest
    @ValueSource(strings = {"matkhau123", "MatKhau123", "1234567890", "anhyeuem123", "IloveYou123"})
    void passwordsFromTheShippedListAreRejectedWhateverTheirCase(String password) {
        assertThat(policy.problem(password, NO_USERNAME)).contains("password.common");
    }

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaa", "abcabcabcabc", "1212121212", "ZZZZZZZZZZZZ"})
    void oneShortUnitRepeatedIsRejected(String password) {
        assertThat(policy.problem(password, NO_USERNAME)).contains("password.common");
    }

    @Test
    void aPasswordContainingTheUsernameIsRejectedWhateverTheCase() {
        assertThat(policy.problem("hoa-NguyenVan-2024", "nguyenvan")).contains("password.containsUsername");
    }

    @Test
    void usernamesShorterThanFourCharactersAreNotLookedFor() {
        assertThat(policy.problem("an nhiên giữa đời", "an")).isEmpty();
    }

    @Test
    void aGoodPassphrasePasses() {
        assertThat(policy.problem("mây trắng bay qua đồi", "0912345678")).isEmpty();
    }

    @Test
    void aListGivenToThePolicyIsMatchedIgnoringCase() {
        PasswordPolicy custom = new PasswordPolicy(Set.of("HuongDuong2024"));

        assertThat(custom.problem("huongduong2024", NO_USERNAME)).contains("password.common");
        assertThat(custom.problem("matkhau123", NO_USERNAME)).isEmpty();
    }

    @Test
    void theStandardPolicyRejectsEveryListedPasswordLongEnoughToReachTheList() throws IOException {
        List<String> listed = shippedList().stream()
                .filter(p -> p.length() >= PasswordPolicy.MIN_LENGTH && p.length() <= PasswordPolicy.MAX_LENGTH)
                .toList();

        assertThat(listed).hasSizeGreaterThan(1000);
        assertThat(listed).allSatisfy(p -> assertThat(policy.problem(p, NO_USERNAME)).as(p).contains("password.common"));
    }

    private static List<String> shippedList() throws IOException {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
        }
    }
}
