package org.practiceassistant.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every scripted mapping in tests-data/draft through the Draft feature with the real knowledge pack,
 * jargon list and checker: the coach says what each script expects, and the statements and goals it
 * builds pass the checks.
 */
class ScriptedMappingsTest {

    private static final ScriptRunner RUNNER = new ScriptRunner(RealChecker.draftFeature());

    static Stream<DraftScript> scripts() {
        return DraftScript.all().stream();
    }

    @Test
    void thereAreAtLeastTenScriptsCoveringEveryVocabulary() {
        List<DraftScript> scripts = DraftScript.all();
        assertThat(scripts).hasSizeGreaterThanOrEqualTo(10);
        assertThat(scripts).extracting(DraftScript::vocabulary).contains("danger/safety", "worry/wellbeing", "worry/success");
        assertThat(scripts.stream().filter(DraftScript::adapter).map(DraftScript::vocabulary).distinct()).hasSize(3);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void playsAsScripted(DraftScript script) {
        var run = RUNNER.play(script);
        assertThat(run.problems()).isEmpty();
        assertThat(run.finished()).isTrue();
    }

    /** The floor under the benchmark's figure (target 100%): accepted statements and goals pass every check. */
    @Test
    void acceptedStatementsAndGoalsPassEveryCheck() {
        long shown = 0;
        long passing = 0;
        for (DraftScript script : DraftScript.all()) {
            for (ScriptRunner.Shown s : RUNNER.play(script).accepted()) {
                shown++;
                if (RealChecker.CHECKER.check(s.kind(), s.text()).allMet()) {
                    passing++;
                }
            }
        }
        assertThat(shown).isGreaterThanOrEqualTo(20);
        assertThat((double) passing / shown).isGreaterThanOrEqualTo(0.9);
    }
}
