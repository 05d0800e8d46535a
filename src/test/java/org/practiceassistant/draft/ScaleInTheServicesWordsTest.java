package org.practiceassistant.draft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The plan's scale is named as the service names its goals: the template's "Safety Scale" is "Wellbeing Scale" in Wellbeing. */
class ScaleInTheServicesWordsTest {

    @Test
    void theScaleIsNamedAsTheServiceNamesItsGoals() {
        var wellbeing = new MappingWords("Signs of Wellbeing", "worry statement", "wellbeing goal", "Wellbeing Concerns",
                "Existing Wellbeing", "healthy and well");
        var success = new MappingWords("Signs of Success", "worry statement", "success goal", "Worrying Behaviour",
                "Existing Success", "doing well");
        var safety = new MappingWords("Signs of Safety", "danger statement", "safety goal", "Harm", "Existing Safety", "safe");
        assertThat(ChildAndFamilyPlan.scaleHeading("Safety Scale", wellbeing)).isEqualTo("Wellbeing Scale");
        assertThat(ChildAndFamilyPlan.scaleHeading("Safety Scale", success)).isEqualTo("Success Scale");
        assertThat(ChildAndFamilyPlan.scaleHeading("Safety Scale", safety)).isEqualTo("Safety Scale");
    }
}
