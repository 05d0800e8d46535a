package org.practiceassistant.draft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.practiceassistant.check.DraftKind;
import org.practiceassistant.draft.CoachFixtures.Conversation;

/**
 * The twenty-third round's findings (blind14 read), in words of our own: a worker who says the young person "is worried
 * herself" lists her among who is worried (before, "herself" was kept as the fear); "MGM" and "SENCO" written in the
 * family's words in what is composed; "to be accommodated" as going into care; a 40-word sentence joined only by "and"
 * split where a clause of its own starts.
 */
class PlainerComposedTextTest {

    @Test
    void worriedHerselfListsHerAndTheFearIsAskedNext() {
        var c = new Conversation(CoachFixtures.coach()).atRubysWorryStep()
                .say("me, the school nurse, Ruby's aunt Jo, Ruby is worried herself");
        assertThat(c.step()).isEqualTo(Step.WORRY);
        assertThat(c.current().currentWorry().whoIsWorried()).contains("Ruby").contains("the school nurse");
        assertThat(c.current().currentWorry().fear()).isNull();
        assertThat(c.text()).contains("What do they fear will happen to Ruby");
        c.say("Ruby will fall further behind and stop wanting to go in at all");
        assertThat(c.step()).isEqualTo(Step.NETWORK);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ruby is worried herself|Ruby is worried too",
            "the boys are scared themselves, and mum|the boys are scared too, and mum",
            "she could hurt herself|she could hurt herself"})
    void worriedThemselvesIsSaidOfWhoIsWorried(String typed, String read) {
        assertThat(StepAnswers.worriedThemselves(typed)).isEqualTo(read);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "MGM Linda will have the children at weekends|Mum's mum Linda will have the children at weekends",
            "Mum and the school SENCO|Mum and the school special needs teacher"})
    void abbreviationsFamiliesDoNotUseAreWrittenInTheirWords(String typed, String composed) {
        var spotter = RealChecker.spotter();
        assertThat(spotter.spelledOut(typed)).isEqualTo(composed);
        assertThat(RealChecker.CHECKER.check(DraftKind.DANGER_STATEMENT, composed).checks())
                .noneMatch(check -> check.id().equals("jargon-free") && check.status() == org.practiceassistant.check.CheckStatus.FAIL);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Dan needing to be accommodated|Dan needing to go into care",
            "Dan being accommodated, or having been accommodated|Dan going into care, or having gone into care",
            "Dan could Get Accommodated|Dan could go into care",
            "the flat where Dan is accommodated|the flat where Dan is accommodated"})
    void beingAccommodatedIsGoingIntoCare(String typed, String plain) {
        assertThat(BeingAccommodated.inPlainWords(typed)).isEqualTo(plain);
    }

    @Test
    void aLongSentenceJoinedOnlyByAndIsSplitWhereAClauseStarts() {
        String long1 = "This is because dad has been out of work since the spring and he has been drinking most of the day"
                + " and Sam has been making his own breakfast and getting himself to school on his own most days this term.";
        String shortened = Sentences.shortened(long1);
        assertThat(shortened).contains(". ");
        assertThat(shortened.split("\\. ")).allMatch(sentence -> sentence.split("\\s+").length <= Sentences.MAX_WORDS);
        assertThat(shortened.replace(". ", " and ").toLowerCase(java.util.Locale.ROOT))
                .isEqualTo(long1.toLowerCase(java.util.Locale.ROOT));
        String names = "Sam and Ella and Dad and Mum and Nan and Grandad and Aunt Jo and Uncle Pete and the neighbours and"
                + " the school and the nursery and the health visitor all said so.";
        assertThat(Sentences.shortened(names)).as("no clause of its own after any \"and\"").isEqualTo(names);
    }
    // ---- a file's note and a label said in the family's words (round 31) ---------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Aunt Sue will stay on Fridays. Better outcomes. Mum will rest.|Aunt Sue will stay on Fridays. Mum will rest.",
            "Aunt Sue will stay on Fridays. Ongoing.|Aunt Sue will stay on Fridays.",
            "The boys sleep well. No bruises. They laugh at tea.|The boys sleep well. There are no bruises. They laugh at tea.",
            "The boys sleep well. No shouting.|The boys sleep well. There is no shouting.",
            "Mum will go. Not hit. She said so.|Mum will go. Not hit. She said so.",
            "Mum will ring Dr. Khan. Gran will.|Mum will ring Dr. Khan. Gran will.",
            "Lee and J. Smith come. Mum agrees.|Lee and J. Smith come. Mum agrees.",
            "Gran will help. Improved sleep. Fewer rows.|Gran will help."})
    void aNoteOfAWordOrTwoWithNoVerbIsSaidAsASentenceOrLeftOut(String typed, String said) {
        assertThat(NotesOnTheFile.said(typed, 0)).isEqualTo(said);
    }

    @Test
    void theKeptOpeningAndTheSentenceItEndsInAreNeverReadAsNotes() {
        String opening = "Gran is worried about ";
        assertThat(NotesOnTheFile.said(opening + "debts. Ongoing.", opening.length())).isEqualTo(opening + "debts.");
        assertThat(NotesOnTheFile.said("Ongoing. Gran will help.", "Ongoing. ".length())).isEqualTo("Ongoing. Gran will help.");
    }

    @Test
    void aGoalWhoseGoodPictureIsOnlyANoteSaysNoNote() {
        var answers = WorryAnswers.empty().withWorry("The school and I", "are", "Ava will keep hurting herself.")
                .withAnswer(Step.HARM, "Ava cut her arms twice in May.")
                .withAnswer(Step.NETWORK, "Mum and Aunt Jo")
                .withAnswer(Step.DOING, "Mum will sit with Ava each evening and Aunt Jo will stay over on Fridays.")
                .withAnswer(Step.CHILD_EXPERIENCE, "Improved outcomes.")
                .withAnswer(Step.TIMESCALE, "until the review in March")
                .withAnswer(Step.HOW_KNOWN, "Ava will tell the school nurse each week");
        String goal = new StatementComposer(RealChecker.spotter()).goal(answers, CoachFixtures.SAFETY, "Ava");
        assertThat(goal).doesNotContain("outcomes").contains("stay over on Fridays. This will");
        assertThat(RealChecker.CHECKER.check(DraftKind.SAFETY_GOAL, goal).checks())
                .noneMatch(check -> check.id().equals("readability") && check.status() == org.practiceassistant.check.CheckStatus.FAIL);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ava disclosed the cuts to her tutor.|Ava told the cuts to her tutor.",
            "Ava may be disclosing more soon.|Ava may be disclosing more soon.",
            "Mum left after the domestic abuse in May.|Mum left after the abuse at home in May.",
            "Dad goes to the domestic violence course.|Dad goes to the course about violence at home."})
    void aLabelIsSaidInTheListsWordsOnlyWhereTheyFitThatForm(String typed, String written) {
        assertThat(RealChecker.spotter().spelledOut(typed)).isEqualTo(written);
    }
}
