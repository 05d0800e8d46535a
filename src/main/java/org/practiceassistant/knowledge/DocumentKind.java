package org.practiceassistant.knowledge;

/** What a document in the knowledge pack is; decides how it is split into passages. */
public enum DocumentKind {
    HANDBOOK,
    RUBRIC,
    STANDARD,
    TEMPLATE
}
