package org.practiceassistant.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.practiceassistant.knowledge.Passage;

/** Honest specifics: no timescale said so, one meeting not passed off as another, every kind of timescale conflict found. */
class SpecificsTest {

    private static PassageIndex index;

    @BeforeAll
    static void buildIndex() {
        index = AskFixtures.realIndex(AskFixtures.defaults());
    }

    @AfterAll
    static void closeIndex() throws Exception {
        index.close();
    }

    private static Answer answer(String section, String text) {
        return new Answer("x", text, "Practice handbook", section, 1.0);
    }

    @Test
    void aQuestionForATimescaleThePassagesDoNotGiveIsToldSo() {
        List<Answer> noNumber = List.of(answer("Practice handbook › Child Protection", "Visits should be purposeful."));

        assertThat(Specifics.notes("how often do i visit a child on a cp plan?", noNumber)).containsExactly(Specifics.NO_TIMESCALE);
        assertThat(Specifics.notes("how often do i visit a child on a cp plan?",
                List.of(answer("Practice handbook › Child Protection", "Visit at least every 10 working days.")))).isEmpty();
        assertThat(Specifics.notes("what should a visit cover?", noNumber)).isEmpty();
    }

    @Test
    void aHowOftenQuestionNeedsAFrequencyNotJustATime() {
        List<Answer> timeButNoFrequency = List.of(answer("Audit rubric › Child protection planning › CP – visits",
                "The child is visited in accordance with the plan. Evidence of CP visits are recorded 24 hours after the visit."));

        assertThat(Specifics.notes("how often do i visit a cp kid", timeButNoFrequency)).containsExactly(Specifics.NO_TIMESCALE);
        assertThat(Specifics.notes("how soon are visits recorded?", timeButNoFrequency)).isEmpty();
        assertThat(Specifics.notes("how often are cin reviews", List.of(answer("Practice handbook › Child in Need",
                "reviewed at every CiN Review, at least every 3 months")))).isEmpty();
    }

    @Test
    void aReviewConferenceQuestionAnsweredAboutTheInitialOneIsToldWhoseItIs() {
        List<Answer> initial = List.of(answer("Practice handbook › Child Protection › Initial Child Protection Conference",
                "The ICPC is held within 15 working days of the strategy discussion."));

        assertThat(Specifics.notes("when is the rcpc?", initial)).singleElement().asString()
                .contains("about the initial child protection conference (ICPC), not the review child protection conference (RCPC)");
        assertThat(Specifics.notes("when is the icpc?", initial)).isEmpty();
    }

    @Test
    void theSourcesDifferOnHowOftenWhenOneCountsMonthsAndTheOtherWeeks() {
        Passage handbook = passage("at least every 3 months");
        Passage rubric = passage("Child in Need Meetings are held every 6 weeks");

        List<Conflict> conflicts = new ConflictFinder(index.passages()).between(handbook, List.of(rubric));

        assertThat(conflicts).singleElement().satisfies(conflict -> {
            assertThat(conflict.point()).isEqualTo("how often");
            assertThat(conflict.claims()).extracting(Claim::source).containsExactly("Practice handbook", "Audit rubric (Outstanding)");
        });
    }

    @Test
    void timescalesForDifferentEventsAreNotShownAsSourcesDisagreeing() {
        ConflictFinder finder = new ConflictFinder(index.passages());
        Passage familyNetworkMeeting = passage("Family Network Meetings will take place within 10 days");
        Passage cpConference = passage("CP conference held 15 working days from the strategy meeting");
        Passage tafMeeting = passage("a TAF meeting will be arranged within 6 days");
        Passage cinMeeting = passage("Child in need meeting held 10 days after the completion");
        Passage callsReturned = passage("will have their calls returned within 24 hours");
        Passage reportShared = passage("Social Work report shared with family 5 days before conference");

        assertThat(finder.between(familyNetworkMeeting, List.of(cpConference))).isEmpty();
        assertThat(finder.between(tafMeeting, List.of(cinMeeting))).isEmpty();
        assertThat(finder.between(callsReturned, List.of(reportShared))).isEmpty();
        // The same event, two timescales: still shown.
        assertThat(finder.between(passage("Reports will be shared with the family 3 days before the conference"),
                List.of(reportShared))).singleElement().extracting(Conflict::point).isEqualTo("days");
    }

    private static Passage passage(String phrase) {
        return index.passages().stream().filter(passage -> passage.text().contains(phrase)).findFirst().orElseThrow();
    }

    @Test
    void aCountOfNightsOrDaysNoPassageGivesIsNotAnswered() {
        List<String> noNumbers = List.of("Short breaks are planned with the family and reviewed at every care team meeting.");
        List<String> withDays = List.of("Reports will be shared with the family 3 days before the conference.");
        List<String> withARange = List.of("Visits to the child are carried out every 4-6 weeks according to plan.");

        assertThat(Specifics.asksACountNoneGives("how many nights of respite does a family get a year", noNumbers)).isTrue();
        assertThat(Specifics.asksACountNoneGives("how many days before conference do parents get the report", withDays)).isFalse();
        assertThat(Specifics.asksACountNoneGives("how many weeks between cin visits", withARange)).isFalse();
        // Another unit still gives a number of some span: "how many days" answered "within 24 hours" is answered.
        assertThat(Specifics.asksACountNoneGives("how many days to return a call",
                List.of("Families will have their calls returned within 24 hours."))).isFalse();
        assertThat(Specifics.asksACountNoneGives("how many agencies attend a strategy discussion", noNumbers)).isFalse();
    }
}
