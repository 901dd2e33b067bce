package vn.hocso.accounts.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchTextTest {

    private static final String UNIT = "Đoàn thị trấn Phước Dân";

    @ParameterizedTest
    @ValueSource(strings = {"phuoc dan", "Phước Dân", "PHUOC DAN", "  phuoc   dan  ", "doan", "Đoàn", "dan phuoc", "thi tran phuoc"})
    void aQueryTypedWithOrWithoutDiacriticsFindsTheUnit(String query) {
        assertThat(SearchText.matches(UNIT, query)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"phuoc hau", "dong", "phuocdan", "xa phuoc dan"})
    void everyWordOfTheQueryMustOccur(String query) {
        assertThat(SearchText.matches(UNIT, query)).isFalse();
    }

    @Test
    void foldingDropsTonesAndMarksAndMapsDToD() {
        assertThat(SearchText.fold("  Đoàn   thị trấn Phước Dân ")).isEqualTo("doan thi tran phuoc dan");
        assertThat(SearchText.fold("đường Ấp Bắc")).isEqualTo("duong ap bac");
    }

    @Test
    void decomposedInputFoldsLikeComposedInput() {
        String decomposed = Normalizer.normalize("Nguyễn Thị Hoa", Normalizer.Form.NFD);

        assertThat(SearchText.fold(decomposed)).isEqualTo("nguyen thi hoa");
    }

    @Test
    void nothingFoldsToEmpty() {
        assertThat(SearchText.fold(null)).isEmpty();
    }
}
