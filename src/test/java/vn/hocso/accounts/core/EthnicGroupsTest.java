package vn.hocso.accounts.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EthnicGroupsTest {

    @Test
    void theListHoldsTheFiftyFourGroupsOnceEach() {
        assertThat(EthnicGroups.all()).hasSize(54).doesNotHaveDuplicates().contains("Kinh", "Tày", "Khơ Me", "Ơ Đu", "Rơ Măm");
    }

    @Test
    void aGroupIsRecognisedWithSurroundingSpacesButNotByAnotherSpelling() {
        assertThat(EthnicGroups.contains(" Mường ")).isTrue();
        assertThat(EthnicGroups.contains("Muong")).isFalse();
        assertThat(EthnicGroups.contains(null)).isFalse();
    }
}
