package org.practiceassistant.draft;

import java.util.List;
import org.practiceassistant.check.CheckStatus;

/**
 * Plays every persona of a set (the blind one unless told) and counts what DraftBenchmark prints and
 * BlindPersonasTest and Tune2PersonasTest hold floors on.
 */
public record BlindFigures(int personas, int finished, int texts, int passing) {

    public static List<SimulatedWorker.Result> play() {
        return play(Persona.FOLDER);
    }

    public static List<SimulatedWorker.Result> play(java.nio.file.Path folder) {
        var worker = new SimulatedWorker(RealChecker.draftFeature());
        return Persona.all(folder).stream().map(worker::play).toList();
    }

    public static BlindFigures of(List<SimulatedWorker.Result> results) {
        int finished = 0;
        int texts = 0;
        int passing = 0;
        for (SimulatedWorker.Result result : results) {
            finished += result.finished() ? 1 : 0;
            for (ScriptRunner.Shown shown : result.accepted()) {
                texts++;
                passing += RealChecker.CHECKER.check(shown.kind(), shown.text()).allMet() ? 1 : 0;
            }
        }
        return new BlindFigures(results.size(), finished, texts, passing);
    }

    /**
     * Plays the personas in {@code folder} and holds its floors: exactly {@code personas} of them, the share
     * finished without a dead end and the share of statements and goals passing every check. Prints the counts.
     */
    public static void assertFloors(java.nio.file.Path folder, int personas, double finishedFloor, double passingFloor) {
        List<SimulatedWorker.Result> results = play(folder);
        var figures = of(results);
        System.out.printf("%s: finished %d/%d, passing %d/%d, %d detours with no topic not typed%n", folder.getFileName(),
                figures.finished(), figures.personas(), figures.passing(), figures.texts(), unplacedDetours(folder));
        org.assertj.core.api.Assertions.assertThat(results).hasSize(personas);
        org.assertj.core.api.Assertions.assertThat(figures.finishedShare()).as("share finished without a dead end")
                .isGreaterThanOrEqualTo(finishedFloor);
        org.assertj.core.api.Assertions.assertThat(figures.passingShare())
                .as("share of statements and goals passing every check").isGreaterThanOrEqualTo(passingFloor);
    }

    /** Detours in the set written with no topic: the simulated worker leaves them out, so a measure says how many. */
    public static int unplacedDetours(java.nio.file.Path folder) {
        return Persona.all(folder).stream().mapToInt(Persona::unplacedDetours).sum();
    }

    public double finishedShare() {
        return personas == 0 ? 0 : (double) finished / personas;
    }

    public double passingShare() {
        return texts == 0 ? 0 : (double) passing / texts;
    }

    /**
     * One line per persona that did not finish or whose texts fail a check: where, and which criteria. For the
     * tuning set only: a blind set's failures are never printed (only its aggregate figures).
     */
    public static List<String> problems(List<SimulatedWorker.Result> results) {
        return results.stream().flatMap(r -> {
            var lines = new java.util.ArrayList<String>();
            if (!r.finished()) {
                lines.add(r.persona() + ": dead end at " + r.deadEnd() + " after " + r.turns() + " turns");
            }
            for (ScriptRunner.Shown s : r.accepted()) {
                var failed = RealChecker.CHECKER.check(s.kind(), s.text()).checks().stream()
                        .filter(c -> c.status() == CheckStatus.FAIL).map(c -> c.id()).toList();
                if (!failed.isEmpty()) {
                    lines.add(r.persona() + " worry " + s.worry() + " " + s.kind().wireName() + " fails " + failed);
                }
            }
            return lines.stream();
        }).toList();
    }
}
