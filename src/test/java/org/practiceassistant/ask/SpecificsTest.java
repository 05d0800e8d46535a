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

    /** Every sentence is about the question: the rules as they read numbers, whatever the sentence is about. */
    private static final java.util.function.Predicate<String> ANY = sentence -> true;

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

        assertThat(Specifics.asksACountNoneGives("how many nights of respite does a family get a year", noNumbers, ANY)).isTrue();
        assertThat(Specifics.asksACountNoneGives("how many days before conference do parents get the report", withDays, ANY)).isFalse();
        assertThat(Specifics.asksACountNoneGives("how many weeks between cin visits", withARange, ANY)).isFalse();
        // Another unit still gives a number of some span: "how many days" answered "within 24 hours" is answered.
        assertThat(Specifics.asksACountNoneGives("how many days to return a call",
                List.of("Families will have their calls returned within 24 hours."), ANY)).isFalse();
        assertThat(Specifics.asksACountNoneGives("how many agencies attend a strategy discussion", noNumbers, ANY)).isFalse();
    }

    @Test
    void aSpanOfTimeTheAskerNamesThatNoPassageStatesIsNotAnswered() {
        List<Answer> assessment = List.of(answer("Practice handbook › Child and Family Assessments",
                "We will visit the family within 5 working days of a referral or sooner."));
        List<Answer> cinMeetings = List.of(answer("Audit rubric › Child in need planning › CIN - timeliness",
                "Child in Need Meetings are held every 6 weeks to review the plan."));

        assertThat(Specifics.proposesASpanNoneStates("is it still 45 working days to complete a c&f assessment", assessment, ANY)).isTrue();
        assertThat(Specifics.proposesASpanNoneStates("do i have to visit within 5 days of the referral?", assessment, ANY)).isFalse();
        assertThat(Specifics.proposesASpanNoneStates("how long has mash got to decide, 24 hrs?", assessment, ANY)).isTrue();
        // Said of the case, a span is context, not a proposed answer: an age, a time ago, a history.
        assertThat(Specifics.proposesASpanNoneStates("baby is 8 months, how do i get their views", assessment, ANY)).isFalse();
        assertThat(Specifics.proposesASpanNoneStates("family had a sw about 6 months ago, should i call them", assessment, ANY)).isFalse();
        assertThat(Specifics.proposesASpanNoneStates("incidents over 2 years - how do i map the past harm", assessment, ANY)).isFalse();
        // A span stated for another service does not answer it; for the same service (or none named) it does.
        assertThat(Specifics.proposesASpanNoneStates("how often should taf reviews be, every 6 weeks?", cinMeetings, ANY)).isTrue();
        assertThat(Specifics.proposesASpanNoneStates("are cin meetings every 6 weeks?", cinMeetings, ANY)).isFalse();
        assertThat(Specifics.proposesASpanNoneStates("how often do i see 14+ young people, every 6 weeks?",
                List.of(answer("Practice handbook › 14+ Team", "face to face at the very least every month")), ANY)).isFalse();
    }

    @Test
    void anAgeNoPassageStatesIsNotAnswered() {
        List<String> startsAt = List.of("For young people transferring to the 14+, we aim to allocate a Social Worker when they reach 13 3/4.");
        List<String> noAge = List.of("Personal advisers keep in touch with care leavers at least every 3 months.");

        assertThat(Specifics.asksAnAgeNoneGives("up to what age can care leavers keep their pa", noAge)).isTrue();
        assertThat(Specifics.asksAnAgeNoneGives("do care leavers keep their pa until 21 or 25", noAge)).isTrue();
        assertThat(Specifics.asksAnAgeNoneGives("at what age do young people get a 14+ worker", startsAt)).isFalse();
        assertThat(Specifics.asksAnAgeNoneGives("which agencies does mash share information with", noAge)).isFalse();
    }

    /** An age something ends at is not answered by the age it starts at. */
    @Test
    void anEndAgeIsNotAnsweredByAStartAge() {
        List<String> startsFrom = List.of("The 16+ team begins work with young people from the age of 16.");
        List<String> lastsUntil = List.of("Support from the team continues until the age of 21 where the young person wants it.");

        assertThat(Specifics.asksAnEndAgeNoneGives("16+ team - what age does their support stop", startsFrom)).isTrue();
        assertThat(Specifics.asksAnEndAgeNoneGives("does a placement order finish at 18", startsFrom)).isTrue();
        assertThat(Specifics.asksAnEndAgeNoneGives("16+ team - what age does their support stop", lastsUntil)).isFalse();
        assertThat(Specifics.asksAnEndAgeNoneGives("what age does the 16+ team start with a young person", startsFrom)).isFalse();
    }

    /** "How many <things>" needs a number of those things, or a sentence bounding how many there are. */
    @Test
    void aNumberOfThingsIsAnsweredOnlyByANumberOfThoseThings() {
        List<String> otherNumbers = List.of("Visits are recorded within 2 working days. Supervisors sign off the plan.");
        List<String> counted = List.of("The panel is made up of three senior managers from different teams.");
        List<String> bounded = List.of("Safety goals on a plan should be kept to a minimum so the family can hold them in mind.");

        assertThat(Specifics.asksANumberOfThingsNoneGives("how many supervisors must sign the plan", otherNumbers, ANY)).isTrue();
        assertThat(Specifics.asksANumberOfThingsNoneGives("how many managers sit on the panel", counted, ANY)).isFalse();
        assertThat(Specifics.asksANumberOfThingsNoneGives("how many safety goals per plan", bounded, ANY)).isFalse();
        // Spans and frequencies are the other rules' business.
        assertThat(Specifics.asksANumberOfThingsNoneGives("how many days to record a visit", List.of("Be kind."), ANY)).isFalse();
        assertThat(Specifics.asksANumberOfThingsNoneGives("how many times a month do we visit", List.of("Be kind."), ANY)).isFalse();
    }

    /** How long something lasts, or its shortest or longest time, needs a span of time. */
    @Test
    void howLongSomethingLastsNeedsASpanOfTime() {
        List<String> noSpan = List.of("A family network meeting is held if a child arrangements order is in place.");
        List<String> withSpan = List.of("A respite placement lasts no longer than 28 days.");

        assertThat(Specifics.asksHowLongItLastsNoneGives("how long does a child arrangements order last", noSpan, ANY)).isTrue();
        assertThat(Specifics.asksHowLongItLastsNoneGives("what's the shortest time a child stays on a plan", noSpan, ANY)).isTrue();
        assertThat(Specifics.asksHowLongItLastsNoneGives("how long does a respite placement last", withSpan, ANY)).isFalse();
        assertThat(Specifics.asksHowLongItLastsNoneGives("who attends the family network meeting", noSpan, ANY)).isFalse();
    }

    /** How long someone stays on a plan is a span: a frequency ("at least every 3 months") does not give it. */
    @Test
    void howLongSomeoneStaysOnAPlanNeedsASpanNotAFrequency() {
        List<String> frequency = List.of("The plan will be reviewed at every CiN Review, at least every 3 months.");
        List<String> span = List.of("Most children stay on a plan for 9 months.");

        assertThat(Specifics.asksHowLongItLastsNoneGives("how long does a child usually stay on a cp plan", frequency, ANY)).isTrue();
        assertThat(Specifics.asksHowLongItLastsNoneGives("how long does a child usually stay on a cp plan", span, ANY)).isFalse();
        assertThat(Specifics.asksHowLongItLastsNoneGives("plan is adoption - how long do birth parents stay involved", frequency,
                ANY)).isFalse();
    }

    /** A deadline ("within 6 days") says how soon, not how long; "last week" is the asker's context, not "lasts". */
    @Test
    void aDeadlineIsNoSpanAndLastWeekIsNoLasting() {
        List<String> deadline = List.of("A TAF meeting will be arranged within 6 days of it being allocated.");

        assertThat(Specifics.asksHowLongItLastsNoneGives("how long can a family stay on early help", deadline, ANY)).isTrue();
        assertThat(Specifics.asksHowLongItLastsNoneGives("how long does early help last?", deadline, ANY)).isTrue();
        assertThat(Specifics.asksHowLongItLastsNoneGives("how long does early help last for", deadline, ANY)).isTrue();
        assertThat(Specifics.asksHowLongItLastsNoneGives("allocated last week - how long have i got to hold the taf", deadline,
                ANY)).isFalse();
    }

    /** A score or cut-off is answered only by a sentence about scores that holds a number. */
    @Test
    void aScoreIsAnsweredOnlyByAPassageScoringSomething() {
        List<String> namesTheTool = List.of("Use tools such as the CSE risk tool to recognise risk.");
        List<String> scales = List.of("Everyone is asked to score the safety on a scale of 0 to 10.");

        assertThat(Specifics.asksAScoreNoneGives("cse risk tool - what score means we go to strategy", namesTheTool)).isTrue();
        assertThat(Specifics.asksAScoreNoneGives("how is the cse risk tool scored", namesTheTool)).isTrue();
        assertThat(Specifics.asksAScoreNoneGives("whats the sdq cut off score for a camhs referral", namesTheTool)).isTrue();
        assertThat(Specifics.asksAScoreNoneGives("what score on the safety scale means we can close", scales)).isFalse();
        assertThat(Specifics.asksAScoreNoneGives("people scored differently on the mapping, what do i do", namesTheTool)).isFalse();
        assertThat(Specifics.asksAScoreNoneGives("is there a cut off age for leaving care", namesTheTool)).isFalse();
    }

    /** A time to finish something is answered only by a span said of finishing, not one that times another step. */
    @Test
    void aTimeToFinishSomethingNeedsASpanForFinishing() {
        List<String> firstVisit = List.of("We will visit the family within 5 working days of a referral or sooner.",
                "Child in need meeting held 10 days after the completion of the assessment.");
        List<String> finished = List.of("The assessment will be completed within 45 working days.");

        assertThat(Specifics.asksATimeToFinishNoneGives(
                "how many working days do i have to complete a child and family assessment?", firstVisit)).isTrue();
        assertThat(Specifics.asksATimeToFinishNoneGives("how long does a s47 have to be completed in", firstVisit)).isTrue();
        assertThat(Specifics.asksATimeToFinishNoneGives("how many working days to complete a c&f assessment", finished)).isFalse();
        // "Done" asks when it is held, which the first passage may well say.
        assertThat(Specifics.asksATimeToFinishNoneGives("how long have i got to get the first taf done", firstVisit)).isFalse();
        assertThat(Specifics.asksATimeToFinishNoneGives("how soon do i visit after a referral", firstVisit)).isFalse();
    }

    @Test
    void aTimeToDecideIsATimeToFinishADecision() {
        List<String> chasing = List.of("We will be pro-active in contacting the Home Office in matters of immigration status.");
        List<String> decided = List.of("A decision will be made within 24 hours of the contact.");

        assertThat(Specifics.asksATimeToFinishNoneGives("how long does the home office take to decide on his status", chasing))
                .isTrue();
        assertThat(Specifics.asksATimeToFinishNoneGives("how long has the manager got to make a decision", decided)).isFalse();
        assertThat(Specifics.asksATimeToFinishNoneGives("who decides on his status", chasing)).isFalse();
    }

    @Test
    void whenTheReviewConferenceIsAnsweredAboutTheInitialOneIsNotAnswered() {
        Answer initial = answer("Practice handbook › Child Protection › Preparing for an Initial Child Protection Conference (ICPC)",
                "Reports will be shared with the family 3 days before the conference.");
        Answer review = answer("Practice handbook › Child Protection", "brought to any review conferences");

        assertThat(Specifics.asksWhenOfAnotherMeeting("how soon after the icpc is the first review conference", initial)).isTrue();
        assertThat(Specifics.asksWhenOfAnotherMeeting("first rcpc - is it 3 months after the icpc", initial)).isTrue();
        assertThat(Specifics.asksWhenOfAnotherMeeting("rcpc next week, what do i bring", initial)).isFalse();
        assertThat(Specifics.asksWhenOfAnotherMeeting("when is the rcpc", review)).isFalse();
    }

    @Test
    void aFrequencyForAnotherServiceIsNoAnswerToHowOften() {
        List<Answer> shown = List.of(
                answer("Audit rubric › Child protection planning › CP – visits", "The child is visited in accordance with the plan."),
                answer("Audit rubric › Child in need planning › CIN - timeliness", "Child in Need Meetings are held every 6 weeks."));

        assertThat(Specifics.notes("how often do i visit a child on a cp plan?", shown)).containsExactly(Specifics.NO_TIMESCALE);
        assertThat(Specifics.notes("how often are cin meetings?", shown)).isEmpty();
    }
    @Test
    void theConferencesAreKnownByTheirPluralsAndTheirShortName() {
        Answer initial = answer("Practice handbook › Child Protection › Preparing for an Initial Child Protection Conference (ICPC)",
                "Reports will be shared with the family 3 days before the conference.");

        assertThat(Specifics.asksWhenOfAnotherMeeting("how often are rcpcs after the first one", initial)).isTrue();
        assertThat(Specifics.asksWhenOfAnotherMeeting("how soon is the review conf after the icpc", initial)).isTrue();
        assertThat(Specifics.asksWhenOfAnotherMeeting("how soon do parents get the report before icpcs", initial)).isFalse();
    }

    @Test
    void aTimingNoPassageAboutTheServiceSetsIsNotAnswered() {
        List<Answer> careTeam = List.of(answer("Practice handbook › Children Looked After › Care Team Meetings",
                "Care team meetings bring together the people who support the child in their placement."));
        List<Answer> cinMeetings = List.of(answer("Audit rubric › Child in need planning › CIN - timeliness",
                "Child in Need Meetings are held every 6 weeks to review the plan."));

        assertThat(Specifics.asksATimingNoneGives("how soon is the first lac review after a placement starts", careTeam)).isTrue();
        assertThat(Specifics.asksATimingNoneGives("placement plan review for looked after kids - how often", careTeam)).isTrue();
        // Some frequency about the service asked answers it; one about another service does not.
        assertThat(Specifics.asksATimingNoneGives("how often are cin meetings", cinMeetings)).isFalse();
        assertThat(Specifics.asksATimingNoneGives("how often are lac reviews", cinMeetings)).isTrue();
        // Not a timing asked, or a second thing asked beside it that the passages may answer.
        assertThat(Specifics.asksATimingNoneGives("do safety goals need timescales", careTeam)).isFalse();
        assertThat(Specifics.asksATimingNoneGives("when do i write a worry statement rather than a danger statement", careTeam)).isFalse();
        assertThat(Specifics.asksATimingNoneGives("care team meetings - how often and who comes", careTeam)).isFalse();
        assertThat(Specifics.asksATimingNoneGives("does the care plan have to say how often the child is seen", careTeam)).isFalse();
        assertThat(Specifics.asksATimingNoneGives("do we record the frequency of care team meetings", careTeam)).isFalse();
    }
    @Test
    void aNumberCountsOnlyFromASentenceAboutWhatTheQuestionAsksOf() {
        String firstVisit = "We will visit the family within 5 working days of a referral or sooner.";
        String conference = "CP conference held 15 working days from the strategy meeting.";
        String cinMeetings = "Child in Need Meetings are held every 6 weeks to review the plan.";

        assertThat(index.aboutTheSubjectOf("how many working days to finish a c&f assessment").test(firstVisit)).isFalse();
        assertThat(index.aboutTheSubjectOf("how many days have i got for the first visit after a referral").test(firstVisit)).isTrue();
        // Synonyms count: "strat" is the strategy meeting, "icpc" the conference.
        assertThat(index.aboutTheSubjectOf("icpc timescale - 15 days from the strat?").test(conference)).isTrue();
        assertThat(index.aboutTheSubjectOf("is supervision every 6 weeks for an nqsw").test(cinMeetings)).isFalse();

        assertThat(Specifics.asksACountNoneGives("how many working days to finish a c&f assessment", List.of(firstVisit),
                index.aboutTheSubjectOf("how many working days to finish a c&f assessment"))).isTrue();
        assertThat(Specifics.proposesASpanNoneStates("is supervision every 6 weeks for an nqsw",
                List.of(answer("Audit rubric › Child in need planning › CIN - timeliness", cinMeetings)),
                index.aboutTheSubjectOf("is supervision every 6 weeks for an nqsw"))).isTrue();
        assertThat(Specifics.proposesASpanNoneStates("are cin meetings every 6 weeks?",
                List.of(answer("Audit rubric › Child in need planning › CIN - timeliness", cinMeetings)),
                index.aboutTheSubjectOf("are cin meetings every 6 weeks?"))).isFalse();
    }

    /** Which form or template to use is answered only by a passage (heading or text) that names one. */
    @Test
    void whichFormIsAnsweredOnlyByAPassageNamingOne() {
        List<Answer> noForm = List.of(answer("Practice handbook › Transfers", "The receiving team reads the plan before the meeting."));
        List<Answer> template = List.of(answer("Mapping template guidance › Next steps", "Write next steps the family can follow."));

        assertThat(Specifics.asksWhichFormNoneNames("transfer meeting - which form do i fill in", noForm)).isTrue();
        assertThat(Specifics.asksWhichFormNoneNames("is there a template for the transfer summary", noForm)).isTrue();
        assertThat(Specifics.asksWhichFormNoneNames("what template do i write next steps on", template)).isFalse();
        assertThat(Specifics.asksWhichFormNoneNames("who reads the plan before a transfer", noForm)).isFalse();
    }

    /** A number of days times what comes before it in the sentence, not the event it is counted from. */
    @Test
    void aDayCountCountsOnlyForWhatItTimes() {
        String panel = "The review panel meets 20 working days after the section 47 enquiry has begun.";
        String question = "how many working days have we got to close a s47";
        String panelQuestion = "review panel - how many working days after the s47 starts";

        assertThat(index.timesTheSubjectOf(question).test("The review panel meets ", " after the section 47 enquiry has begun.")).isFalse();
        assertThat(index.timesTheSubjectOf(panelQuestion).test("The review panel meets ", " after the section 47 enquiry has begun.")).isTrue();
        assertThat(Specifics.asksACountNoneGives(question, List.of(panel), index.aboutTheSubjectOf(question),
                index.timesTheSubjectOf(question))).isTrue();
        assertThat(Specifics.asksACountNoneGives(panelQuestion, List.of(panel), index.aboutTheSubjectOf(panelQuestion),
                index.timesTheSubjectOf(panelQuestion))).isFalse();
    }

    @Test
    void aTimescaleCountedFromAnotherEventIsNoAnswerToWhenTheFirstOneIs() {
        List<Answer> conference = List.of(answer("Practice handbook › Child Protection › Preparing for an Initial Child Protection Conference (ICPC)",
                "Reports will be shared with the family 3 days before the conference."));
        String firstCoreGroup = "first core group after icpc";
        String reports = "how soon after the strat do parents get the conference report";

        assertThat(Specifics.withoutTheEventCountedFrom(firstCoreGroup).strip()).isEqualTo("first core group");
        assertThat(Specifics.withoutTheEventCountedFrom("how long after the strategy meeting is the icpc"))
                .doesNotContain("strategy").contains("icpc");
        assertThat(Specifics.notes(firstCoreGroup, conference,
                index.aboutTheSubjectOf(Specifics.withoutTheEventCountedFrom(firstCoreGroup)))).contains(Specifics.NO_TIMESCALE);
        // About the very thing asked, the same timescale answers it.
        assertThat(Specifics.notes(reports, conference, index.aboutTheSubjectOf(Specifics.withoutTheEventCountedFrom(reports))))
                .doesNotContain(Specifics.NO_TIMESCALE);
        // "First ... after" asks when, as "when is the first" does.
        assertThat(Specifics.asksATimingNoneGives(firstCoreGroup, conference)).isFalse();
        assertThat(Specifics.asksATimingNoneGives("first lac review after placement", List.of(answer(
                "Practice handbook › Children Looked After › Care Team Meetings", "Care team meetings support the placement.")))).isTrue();
    }
}
