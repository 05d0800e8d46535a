package org.practiceassistant.ask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.practiceassistant.knowledge.DocumentKind;
import org.practiceassistant.knowledge.Passage;

/** The in-memory index over hand-made passages: fields, synonyms, stop words, coverage and re-indexing. */
class PassageIndexTest {

    static final String SYNONYMS = """
            cin, child in need
            icpc, initial child protection conference
            worry statement, danger statement
            """;

    static Passage handbook(String id, String service, String heading, String text) {
        return new Passage("handbook/" + id, "handbook", "Practice handbook", DocumentKind.HANDBOOK,
                List.of("Practice handbook", service, heading), service, "expectation", text);
    }

    static final List<Passage> PASSAGES = List.of(
            handbook("cin#1", "Child in Need", "Child in Need Bottom Lines",
                    "A clear safety plan and timeline will be agreed and reviewed at every review, at least every 3 months."),
            handbook("cp#1", "Child Protection", "Preparing for an Initial Child Protection Conference (ICPC)",
                    "Reports will be shared with the family 3 days before the conference."),
            handbook("cp#2", "Child Protection", "Core Group Meetings",
                    "Every core group will start by sharing the danger statements and safety goals."),
            handbook("lc#1", "Leaving Care", "Bottom Lines",
                    "We will try and see care leavers face to face at the very least every 3 months."),
            new Passage("handbook/glossary#fire-drills", "handbook", "Practice handbook", DocumentKind.HANDBOOK,
                    List.of("Practice handbook", "Glossary of terms", "Fire Drills"), "", "glossary",
                    "Fire Drills: An effective way to make sure children, parents, and network members follow the plan rules."));

    private final PassageIndex index = new PassageIndex(
            PracticeAnalyzers.synonyms(new StringReader(SYNONYMS), "test synonyms"), AskFixtures.defaults().boosts());

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    private List<String> ids(String question) {
        return index.search(question, 5).stream().map(hit -> hit.passage().id()).toList();
    }

    @Test
    void findsThePassageThatAnswersTheQuestion() {
        index.replaceAll(PASSAGES);

        assertThat(ids("when are reports shared with the family before conference?")).first().isEqualTo("handbook/cp#1");
        assertThat(ids("what is a fire drill?")).first().isEqualTo("handbook/glossary#fire-drills");
    }

    @Test
    void expandsAcronymsAndMultiWordSynonymsInTheQuestion() {
        index.replaceAll(PASSAGES);

        assertThat(ids("how often is the safety plan reviewed for CIN?")).first().isEqualTo("handbook/cin#1");
        assertThat(ids("what's shared before the ICPC?")).first().isEqualTo("handbook/cp#1");
        assertThat(ids("does the core group start with the worry statements?")).first().isEqualTo("handbook/cp#2");
    }

    @Test
    void prefersTheServiceTheQuestionNames() {
        index.replaceAll(PASSAGES);

        assertThat(ids("how often do I see care leavers?")).first().isEqualTo("handbook/lc#1");
        assertThat(ids("child in need: how often every 3 months?")).first().isEqualTo("handbook/cin#1");
    }

    @Test
    void aQuestionOfOnlyQuestionWordsHasNoHits() {
        index.replaceAll(PASSAGES);

        assertThat(index.search("what should we do, how and when?", 5)).isEmpty();
    }

    @Test
    void coverageIsTheShareOfTheQuestionThePassageMatches() {
        index.replaceAll(PASSAGES);

        Hit full = index.search("fire drills", 1).getFirst();
        Hit partial = index.search("fire drills laptop password", 1).getFirst();

        assertThat(full.coverage()).isEqualTo(1.0);
        assertThat(partial.passage().id()).isEqualTo(full.passage().id());
        assertThat(partial.coverage()).isLessThan(0.5);
    }

    @Test
    void reindexingReplacesAndNeverDuplicates() {
        index.replaceAll(PASSAGES);
        index.replaceAll(PASSAGES);
        assertThat(index.size()).isEqualTo(PASSAGES.size());

        Passage changed = handbook("cp#1", "Child Protection", "Preparing for an Initial Child Protection Conference (ICPC)",
                "Reports will be shared with the family 5 days before the conference.");
        index.replaceAll(List.of(changed, PASSAGES.get(0)));

        assertThat(index.size()).isEqualTo(2);
        assertThat(index.passage("handbook/cp#1").text()).contains("5 days");
        assertThat(ids("fire drills")).isEmpty();
    }

    @Test
    void rejectsTwoPassagesWithOneId() {
        assertThatThrownBy(() -> index.replaceAll(List.of(PASSAGES.get(0), PASSAGES.get(0))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("handbook/cin#1");
    }

    @Test
    void aMalformedSynonymsFileNamesTheFile() {
        assertThatThrownBy(() -> PracticeAnalyzers.synonyms(new StringReader("cin, => =>"), "knowledge/synonyms.txt"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("knowledge/synonyms.txt");
    }
}
