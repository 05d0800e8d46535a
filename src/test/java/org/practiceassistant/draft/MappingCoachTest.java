package org.practiceassistant.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceassistant.draft.CoachFixtures.CP_TO_REVIEW;

import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.practiceassistant.check.DraftKind;
import org.practiceassistant.draft.CoachFixtures.Conversation;

class MappingCoachTest {

    private final MappingCoach coach = CoachFixtures.coach();

    private Conversation talk() {
        return new Conversation(coach).start();
    }

    /** Answers up to (not including) the answer for {@code step} of the first worry in the CP script. */
    private Conversation at(Step step) {
        var c = talk();
        int answers = switch (step) {
            case SERVICE_AREA -> 0;
            case CHILDREN -> 1;
            default -> step.ordinal() <= Step.HOW_KNOWN.ordinal() ? step.ordinal() : CP_TO_REVIEW.length;
        };
        c.say(Arrays.copyOf(CP_TO_REVIEW, answers));
        return c;
    }

    private Conversation atEnd(Step step) {
        var c = at(Step.REVIEW_STATEMENT).say("accept", "accept", "no");
        switch (step) {
            case BOTTOM_LINES -> { }
            case SCALE -> c.say("skip");
            case SCORES -> c.say("skip", "ok");
            case NEXT_STEPS -> c.say("skip", "ok", "Mum 6, social worker 3");
            case CONTINGENCY -> c.say("skip", "ok", "Mum 6, social worker 3", "Social worker to visit Mum on Friday.");
            case CHILD_VOICE -> c.say("skip", "ok", "Mum 6, social worker 3", "Social worker to visit Mum on Friday.", "skip");
            case IDENTITY -> c.say("skip", "ok", "Mum 6, social worker 3", "Social worker to visit Mum on Friday.", "skip",
                    "skip");
            case SHARED_WITH -> c.say("skip", "ok", "Mum 6, social worker 3", "Social worker to visit Mum on Friday.", "skip",
                    "skip", "skip");
            default -> throw new IllegalArgumentException(step.name());
        }
        return c;
    }

    private Conversation reach(Step step) {
        return switch (step) {
            case REVIEW_GOAL -> at(Step.REVIEW_STATEMENT).say("accept");
            case ANOTHER_WORRY -> at(Step.REVIEW_STATEMENT).say("accept", "accept");
            case BOTTOM_LINES, SCALE, SCORES, NEXT_STEPS, CONTINGENCY, CHILD_VOICE, IDENTITY, SHARED_WITH -> atEnd(step);
            default -> at(step);
        };
    }

    @Test
    void startsWithTheServiceAreaAndSaysWhereTheWorkerIs() {
        var c = talk();
        assertThat(c.step()).isEqualTo(Step.SERVICE_AREA);
        var prompt = c.repliesOf(CoachReply.Prompt.class).getFirst();
        assertThat(prompt.progress()).isEqualTo("Step 1 of 22");
        assertThat(prompt.options()).extracting(CoachAction::label).startsWith("Early Help", "Child in Need",
                "Child Protection").contains("Leaving Care", "First Contact / MASH", "Fostering");
        assertThat(prompt.options()).extracting(CoachAction::sends).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @CsvSource({
            "draft, true",
            "Draft, true",
            "help me write a danger statement, true",
            "Help me write a worry statement!, true",
            "write a safety goal, true",
            "start a mapping, true",
            "what is a danger statement?, false",
            "how soon do I visit after a referral, false"})
    void recognisesWhatStartsAMapping(String text, boolean starts) {
        assertThat(coach.isStart(text)).isEqualTo(starts);
    }

    @Nested
    class ServiceAreaStep {

        @ParameterizedTest
        @CsvSource({
                "3, danger statement, safety goal",
                "Child Protection, danger statement, safety goal",
                "early help, worry statement, wellbeing goal",
                "CIN, worry statement, wellbeing goal",
                "4, worry statement, success goal",
                "Leaving Care, worry statement, success goal"})
        void setsTheVocabulary(String answer, String statement, String goal) {
            var c = talk().say(answer);
            assertThat(c.step()).isEqualTo(Step.CHILDREN);
            assertThat(c.current().vocabulary().statement()).isEqualTo(statement);
            assertThat(c.current().vocabulary().goal()).isEqualTo(goal);
            assertThat(c.text()).contains(statement).contains(goal);
        }

        @Test
        void asksAgainForAServiceItDoesNotKnow() {
            var c = talk().say("the moon");
            assertThat(c.step()).isEqualTo(Step.SERVICE_AREA);
            assertThat(c.text()).contains("did not recognise").contains("Early Help");
        }

        @Test
        void asksWhichPlanForChildrenWithDisabilities() {
            var c = talk().say("Children with disabilities");
            assertThat(c.step()).isEqualTo(Step.SERVICE_AREA);
            assertThat(c.text()).contains("short breaks").contains("child protection");
            c.say("7");
            assertThat(c.current().serviceArea()).isEqualTo(ServiceArea.DISABILITIES_CHILD_PROTECTION);
            assertThat(c.current().vocabulary()).isEqualTo(CoachFixtures.SAFETY);
        }
    }

    @Nested
    class ChildrenStep {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "Ella, 4|Ella (4)",
                "ella 4|Ella (4)",
                "Ella aged 4 and Sam aged 7|Ella (4), Sam (7)",
                "Ella (4), Sam (7) and Kai 6 months|Ella (4), Sam (7), Kai (6 months)"})
        void readsNamesAndAges(String answer, String described) {
            var c = talk().say("3", answer);
            assertThat(c.step()).isEqualTo(Step.HARM);
            assertThat(String.join(", ", c.current().children().stream().map(Child::describe).toList())).isEqualTo(described);
        }

