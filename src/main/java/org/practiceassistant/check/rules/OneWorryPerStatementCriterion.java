package org.practiceassistant.check.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.practiceassistant.check.CriterionId;
import org.practiceassistant.check.CriterionResult;
import org.practiceassistant.check.text.AnalysedText;
import org.practiceassistant.check.text.Lexicon;

/**
 * One worry per statement: a statement that lists several unrelated worries ("DV, drug use, mental
 * health and home conditions") or adds "we are also worried" should be split, one statement each.
 */
final class OneWorryPerStatementCriterion extends Criterion<AnalysedText> {

    /* Themes a worry can be about; two linked themes ("when he drinks he hits her") are one worry. */
    private static final Map<String, Lexicon> THEMES = new LinkedHashMap<>();

    static {
        THEMES.put("drink or drugs", Lexicon.of("drink", "drinks", "drank", "drunk", "alcohol", "drugs", "drug",
                "cannabis", "heroin", "cocaine", "substance"));
        THEMES.put("adults hurting each other", Lexicon.of("dv", "domestic", "argue", "arguments",
                "fight", "fights", "violence", "violent"));
        THEMES.put("mental health", Lexicon.of("mental health", "depression", "depressed", "low mood", "psychosis",
                "anxiety"));
        THEMES.put("home and basic care", Lexicon.of("home conditions", "hygiene", "dirty", "no food", "nappy",
                "house is", "state of the home", "smelly", "dog mess", "urine", "rubbish"));
        THEMES.put("school", Lexicon.of("school attendance", "misses school", "missed school", "not in school",
                "absent from school", "days off school"));
        THEMES.put("exploitation or going missing", Lexicon.of("exploitation", "cse", "cce", "missing", "older men",
                "older boys"));
        THEMES.put("health care", Lexicon.of("medical appointments", "health appointments", "dentist", "medication",
                "immunisations"));
    }

    /*
     * "missed 3 checks", "misses appointments": the stemmer reads "missed" as "missing", but missing something is not a
     * child going missing. Only the word "missing" itself is, and not "missing school" or "missing appointments".
     */
    private static final java.util.Set<String> MISSED_THINGS = WordLists.stems("school", "appointments", "appointment",
            "checks", "check", "lessons", "meals", "contact", "visits", "out", "nursery", "college", "medication", "doses");

