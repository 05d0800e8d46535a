package org.practiceassistant.check.entry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.practiceassistant.check.CheckReport;
import org.practiceassistant.check.CheckStatus;
import org.practiceassistant.check.CriterionId;
import org.practiceassistant.check.CriterionResult;
import org.practiceassistant.check.DraftChecker;
import org.practiceassistant.check.DraftKind;
import org.practiceassistant.conversation.UserInput;
import org.springframework.core.io.ByteArrayResource;

/** In Teams a table pasted from Word under "Danger statement<TAB>Safety goal" is checked as a plan, not as one statement. */
class CheckFeatureTableTest {

    @Test
    void aStatementAndGoalTableIsCheckedAsAPlan() {
        AtomicReference<DraftKind> kind = new AtomicReference<>();
        AtomicReference<String> text = new AtomicReference<>();
        DraftChecker recording = (k, t, budget) -> {
            kind.set(k);
            text.set(t);
            return new CheckReport(k, List.of(new CriterionResult(CriterionId.DANGER_GOAL_PAIRS, CheckStatus.PASS, "", "", "")));
        };
        var feature = new CheckFeature(recording, new CheckProperties(new ByteArrayResource(new byte[0]), 50_000, Duration.ofSeconds(2)));
        String table = "Danger statement\tSafety goal\n"
                + "School are worried that Rhys (9) has come in hungry most Mondays this term.\t"
                + "Dad and Aunt Cerys will make sure Rhys has breakfast every school day until Easter.\n";

        feature.start("check", new UserInput.Text(table));

        assertThat(kind.get()).isEqualTo(DraftKind.PLAN);
        assertThat(text.get()).startsWith("Danger statement\tSafety goal");
    }
}
