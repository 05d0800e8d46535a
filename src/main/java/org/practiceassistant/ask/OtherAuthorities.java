package org.practiceassistant.ask;

import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.practiceassistant.system.text.EnglishWords;

/**
 * Questions about how another local authority works ("does cumbria use signs of safety", "how does durham do their CIN
 * reviews", "family moving to durham, what's the transfer-in timescale for the new LA"). The pack is one authority's
 * guidance and never describes another's, so such a question is not covered however many of its other words (signs of
 * safety, CIN reviews, conference) match a passage.
 *
 * <p>Not a list of places: a <em>name</em> here is any word of four letters or more that is neither ordinary English
 * ({@link EnglishWords}) nor in the pack's vocabulary, after the spelling step has corrected what it could (so a misspelt
 * pack word is no name). What makes the name another authority is where it stands: as the one doing the practice ("does
 * <em>X</em> use/have/do ..."), or beside another authority named as such ("the new LA"). A place named as where a child
 * lives or is placed ("placed in birmingham, how often do i visit") is neither, and stays answerable.
 */
final class OtherAuthorities {

    /**
     * "does/do NAME use|have|do|run|follow ...": the name is the subject of a practice verb, so the question asks how that
     * place does things. Bounded, so linear in the question's length.
     */
    private static final Pattern PLACE_AS_PRACTITIONER = Pattern.compile(
            "\\b(?:does|do)\\s+([a-z]{4,30})\\s+(?:use|uses|using|have|has|do|run|runs|follow|follows|work|works|practise"
                    + "|practice|operate|operates|handle|handles|manage|manages)\\b");

    /**
     * Another authority named as such: the pack never speaks of any authority but its own ("outcomes in other LAs" names
     * none and is not matched by this rule alone).
     */
    private static final Pattern ANOTHER_AUTHORITY = Pattern.compile(
            "\\b(?:new|other|another|receiving|neighbouring|neighboring)\\s+(?:la|local\\s+authority|authority|council)\\b");

    /**
     * A place a family moves to or from ("moving to durham"): a word of four letters or more (shorter ones are acronyms or
     * Teams shorthand) after a preposition of place, so Teams spellings elsewhere in the question ("whats") are no place.
     * The name is looked ahead at, not consumed, so "moved in from salford" finds "salford" after "from".
     */
    private static final Pattern PLACE = Pattern.compile("\\b(?:to|from|into|in|at)\\s+(?=([a-z]{4,30})\\b)");

    /**
     * A name that owns a way of working ("cumbria's threshold", "durhams' policy") or is named as an authority ("leeds
     * council", "kent LA"): the name is then another authority, wherever it stands in the question.
     */
    private static final Pattern NAMED_AUTHORITY = Pattern.compile(
            "\\b([a-z]{4,30})(?:(?:'s|s')\\s+(?:policy|policies|procedure|procedures|threshold|thresholds|guidance|model"
                    + "|approach|practice|process|way)|\\s+(?:la|council|county\\s+council|city\\s+council|borough\\s+council))\\b");

    /**
     * A name acting as a council does, with the plural verb British English gives a body ("newcastle have transferred a
     * CP case to us"): a child or a worker named in a question takes "has". Bounded, so linear in the question's length.
     */
    private static final Pattern PLACE_AS_BODY = Pattern.compile(
            "\\b([a-z]{4,30})\\s+have\\s+(?:[a-z]{2,20}ed|sent|done|taken|given|made|said|told|rung|written)\\b");

    /**
     * A way of working named after someone or somewhere ("the lundy model", "the barnardos framework"): the pack names
     * its own model (Signs of Safety, in its own words), so a named one it does not know is another's.
     */
    private static final Pattern NAMED_MODEL = Pattern.compile(
            "\\b([a-z]{4,30})\\s+(?:model|framework|toolkit|approach|method|methodology)\\b");

    private final Predicate<String> packWord;

    /** @param packWord whether a lower-case word is in the pack's vocabulary (by its stem) */
    OtherAuthorities(Predicate<String> packWord) {
        this.packWord = packWord;
    }

    /** Using the spelling step's vocabulary: a word it knows no stem of is unknown to the pack. */
    static OtherAuthorities of(QuestionSpelling spelling) {
        return new OtherAuthorities(word -> spelling.unknownWords(word).isEmpty());
    }

    /**
     * Whether {@code question} (after spelling correction) asks how another authority works.
     */
    boolean asksAbout(String question) {
        String text = question.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (namesAt(PLACE_AS_PRACTITIONER, text) || namesAt(NAMED_AUTHORITY, text) || namesAt(PLACE_AS_BODY, text)
                || namesAt(NAMED_MODEL, text)) {
            return true;
        }
        return ANOTHER_AUTHORITY.matcher(text).find() && namesAt(PLACE, text);
    }

    /** Whether any match of {@code pattern} in {@code text} holds a name as its first group. */
    private boolean namesAt(Pattern pattern, String text) {
        Matcher match = pattern.matcher(text);
        while (match.find()) {
            if (isName(match.group(1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a lower-case word is a name: neither ordinary English nor the pack's (a place, a person, a council). */
    boolean isName(String word) {
        return !EnglishWords.contains(word) && !packWord.test(word);
    }
}