        @Test
        void asksAgainWithoutAnAge() {
            var c = talk().say("3", "Ella");
            assertThat(c.step()).isEqualTo(Step.CHILDREN);
            assertThat(c.text()).contains("first name and age");
        }

        @Test
        void refusesAnImpossibleAge() {
            var c = talk().say("3", "Ella 40");
            assertThat(c.step()).isEqualTo(Step.CHILDREN);
            assertThat(c.text()).contains("0 to 25");
        }

        @Test
        void questionsAfterwardsUseTheChildsName() {
            var c = talk().say("3", "Ella 4 and Sam 7");
            assertThat(c.repliesOf(CoachReply.Prompt.class).getFirst().question()).contains("Ella and Sam");
        }
    }

    @Nested
    class EveryStep {

        @ParameterizedTest
        @EnumSource(Step.class)
        void hasAPurposeAQuestionAndTheQuotedGuidance(Step step) {
            var c = reach(step);
            assertThat(c.step()).isEqualTo(step);
            var prompt = c.repliesOf(CoachReply.Prompt.class).getLast();
            assertThat(prompt.purpose()).isNotBlank().doesNotContain("{");
            assertThat(prompt.question()).isNotBlank().doesNotContain("{");
            if (step != Step.SERVICE_AREA) {
                assertThat(prompt.guidance()).extracting(GuidanceQuote::citation).contains("Test pack › " + step.name());
            }
        }

        @ParameterizedTest
        @EnumSource(Step.class)
        void givesAnExampleOnRequestWithoutMovingOn(Step step) {
            var c = reach(step).say("example");
            assertThat(c.step()).isEqualTo(step);
            assertThat(c.text()).startsWith("Example (a made-up family)");
        }

        @ParameterizedTest
        @EnumSource(Step.class)
        void givesHelpWithThePurposeAndGuidance(Step step) {
            var c = reach(step).say("help");
            assertThat(c.step()).isEqualTo(step);
            assertThat(c.text()).contains("You can say: example, back");
            if (step != Step.SERVICE_AREA) {
                var quotes = c.repliesOf(CoachReply.Prompt.class).getLast().guidance();
                assertThat(quotes).extracting(GuidanceQuote::citation).contains("Test pack › " + step.name());
                assertThat(c.text()).as("quotes travel as quotes, never as Markdown marks").doesNotContain("> ");
            }
        }

        @ParameterizedTest
        @EnumSource(Step.class)
        void saysWhereTheWorkerIs(Step step) {
            var c = reach(step).say("where am I?");
            assertThat(c.step()).isEqualTo(step);
            assertThat(c.text()).matches("You are at step \\d+ of \\d+: .+");
        }

        @ParameterizedTest
        @EnumSource(Step.class)
        void cancelsAndKeepsNothing(Step step) {
            var c = reach(step).say("cancel");
            assertThat(c.state).isEmpty();
            assertThat(c.text()).contains("not kept any of your answers");
        }

        @ParameterizedTest
        @EnumSource(Step.class)
        void startsOverFromTheFirstQuestion(Step step) {
            var c = reach(step).say("start over");
            assertThat(c.step()).isEqualTo(Step.SERVICE_AREA);
            assertThat(c.current().children()).isEmpty();
            assertThat(c.current().history()).isEmpty();
        }

        @ParameterizedTest
        @EnumSource(value = Step.class, mode = EnumSource.Mode.EXCLUDE, names = "SERVICE_AREA")
        void goesBackToThePreviousQuestion(Step step) {
            var c = reach(step);
            var before = c.current().history().getLast();
            c.say("back");
            assertThat(c.current().position()).isEqualTo(before);
        }

        @ParameterizedTest
        @EnumSource(value = Step.class, mode = EnumSource.Mode.EXCLUDE, names = {"BOTTOM_LINES", "CONTINGENCY", "CHILD_VOICE", "IDENTITY",
                "SHARED_WITH"})
        void skipsOnlyOptionalSteps(Step step) {
            var c = reach(step).say("skip");
            assertThat(c.step()).isEqualTo(step);
            assertThat(c.text()).contains("cannot be skipped");
        }
    }

    @Test
    void backAtTheFirstQuestionSaysSo() {
        var c = talk().say("back");
        assertThat(c.step()).isEqualTo(Step.SERVICE_AREA);
        assertThat(c.text()).contains("first question");
    }

    @Test
    void backShowsTheEarlierAnswerAndANewAnswerReplacesIt() {
        var c = at(Step.COMPLICATING_FACTORS).say("back");
        assertThat(c.step()).isEqualTo(Step.HARM);
        assertThat(c.text()).contains("Your answer was: \"" + CP_TO_REVIEW[2] + "\"");
        c.say("Dad pushed Mum into the door on 2 May while Ella watched from the stairs.");
        assertThat(c.step()).isEqualTo(Step.COMPLICATING_FACTORS);
        assertThat(c.current().currentWorry().harm()).startsWith("Dad pushed Mum");
    }

    @Test
    void theChildsViewsIdentityAndSharingAreAskedSkippableAndKeptWhenNotKnown() {
        var c = reach(Step.CHILD_VOICE).say("not asked yet");
        assertThat(c.step()).isEqualTo(Step.IDENTITY);
        assertThat(c.current().childVoice()).isEqualTo(WorryAnswers.NOT_KNOWN_YET);
        assertThat(c.say("Muslim").step()).as("one word is an answer here").isEqualTo(Step.SHARED_WITH);
        assertThat(c.current().identity()).isEqualTo("Muslim");
        c.say("none");
        assertThat(c.state).isEmpty();
        assertThat(c.repliesOf(CoachReply.Summary.class).getFirst().plainText())
                .contains("The child's views: not known yet (to find out)").contains("Identity and culture: Muslim")
                .contains("Plan shared with: not recorded");
    }

    @Test
    void theContingencyIsAskedAfterTheNextStepsIsOptionalAndKeptOnlyWhenAnswered() {
        var c = reach(Step.CONTINGENCY);
        assertThat(c.text()).contains("If the plan is not kept").contains("who will step in");
        assertThat(c.say("not sure").step()).isEqualTo(Step.CHILD_VOICE);
        assertThat(c.current().contingency()).isEqualTo(WorryAnswers.NOT_KNOWN_YET);
        c.say("back");
        assertThat(c.step()).isEqualTo(Step.CONTINGENCY);
        assertThat(c.say("no").step()).as("none is a skip").isEqualTo(Step.CHILD_VOICE);
        assertThat(c.current().contingency()).isNull();
        c.say("back", "If Dad comes round drunk, Mum will ring Nan and the police.", "skip", "skip", "skip");
        assertThat(c.state).isEmpty();
        assertThat(c.repliesOf(CoachReply.Summary.class).getFirst().plainText())
                .contains("Contingency plan: If Dad comes round drunk, Mum will ring Nan and the police.");
    }

    @Test
    void skipsTheOptionalBottomLines() {
        var c = reach(Step.BOTTOM_LINES).say("skip");
        assertThat(c.step()).isEqualTo(Step.SCALE);
        assertThat(c.current().bottomLines()).isNull();
        assertThat(reach(Step.BOTTOM_LINES).say("none").step()).isEqualTo(Step.SCALE);
    }

    @Test
    void countsStepsAcrossWorries() {
        var c = reach(Step.ANOTHER_WORRY);
        assertThat(c.repliesOf(CoachReply.Prompt.class).getLast().progress()).isEqualTo("Step 14 of 22");
        c.say("yes");
        assertThat(c.repliesOf(CoachReply.Prompt.class).getLast().progress()).isEqualTo("Step 15 of 36");
        assertThat(c.say("where am i").text()).contains("(worry 2)");
    }

    @Test
    void aSecondUnreadAnswerAtAnotherWorrySaysPlainlyWhatToTypeAndOffersTheButtons() {
        var c = reach(Step.ANOTHER_WORRY).say("the moon");
        assertThat(c.step()).isEqualTo(Step.ANOTHER_WORRY);
        String first = c.text();
        c.say("purple");
        assertThat(c.step()).isEqualTo(Step.ANOTHER_WORRY);
        assertThat(c.text()).as("not the same sentence again").isNotEqualTo(first).contains("Type **yes**", "**no**");
        assertThat(c.repliesOf(CoachReply.Prompt.class)).as("the question again, with its buttons").singleElement()
                .satisfies(p -> assertThat(p.options()).containsExactly(CoachAction.YES, CoachAction.NO));
        assertThat(c.say("no").step()).isEqualTo(Step.BOTTOM_LINES);
    }

    @Nested
    class GentleRePrompts {

        @Test
        void emptyAnswer() {
            var c = at(Step.HARM).say("   ");
            assertThat(c.step()).isEqualTo(Step.HARM);
            assertThat(c.repliesOf(CoachReply.Prompt.class)).as("an empty message asks the question again")
                    .singleElement().extracting(CoachReply.Prompt::question).asString().contains("What has happened to Ella?");
        }

        @Test
        void oneWordAnswer() {
            var c = at(Step.HARM).say("neglect");
            assertThat(c.step()).isEqualTo(Step.HARM);
            assertThat(c.text()).contains("what actually happened to Ella").contains("worst time");
            c.say("neglect");
            // Sent again, the worker stands by it (ReAskLimit): kept as given, with what it could still say, never a dead end.
            assertThat(c.step()).as("a one-word answer sent again is kept as given").isEqualTo(Step.COMPLICATING_FACTORS);
            assertThat(c.text()).contains("Kept as you gave it");
        }

        @Test
        void jargonGetsThePlainAlternativeAndCanBeKeptBySendingItAgain() {
            var c = at(Step.HARM).say("There was DV in the home on 2 May");
            assertThat(c.step()).isEqualTo(Step.HARM);
            assertThat(c.text()).contains("\"DV\"").contains("Dad hit Mum");
            c.say("Dad hit Mum on 2 May while Ella watched");
            assertThat(c.step()).isEqualTo(Step.COMPLICATING_FACTORS);

            var stubborn = at(Step.HARM).say("There was DV in the home on 2 May", "There was DV in the home on 2 May");
            assertThat(stubborn.step()).isEqualTo(Step.COMPLICATING_FACTORS);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "Mum will attend a parenting course",
                "Dad will be engaging in drug service sessions",
                "Mum will complete the Freedom Programme",
                "Mum will go to counselling sessions",
                "The family will work with the social worker"})
        void aServiceInsteadOfSomethingTheFamilyWillBeSeenDoing(String answer) {
            var c = at(Step.DOING).say(answer);
            assertThat(c.step()).isEqualTo(Step.DOING);
            assertThat(c.text()).contains("service").contains("seen");
        }

        @Test
        void somethingTheFamilyWillBeSeenDoingIsKept() {
            var c = at(Step.DOING).say("Mum will check who is at the door before opening it every evening");
            assertThat(c.step()).isEqualTo(Step.CHILD_EXPERIENCE);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "her college hours UNSEEN in the daytime as planned",
                "the speech therapy paperwork UNSEEN sorted out by then"})
        void nothingOthersCouldSeeIsAskedAboutOncePlainly(String answer) {
            var c = at(Step.DOING).say(answer);
            assertThat(c.step()).isEqualTo(Step.DOING);
            assertThat(c.text()).contains("see them doing, day to day").contains("For example");
            assertThat(c.current().currentWorry().doing()).isEqualTo(answer);
        }

        @Test
        void theFirstAnswerSentAgainIsKept() {
            String answer = "her college hours UNSEEN in the daytime as planned";
            var c = at(Step.DOING).say(answer, answer);
            assertThat(c.step()).isEqualTo(Step.CHILD_EXPERIENCE);
            assertThat(c.current().currentWorry().doing()).isEqualTo(answer);
        }

        @Test
        void notSureAfterTheReAskKeepsTheFirstAnswer() {
            String answer = "her college hours UNSEEN in the daytime as planned";
            var c = at(Step.DOING).say(answer, "not sure");
            assertThat(c.step()).isEqualTo(Step.CHILD_EXPERIENCE);
            assertThat(c.current().currentWorry().doing()).isEqualTo(answer);
        }

        @Test
        void aBetterAnswerAfterTheReAskReplacesTheFirst() {
            var c = at(Step.DOING).say("her college hours UNSEEN in the daytime as planned",
                    "Aunt Mel will drive her to college each morning and phone the hostel at nine every night");
            assertThat(c.step()).isEqualTo(Step.CHILD_EXPERIENCE);
            assertThat(c.current().currentWorry().doing()).startsWith("Aunt Mel will drive");
        }

        @Test
        void aSecondAnswerThatStillSaysNothingSeenIsKeptRatherThanAskedAgain() {
            var c = at(Step.DOING).say("her college hours UNSEEN in the daytime as planned", "the referral UNSEEN is done now");
            assertThat(c.step()).isEqualTo(Step.CHILD_EXPERIENCE);
            assertThat(c.current().currentWorry().doing()).isEqualTo("the referral UNSEEN is done now");
        }

        @Test
        void tooLongIsRefusedWithoutEchoingIt() {
            String sentinel = "Zebedee-Sentinel ";
            var c = at(Step.HARM).say(sentinel.repeat(100));
            assertThat(c.step()).isEqualTo(Step.HARM);
            assertThat(c.text()).contains("longer than I can take").doesNotContain("Zebedee");
            assertThat(c.current().currentWorry().harm()).isNull();
        }

        @Test
        void tooLongIsRefusedAtChoiceStepsToo() {
            var c = at(Step.CHILDREN).say("Ella 4 ".repeat(300));
            assertThat(c.step()).isEqualTo(Step.CHILDREN);
            assertThat(c.text()).contains("longer than I can take");
        }

        @Test
        void aWorryWithoutWhoIsWorried() {
            var c = at(Step.WORRY).say("Ella will be hurt if nothing changes");
            assertThat(c.step()).isEqualTo(Step.WORRY);
            assertThat(c.text()).contains("who is worried");
        }

        @Test
        void aFearThatOnlyTellsWhatHappenedIsAskedForOnceWithWhoKept() {
            var c = at(Step.WORRY).say("The nursery and I are worried that Dad hit Mum in front of Ella and she was found"
                    + " crying in the hall");
            assertThat(c.step()).isEqualTo(Step.WORRY);
            assertThat(c.current().currentWorry().whoIsWorried()).isEqualTo("The nursery and I");
            assertThat(c.current().currentWorry().fear()).isNull();
            assertThat(c.text()).contains("what has happened", "What do they fear will happen to Ella if nothing changes?");
            c.say("Ella could be hurt when Dad is angry");
            assertThat(c.step()).isEqualTo(Step.NETWORK);
            assertThat(c.current().currentWorry().fear()).isEqualTo("Ella could be hurt when Dad is angry");
            var again = at(Step.WORRY).say("The nursery and I are worried that Dad pushed Mum in front of Ella",
                    "The nursery and I are worried that Dad pushed Mum in front of Ella");
            assertThat(again.step()).as("sent again, it is kept").isEqualTo(Step.NETWORK);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "Jason has used cocaine and fallen asleep while looking after Alfie|true",
                "Alfie got out of the flat on his own|true",
                "Alfie could get out onto the road|false",
                "if this happens again Alfie could be hurt|false",
                "Ella is scared at home|false",
                "Ella will be hurt|false",
                "she ends up homeless or back with Dale because she has nowhere else|false",
                "Dad pushed Mum into the wall while she held Ella|true",
                "Ella is scared and isolated|false"})
        void readsAFearThatOnlyTellsWhatHappened(String fear, boolean onlyWhatHappened) {
            assertThat(ToldInThePast.onlyWhatHappened(fear)).isEqualTo(onlyWhatHappened);
        }

        @Test
        void aWorryThatDoesNotNameTheChild() {
            var c = at(Step.WORRY).say("I am worried that things will get worse at home");
            assertThat(c.step()).isEqualTo(Step.WORRY);
            assertThat(c.text()).contains("what will happen to Ella by name");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "We're worried that Ella will be hurt|We|are|Ella will be hurt",
                "I'm really worried Ella will be hurt|I|am|Ella will be hurt",
                "The school is worried about Ella being hurt|The school|is|Ella being hurt",
                "Nursery staff and I are worried that Ella will be hurt|Nursery staff and I|are|Ella will be hurt"})
        void readsWhoIsWorriedAndWhatTheyFear(String answer, String who, String verb, String fear) {
            var c = at(Step.WORRY).say(answer);
            assertThat(c.step()).isEqualTo(Step.NETWORK);
            var w = c.current().currentWorry();
            assertThat(w.whoIsWorried()).isEqualTo(who);
            assertThat(w.worriedVerb()).isEqualTo(verb);
            assertThat(w.fear()).isEqualTo(fear);
        }
    }

    @Nested
    class Review {

        @Test
        void showsTheComposedStatementWithTheCheck() {
            var c = at(Step.REVIEW_STATEMENT);
            var composed = c.repliesOf(CoachReply.Composed.class).getFirst();
            assertThat(composed.kind()).isEqualTo(DraftKind.DANGER_STATEMENT);
            assertThat(composed.term()).isEqualTo("danger statement");
            assertThat(composed.text()).isEqualTo("The social worker and the nursery are worried that if nothing"
                    + " changes, Ella will be hurt when Dad is angry and will grow up frightened at home. This is because"
                    + " Dad has hit Mum three times since March when he had been drinking; Ella saw it twice and the"
                    + " worst time, on 2 May, she hid under the table.");
            assertThat(composed.report().allMet()).isTrue();
        }

        @Test
        void acceptingTheStatementShowsTheGoal() {
            var c = at(Step.REVIEW_STATEMENT).say("accept");
            var composed = c.repliesOf(CoachReply.Composed.class).getFirst();
            assertThat(composed.kind()).isEqualTo(DraftKind.SAFETY_GOAL);
            assertThat(composed.text()).isEqualTo("Mum, Grandma Jean and Aunt Sara will work together so that Ella is"
                    + " safe. Mum will not let Dad in when he has been drinking and will phone Grandma Jean if he comes"
                    + " round; Grandma Jean will call Mum every evening at 7. Ella will feel safe at home and sleep in her"
                    + " own bed. This will carry on for the next six months. Everyone will know it is happening because"
                    + " Grandma Jean will write in the safety journal each week and the social worker will read it at"
                    + " every visit.");
        }

        @Test
        void ownWordingIsCheckedAgain() {
            var c = at(Step.REVIEW_STATEMENT).say("edit");
            assertThat(c.current().pending()).isEqualTo(MappingState.Pending.OWN_WORDING);
            c.say("FAILME my own words");
            var composed = c.repliesOf(CoachReply.Composed.class).getFirst();
            assertThat(composed.text()).isEqualTo("FAILME my own words");
            assertThat(composed.report().allMet()).isFalse();
            assertThat(c.text()).contains("1 thing to improve");
            assertThat(c.step()).isEqualTo(Step.REVIEW_STATEMENT);
        }

        @Test
        void backWhileTypingOwnWordingReturnsToTheReview() {
            var c = at(Step.REVIEW_STATEMENT).say("edit", "back");
            assertThat(c.current().pending()).isEqualTo(MappingState.Pending.NONE);
            assertThat(c.step()).isEqualTo(Step.REVIEW_STATEMENT);
            assertThat(c.repliesOf(CoachReply.Composed.class)).hasSize(1);
        }

        @Test
        void aLongReplyAtTheReviewIsTheWorkersOwnWording() {
            var c = at(Step.REVIEW_STATEMENT).say("The nursery and I are worried Ella will be hurt by Dad.");
            assertThat(c.current().currentWorry().ownStatement()).isEqualTo("The nursery and I are worried Ella will be hurt by Dad.");
        }

        @Test
        void reworkOneStepThenReturnToTheReview() {
            var c = at(Step.REVIEW_STATEMENT).say("rework");
            assertThat(c.text()).contains("1 what has happened").contains("4 who is worried");
            c.say("1");
            assertThat(c.step()).isEqualTo(Step.HARM);
            assertThat(c.text()).contains("Your answer was");
            c.say("Dad punched Mum on 2 May while Ella watched from the stairs.");
            assertThat(c.step()).isEqualTo(Step.REVIEW_STATEMENT);
            assertThat(c.repliesOf(CoachReply.Composed.class).getFirst().text()).contains("Dad punched Mum on 2 May");
        }

        @Test
        void reworkAGoalAnswerByName() {
            var c = at(Step.REVIEW_STATEMENT).say("accept", "rework", "for how long");
            assertThat(c.step()).isEqualTo(Step.TIMESCALE);
            c.say("by 1 June");
            assertThat(c.step()).isEqualTo(Step.REVIEW_GOAL);
            assertThat(c.repliesOf(CoachReply.Composed.class).getFirst().text()).contains("This will be in place by 1 June.");
        }

        @Test
        void anUnclearReplyRepeatsTheChoices() {
            var c = at(Step.REVIEW_STATEMENT).say("hmm");
            assertThat(c.step()).isEqualTo(Step.REVIEW_STATEMENT);
            assertThat(c.text()).contains("accept").contains("edit").contains("rework");
        }
    }

    @Test
    void severalWorriesAndChildrenEachGetTheirOwnPair() {
        var c = talk().say("1", "Ella 4 and Sam 7");
        c.say(Arrays.copyOfRange(CP_TO_REVIEW, 2, CP_TO_REVIEW.length));
        c.say("accept", "accept", "yes");
        assertThat(c.step()).isEqualTo(Step.HARM);
        assertThat(c.current().worry()).isEqualTo(1);
        c.say("Sam has missed 20 school days since September because nobody gets him up in the morning.",
                "Mum works nights and sleeps in the mornings.",
                "Sam's teacher phones home when he is absent and Grandma Jean has offered to help.",
                "The school and I are worried that Sam will fall behind and lose his friends.",
                "Mum and Grandma Jean",
                "Grandma Jean will wake Sam at 7.30 on school days and walk him to school; Mum will set his alarm each night.",
                "Sam will be at school on time every day and see his friends.",
                "by the end of the spring term",
                "The school will send Mum and the social worker Sam's attendance every Friday.",
                "accept", "accept", "no", "Dad must not look after the children alone.", "ok",
                "Mum 6, Dad 5, social worker 3", "ok", "Mum 7, school 4, social worker 5",
                "Social worker to hold a family network meeting by 20 May.", "skip", "skip", "skip", "skip");
        assertThat(c.state).isEmpty();
        var summary = c.repliesOf(CoachReply.Summary.class).getFirst();
        assertThat(summary.summary().pairs()).hasSize(2);
        assertThat(summary.summary().vocabulary().statement()).isEqualTo("worry statement");
        assertThat(summary.plainText())
                .contains("Children: Ella (4), Sam (7)")
                .contains("Worry 1\nWorry statement: The social worker and the nursery are worried")
                .contains("Worry 2\nWorry statement: The school and I are worried that if nothing changes, Sam will fall behind")
                .contains("Wellbeing goal: Mum, Grandma Jean and Aunt Sara will work together so that Ella is healthy and well.")
                .contains("Wellbeing goal: Mum and Grandma Jean will work together so that Sam is healthy and well.")
                .contains("This will be in place by the end of the spring term.")
                .contains("Bottom lines: Dad must not look after the children alone.")
                .contains("Scale: 0 means what the worry statement 1 describes is happening now and nobody is keeping"
                        + " Ella healthy and well")
                .contains("Scale: 0 means what the worry statement 2 describes is happening now and nobody is keeping"
                        + " Sam healthy and well")
                .contains("Scores: Mum 6, Dad 5, social worker 3")
                .contains("Scores: Mum 7, school 4, social worker 5")
                .contains("Next steps: Social worker to hold a family network meeting by 20 May.");
    }

    @Test
    void backFromTheSecondWorryAndNoDropsIt() {
        var c = reach(Step.ANOTHER_WORRY).say("yes", "back");
        assertThat(c.step()).isEqualTo(Step.ANOTHER_WORRY);
        c.say("no");
        assertThat(c.current().worries()).hasSize(1);
        assertThat(c.step()).isEqualTo(Step.BOTTOM_LINES);
    }

    @Nested
    class ScaleAndScores {

        @Test
        void proposesBothEndsAndAcceptsThem() {
            var c = reach(Step.SCALE);
            assertThat(c.text()).contains("0 means what the danger statement describes is happening now")
                    .contains("10 means everyone is confident Ella is safe because the safety goal is being met");
            c.say("ok");
            assertThat(c.current().currentWorry().scale().tenMeans()).startsWith("everyone is confident Ella is safe");
        }

        @Test
        void takesTheWorkersOwnDefinitions() {
            var c = reach(Step.SCALE).say("0 means Ella is hurt again; 10 means Ella is safe at home every day.");
            assertThat(c.current().currentWorry().scale()).isEqualTo(new Scale("Ella is hurt again", "Ella is safe at home every day"));
        }

        @Test
        void asksAgainWhenAnEndIsMissing() {
            var c = reach(Step.SCALE).say("0 means Ella is hurt");
            assertThat(c.step()).isEqualTo(Step.SCALE);
            assertThat(c.text()).contains("0 means ... 10 means");
        }

        @Test
        void recordsEachPersonsScore() {
            var c = reach(Step.SCORES).say("Mum: 6, Grandma Jean 7/10 and social worker 3");
            assertThat(c.step()).isEqualTo(Step.NEXT_STEPS);
            assertThat(c.current().currentWorry().scores()).containsExactly(new ScaleScore("Mum", 6), new ScaleScore("Grandma Jean", 7),
                    new ScaleScore("social worker", 3));
        }

        @Test
        void eachWorryHasItsOwnScaleAndScores() {
            var c = reach(Step.ANOTHER_WORRY).say("yes");
            c.say(java.util.Arrays.copyOfRange(CoachFixtures.CP_TO_REVIEW, 2, CoachFixtures.CP_TO_REVIEW.length));
            c.say("accept", "accept", "no", "skip");
            assertThat(c.step()).isEqualTo(Step.SCALE);
            assertThat(c.current().worry()).isZero();
            assertThat(c.repliesOf(CoachReply.Prompt.class).getLast().title()).endsWith("(worry 1)");
            assertThat(c.text()).contains("0 means what the danger statement 1 describes");
            c.say("ok", "Mum 6, social worker 3");
            assertThat(c.step()).isEqualTo(Step.SCALE);
            assertThat(c.current().worry()).isEqualTo(1);
            assertThat(c.text()).contains("0 means what the danger statement 2 describes");
            c.say("0 means Ella sees Dad hit Mum again; 10 means Ella has not seen a fight for six months", "Mum 8");
            assertThat(c.step()).isEqualTo(Step.NEXT_STEPS);
            assertThat(c.current().worries()).extracting(w -> w.scores().getFirst().score()).containsExactly(6, 8);
            assertThat(c.current().worries().get(1).scale().zeroMeans()).isEqualTo("Ella sees Dad hit Mum again");
            c.say("back");
            assertThat(c.step()).isEqualTo(Step.SCORES);
            assertThat(c.current().worry()).as("back returns to the second worry's scores").isEqualTo(1);
        }

        @Test
        void refusesScoresOutsideTheScale() {
            var c = reach(Step.SCORES).say("Mum 12");
            assertThat(c.step()).isEqualTo(Step.SCORES);
            assertThat(c.text()).contains("0 to 10");
            assertThat(reach(Step.SCORES).say("about half way").text()).contains("each person with their score");
        }
    }

    @Test
    void refusesSettingsThatCannotWork() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DraftSettings(10, Duration.ofHours(1)))
                .hasMessageContaining("max-answer-length");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DraftSettings(1200, Duration.ZERO))
                .hasMessageContaining("idle-timeout");
    }

    @Test
    void expiresAfterTheIdleTime() {
        var state = talk().current();
        assertThat(coach.isExpired(state, CoachFixtures.T0.plus(Duration.ofMinutes(119)))).isFalse();
        assertThat(coach.isExpired(state, CoachFixtures.T0.plus(Duration.ofMinutes(121)))).isTrue();
    }

    @Test
    void recordsTheTimeOfTheLastAnswer() {
        var c = talk().say("3");
        assertThat(c.current().lastActivity()).isEqualTo(CoachFixtures.T0.plusSeconds(30));
    }
}
