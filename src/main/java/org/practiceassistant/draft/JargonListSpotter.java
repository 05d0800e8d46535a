package org.practiceassistant.draft;

import java.util.Optional;
import org.practiceassistant.check.jargon.JargonList;

/** Spots jargon with the same editable list the checker uses, so the coach and Check never disagree. */
final class JargonListSpotter implements JargonSpotter {

    private final JargonList list;

    public JargonListSpotter(JargonList list) {
        this.list = list;
    }

    /**
     * An abbreviation is spelled out only with the full form its entry gives, in quotes or brackets, whose
     * words start with its letters ("IRO": "(independent reviewing officer)"): that changes no meaning, where a
     * plain alternative such as "living with foster carers" for "accommodation" would put words in the worker's
     * mouth.
     */
    @Override
    public String spelledOut(String text) {
        var out = new StringBuilder(text);
        var matches = new java.util.ArrayList<>(list.find(text));
        matches.sort(java.util.Comparator.comparingInt(org.practiceassistant.check.jargon.JargonMatch::start).reversed());
        int last = Integer.MAX_VALUE;
        for (var match : matches) {
            if (match.end() > last) {
                continue;
            }
            var full = Abbreviations.fullForm(match.found(), match.entry().plain());
            if (full.isPresent()) {
                out.replace(match.start(), match.end(), full.get());
                last = match.start();
            }
        }
        return out.toString();
    }

    @Override
    public Optional<Jargon> firstIn(String text) {
        return list.find(text).stream().findFirst()
                .map(match -> new Jargon(match.found(), match.entry().plain()));
    }
}
