package org.practiceassistant.draft;

import java.util.Optional;
import org.practiceassistant.check.jargon.JargonList;

/** Spots jargon with the same editable list the checker uses, so the coach and Check never disagree. */
final class JargonListSpotter implements JargonSpotter {

    private final JargonList list;

    public JargonListSpotter(JargonList list) {
        this.list = list;
    }

    @Override
    public Optional<Jargon> firstIn(String text) {
        return list.find(text).stream().findFirst()
                .map(match -> new Jargon(match.found(), match.entry().plain()));
    }
}
