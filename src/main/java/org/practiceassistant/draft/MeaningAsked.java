package org.practiceassistant.draft;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * "what does complicating mean", "whats a bottom line?", "what is existing safety": a question about what a word of the
 * mapping means, asked at any step. A real coach answers the word asked about, not the step the worker is on, so the
 * coach says what that part of the mapping is for (its step's purpose) and asks its own question again. Read from the
 * whole message only: an opening that asks what something means, the word, and a few words of asking after it.
 */
final class MeaningAsked {

    private MeaningAsked() {}

    /** How a question about a word opens, longest first where one opens another. */
    private static final List<String> OPENINGS = List.of("what do you mean by ", "what do u mean by ", "wat do u mean by ",
            "wat do you mean by ", "not sure what you mean by ", "not sure what u mean by ", "what is meant by ",
            "whats meant by ", "what's meant by ", "what does ", "wat does ", "what do ", "what is ", "what's ", "whats ",
            "what are ", "wat is ", "wats ", "meaning of ", "define ", "explain ");
    /** Words said before the question: "wait whats a bottom line", "sorry what does complicating mean". */
    private static final List<String> LEADING = List.of("wait ", "sorry ", "ok ", "so ", "um ", "erm ", "quick q ",
            "quick one ");
    /** "whats the difference between complicating factors and harm": two words of the mapping, each said. */
    private static final List<String> DIFFERENCE = List.of("the difference between ", "difference between ");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the", "by");
    /** Words of asking after the word: "... mean", "... mean again", "... here". */
    private static final Set<String> AFTER = Set.of("mean", "means", "meant", "again", "here", "pls", "please", "exactly",
            "then", "in", "this", "context", "bit", "part", "section", "step", "question", "is", "are", "?");

    /** The words a worker names a part of the mapping by, and the step that asks for it. */
    private static final Map<String, Step> WORDS = Map.ofEntries(
            Map.entry("complicating", Step.COMPLICATING_FACTORS),
            Map.entry("complicating factor", Step.COMPLICATING_FACTORS),
            Map.entry("complicating factors", Step.COMPLICATING_FACTORS),
            Map.entry("complicating factos", Step.COMPLICATING_FACTORS),
            Map.entry("bottom line", Step.BOTTOM_LINES),
            Map.entry("bottom lines", Step.BOTTOM_LINES),
            Map.entry("bottomline", Step.BOTTOM_LINES),
            Map.entry("bottomlines", Step.BOTTOM_LINES),
            Map.entry("contingency", Step.CONTINGENCY),
            Map.entry("contingency plan", Step.CONTINGENCY),
            Map.entry("contingency plans", Step.CONTINGENCY),
            Map.entry("existing safety", Step.WORKING_WELL),
            Map.entry("existing wellbeing", Step.WORKING_WELL),
            Map.entry("existing success", Step.WORKING_WELL),
            Map.entry("working well", Step.WORKING_WELL),
            Map.entry("what's working well", Step.WORKING_WELL),
            Map.entry("whats working well", Step.WORKING_WELL),
            Map.entry("safety network", Step.NETWORK),
            Map.entry("network", Step.NETWORK),
            Map.entry("family network", Step.NETWORK),
            Map.entry("timescale", Step.TIMESCALE),
            Map.entry("timescales", Step.TIMESCALE),
            Map.entry("scale", Step.SCALE),
            Map.entry("scaling", Step.SCALE),
            Map.entry("scaling question", Step.SCALE),
            Map.entry("safety scale", Step.SCALE),
            Map.entry("next steps", Step.NEXT_STEPS),
            Map.entry("past harm", Step.HARM),
            Map.entry("harm", Step.HARM),
            Map.entry("wellbeing concerns", Step.HARM),
            Map.entry("worrying behaviour", Step.HARM),
            Map.entry("identity", Step.IDENTITY),
            Map.entry("doing", Step.DOING),
            Map.entry("child experience", Step.CHILD_EXPERIENCE),
            Map.entry("childs experience", Step.CHILD_EXPERIENCE),
            Map.entry("child's experience", Step.CHILD_EXPERIENCE));

    /**
     * The steps whose words the message asks the meaning of (one, or two for "the difference between ... and ..."), or
     * empty when it asks nothing of the kind.
     */
    static List<Step> of(String normalised) {
        String said = normalised.replace('?', ' ').strip();
        for (String lead : LEADING) {
            said = said.startsWith(lead) ? said.substring(lead.length()) : said;
        }
        String opening = OPENINGS.stream().filter(said::startsWith).findFirst().orElse(null);
        if (opening == null) {
            return List.of();
        }
        String asked = said.substring(opening.length()).strip();
        String difference = DIFFERENCE.stream().filter(asked::startsWith).findFirst().orElse(null);
        if (difference != null) {
            String[] two = asked.substring(difference.length()).split(" and ", 2);
            Optional<Step> first = word(two[0]);
            Optional<Step> second = two.length == 2 ? word(two[1]) : Optional.empty();
            return first.isPresent() && second.isPresent() && first.get() != second.get()
                    ? List.of(first.get(), second.get()) : List.of();
        }
        return word(asked).map(List::of).orElse(List.of());
    }

    /** The step a word of the mapping names, with the articles before it and the words of asking after it left off. */
    private static Optional<Step> word(String phrase) {
        String[] words = phrase.strip().split("\\s+");
        int from = 0;
        while (from < words.length && ARTICLES.contains(words[from])) {
            from++;
        }
        int to = words.length;
        while (to > from && AFTER.contains(words[to - 1])) {
            to--;
        }
        if (to <= from) {
            return Optional.empty();
        }
        return Optional.ofNullable(WORDS.get(String.join(" ", java.util.Arrays.copyOfRange(words, from, to))));
    }
}
