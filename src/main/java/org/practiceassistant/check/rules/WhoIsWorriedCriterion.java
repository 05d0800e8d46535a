package org.practiceassistant.check.rules;

import java.util.List;
import java.util.Optional;
import org.practiceassistant.check.CriterionId;
import org.practiceassistant.check.CriterionResult;
import org.practiceassistant.check.text.AnalysedText;
import org.practiceassistant.check.text.Lexicon;

/** A danger statement names who is worried ("Children's Services and Gran are worried"), not "there are concerns". */
final class WhoIsWorriedCriterion extends Criterion<AnalysedText> {

    WhoIsWorriedCriterion(Wording wording) {
        super(CriterionId.WHO_IS_WORRIED, wording.definition());
    }

    @Override
    CriterionResult check(AnalysedText text) {
        java.util.regex.Matcher field = WHO_FIELD.matcher(text.text());
        if (field.lookingAt() && !field.group(1).isBlank()) {
            return pass(quoted(field.group().replace('\u2022', ' ').strip()));
        }
        Optional<Worrier> named = worrier(text);
        if (named.isPresent()) {
            return pass(quoted(named.get().words()));
        }
        String unnamed = WordLists.WORRY.first(text).map(m -> quoted(Spans.around(text, m, 3, 1))).orElse("");
        return fail(unnamed, "Start by saying who is worried, for example \"Children's Services, the school and Gran are worried that...\".");
    }

    /*
     * "• Who: Early Help, Mum • Worry: ...": the template's fields written out, the first naming who is worried. Anchored
     * at the draft's start and bounded, so it reads a few dozen characters at most.
     */
    private static final java.util.regex.Pattern WHO_FIELD = java.util.regex.Pattern.compile(
            "[\\s\u2022*-]{0,6}(?i:who(?: is worried| are worried|'s worried)?)\\s*:\\s*([^\u2022\\n:.]{2,80}?)(?=\\s*(?:\u2022|\\n|$|\\.|\\p{Lu}\\p{Ll}+:))");

    /** Who is worried, in the draft's words, and where the worry word is. */
    record Worrier(String words, int worryToken) {}

    /** The first worry word that has a named worrier (computed once per text). */
    static Optional<Worrier> worrier(AnalysedText text) {
        return text.read(WORRIER);
    }

    private static final AnalysedText.Reading<Optional<Worrier>> WORRIER =
            new AnalysedText.Reading<>(WhoIsWorriedCriterion::findWorrier);

    private static final java.util.Set<String> FEELING_PRONOUNS = WordLists.stems("he", "she", "they", "i");
    private static final Lexicon FEAR = Lexicon.of("scared", "afraid", "frightened", "fearful");

    /* The worry as a noun, by its own letters (stems would take "worried" for "worries"): "Neglect concerns". */
    private static final java.util.Set<String> WORRY_NOUNS = java.util.Set.of("concern", "concerns", "worries", "fears");
    /* The most words a label's topic has before its worry noun ("Low-level concerns"). */
    private static final int MAX_TOPIC_WORDS = 3;

    /*
     * "Neglect concerns.", "LA concerns re: ...", "Low-level concerns": a sentence that opens with a word or two straight
     * before the worry noun names what the worry is about, not who holds it, unless those words are a person or service
     * ("Police concerns", "Gran's worries") or a name.
     */
    private static boolean isTopicLabel(AnalysedText text, int sentenceStart, int last, Lexicon.Match worry) {
        List<AnalysedText.Token> tokens = text.tokens();
        if (last != worry.firstToken() - 1 || last - sentenceStart >= MAX_TOPIC_WORDS
                || !WORRY_NOUNS.contains(text.text().substring(worry.start(), worry.end()).toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        for (int t = sentenceStart; t <= last; t++) {
            String word = text.text().substring(tokens.get(t).start(), tokens.get(t).end());
            if (word.endsWith("'s") || word.endsWith("s'") || WordLists.FAMILY.at(text, t).isPresent()
                    || WordLists.PROFESSIONALS.at(text, t).isPresent() || Spans.isName(text, t)) {
                return false;
            }
        }
        return true;
    }

    private static Optional<Worrier> findWorrier(AnalysedText text) {
        List<AnalysedText.Token> tokens = text.tokens();
        for (Lexicon.Match worry : WordLists.WORRY.all(text)) {
            int sentenceStart = text.sentences().get(tokens.get(worry.firstToken()).sentence()).firstToken();
            int i = worry.firstToken() - 1;
            while (i >= sentenceStart && WordLists.WORRY_FILLERS.contains(tokens.get(i).stem())) {
                i--;
            }
            if (i < sentenceStart) {
                continue;
            }
            String stem = tokens.get(i).stem();
            if (WordLists.POSSESSIVE_WORRIERS.contains(stem)) {
                return Optional.of(new Worrier(text.quote(tokens.get(i).start(), worry.end()), worry.firstToken()));
            }
            if (WordLists.NOT_A_WORRIER.contains(stem) || Character.isDigit(stem.charAt(0))
                    || (FEELING_PRONOUNS.contains(stem) && FEAR.at(text, worry.firstToken()).isPresent())) {
                // "she was frightened": a child's fear, not someone worried about the child.
                continue;
            }
            if (isTopicLabel(text, sentenceStart, i, worry)) {
                continue;
            }
            int from = Spans.subjectStart(text, i + 1, 8);
            return Optional.of(new Worrier(text.quote(tokens.get(from).start(), worry.end()), worry.firstToken()));
        }
        return Optional.empty();
    }
}
