package org.practiceassistant.knowledge;

/** One term of the handbook's glossary, for example "Fire Drills". */
public record GlossaryEntry(String term, String definition) {

    public GlossaryEntry {
        Ids.requireText(term, "glossary term");
        Ids.requireText(definition, "definition of glossary term '" + term + "'");
        term = term.strip();
        definition = definition.strip();
    }
}
