package org.practiceassistant.draft;

import java.util.List;

/** What the coach teaches from: the knowledge pack's vocabulary table and guidance, quoted with citations. */
interface CoachGuidance {

    /** The vocabulary the handbook sets for a service. */
    MappingWords vocabularyFor(ServiceArea area);

    /** The pack's guidance for a step, most relevant first; empty when the pack has none for it. */
    List<GuidanceQuote> quotesFor(Step step, MappingWords vocabulary);
}
