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
            "CMHT, uncle Ray|uncle Ray|the CMHT",
            // Thirteenth round: advice services and health staff.
            "citizens advice, her friend Mo|her friend Mo|citizens advice",
            "Dad, aunt Claire and the dietician|Dad and aunt Claire|the dietician",
            // The worker beside the family is support too, said last.
            "housing officer, citizens advice, jan, me|jan|the housing officer, citizens advice and me"})
    void theyAreSupport(String network, String family, String support) {
        var split = FamilyAndSupport.of(network);
        assertThat(split.family()).isEqualTo(family);
        assertThat(split.support()).isEqualTo(support);
    }
}
