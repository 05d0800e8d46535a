package org.practiceassistant.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.practiceassistant.draft.TwoWorryMapping;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Through the real controller, adapter, cards and state, in our own words: a worker telling, in one long sentence with no
 * asking phrase, that the case has moved to another team is read as a change of service on whatever step they are on,
 * while a real answer that names a service is kept as the answer; and a double-barrelled child's name, typed in lower case
 * in an answer, is written whole and with its capitals in what the coach composes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "assistant.rate-limit.enabled=false")
class DraftNewsAndNamesConversationTest extends ConnectorConversationTest {

    private static final List<String> ANSWERS = TwoWorryMapping.ANSWERS;
    /* Where the first worry's answers are in TwoWorryMapping. */
    private static final int HARM = 2;
    private static final int WORKING_WELL = 4;
    private static final int HOW_KNOWN = 10;

    private String answer(int from, int to) {
        return answerInTurn(ANSWERS, from, to);
    }

    @Test
    void aLongSentenceSayingTheCaseIsWithAnotherTeamNowChangesTheServiceAndIsNoAnswer() {
        replyTexts("draft");
        replyTexts("cin");
        replyTexts(ANSWERS.get(1));
        answer(HARM, WORKING_WELL - 1);
        String changed = replyTexts("police were called out again last night and after strat this morning the case is with"
                + " the child protection team now");
        assertThat(changed).contains("Changed the service to Child Protection").contains("no need to start again");
        String review = answer(WORKING_WELL, HOW_KNOWN).toLowerCase(Locale.ROOT);
        assertThat(review).contains("your danger statement (worry 1)").doesNotContain("police were called out again");
    }

    @Test
    void anAnswerThatNamesAServiceBesideNowIsKeptAsTheAnswer() {
        replyTexts("draft");
        replyTexts("cp");
        replyTexts(ANSWERS.get(1));
        answer(HARM, WORKING_WELL - 1);
        String kept = replyTexts("Mum now goes to the early help parenting group every Tuesday and Grandma Jean has collected"
                + " Ella from nursery every day since May");
        assertThat(kept).doesNotContain("Changed the service");
    }

    @Test
    void aDoubleBarrelledNameTypedInLowerCaseIsWrittenWholeInTheStatement() {
        replyTexts("draft");
        replyTexts("cp");
        replyTexts("Lily-Mae 3 and Finn 9");
        String review = "";
        for (String said : List.of(
                "Dad left a bag of cocaine on the bathroom floor on 1 November while lily-mae was in the bath next to it.",
                "Dad uses at weekends and says it is only now and then.",
                "Grandma Jean checks the bathroom and bedrooms every Sunday.",
                "The school and I are worried that lily-mae will eat drugs left lying around and be seriously ill.",
                "Grandma Jean and Aunt Sara",
                "Grandma Jean will check the house every Sunday and Aunt Sara will stay over on Saturday nights.",
                "lily-mae will play safely at home and Finn will not have to watch over her.", "for the next six months",
                "Grandma Jean will tell the social worker what she finds each Sunday.")) {
            review = replyTexts(said);
        }
        assertThat(review).contains("worried that if nothing changes, Lily-Mae will").doesNotContain("lily-mae")
                .doesNotContain("Lily-mae").doesNotContain("Lily Mae");
    }
}