    private static Optional<Lexicon.Match> firstOfTheme(AnalysedText text, Lexicon theme, int from, int to) {
        for (Lexicon.Match m : theme.all(text, from, to)) {
            if (!m.phrase().equals("missing")) {
                return Optional.of(m);
            }
            String word = text.text().substring(m.start(), m.end()).toLowerCase(java.util.Locale.ROOT);
            int next = m.endToken();
            boolean missedThing = next < text.tokens().size() && text.tokens().get(next).sentence() == text.tokens().get(m.firstToken()).sentence()
                    && MISSED_THINGS.contains(text.tokens().get(next).stem());
            if (word.equals("missing") && !missedThing) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    private static final Lexicon ANOTHER_WORRY = Lexicon.of("also worried", "also concerned", "another worry",
            "other worries", "second worry", "further concern", "further concerns", "additional concerns",
            "we are also", "also worry");

    private final Wording wording;

    /**
     * "... fall behind at school. We are also worried that ...": after its first sentence the statement goes on to a second
     * worry of its own, which needs its own goal. A statement that opens "We are also worried" is the second worry itself.
     */
    static boolean addsAnotherWorry(AnalysedText text) {
        return ANOTHER_WORRY.all(text).stream().anyMatch(m -> text.tokens().get(m.firstToken()).sentence() > 0);
    }

    OneWorryPerStatementCriterion(Wording wording) {
        super(CriterionId.ONE_WORRY_PER_STATEMENT, Sources.HANDBOOK_WORRY_PER_CONCERN);
        this.wording = wording;
    }

    @Override
    CriterionResult check(AnalysedText text) {
        Optional<Lexicon.Match> another = ANOTHER_WORRY.first(text);
        if (another.isPresent()) {
            return fail(quoted(Spans.around(text, another.get(), 1, 3)), advice());
        }
        Optional<Lexicon.Match> stitched = stitchedOnSentence(text);
        if (stitched.isPresent()) {
            return fail(quoted(Spans.around(text, stitched.get(), 0, 6)), advice());
        }
        Optional<Lexicon.Match> second = secondWorryClause(text);
        if (second.isPresent()) {
            return fail(quoted(Spans.around(text, second.get(), 3, 3)), advice());
        }
        Optional<String> labels = labels(text);
        if (labels.isPresent()) {
            return fail(quoted(labels.get()), advice());
        }
        List<String> themes = new ArrayList<>();
        List<String> evidence = new ArrayList<>();
        THEMES.forEach((theme, lexicon) -> firstOfTheme(text, lexicon, 0, text.tokens().size()).ifPresent(m -> {
            themes.add(theme);
            evidence.add(quoted(text.quote(m.start(), m.end())));
        }));
        if (themes.size() >= 3) {
            return fail(String.join(", ", evidence), advice());
        }
        return pass(themes.isEmpty() ? "" : String.join(", ", evidence));
    }

    /*
     * "... Dad drinks too much. Also Mum's new partner Lee has a conviction for assault.": a sentence that opens by adding
     * ("Also", "In addition", "Furthermore") before the statement turns to the future stitches on another worry. After
     * "if nothing changes" it only adds to what could happen, which is the same worry.
     */
    private static final Lexicon ADDING = Lexicon.of("also", "in addition", "additionally", "furthermore", "as well as this",
            "on top of this", "on top of that", "another thing");

    private static Optional<Lexicon.Match> stitchedOnSentence(AnalysedText text) {
        for (int s = 1; s < text.sentences().size() && s < MAX_SENTENCES_READ; s++) {
            AnalysedText.Sentence sentence = text.sentences().get(s);
            if (sentence.endToken() == sentence.firstToken()) {
                continue;
            }
            if (WordLists.FUTURE.first(text, text.sentences().get(0).firstToken(), sentence.firstToken()).isPresent()) {
                return Optional.empty();
            }
            Optional<Lexicon.Match> adding = ADDING.at(text, sentence.firstToken());
            if (adding.isPresent()) {
                return adding;
            }
        }
        return Optional.empty();
    }

    /*
     * "worried that Carl smacks Jayden ..., and that his mum smokes cannabis every evening": a second "that" clause
     * after the worry, about a theme the first clause did not touch, is a second worry; "and also that" always is.
     * "... and that Ellie-Mae has had a nappy rash" (the same neglect) and "if nothing changes ..., and that he will"
     * (what it could lead to) are one worry.
     */
    private static final Lexicon ALSO_THAT = Lexicon.of("and also that", "also that");
    private static final Lexicon AND_THAT = Lexicon.of("and that");

    private static Optional<Lexicon.Match> secondWorryClause(AnalysedText text) {
        Optional<Lexicon.Match> worry = WordLists.WORRY.first(text);
        if (worry.isEmpty()) {
            return Optional.empty();
        }
        int from = worry.get().endToken();
        int end = text.sentences().get(text.tokens().get(worry.get().firstToken()).sentence()).endToken();
        Optional<Lexicon.Match> also = ALSO_THAT.first(text, from, end);
        if (also.isPresent()) {
            return also;
        }
        Optional<Lexicon.Match> and = AND_THAT.first(text, from, end);
        if (and.isEmpty() || WordLists.FUTURE.first(text, from, and.get().firstToken()).isPresent()) {
            return Optional.empty();
        }
        int split = and.get().firstToken();
        boolean newTheme = THEMES.values().stream()
                .anyMatch(theme -> firstOfTheme(text, theme, split, end).isPresent() && firstOfTheme(text, theme, from, split).isEmpty());
        return newTheme ? and : Optional.empty();
    }

    /*
     * "Concerns re neglect and parental substance misuse." or "Poor school attendance. Parental mental health.": labels,
     * each a worry of its own, listed in one sentence or one to a sentence (see LabelLists).
     */
    private static Optional<String> labels(AnalysedText text) {
        int single = 0;
        for (int s = 0; s < text.sentences().size() && s < MAX_SENTENCES_READ; s++) {
            AnalysedText.Sentence range = text.sentences().get(s);
            if (WordLists.LABELS.first(text, range.firstToken(), range.endToken()).isEmpty()) {
                // Short sentences that name no label ("I hide.", "Kacper (4).") are no list of worries.
                continue;
            }
            String sentence = text.sentenceText(s);
            if (LabelLists.isListOfLabels(sentence)) {
                return Optional.of(sentence);
            }
            single += LabelLists.isOneLabel(sentence) ? 1 : 0;
            if (single >= 2) {
                return Optional.of(sentence);
            }
        }
        return Optional.empty();
    }

    /* Labels come first and few; a long draft is not read sentence by sentence for them. */
    private static final int MAX_SENTENCES_READ = 12;

    private String advice() {
        return "Write one " + wording.statement() + " for each worry, each with its own " + wording.goal()
                + ", so everyone can scale and work on them separately.";
    }
}
