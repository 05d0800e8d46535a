package org.practiceassistant.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.practiceassistant.check.DraftKind;
import org.practiceassistant.draft.BlindFigures;
import org.practiceassistant.draft.SimulatedWorker;
import org.practiceassistant.draft.DraftScript;
import org.practiceassistant.draft.RealChecker;
import org.practiceassistant.draft.ScriptRunner;

/**
 * Draft's measure: every scripted mapping in tests-data/draft played through the coach with the real
 * pack, jargon list and checker; prints the share of statements and goals that pass every check, both
 * as first built from the answers and as finally accepted (after any rework or own wording).
 */
class DraftBenchmark {

    @Test
    void composedStatementsAndGoalsPassTheChecks() {
        var runner = new ScriptRunner(RealChecker.draftFeature());
        List<DraftScript> scripts = DraftScript.all();
        int finished = 0;
        var first = new Tally();
        var accepted = new Tally();
        long started = System.nanoTime();
        for (DraftScript script : scripts) {
            var run = runner.play(script);
            finished += run.finished() ? 1 : 0;
            run.firstShown().forEach(first::add);
            run.accepted().forEach(accepted::add);
            for (ScriptRunner.Shown s : run.accepted()) {
                var report = RealChecker.CHECKER.check(s.kind(), s.text());
                if (!report.allMet()) {
                    System.out.printf("  %s worry %d %s fails: %s%n", script.name(), s.worry(), s.kind().wireName(),
                            report.checks().stream().filter(c -> c.status() == org.practiceassistant.check.CheckStatus.FAIL)
                                    .map(c -> c.id()).toList());
                }
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("Draft benchmark: %d scripted mappings, %d reached the summary, %d ms%n", scripts.size(), finished, millis);
        System.out.printf("  first built from the answers: statements %s, goals %s, all %s%n",
                first.share(DraftKind.DANGER_STATEMENT), first.share(DraftKind.SAFETY_GOAL), first.share(null));
        System.out.printf("  as accepted by the worker:    statements %s, goals %s, all %s%n",
                accepted.share(DraftKind.DANGER_STATEMENT), accepted.share(DraftKind.SAFETY_GOAL), accepted.share(null));
        assertThat(finished).isEqualTo(scripts.size());
    }

    /**
     * The blind split: the next persona set nobody has read (tests-data/draft/blind17/, once the lead adds it), played by a
     * simulated worker that answers the coach's current step from the persona's bank (sloppy first tries and detours
     * first). Every earlier set (blind to blind16) has been read and is a tuning set below.
     */
    @Test
    void blindPersonasFinishAndTheirTextsPassTheChecks() {
        if (!java.nio.file.Files.isDirectory(org.practiceassistant.draft.Persona.BLIND17)) {
            System.out.println("Draft blind personas: tests-data/draft/blind17/ not added yet");
            return;
        }
        long started = System.nanoTime();
        var results = BlindFigures.play(org.practiceassistant.draft.Persona.BLIND17);
        var figures = BlindFigures.of(results);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("Draft blind personas (blind17): %d, finished without a dead end %d (%.1f%%), statements and goals"
                        + " passing every check %d/%d (%.1f%%), %d turns in all, %d ms, %d detours with no topic not typed%n",
                figures.personas(), figures.finished(), 100 * figures.finishedShare(), figures.passing(), figures.texts(),
                100 * figures.passingShare(), results.stream().mapToInt(SimulatedWorker.Result::turns).sum(), millis,
                BlindFigures.unplacedDetours(org.practiceassistant.draft.Persona.BLIND17));
        // Aggregates only: which blind personas fail is never printed, so nobody tunes on them.
    }

    /**
     * The tuning personas (tests-data/draft/tune2, tune3 and tune4, the first two blind sets since they were read in the
     * sixth round, blind3 since the seventh, blind4 since the ninth, blind5 the tenth, blind6 the eleventh, blind7 the
     * twelfth, blind8 the thirteenth, blind9 the fourteenth, blind10 the fourteenth's second half, blind11 the seventeenth, blind12 the eighteenth, blind13 the twenty-fifth, blind14 the twenty-sixth, blind15 the twenty-ninth, blind16 the thirtieth): figures, then each dead end and failing text, to read;
     * each persona's conversation goes to target/tuning-transcripts/&lt;set&gt;/. Tuning sets only: a set still blind is
     * never played with a transcript.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"tune2", "tune3", "tune4", "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14", "blind15", "blind16"})
    void tuningPersonasFinishAndTheirTextsPassTheChecks(String set) throws java.io.IOException {
        java.nio.file.Path folder = java.nio.file.Path.of("tests-data", "draft", set);
        if (!java.nio.file.Files.isDirectory(folder)) {
            return;
        }
        java.nio.file.Path out = java.nio.file.Path.of("target", "tuning-transcripts", set);
        java.nio.file.Files.createDirectories(out);
        var worker = new SimulatedWorker(RealChecker.draftFeature());
        var results = new java.util.ArrayList<SimulatedWorker.Result>();
        for (var persona : org.practiceassistant.draft.Persona.all(folder)) {
            var lines = new java.util.ArrayList<String>();
            var result = worker.play(persona, lines::add);
            results.add(result);
            lines.add("== finished " + result.finished() + " " + result.deadEnd());
            for (ScriptRunner.Shown shown : result.accepted()) {
                lines.add("== worry " + shown.worry() + " " + shown.kind().wireName() + ": " + shown.text());
                RealChecker.CHECKER.check(shown.kind(), shown.text()).checks().forEach(c ->
                        lines.add("   " + c.status() + " " + c.id() + " " + c.evidence() + " " + c.advice()));
            }
            java.nio.file.Files.write(out.resolve(persona.name() + ".txt"), lines);
        }
        var figures = BlindFigures.of(results);
        System.out.printf("Draft %s personas (tuning set): %d, finished without a dead end %d (%.1f%%), statements and"
                        + " goals passing every check %d/%d (%.1f%%)%n", set, figures.personas(), figures.finished(),
                100 * figures.finishedShare(), figures.passing(), figures.texts(), 100 * figures.passingShare());
        BlindFigures.problems(results).forEach(line -> System.out.println("  " + line));
    }

    /** Counts texts and those passing every check, per kind. */
    private static final class Tally {
        private int statements;
        private int statementsPassing;
        private int goals;
        private int goalsPassing;

        void add(ScriptRunner.Shown shown) {
            boolean passes = RealChecker.CHECKER.check(shown.kind(), shown.text()).allMet();
            if (shown.kind() == DraftKind.DANGER_STATEMENT) {
                statements++;
                statementsPassing += passes ? 1 : 0;
            } else {
                goals++;
                goalsPassing += passes ? 1 : 0;
            }
        }

        String share(DraftKind kind) {
            int n = kind == null ? statements + goals : kind == DraftKind.DANGER_STATEMENT ? statements : goals;
            int p = kind == null ? statementsPassing + goalsPassing
                    : kind == DraftKind.DANGER_STATEMENT ? statementsPassing : goalsPassing;
            return String.format("%d/%d (%.1f%%)", p, n, n == 0 ? 0.0 : 100.0 * p / n);
        }
    }
}
