package org.practiceassistant.draft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatementComposerTest {

    private final StatementComposer composer = new StatementComposer();

    private static WorryAnswers goalAnswers(String timescale, String howKnown) {
        return WorryAnswers.empty()
                .withAnswer(Step.NETWORK, "mum and Grandma Jean")
                .withAnswer(Step.DOING, "Grandma Jean will stay over on Fridays")
                .withAnswer(Step.CHILD_EXPERIENCE, "ella will sleep in her own bed")
                .withAnswer(Step.TIMESCALE, timescale)
                .withAnswer(Step.HOW_KNOWN, howKnown);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "for the next six months|This will carry on for the next six months.",
            "six months|This will carry on for six months.",
            "by 1 June|This will be in place by 1 June.",
            "1 June|This will be in place by 1 June.",
            "the end of March|This will be in place by the end of March.",
            "within 12 weeks|This will be in place within 12 weeks.",
            "until Ella starts school.|This will carry on until Ella starts school."})
    void saysTheTimescaleAsASentence(String timescale, String sentence) {
        assertThat(composer.goal(goalAnswers(timescale, "the school will tell the social worker"), CoachFixtures.SAFETY, "Ella"))
                .contains(sentence);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Because the school will tell us.|Everyone will know it is happening because the school will tell us.",
            "The school will tell us|Everyone will know it is happening because the school will tell us.",
            "Grandma Jean will write it down|Everyone will know it is happening because Grandma Jean will write it down."})
    void joinsHowEveryoneWillKnowWithoutDoublingBecauseOrLoweringNames(String howKnown, String sentence) {
        assertThat(composer.goal(goalAnswers("for six months", howKnown), CoachFixtures.SAFETY, "Ella")).endsWith(sentence);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ella|Ella is safe.",
            "Ella and Sam|Ella and Sam are safe."})
    void agreesWithOneOrSeveralChildren(String children, String outcome) {
        assertThat(composer.goal(goalAnswers("for six months", "we will see it"), CoachFixtures.SAFETY, children))
                .startsWith("Mum and Grandma Jean will work together so that " + outcome)
                .contains(". Ella will sleep in her own bed.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The school|is|Ella will be hurt|On 2 May Dad hit Mum.|The school is worried that if nothing changes, Ella will be hurt. This is because on 2 May Dad hit Mum.",
            "I|am|Ella will be hurt.|Dad hit Mum on 2 May.|I am worried that if nothing changes, Ella will be hurt. This is because Dad hit Mum on 2 May."})
    void buildsTheStatementInTheRecommendedShape(String who, String verb, String fear, String harm, String statement) {
        var answers = WorryAnswers.empty().withAnswer(Step.HARM, harm).withWorry(who, verb, fear);
        assertThat(composer.statement(answers)).isEqualTo(statement);
    }

    /** One, two and three children with one, two and three adults: every verb and pronoun agrees. */
    @ParameterizedTest(name = "{0} children, {1} adults")
    @CsvSource({"1,1", "1,2", "1,3", "2,1", "2,2", "2,3", "3,1", "3,2", "3,3"})
    void agreesForOneTwoAndThreeChildrenAndAdults(int childCount, int adultCount) {
        String children = java.util.List.of("Ella", "Ella and Sam", "Ella, Sam and Kai").get(childCount - 1);
        String adults = java.util.List.of("Mum", "Mum and Nan", "Mum, Nan and Uncle Pete").get(adultCount - 1);
        String worried = java.util.List.of("The school", "The school and I", "The school, the GP and I").get(adultCount - 1);
        var answers = WorryAnswers.empty()
                .withAnswer(Step.HARM, "Dad hit Mum on 2 May while the children watched.")
                .withWorry(worried, "is", children + " will be hurt when Dad is angry")
                .withAnswer(Step.NETWORK, adults)
                .withAnswer(Step.DOING, "Nan will stay over on Fridays")
                .withAnswer(Step.CHILD_EXPERIENCE, childCount == 1 ? "She is calm at bedtime" : "They are calm at bedtime")
                .withAnswer(Step.TIMESCALE, "for the next six months")
                .withAnswer(Step.HOW_KNOWN, "the school will tell me every Friday");
        String goal = composer.goal(answers, CoachFixtures.SAFETY, children);
        String statement = composer.statement(answers);

        assertThat(statement).startsWith(worried + (adultCount == 1 ? " is" : " are") + " worried that if nothing changes");
        assertThat(goal).startsWith(adults + (adultCount == 1 ? " will do these things so that " : " will work together so that ")
                + children + (childCount == 1 ? " is safe." : " are safe."));
        assertThat(goal).as("the children's experience names them, not a pronoun that reads as the adults")
                .contains(". " + children + (childCount == 1 ? " is" : " are") + " calm at bedtime.")
                .doesNotContain("They are calm").doesNotContain("She is calm");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "They are happy at school|Ella|Ella is happy at school",
            "They will feel calm|Ella and Sam|Ella and Sam will feel calm",
            "She is calm at bedtime|Ella|Ella is calm at bedtime",
            "He is calm at bedtime|Ella and Sam|Ella and Sam are calm at bedtime",
            "Ella will sleep in her own bed|Ella and Sam|Ella will sleep in her own bed"})
    void aLeadingPronounBecomesTheChildrensNames(String said, String children, String written) {
        assertThat(StatementComposer.aboutTheChildren(said, children)).isEqualTo(written);
    }
}
