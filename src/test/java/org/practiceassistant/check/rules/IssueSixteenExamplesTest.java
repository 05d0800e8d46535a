package org.practiceassistant.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceassistant.check.rules.CheckedDrafts.check;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.practiceassistant.check.CheckStatus;
import org.practiceassistant.check.DraftKind;

/** The statements and goals quoted in issue 16 as judged wrongly, each as a test of the criterion it was wrong on. */
class IssueSixteenExamplesTest {

    private CheckStatus goal(String criterion, String text) {
        return check(DraftKind.SAFETY_GOAL, text).get(criterion).status();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Between now and 30 June, Kyle's mum Tina will walk him to school every morning so he is in class on time.",
        "For the rest of this school year, Tina will walk Kyle to school every morning so he is in class on time.",
        "By Kyle's 19th birthday in August, his aunt Rose will have shown him how to pay his rent and cook his meals.",
        "Mum will take Ellie to the dentist until the Easter holidays so that her teeth stop hurting.",
        "Dad will check Amir's homework with him every Sunday until his GCSEs so Amir keeps up at school.",
        "Lisa will buy the week's food each payday for the next six months so the children always have breakfast.",
        "Gran will have Jack to stay every Friday night for the next 3 months so he sees his cousins.",
        "Mark will stay sober whenever he looks after Jack from now until the review on 12 March.",
        "Tina will take Kyle to football before the October half term so he makes friends.",
        "Dad will cook tea for the children until the end of the summer term so they eat well.",
    })
    void timescalesTheIssueQuotesAndEveryForm(String goal) {
        assertThat(goal("timescale", goal)).as(goal).isEqualTo(CheckStatus.PASS);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Mum will keep the house clean on an ongoing basis so the children are healthy.",
        "Gran will help out as needed so Jack is looked after.",
        "Mum will work with us until the case can be stepped down so the children are safe.",
        // The owner's decision (issue 16): how often alone is no goal timescale; an action line may say its when by it.
        "Dad will check Amir's homework with him every Sunday so Amir keeps up at school.",
        "Lisa will buy the week's food each payday so the children always have breakfast.",
    })
    void vagueTimesAreNotTimescales(String goal) {
        assertThat(goal("timescale", goal)).as(goal).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void backUpToAHealthyWeightIsAChildOutcome() {
        assertThat(goal("child-outcome", "Mum and Dad will give Ryan three meals a day and weigh him with the health visitor "
                + "every week until June, so that Ryan will be back up to a healthy weight.")).isEqualTo(CheckStatus.PASS);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "From now until Jack starts school in September, his dad Lee will brush Jack's teeth with him every morning and night.",
        "Sam's foster carers, his uncle Dev and his youth worker will know where Sam is every evening until the end of March.",
    })
    void namedPeopleRelationshipsAndGroupsDoingThingsOthersCanSee(String goal) {
        var results = check(DraftKind.SAFETY_GOAL, goal);
        assertThat(results.get("observable-behaviour").status()).as(goal).isEqualTo(CheckStatus.PASS);
        assertThat(results.get("who-will-act").status()).as(goal).isEqualTo(CheckStatus.PASS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SW", "PA", "physical chastisement", "Triple P"})
    void jargonTheIssueQuotes(String term) {
        var results = check(DraftKind.DANGER_STATEMENT, "The school and the " + term + " are worried that when Mark drinks he "
                + "hits Jack, and if nothing changes Jack could be badly hurt.");
        var sentence = check(DraftKind.DANGER_STATEMENT, "We are worried that Mum uses " + term + " with Jack and he could be hurt.");
        assertThat(results.get("jargon-free").status() == CheckStatus.FAIL || sentence.get("jargon-free").status() == CheckStatus.FAIL)
                .as(term).isTrue();
    }

    /*
     * The issue also quotes "GP"; the documents decide otherwise: the handbook's glossary means professional jargon, the
     * mapping guidance "language that the family understands", and UK families call their doctor the GP (every
     * independent reader of the check sets passes it). knowledge/jargon.yaml keeps it for the coach, marked everyday.
     */
    @Test
    void gpIsAnEverydayWordNotJargon() {
        assertThat(check(DraftKind.DANGER_STATEMENT, "The school and the GP are worried that when Mark drinks he hits Jack, and if "
                + "nothing changes Jack could be badly hurt.").get("jargon-free").status()).isEqualTo(CheckStatus.PASS);
        assertThat(check(DraftKind.PLAN, "Liaise with GP re weight and feed back by 4 October.").get("jargon-free").status())
                .isEqualTo(CheckStatus.PASS);
        // A professional's letters beside it are still flagged.
        assertThat(check(DraftKind.PLAN, "Liaise with GP and HV re weight by 4 October.").get("jargon-free").evidence())
                .contains("HV").doesNotContain("GP");
    }
}
