package vn.hocso.certificates.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerificationCodeTest {

    @Test
    void codesAreSixteenUnambiguousCharactersAndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = VerificationCode.generate();
            assertThat(code).hasSize(16).matches("[2-9A-HJ-NP-Z]+");
            seen.add(code);
        }
        assertThat(seen).hasSize(10_000);
        assertThat(Math.pow(32, 16)).as("80 bits").isEqualTo(Math.pow(2, 80));
    }

    @Test
    void typedCodesAreNormalizedAndNonsenseIsRefused() {
        assertThat(VerificationCode.grouped("ABCDEFGHJKLMNPQR")).isEqualTo("ABCD-EFGH-JKLM-NPQR");
        assertThat(VerificationCode.normalize(" abcd-efgh jklm-npqr ")).contains("ABCDEFGHJKLMNPQR");
        assertThat(VerificationCode.normalize("ABCD-EFGH-JKLM-NPQ0")).as("no zero in codes").isEmpty();
        assertThat(VerificationCode.normalize("ABCD")).isEmpty();
        assertThat(VerificationCode.normalize(null)).isEmpty();
    }

    @Test
    void thePublicPageShowsTheGivenNameAndInitials() {
        assertThat(HolderName.masked("Nguyễn Thị Hồng Nhung")).isEqualTo("N. T. H. Nhung");
        assertThat(HolderName.masked("Đặng Văn Ưng")).isEqualTo("Đ. V. Ưng");
        assertThat(HolderName.masked("Bình")).isEqualTo("Bình");
    }
}
