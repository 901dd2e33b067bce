package vn.hocso.classes.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class VietnameseNamesTest {

    @Test
    void sortsByGivenNameThenMiddleThenFamilyName() {
        List<String> names = List.of("Lê Thị Bình", "Nguyễn Văn An", "Trần Văn An", "Đặng Văn Ưng", "Phạm Thị Ánh",
                "Nguyễn Thị An", "Hồ Đức Dũng", "Võ Minh Đức");

        assertThat(names.stream().sorted(VietnameseNames.byGivenName(Function.identity())).toList()).containsExactly(
                "Nguyễn Thị An", "Nguyễn Văn An", "Trần Văn An", "Phạm Thị Ánh", "Lê Thị Bình", "Hồ Đức Dũng",
                "Võ Minh Đức", "Đặng Văn Ưng");
    }

    @Test
    void splitsNamesOfOneTwoAndManyWords() {
        assertThat(VietnameseNames.givenName("  Nguyễn   Thị Hồng  Nhung ")).isEqualTo("Nhung");
        assertThat(VietnameseNames.middleNames("Nguyễn Thị Hồng Nhung")).isEqualTo("Thị Hồng");
        assertThat(VietnameseNames.familyName("Nguyễn Thị Hồng Nhung")).isEqualTo("Nguyễn");
        assertThat(VietnameseNames.givenName("Bình")).isEqualTo("Bình");
        assertThat(VietnameseNames.familyName("Bình")).isEmpty();
        assertThat(VietnameseNames.givenName(null)).isEmpty();
    }
}
