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
        // "MH" is how case notes write mental health; "hoarding" is the state of the home.
        THEMES.put("mental health", Lexicon.of("mental health", "mh", "depression", "depressed", "low mood", "psychosis",
                "anxiety"));
        THEMES.put("home and basic care", Lexicon.of("home conditions", "hygiene", "dirty", "no food", "nappy",
                "house is", "state of the home", "smelly", "dog mess", "urine", "rubbish", "hoarding"));
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

    /*
     * "We are worried about 3 things: ...", "worried about lots of things": the statement counts its own worries, more
     * than one. Each phrase is fixed words (a number or a quantity, then "things", "worries" or "concerns").
     */
    private static final Lexicon COUNTED_WORRIES = Lexicon.of(countedWorries());

    private static List<String> countedWorries() {
        List<String> phrases = new ArrayList<>();
        for (String many : List.of("2", "3", "4", "5", "6", "two", "three", "four", "five", "six", "lots of", "a lot of", "a number of",
                "several", "many", "a few", "various", "multiple")) {
            for (String what : List.of("things", "worries", "concerns", "issues")) {
                phrases.add("about " + many + " " + what);
                phrases.add(many + " " + what + " that");
            }
            phrases.add(many + " worries");
            phrases.add(many + " concerns");
        }
        return phrases;
    }

    private static final java.util.Set<String> THAT = WordLists.stems("that");
    private static final java.util.Set<String> AND = WordLists.stems("and");

    /*
     * "worried that Mia has been cutting her arms, that her dad is drinking most nights, and that the family ... will be
     * evicted": one worry word over a list of "that" clauses, each a worry of its own (blind2, blind7 and blind9's readers
     * fail them). Two "that"s after a comma or "and" in one sentence make three clauses; a "that" clause that opens on what may
     * follow ("and that Jack could be hurt", "and that if nothing changes") is the feared future, not another worry. Returns the token of the last "that".
     */
    private static Optional<Integer> listOfThatClauses(AnalysedText text) {
        List<AnalysedText.Token> tokens = text.tokens();
        int sentence = -1;
        int joined = 0;
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i).sentence() != sentence) {
                sentence = tokens.get(i).sentence();
                joined = 0;
            }
            if (!THAT.contains(tokens.get(i).stem()) || tokens.get(i - 1).sentence() != sentence) {
                continue;
            }
            boolean afterComma = text.text().substring(tokens.get(i - 1).end(), tokens.get(i).start()).indexOf(',') >= 0;
            if ((afterComma || AND.contains(tokens.get(i - 1).stem())) && !saysWhatMayFollow(text, i + 1)) {
                joined++;
                if (joined >= 2) {
                    return Optional.of(i);
                }
            }
        }
        return Optional.empty();
    }

    /*
     * "Amelia doesn't have a bedtime routine, mum shouts a lot, the house is messy and Amelia has nits": clauses of their own,
     * each with its subject and verb, listed with commas and "and" after the worry word in one sentence, about at least two
     * different people or things, before the statement turns to the future: each is a worry of its own. A clause after "when",
     * "because" and the like starts the count again. One pass over the tokens. Returns the token opening the third clause.
     */
    private static final java.util.Set<String> SUBORDINATORS = WordLists.stems("when", "as", "because", "while", "if", "since",
            "so", "who", "which", "where", "whenever", "after", "before", "until");
    private static final java.util.Set<String> THE = WordLists.stems("the", "her", "his", "their");
    private static final java.util.Set<String> VERB_HELPERS = java.util.Set.of("is", "are", "was", "were", "has", "have", "had",
            "does", "doesn't", "hasn't", "isn't", "can't", "won't", "keeps", "often", "always");

    private static Optional<Integer> listOfClauses(AnalysedText text) {
        List<AnalysedText.Token> tokens = text.tokens();
        int sentence = -1;
        int clauses = 0;
        int commas = 0;
        boolean subordinate = false;
        // Only the list a worry word opens ("worried that ..."): "Dad shouts, mum cries and Rosie hides" tells one happening.
        List<Lexicon.Match> worries = WordLists.WORRY.all(text);
        int worriesBefore = 0;
        java.util.Set<String> subjects = new java.util.HashSet<>();
        Optional<Lexicon.Match> future = WordLists.FUTURE.first(text);
        int stop = future.map(Lexicon.Match::firstToken).orElse(tokens.size());
        for (int i = 1; i < stop; i++) {
            if (tokens.get(i).sentence() != sentence) {
                sentence = tokens.get(i).sentence();
                clauses = 0;
                commas = 0;
                subjects.clear();
                subordinate = false;
            }
            if (tokens.get(i - 1).sentence() != sentence) {
                continue;
            }
            String between = text.text().substring(tokens.get(i - 1).end(), tokens.get(i).start());
            boolean comma = between.indexOf(',') >= 0;
            if (SUBORDINATORS.contains(tokens.get(i).stem())) {
                // "when Craig and Leanne argue, Craig has pushed ...": the clause after the next comma is the main one.
                clauses = 0;
                commas = 0;
                subjects.clear();
                subordinate = true;
                continue;
            }
            int start = comma ? i : AND.contains(tokens.get(i - 1).stem()) ? i : -1;
            if (start < 0 || AND.contains(tokens.get(i).stem()) && !comma) {
                continue;
            }
            if (comma && AND.contains(tokens.get(i).stem())) {
                start = i + 1;
            }
            while (worriesBefore < worries.size() && worries.get(worriesBefore).endToken() <= i) {
                worriesBefore++;
            }
            Optional<String> subject = clauseSubject(text, start);
            if (subject.isEmpty() || worriesBefore == 0
                    || tokens.get(worries.get(worriesBefore - 1).firstToken()).sentence() != sentence) {
                continue;
            }
            if (subordinate && comma) {
                subordinate = false;
                clauses = 1;
                subjects.add(subject.get());
                continue;
            }
            if (clauses == 0) {
                clauses = 1;
            }
            clauses++;
            commas += comma ? 1 : 0;
            subjects.add(subject.get());
            if (clauses >= 3 && commas >= 1 && subjects.size() >= 2) {
                return Optional.of(start);
            }
        }
        return Optional.empty();
    }

    /* The subject opening a clause at {@code at} ("mum", "the house", "Amelia"), read as its word, when a verb follows it. */
    private static Optional<String> clauseSubject(AnalysedText text, int at) {
        List<AnalysedText.Token> tokens = text.tokens();
        if (at + 1 >= tokens.size()) {
            return Optional.empty();
        }
        int s = at;
        if (THE.contains(tokens.get(at).stem()) && at + 2 < tokens.size()) {
            s = at + 1;
        } else if (WordLists.FAMILY.at(text, at).isEmpty() && WordLists.CHILD.at(text, at).isEmpty() && !Spans.isName(text, at)) {
            return Optional.empty();
        }
        int verb = s + 1;
        if (tokens.get(verb).sentence() != tokens.get(at).sentence() || Spans.punctuationBetween(text, s, verb)) {
            return Optional.empty();
        }
        String v = text.text().substring(tokens.get(verb).start(), tokens.get(verb).end()).toLowerCase(java.util.Locale.ROOT);
        boolean verbNext = VERB_HELPERS.contains(v) || v.length() > 3 && v.endsWith("s") && !v.endsWith("ss") && !v.endsWith("'s");
        return verbNext ? Optional.of(tokens.get(s).stem()) : Optional.empty();
    }

    /* Modals and conditions that open a feared future rather than a worry: "and that he will stay too frightened". */
    private static final java.util.Set<String> FUTURE_OPENERS = WordLists.stems("will", "would", "could", "may", "might", "should",
            "if", "unless", "can", "'ll");
    private static final int FUTURE_OPENER_REACH = 3;

    /* Whether the clause starting at {@code from} says what may follow (a modal or "if" in its first words), not what is. */
    private static boolean saysWhatMayFollow(AnalysedText text, int from) {
        List<AnalysedText.Token> tokens = text.tokens();
        for (int k = from; k < Math.min(tokens.size(), from + FUTURE_OPENER_REACH) && tokens.get(k).sentence() == tokens.get(from - 1).sentence(); k++) {
            if (FUTURE_OPENERS.contains(tokens.get(k).stem())) {
                return true;
            }
        }
        return false;
    }

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
        Optional<Lexicon.Match> counted = COUNTED_WORRIES.first(text);
        if (counted.isPresent()) {
            return fail(quoted(Spans.around(text, counted.get(), 2, 2)), advice());
        }
        Optional<Lexicon.Match> stitched = stitchedOnSentence(text);
        if (stitched.isPresent()) {
            return fail(quoted(Spans.around(text, stitched.get(), 0, 6)), advice());
        }
        Optional<Integer> clauseList = listOfClauses(text);
        if (clauseList.isPresent()) {
            return fail(quoted(Spans.around(text, clauseList.get(), clauseList.get() + 1, 3, 4)), advice());
        }
        Optional<Integer> thatList = listOfThatClauses(text);
        if (thatList.isPresent()) {
            return fail(quoted(Spans.around(text, thatList.get(), thatList.get() + 1, 3, 4)), advice());
        }
        Optional<Lexicon.Match> second = secondWorryClause(text);
        if (second.isPresent()) {
            return fail(quoted(Spans.around(text, second.get(), 3, 3)), advice());
        }
        Optional<String> labels = labels(text);
        if (labels.isPresent()) {
            return fail(quoted(labels.get()), advice());
        }
        Optional<String> listed = listedWorries(text);
        if (listed.isPresent()) {
            return fail(quoted(listed.get()), advice());
        }
        Optional<String> harms = bundledHarms(text);
        if (harms.isPresent()) {
            return fail(quoted(harms.get()), advice());
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
        Optional<Lexicon.Match> midSentence = addedAfterComma(text);
        if (midSentence.isPresent()) {
            return midSentence;
        }
        Optional<Lexicon.Match> someoneElseAlso = someoneNewAlso(text);
        if (someoneElseAlso.isPresent()) {
            return someoneElseAlso;
        }
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

    /* How far into a sentence its "also" is read: "Mum has also been leaving", "Her partner Jordan has also". */
    private static final int ALSO_REACH = 6;

    /*
     * "Dad hit Leo with a belt in May. Mum has also been leaving Leo alone at night.": a later sentence that opens on an adult
     * the statement has not named yet and adds with "also" is a different adult doing something different, a second worry
     * (knowledge/check-conventions.md, "One worry to a statement"). "He has also hit Leo" (someone named, a pronoun) and the
     * child ("Leo has also ...") stay the same worry. Bounded: a few words of the sentence.
     */
    private static final java.util.Set<String> IF = WordLists.stems("if", "unless", "should");

    private static Optional<Lexicon.Match> someoneNewAlso(AnalysedText text) {
        // Up to the sentence that opens on a condition ("If nothing changes ..."): after it comes what could happen.
        for (int s = 1; s < text.sentences().size() && s < MAX_SENTENCES_READ; s++) {
            AnalysedText.Sentence sentence = text.sentences().get(s);
            if (sentence.endToken() > sentence.firstToken() && IF.contains(text.tokens().get(sentence.firstToken()).stem())) {
                break;
            }
            Optional<Lexicon.Match> also = someoneNewAlso(text, sentence);
            if (also.isPresent()) {
                return also;
            }
        }
        return Optional.empty();
    }

    private static Optional<Lexicon.Match> someoneNewAlso(AnalysedText text, AnalysedText.Sentence sentence) {
        List<AnalysedText.Token> tokens = text.tokens();
        for (int i = sentence.firstToken(); i < Math.min(sentence.endToken(), sentence.firstToken() + ALSO_REACH); i++) {
            if (ALSO.contains(tokens.get(i).stem())) {
                return opensOnSomeoneNew(text, 0, sentence.firstToken(), sentence.endToken())
                        ? Optional.of(new Lexicon.Match(i, i + 1, tokens.get(i).start(), tokens.get(i).end(), "also")) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /*
     * "... worried re: Mum's new partner, who has a conviction for assault, also the house is cluttered": "also" opening a
     * clause after a comma or semicolon, before the statement turns to the future, adds a worry inside the sentence as
     * "Also ..." does at a sentence's start. One pass over the tokens.
     */
    private static final java.util.Set<String> ALSO = WordLists.stems("also");

    private static Optional<Lexicon.Match> addedAfterComma(AnalysedText text) {
        List<AnalysedText.Token> tokens = text.tokens();
        for (int i = 1; i < tokens.size(); i++) {
            if (!ALSO.contains(tokens.get(i).stem()) || tokens.get(i - 1).sentence() != tokens.get(i).sentence()) {
                continue;
            }
            String between = text.text().substring(tokens.get(i - 1).end(), tokens.get(i).start());
            if (between.indexOf(',') < 0 && between.indexOf(';') < 0) {
                continue;
            }
            if (WordLists.FUTURE.first(text, 0, i).isPresent()) {
                return Optional.empty();
            }
            return Optional.of(new Lexicon.Match(i, i + 1, tokens.get(i).start(), tokens.get(i).end(), "also"));
        }
        return Optional.empty();
    }

    /*
     * "at risk of neglect and emotional harm", "risk of emotional and physical harm": two kinds of harm named together are
     * two worries bundled as labels (the readers fail them); "significant harm and emotional harm" names one kind. Reads the
     * few words after "risk of" only: bounded.
     */
    private static final Lexicon RISK_OF = Lexicon.of("risk of");
    private static final Map<String, String> HARM_KINDS = Map.of("neglect", "neglect", "neglected", "neglect", "emotional",
            "emotional", "physical", "physical", "sexual", "sexual", "exploitation", "exploitation", "exploited", "exploitation");
    private static final int HARM_WORDS = 6;

    private static Optional<String> bundledHarms(AnalysedText text) {
        for (Lexicon.Match risk : RISK_OF.all(text)) {
            java.util.Set<String> kinds = new java.util.LinkedHashSet<>();
            int sentence = text.tokens().get(risk.firstToken()).sentence();
            int end = risk.endToken();
            boolean joined = false;
            for (int i = risk.endToken(); i < Math.min(text.tokens().size(), risk.endToken() + HARM_WORDS)
                    && text.tokens().get(i).sentence() == sentence; i++) {
                String word = text.text().substring(text.tokens().get(i).start(), text.tokens().get(i).end()).toLowerCase(java.util.Locale.ROOT);
                // Only kinds joined as a list ("neglect and emotional harm"): "emotional neglect" names one kind.
                joined |= !kinds.isEmpty() && (LIST_WORDS.contains(text.tokens().get(i).stem()) || separatedByListMark(text, i));
                if (HARM_KINDS.containsKey(word) && (kinds.isEmpty() || joined)) {
                    kinds.add(HARM_KINDS.get(word));
                    end = i + 1;
                }
            }
            if (kinds.size() >= 2) {
                return Optional.of(text.quote(text.tokens().get(risk.firstToken()).start(), text.tokens().get(end - 1).end()));
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
        return newTheme || opensOnSomeoneNew(text, from, and.get().endToken(), end) ? and : Optional.empty();
    }

    /*
     * "worried that Mia (2) is not talking yet, and that mum's new partner has been seen shouting at her", "... and that
     * Tanya's boyfriend has been sending Ellie messages": a "that" clause whose subject is an adult the first clause never
     * named is what someone else does, a second worry (blind11's and blind16's readers fail these). The child (a name written
     * with an age somewhere, or a child word) and anyone already in the first clause ("... and that Ellie-Mae has had nappy
     * rash") keep it one worry; so does a pronoun ("and that he ..."). Reads the clause's first few words only.
     */
    private static final int SUBJECT_WORDS = 4;

    private static boolean opensOnSomeoneNew(AnalysedText text, int firstClause, int from, int end) {
        List<AnalysedText.Token> tokens = text.tokens();
        int person = -1;
        for (int i = from; i < Math.min(end, from + SUBJECT_WORDS); i++) {
            boolean isPerson = WordLists.FAMILY.at(text, i).isPresent() || Spans.isName(text, i);
            if (WordLists.CHILD.at(text, i).isPresent()) {
                return false;
            }
            if (isPerson) {
                person = i;
            } else if (person >= 0 && !possessive(text, person) || person < 0 && !THE.contains(tokens.get(i).stem())) {
                break;
            }
        }
        if (person < 0 || namedWithAnAge(text, tokens.get(person).stem())) {
            return false;
        }
        String who = tokens.get(person).stem();
        for (int i = firstClause; i < from; i++) {
            if (tokens.get(i).stem().equals(who)) {
                return false;
            }
        }
        return !fearedFor(text, who);
    }

    /* "If things do not change, Ellie-Mae could become ill": the one the feared future opens on is the child. */
    private static boolean fearedFor(AnalysedText text, String who) {
        Optional<Lexicon.Match> future = WordLists.FUTURE.first(text);
        if (future.isEmpty()) {
            return false;
        }
        for (int i = future.get().endToken(); i < Math.min(text.tokens().size(), future.get().endToken() + SUBJECT_WORDS); i++) {
            if (text.tokens().get(i).stem().equals(who)) {
                return true;
            }
        }
        return false;
    }

    private static boolean possessive(AnalysedText text, int token) {
        return text.text().substring(text.tokens().get(token).start(), text.tokens().get(token).end()).endsWith("'s");
    }

    /* "Mia (2)", "Ashton (6)": the word is written somewhere with an age in brackets after it, so it names a child. */
    private static boolean namedWithAnAge(AnalysedText text, String stem) {
        List<AnalysedText.Token> tokens = text.tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).stem().equals(stem)) {
                String after = text.text().substring(tokens.get(i).end(), tokens.get(i + 1).start()).strip();
                if (after.equals("(") && Character.isDigit(text.text().charAt(tokens.get(i + 1).start()))) {
                    return true;
                }
            }
        }
        return false;
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

    /*
     * "There are concerns around DV and neglect and mum not engaging with services", "worried about substance misuse, mental
     * health and ...": what the worry is about, listed with "and", "or" or commas, names two or more different labels, and
     * each is a worry of its own. Only the worry's object is read, up to the first word that opens a clause, so themes
     * joined in one happening ("worried about Dad's drinking because he hits Mum when he drinks") are not a list.
     */
    private static final Lexicon ABOUT = Lexicon.of("about", "around", "re", "regarding", "over");
    private static final java.util.Set<String> OBJECT_ENDS = WordLists.stems("that", "because", "when", "if", "which", "who",
            "as", "so", "but", "since", "while", "where", "after", "before", "which", "is", "are", "was", "were", "has", "have",
            "will", "could", "may", "might", "can");
    private static final java.util.Set<String> LIST_WORDS = WordLists.stems("and", "or");
    /* A worry's object is a few labels long; a bounded read keeps a long run-on paste linear. */
    private static final int MAX_OBJECT_WORDS = 30;
    /* Words the label list holds that name no worry by themselves ("concerns", "risk", "poor"). */
    private static final java.util.Set<String> GENERIC_LABELS = java.util.Set.of("risk", "risks", "issues", "concerns", "poor",
            "lack of", "inappropriate", "unsuitable", "vulnerable", "vulnerability", "chaotic", "volatile", "presenting as",
            "lifestyle", "safeguarding");

    private static Optional<String> listedWorries(AnalysedText text) {
        for (Lexicon.Match worry : WordLists.WORRY.all(text)) {
            int from = worry.endToken();
            if (text.tokens().get(worry.firstToken()).sentence() >= MAX_SENTENCES_READ) {
                break;
            }
            Optional<Lexicon.Match> about = from < text.tokens().size() ? ABOUT.at(text, from) : Optional.empty();
            if (about.isEmpty()) {
                continue;
            }
            int start = about.get().endToken();
            int sentence = text.tokens().get(worry.firstToken()).sentence();
            int end = start;
            while (end < text.tokens().size() && end - start < MAX_OBJECT_WORDS && text.tokens().get(end).sentence() == sentence
                    && !OBJECT_ENDS.contains(text.tokens().get(end).stem())) {
                end++;
            }
            java.util.Set<String> worries = new java.util.LinkedHashSet<>();
            int partStart = start;
            int parts = 0;
            int names = 0;
            int commas = 0;
            for (int i = start; i <= end; i++) {
                boolean partEnds = i == end || LIST_WORDS.contains(text.tokens().get(i).stem())
                        || (i > start && separatedByListMark(text, i));
                if (partEnds) {
                    worryOf(text, partStart, i).ifPresent(worries::add);
                    if (i > partStart) {
                        parts++;
                        commas += i < end && text.text().substring(text.tokens().get(i - 1).end(), text.tokens().get(i).start()).indexOf(',') >= 0 ? 1 : 0;
                        names += isName(text, partStart, i) ? 1 : 0;
                    }
                    partStart = LIST_WORDS.contains(i < end ? text.tokens().get(i).stem() : "") ? i + 1 : i;
                }
            }
            // Three things or more listed with commas after "worried about" ("Ella's weight, her teeth, her attendance") are
            // several worries whether or not the list of labels knows their words; a list of children's names is who, not
            // what, and parts joined only by "and" are often one happening and what it does ("conflict and its impact").
            boolean longList = parts >= LONG_LIST && commas >= LONG_LIST - 1 && names == 0;
            if ((worries.size() >= 2 || longList) && end > start) {
                return Optional.of(text.quote(text.tokens().get(worry.firstToken()).start(), text.tokens().get(end - 1).end()));
            }
        }
        return Optional.empty();
    }

    private static final int LONG_LIST = 3;

    /* "Mia", "Jack (4)", "Mum": a part of a list that is only capitalised words and figures, a person and not a worry. */
    private static boolean isName(AnalysedText text, int from, int to) {
        for (int i = from; i < to; i++) {
            String word = text.text().substring(text.tokens().get(i).start(), text.tokens().get(i).end());
            if (!Character.isUpperCase(word.charAt(0)) && !Character.isDigit(word.charAt(0))) {
                return false;
            }
        }
        return to - from <= 3;
    }

    /* A comma, semicolon, slash or "&" between a token and the one before it: the list goes on to its next part. */
    private static boolean separatedByListMark(AnalysedText text, int token) {
        String between = text.text().substring(text.tokens().get(token - 1).end(), text.tokens().get(token).start());
        return between.indexOf(',') >= 0 || between.indexOf(';') >= 0 || between.indexOf('/') >= 0 || between.indexOf('&') >= 0;
    }

    /* Labels that name one worry under different words: "neglect and home conditions" is one worry. */
    private static final Map<String, String> SAME_WORRY = Map.of("neglect", "home and basic care", "neglected", "home and basic care",
            "hygiene", "home and basic care", "basic care", "home and basic care", "unkempt", "home and basic care",
            "dv", "adults hurting each other", "da", "adults hurting each other", "domestic violence", "adults hurting each other",
            "domestic abuse", "adults hurting each other");
    /* A list names its worries up front ("DV", "Mum's mental health", "the children missing school"), not at its end. */
    private static final int NAMED_WITHIN = 3;

    /*
     * The worry a part of a list names near its start: its theme, or else the label it holds; none when it names neither
     * ("the impact of exposure to parental conflict" is what a worry does, named late in the part).
     */
    private static Optional<String> worryOf(AnalysedText text, int from, int to) {
        if (to <= from) {
            return Optional.empty();
        }
        for (Map.Entry<String, Lexicon> theme : THEMES.entrySet()) {
            Optional<Lexicon.Match> m = firstOfTheme(text, theme.getValue(), from, to);
            if (m.isPresent() && m.get().endToken() <= to && m.get().firstToken() < from + NAMED_WITHIN) {
                return Optional.of(theme.getKey());
            }
        }
        return WordLists.LABELS.all(text, from, to).stream()
                .filter(m -> m.endToken() <= to && m.firstToken() < from + NAMED_WITHIN && !GENERIC_LABELS.contains(m.phrase()))
                .map(m -> SAME_WORRY.getOrDefault(m.phrase(), m.phrase())).findFirst();
    }

    /* Labels come first and few; a long draft is not read sentence by sentence for them. */
    private static final int MAX_SENTENCES_READ = 12;

    private String advice() {
        return "Write one " + wording.statement() + " for each worry, each with its own " + wording.goal()
                + ", so everyone can scale and work on them separately.";
    }
}
