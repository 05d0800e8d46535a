package org.practiceassistant.draft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** School staff, benefits advisers and online services named in the network are support, not who will act. */
class SupportRolesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Auntie Bev, head of year and Kooth|Auntie Bev|the head of year and Kooth",
            "grandad Len, his DWP work coach|grandad Len|his DWP work coach",
            "CMHT, uncle Ray|uncle Ray|the CMHT"})
    void theyAreSupport(String network, String family, String support) {
        var split = FamilyAndSupport.of(network);
        assertThat(split.family()).isEqualTo(family);
        assertThat(split.support()).isEqualTo(support);
    }
}
