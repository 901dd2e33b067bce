package vn.hocso.accounts.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UsernamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"0912345678", "+84 912 345 678", "84912345678", "+84912345678", "091.234.5678", "(091) 234-5678", " 0912 345 678 "})
    void everyWayOfWritingAMobileNumberNormalisesToTheTenDigitForm(String raw) {
        assertThat(Usernames.normalize(raw)).contains("0912345678");
    }

    @Test
    void anEmailIsTrimmedAndLowerCased() {
        assertThat(Usernames.normalize(" Hoa.Nguyen@Mail.VN ")).contains("hoa.nguyen@mail.vn");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "   ", "nguyenvana", "12345", "0212345678", "091234567", "09123456789", "84212345678",
        "hoa@", "hoa@mail", "hoa nguyen@mail.vn", "hoa@mail@vn.vn", "hoa@mail.v"
    })
    void neitherAMobileNumberNorAnEmailIsNoUsername(String raw) {
        assertThat(Usernames.normalize(raw)).isEmpty();
    }

    @Test
    void anOverlongEmailIsNoUsername() {
        String email = "a".repeat(Usernames.MAX_LENGTH) + "@mail.vn";

        assertThat(Usernames.normalize(email)).isEmpty();
    }

    @Test
    void anEmailIsNoPhoneNumber() {
        assertThat(Usernames.normalizePhone("hoa@mail.vn")).isEmpty();
        assertThat(Usernames.normalizePhone(null)).isEmpty();
    }
}
