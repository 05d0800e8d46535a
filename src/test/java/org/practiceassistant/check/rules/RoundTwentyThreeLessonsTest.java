package org.practiceassistant.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceassistant.check.rules.CheckedDrafts.status;

import org.junit.jupiter.api.Test;
import org.practiceassistant.check.CheckStatus;
import org.practiceassistant.check.DraftKind;

/**
 * The twenty-third round: readability read over every blind split at once (families of misses, not single texts). Every
 * sentence here is written for the test, not copied from any labelled set.
 */
class RoundTwentyThreeLessonsTest {

    @Test
    void servicesLettersOneWordInTenAreNotPlainWordsAtAnyLength() {
        assertThat(status(DraftKind.SUCCESS_GOAL, "YP to keep up PEP and engage with IRO.", "readability"))
                .isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.WORRY_STATEMENT, "Omar is CLA and has SEMH needs. Placement may end due to behaviours.",
                "readability")).isEqualTo(CheckStatus.FAIL);
        // One service named by its letters in a plain sentence is left to jargon-free.
        assertThat(status(DraftKind.SAFETY_GOAL, "Until 30 June, Omar's aunt Noor will take him to CAMHS every Tuesday after school"
                + " and wait with him.", "readability")).isEqualTo(CheckStatus.PASS);
        // "GP" is a word families use of their own (knowledge/jargon.yaml marks it everyday).
        assertThat(status(DraftKind.SAFETY_GOAL, "Noor will take Omar to the OT and the SALT by May.", "readability"))
                .isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.SAFETY_GOAL, "Noor will take Omar to see the GP on Monday and to the OT by May.",
                "readability")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void aNoteTypedWithoutCapitalsIsReadAsTheSentencesItsFullStopsEnd() {
        String note = "we are worried because omar's dad has been drinking most nights since may and shouting at his mum in the"
                + " kitchen while omar (6) and his sister are upstairs. omar told his teacher he puts his fingers in his ears and"
                + " hides under the duvet. if this carries on omar could be hurt when his dad is drunk or grow up scared at home.";
        assertThat(status(DraftKind.WORRY_STATEMENT, note, "readability")).isEqualTo(CheckStatus.PASS);
        // The same words with no full stops stay one sentence too long to follow.
        assertThat(status(DraftKind.WORRY_STATEMENT, note.replace(". ", " and "), "readability")).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void labelsTypedWithoutCapitalsAreStillALabelList() {
        assertThat(status(DraftKind.WORRY_STATEMENT, "low school attendance. home conditions.", "readability"))
                .isEqualTo(CheckStatus.FAIL);
    }
}
