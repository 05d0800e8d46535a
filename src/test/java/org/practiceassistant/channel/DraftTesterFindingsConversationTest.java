package org.practiceassistant.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.practiceassistant.draft.TwoWorryMapping;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * What an exploratory tester found in the packaged coach, replayed through the real controller, adapter, cards and
 * state with answers of our own: next steps said "sw to ..., mum to ..., nan to ..." are one plan row each; "nan" is
 * never read as "none"; a late answer typed at a review changes nothing; a question at a step gets the step's help;
 * the step card has no Markdown in its rich text; review evidence has one pair of quotes; ages in months are shown in
 * months; the family network plan follows a goal in the worker's own words.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "assistant.rate-limit.enabled=false")
class DraftTesterFindingsConversationTest extends ConnectorConversationTest {

    private static final String NEXT_STEPS = "sw to do home visit every 2 wks, mum to ring the doctor about ella's cough"
            + " by weds, grandma jean to take sam to school tues";
    private static final String OWN_GOAL = "Mum and Grandma Jean will make sure Ella is safe at home and sleeps in her own"
            + " bed every night until the end of August.";

    @Test
    void aWholeMappingWithTheTestersSlipsKeepsTheWorkersAnswersAndLaysThePlanOutRightly() throws Exception {
        List<String> answers = TwoWorryMapping.ANSWERS;
        replyTexts("draft");
        for (int i = 0; i < 4; i++) {
            replyTexts(answers.get(i));
        }
        // "nan" at what is working well is a person, never "none".
        String nan = replyTexts("nan");
        assertThat(nan).doesNotContain("None known").contains("what is going well");
        replyTexts(answers.get(4));
        for (int i = 5; i < 10; i++) {
            replyTexts(answers.get(i));
        }
        // A question at "how everyone will know" is asked about the step, not kept as its answer.
        String question = replyTexts("how will we know?");
        assertThat(question).contains("You can say: example, back").doesNotContain("Your danger statement");
        String statement = replyTexts(answers.get(10));
        assertThat(statement).contains("Your danger statement").doesNotContain("\u201C\\\"");
        // A late answer at the review is no wording of the statement: nothing changes and the buttons come again.
        String late = replyTexts("grandma jean and the nursery will tell us, and dad not seen at the house on visits");
        assertThat(late).contains("I have not changed the danger statement").contains("\"Accept\"");
        String goal = replyTexts("accept");
        assertThat(goal).contains("Your safety goal");
        replyTexts("edit");
        replyTexts(OWN_GOAL);
        replyTexts("accept");
        for (int i = 13; i < answers.size() - 5; i++) {
            replyTexts(answers.get(i));
        }
        replyTexts(NEXT_STEPS);
        for (int i = answers.size() - 4; i < answers.size() - 1; i++) {
            replyTexts(answers.get(i));
        }
        TestActivities last = TestActivities.message(answers.getLast(), serviceUrl, conversation);
        assertThat(bot.post(last.json()).statusCode()).isEqualTo(200);
        String text = planTextIn(last);
        assertThat(text).as("one row per person, each with its own who and when (days in full since the fourteenth round)")
                .contains("do home visit\tSocial worker\tevery 2 weeks")
                .contains("ring the doctor about ella's cough\tMum\tby Wednesday")
                .contains("take sam to school\tGrandma jean\tTuesday");
        assertThat(text).as("the statement is still the one composed")
                .contains("1. The social worker and the nursery are worried that if nothing changes, Ella will be hurt");
        assertThat(text).as("the family plan follows the goal the worker wrote")
                .contains(OWN_GOAL + "\tMum and Grandma Jean\tuntil the end of August")
                .doesNotContain("Mum, Grandma Jean and Aunt Sara\tfor the next six months");
    }

    @Test
    void ownWordingTypedAtAReviewWithoutEditIsKeptOnlyWhenItReadsAsTheStatement() {
        replyTexts("draft");
        for (int i = 0; i < 11; i++) {
            replyTexts(TwoWorryMapping.ANSWERS.get(i));
        }
        String own = replyTexts("Nursery and I are worried that Ella will be hurt when Dad comes home drunk and shouts.");
        assertThat(own).contains("Nursery and I are worried that Ella will be hurt when Dad comes home drunk")
                .doesNotContain("I have not changed");
        assertThat(replyTexts("school register")).contains("I have not changed the danger statement");
    }

    @Test
    void noneAtWorkingWellIsStillNoneKnown() {
        replyTexts("draft");
        for (int i = 0; i < 4; i++) {
            replyTexts(TwoWorryMapping.ANSWERS.get(i));
        }
        replyTexts("none");
        assertThat(replyTexts("back")).contains("None known at the moment.");
    }

    @Test
    void agesInMonthsAreShownInMonths() {
        replyTexts("draft");
        replyTexts("cin");
        assertThat(replyTexts("ruby 14 months and josh 18 months")).contains("Ruby (14 months)").contains("Josh (18 months)")
                .doesNotContain("(0)");
    }

    @Test
    void theStepCardShowsItsPurposeInItalicsNotMarkdown() {
        JsonNode first = onlyReplyTo("draft");
        String card = first.path("attachments").path(0).path("content").toString();
        assertThat(card).contains("The service sets the words").doesNotContain("_The service")
                .doesNotContain("statements and goals._").contains("\"italic\":true");
    }

    private JsonNode onlyReplyTo(String text) {
        TestActivities activity = TestActivities.message(text, serviceUrl, conversation);
        assertThat(bot.post(activity.json()).statusCode()).isEqualTo(200);
        List<JsonNode> replies = repliesTo(activity);
        assertThat(replies).isNotEmpty();
        return replies.getLast();
    }
}
