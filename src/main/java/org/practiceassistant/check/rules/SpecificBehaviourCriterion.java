package org.practiceassistant.check.rules;

import java.util.List;
import java.util.Optional;
import org.practiceassistant.check.CriterionId;
import org.practiceassistant.check.CriterionResult;
import org.practiceassistant.check.text.AnalysedText;
import org.practiceassistant.check.text.Lexicon;

/** A danger statement says what someone did or what happened, not a label such as "neglect" or "DV". */
final class SpecificBehaviourCriterion extends Criterion<AnalysedText> {

    SpecificBehaviourCriterion() {
        super(CriterionId.SPECIFIC_BEHAVIOUR, Sources.TEMPLATE_GUIDANCE_HARM);
    }

    /*
     * "parental substance misuse (cannabis and cocaine)": words in brackets straight after a label gloss the label; they
     * do not say what anyone did. A behaviour word there does not count; the same word in a sentence of its own does.
     */
    /* Words that share a behaviour's stem but not its sense: "lately" is "late" to the stemmer ("struggling a lot lately"). */
    private static final java.util.Set<String> STEM_ONLY = java.util.Set.of("lately");

    private static Optional<Lexicon.Match> firstOutsideAGloss(AnalysedText text) {
        List<Lexicon.Match> behaviours = WordLists.BEHAVIOUR.all(text);
        if (behaviours.isEmpty()) {
            return Optional.empty();
        }
        String all = text.text();
        // Where each character's bracket opened (-1 outside brackets): one pass, so the check stays linear.
        int[] openedAt = new int[all.length()];
        int open = -1;
        for (int i = 0; i < all.length(); i++) {
            char c = all.charAt(i);
            if (c == '(') {
                open = i;
            } else if (c == ')' || c == '\n') {
                open = -1;
            }
            openedAt[i] = open;
        }
        java.util.Set<Integer> labelEnds = new java.util.HashSet<>();
        WordLists.LABELS.all(text).forEach(m -> labelEnds.add(m.end()));
        for (Lexicon.Match m : behaviours) {
            if (STEM_ONLY.contains(all.substring(m.start(), m.end()).toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            int bracket = openedAt[m.start()];
            int before = bracket;
            while (before > 0 && all.charAt(before - 1) == ' ') {
                before--;
            }
            if (bracket < 0 || !labelEnds.contains(before)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    @Override
    CriterionResult check(AnalysedText text) {
        Optional<Lexicon.Match> behaviour = firstOutsideAGloss(text);
        if (behaviour.isPresent()) {
            return pass(quoted(Spans.around(text, behaviour.get(), 3, 3)));
        }
        String label = WordLists.LABELS.all(text).stream().map(m -> quoted(text.quote(m.start(), m.end())))
                .distinct().collect(java.util.stream.Collectors.joining(", "));
        return fail(label, "Say what actually happened, who did it and when, in words the family would use, "
                + "for example \"when Mark drinks he shouts at Kelly and has pushed her over twice\" rather than a label like \"DV\" or \"neglect\".");
    }
}
