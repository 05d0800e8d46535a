package org.practiceassistant.ask;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The labelled questions in {@code tests-data/ask/questions.yaml} and how answers to them are scored.
 * Shared by the quality floor test (in process) and the benchmark (over HTTP).
 *
 * @param questions   in-scope questions with the phrase their answer must contain
 * @param outOfScope  questions the pack does not cover, which must come back not found; used to calibrate
 *                    the not-found bars
 * @param blindOutOfScope more such questions, written with the first two blind sets without seeing any answer
 *                    and never used to calibrate
 * @param blind3OutOfScope more, written with the third blind set, whose answers nobody has read
 * @param blind4OutOfScope near-domain questions in Teams register, written with the fourth blind set; never read
 * @param tuneNearMiss    near-domain questions whose key subject the pack never mentions, written to calibrate
 *                        near-miss rejection (a tuning split)
 * @param tune5OutOfScope near-domain questions in Teams register written with tune5, a tuning split (read)
 * @param tune6OutOfScope near-domain questions in Teams register written with tune6, a second tuning split (read)
 * @param blind5OutOfScope near-domain questions in Teams register, written with the fifth blind set; never read
 * @param blind6OutOfScope near-domain questions in Teams register, written with the sixth blind set; read and calibrated on
 *                        since its one blind run (fifth round)
 * @param tuneNearMiss2   more near-domain questions written by the engineer in the fourth round (a tuning split)
 * @param nearMissHoldout near-domain questions written with those and kept apart: measured as a total, once, to see
 *                        whether rejection reaches subjects nobody listed
 * @param blind7OutOfScope near-domain questions in Teams register, written with the seventh blind set; read and tuned on
 *                        since its one blind run (sixth round)
 * @param blind8OutOfScope near-domain questions in Teams register, written with the eighth blind set; read and tuned on
 *                        since its one blind run (sixth round)
 * @param blind9OutOfScope near-domain questions in Teams register, written with the ninth blind set; read and tuned on
 *                        since its one blind run (eighth round)
 * @param blind10OutOfScope near-domain questions in Teams register, written with the tenth blind set; read and tuned on
 *                        since its one blind run (ninth round)
 * @param blind11OutOfScope near-domain questions in Teams register, written with the eleventh blind set; read and tuned on
 *                        since its one blind run (twelfth round)
 * @param blind12OutOfScope near-domain questions in Teams register, written with the twelfth blind set; read and tuned on
 *                        since its one blind run (thirteenth round)
 * @param blind13OutOfScope near-domain questions in Teams register, written with the thirteenth blind set; read and tuned
 *                        on since its one blind run (fourteenth round)
 * @param blind14OutOfScope near-domain questions in Teams register, written with the fourteenth blind set; read and tuned
 *                        on since its one blind run (fifteenth round)
 * @param blind15OutOfScope near-domain questions in Teams register, written with the fifteenth blind set; read and tuned
 *                        on since its one blind run (sixteenth round)
 * @param blind16OutOfScope near-domain questions in Teams register, written with the sixteenth blind set; read and tuned
 *                        on since its one blind run (nineteenth round)
 * @param blind17OutOfScope near-domain questions in Teams register, written with the seventeenth blind set; read and tuned
 *                        on since its one blind run (twenty-fourth round)
 * @param blind18OutOfScope near-domain questions in Teams register, written with the eighteenth blind set; read and tuned
 *                        on since its one blind run (twenty-sixth round)
 * @param blind19OutOfScope near-domain questions in Teams register, written with the nineteenth blind set; read and tuned
 *                        on since its one blind run (twenty-ninth round)
 * @param blind20OutOfScope near-domain questions in Teams register, written with the twentieth blind set; read and tuned
 *                        on since its one blind run (thirtieth round)
 * @param blind21OutOfScope near-domain questions written with the next blind set ({@link #TEAMS_NEWEST}); empty until the
 *                        lead adds them to questions.yaml as {@code blind21_out_of_scope}
 */
public record AskQualitySet(List<Question> questions, List<String> outOfScope, List<String> blindOutOfScope,
                            List<String> blind3OutOfScope, List<String> blind4OutOfScope, List<String> tuneNearMiss,
                            List<String> tune5OutOfScope, List<String> tune6OutOfScope,
                            List<String> blind5OutOfScope, List<String> tuneNearMiss2,
                            List<String> nearMissHoldout, List<String> blind6OutOfScope,
                            List<String> blind7OutOfScope, List<String> blind8OutOfScope, List<String> blind9OutOfScope,
                            List<String> blind10OutOfScope, List<String> blind11OutOfScope,
                            List<String> blind12OutOfScope, List<String> blind13OutOfScope,
                            List<String> blind14OutOfScope, List<String> blind15OutOfScope,
                            List<String> blind16OutOfScope, List<String> blind17OutOfScope,
                            List<String> blind18OutOfScope, List<String> blind19OutOfScope,
                            List<String> blind20OutOfScope, List<String> blind21OutOfScope) {

    public static final Path FILE = Path.of("tests-data", "ask", "questions.yaml");

    /** One in-scope question. */
    public record Question(String split, String area, String q, String expect) {}

    private record FileFormat(List<Question> questions, List<String> out_of_scope, List<String> blind_out_of_scope,
                              List<String> blind3_out_of_scope, List<String> blind4_out_of_scope,
                              List<String> tune_near_miss, List<String> tune5_out_of_scope,
                              List<String> tune6_out_of_scope, List<String> blind5_out_of_scope,
                              List<String> tune_near_miss2, List<String> near_miss_holdout, List<String> blind6_out_of_scope,
                              List<String> blind7_out_of_scope, List<String> blind8_out_of_scope,
                              List<String> blind9_out_of_scope, List<String> blind10_out_of_scope,
                              List<String> blind11_out_of_scope, List<String> blind12_out_of_scope,
                              List<String> blind13_out_of_scope, List<String> blind14_out_of_scope,
                              List<String> blind15_out_of_scope, List<String> blind16_out_of_scope,
                              List<String> blind17_out_of_scope, List<String> blind18_out_of_scope,
                              List<String> blind19_out_of_scope, List<String> blind20_out_of_scope,
                              List<String> blind21_out_of_scope) {}

    public static AskQualitySet load() {
        try {
            FileFormat file = YAMLMapper.builder().build().readValue(Files.readString(FILE), FileFormat.class);
            return new AskQualitySet(file.questions(), file.out_of_scope(), orEmpty(file.blind_out_of_scope()),
                    orEmpty(file.blind3_out_of_scope()), orEmpty(file.blind4_out_of_scope()),
                    orEmpty(file.tune_near_miss()), orEmpty(file.tune5_out_of_scope()), orEmpty(file.tune6_out_of_scope()),
                    orEmpty(file.blind5_out_of_scope()), orEmpty(file.tune_near_miss2()),
                    orEmpty(file.near_miss_holdout()), orEmpty(file.blind6_out_of_scope()),
                    orEmpty(file.blind7_out_of_scope()), orEmpty(file.blind8_out_of_scope()), orEmpty(file.blind9_out_of_scope()),
                    orEmpty(file.blind10_out_of_scope()), orEmpty(file.blind11_out_of_scope()),
                    orEmpty(file.blind12_out_of_scope()), orEmpty(file.blind13_out_of_scope()),
                    orEmpty(file.blind14_out_of_scope()), orEmpty(file.blind15_out_of_scope()),
                    orEmpty(file.blind16_out_of_scope()), orEmpty(file.blind17_out_of_scope()),
                    orEmpty(file.blind18_out_of_scope()), orEmpty(file.blind19_out_of_scope()),
                    orEmpty(file.blind20_out_of_scope()), orEmpty(file.blind21_out_of_scope()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> orEmpty(List<String> questions) {
        return questions == null ? List.of() : questions;
    }

    /** Every out-of-scope question, calibration and blind. */
    public List<String> allOutOfScope() {
        List<String> all = new ArrayList<>(outOfScope);
        all.addAll(tuneNearMiss);
        all.addAll(blindOutOfScope);
        all.addAll(blind3OutOfScope);
        all.addAll(blind4OutOfScope);
        all.addAll(tune5OutOfScope);
        all.addAll(tune6OutOfScope);
        all.addAll(blind5OutOfScope);
        all.addAll(tuneNearMiss2);
        all.addAll(nearMissHoldout);
        return all;
    }

    /** The older split whose answers nobody reads: its misses are never printed, nothing is chosen by it. */
    public static final String UNREAD = "blind3";

    /** The Teams-register split whose answers nobody reads: the figure to trust since issue 11. */
    public static final String TEAMS = "blind4";

    /** The newest Teams-register split nobody reads, written while tune6 was tuned on and measured after: the figure to trust. */
    public static final String TEAMS_FRESH = "blind5";

    /**
     * The seventh blind set (Teams register), written during the fifth round by a reader who saw only the pack and measured
     * once after it; never read (its totals were looked at once more after the "also asked as" entries were added).
     */
    public static final String TEAMS_SEVENTH = "blind7";

    /**
     * Where the next blind set is plugged in: its questions carry {@code split: blind21} in questions.yaml and its
     * near-domain list is {@code blind21_out_of_scope} ({@link #newestOutOfScope()}). Until the lead adds them the split is
     * empty and its test is skipped; once they are in it is the figure to trust, measured once and never read. blind20,
     * the newest before it (measured once after the thirtieth round's first half), is tuning data since
     * ({@link #FORMER_BLIND}).
     * For the set after, point this at the new split, add its out-of-scope list as a record component, return it from
     * {@link #newestOutOfScope()}, and add the old one to {@link #FORMER_BLIND} and {@link #teamsTuning()}.
     */
    public static final String TEAMS_NEWEST = "blind21";

    /** The Teams-register tuning split (read, printed, chosen on): written after blind4, independently of it. */
    public static final String TEAMS_TUNE = "tune5";

    /** The second Teams-register tuning split, written by another reader who saw only the pack (read, chosen on). */
    public static final String TEAMS_TUNE2 = "tune6";

    /**
     * The Teams-register blind sets measured once and read since (blind4 to blind6 in the fifth round, blind7 and blind8
     * in the sixth, blind9 in the eighth, blind10 in the ninth, blind11 in the twelfth, blind12 in the thirteenth, blind13 in the fourteenth, blind14 in the fifteenth, blind15 in the sixteenth, blind16 in the nineteenth, blind17 in the twenty-fourth, blind18 in the twenty-sixth, blind19 in the twenty-ninth, blind20 in the thirtieth, 2026-12-05/08): tuning data now, named here by split rather than by the blind constants, which the
     * integrator points at newer sets.
     */
    public static final List<String> FORMER_BLIND = List.of("blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10",
            "blind11", "blind12", "blind13", "blind14", "blind15", "blind16", "blind17", "blind18", "blind19",
            "blind20");

    /** The Teams-register tuning splits with their out-of-scope lists, in that order: what may be chosen on. */
    public java.util.Map<String, List<String>> teamsTuning() {
        java.util.Map<String, List<String>> splits = new java.util.LinkedHashMap<>();
        splits.put(TEAMS_TUNE, tune5OutOfScope);
        splits.put(TEAMS_TUNE2, tune6OutOfScope);
        splits.put("blind4", blind4OutOfScope);
        splits.put("blind5", blind5OutOfScope);
        splits.put("blind6", blind6OutOfScope);
        splits.put("blind7", blind7OutOfScope);
        splits.put("blind8", blind8OutOfScope);
        splits.put("blind9", blind9OutOfScope);
        splits.put("blind10", blind10OutOfScope);
        splits.put("blind11", blind11OutOfScope);
        splits.put("blind12", blind12OutOfScope);
        splits.put("blind13", blind13OutOfScope);
        splits.put("blind14", blind14OutOfScope);
        splits.put("blind15", blind15OutOfScope);
        splits.put("blind16", blind16OutOfScope);
        splits.put("blind17", blind17OutOfScope);
        splits.put("blind18", blind18OutOfScope);
        splits.put("blind19", blind19OutOfScope);
        splits.put("blind20", blind20OutOfScope);
        return splits;
    }

    /** The near-domain list written with {@link #TEAMS_NEWEST}, the blind set nobody reads. */
    public List<String> newestOutOfScope() {
        return blind21OutOfScope;
    }

    /** Every in-scope question but the unread splits': what may be looked at closely and chosen on. */
    public List<Question> read() {
        return questions.stream().filter(question -> !List.of(UNREAD, TEAMS, TEAMS_FRESH, TEAMS_SEVENTH, TEAMS_NEWEST).contains(question.split()))
                .toList();
    }

    public List<Question> split(String name) {
        return questions.stream().filter(question -> question.split().equals(name)).toList();
    }

    /**
     * Lower case, one space, straight quotes and hyphens, no Markdown emphasis, a table's bars as spaces (a table row is
     * one passage, and a key may quote its cells without them): how phrases and answers are compared.
     */
    public static String normalise(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replaceAll("[\u2018\u2019\u02bc]", "'").replaceAll("[\u201c\u201d]", "\"")
                .replaceAll("[\u2010-\u2015]", "-").replace("*", "").replace("_", " ").replace("|", " ");
        return plain.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    static boolean contains(String text, String phrase) {
        return normalise(text).contains(normalise(phrase));
    }

    /** True when the text contains the expected phrase, or any of them where several are given with " | ". */
    public static boolean matches(String text, String expect) {
        for (String phrase : expect.split(" \\| ")) {
            if (contains(text, phrase)) {
                return true;
            }
        }
        return false;
    }

    /** Figures for one run over a set of questions. */
    public record Figures(int questions, int top1, int top3, int falseNotFound, int outOfScope, int rejected,
                          List<String> misses) {

        public double top1Rate() {
            return questions == 0 ? 0 : (double) top1 / questions;
        }

        public double top3Rate() {
            return questions == 0 ? 0 : (double) top3 / questions;
        }

        public double falseNotFoundRate() {
            return questions == 0 ? 0 : (double) falseNotFound / questions;
        }

        public double rejectionRate() {
            return outOfScope == 0 ? 1 : (double) rejected / outOfScope;
        }

        public String summary(String label) {
            return String.format(Locale.ROOT,
                    "%-10s top-1 %5.1f%% (%d/%d)  top-3 %5.1f%% (%d/%d)  false not-found %4.1f%% (%d)  out-of-scope rejected %d/%d",
                    label, 100 * top1Rate(), top1, questions, 100 * top3Rate(), top3, questions,
                    100 * falseNotFoundRate(), falseNotFound, rejected, outOfScope);
        }
    }

    /**
     * Asks every question (limit 3) and scores the answers.
     *
     * @param ask           answers a question with up to 3 passages
     * @param questions     the in-scope questions to score
     * @param outOfScope    the out-of-scope questions to score
     */
    public static Figures evaluate(Function<String, AskResult> ask, List<Question> questions, List<String> outOfScope) {
        int top1 = 0;
        int top3 = 0;
        int falseNotFound = 0;
        List<String> misses = new ArrayList<>();
        for (Question question : questions) {
            AskResult result = ask.apply(question.q());
            List<Answer> answers = result.answers();
            if (!result.found()) {
                falseNotFound++;
            }
            boolean first = result.found() && !answers.isEmpty() && matches(answers.getFirst().text(), question.expect());
            boolean any = result.found() && answers.stream().limit(3).anyMatch(answer -> matches(answer.text(), question.expect()));
            top1 += first ? 1 : 0;
            top3 += any ? 1 : 0;
            if (!first) {
                misses.add((any ? "top-3 only" : result.found() ? "MISSED" : "NOT FOUND") + " | " + question.q()
                        + " | expect: " + question.expect()
                        + (answers.isEmpty() ? "" : " | got: " + answers.getFirst().section()));
            }
        }
        int rejected = 0;
        for (String question : outOfScope) {
            AskResult result = ask.apply(question);
            if (result.found()) {
                misses.add("ANSWERED OUT OF SCOPE | " + question + " | got: " + result.answers().getFirst().section());
            } else {
                rejected++;
            }
        }
        return new Figures(questions.size(), top1, top3, falseNotFound, outOfScope.size(), rejected, misses);
    }
}
