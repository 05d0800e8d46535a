package org.practiceassistant.channel.turn;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.practiceassistant.conversation.ConversationFeature;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * First messages as people send them in Teams with no flow running, each labelled with where its sender
 * wanted it to go by readers who never saw the router (tests-data/routing/README.md), routed by the real
 * router over the application's real features. Prints agreement per label and which labels went where, and the
 * misses of every split (all have been read since their one blind run). Asserts floors under the figures.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RoutingQualityTest {

    /**
     * The routing split nobody has read: its file is added by the lead (written outside the repository), measured once,
     * counts only, its misses never printed. Until the file is here the test measures the tuning splits alone.
     */
    private static final String NEXT_BLIND_SPLIT = "blind16";
    /**
     * A placeholder until blind16's one run sets it: a little under blind15's one run (135 of 150), the last fresh reader's
     * figure. Earlier one runs: blind15's was 135 of 150 (90.0%; twins 133), blind14's 135 of 150 (90.0%; twins 130),
     * blind13's 126 of 150 (84.0%), blind12's 139 of 150 (92.7%), blind11's 132 of 150 (88.0%), blind10's 127 of 150
     * (84.7%), blind9's 129 of 150 (86.0%), blind8's 141 of 150 (94.0%), blind7's 130 of 150 (86.7%).
     */
    private static final double NEXT_BLIND_FLOOR = 0.89;

    @Autowired
    ObjectProvider<ConversationFeature<?>> features;

    @Test
    void firstMessagesGoWhereTheirSendersWanted() {
        Router router = new Router(features.orderedStream().toList(), 2_000);
        if (Files.exists(RoutingTuningReport.ROUTING.resolve(NEXT_BLIND_SPLIT + ".yaml"))) {
            RoutingTuningReport.Figures blind = RoutingTuningReport.measure(router, NEXT_BLIND_SPLIT, false);
            assertThat(blind.total()).isGreaterThanOrEqualTo(150);
            assertThat(blind.share()).as(NEXT_BLIND_SPLIT + " routed as wanted").isGreaterThanOrEqualTo(NEXT_BLIND_FLOOR);
            // One at most until its one run sets it (blind10's one run took 1 of its 70, blind9's 2, blind8's 1).
            assertThat(blind.questionsTakenAway()).as(NEXT_BLIND_SPLIT + " questions taken from Ask").isLessThanOrEqualTo(1);
        }
        RoutingTuningReport.Figures fifteenthTuning = RoutingTuningReport.measure(router, "blind15", true);
        RoutingTuningReport.Figures fourteenthTuning = RoutingTuningReport.measure(router, "blind14", true);
        RoutingTuningReport.Figures thirteenthTuning = RoutingTuningReport.measure(router, "blind13", true);
        RoutingTuningReport.Figures twelfthTuning = RoutingTuningReport.measure(router, "blind12", true);
        RoutingTuningReport.Figures eleventhTuning = RoutingTuningReport.measure(router, "blind11", true);
        RoutingTuningReport.Figures tenthTuning = RoutingTuningReport.measure(router, "blind10", true);
        RoutingTuningReport.Figures ninthTuning = RoutingTuningReport.measure(router, "blind9", true);
        RoutingTuningReport.Figures eighthTuning = RoutingTuningReport.measure(router, "blind8", true);
        RoutingTuningReport.Figures seventhTuning = RoutingTuningReport.measure(router, "blind7", true);
        RoutingTuningReport.Figures sixthTuning = RoutingTuningReport.measure(router, "blind6", true);
        RoutingTuningReport.Figures fifthTuning = RoutingTuningReport.measure(router, "blind5", true);
        RoutingTuningReport.Figures fourthTuning = RoutingTuningReport.measure(router, "blind4", true);
        RoutingTuningReport.Figures thirdTuning = RoutingTuningReport.measure(router, "blind3", true);
        RoutingTuningReport.Figures secondTuning = RoutingTuningReport.measure(router, "blind2", true);
        RoutingTuningReport.Figures tuning = RoutingTuningReport.measure(router, "tune1", true);

        // blind15's one run (2026-12-08 01:07, lead after the thirtieth round's first-half merge, counts only) was 135 of 150
        // (90.0%; its typo twins 133 of 150), the same on main before the round; read and tuned on since (thirtieth round's
        // second half, ask-routing-read): 135 of 150 (tuning figure).
        assertThat(fifteenthTuning.total()).isGreaterThanOrEqualTo(150);
        assertThat(fifteenthTuning.share()).as("blind15 (read since its one blind run) routed as wanted").isGreaterThanOrEqualTo(0.89);
        assertThat(fifteenthTuning.questionsTakenAway()).as("blind15 questions taken from Ask").isLessThanOrEqualTo(1);

        // blind14's one run (2026-12-07 22:05, after the twenty-ninth round's first half) was 135 of 150 (90.0%; ask 70/70, check
        // 31/40, draft 26/30, help 3/4, thanks 2/3, greeting 3/3; its typo twins 130 of 150), none of its 70 questions taken
        // from Ask; read and tuned on since (twenty-ninth round's second half, routing2): 143 of 150 (95.3%, tuning figure;
        // check 39/40); thirtieth round (draft-routing): 146 of 150 (97.3%, a quoted mapping heading read as its words).
        assertThat(fourteenthTuning.total()).isGreaterThanOrEqualTo(150);
        assertThat(fourteenthTuning.share()).as("blind14 (read since its one blind run) routed as wanted").isGreaterThanOrEqualTo(0.96);
        assertThat(fourteenthTuning.questionsTakenAway()).as("blind14 questions taken from Ask").isLessThanOrEqualTo(1);

        // blind13's one run (2026-12-07 18:55, after the twenty-sixth round's first-half merge) was 126 of 150 (84.0%; ask 69/70,
        // check 30/40, draft 19/30, help 2/4, thanks 3/3, greeting 3/3; its typo twins 121 of 150), none of its 70 questions
        // taken from Ask; read and tuned on since (twenty-seventh round, route27): 138 of 150 (92.0%, tuning figure; check
        // 33/40, draft 26/30, help 4/4); twenty-eighth round (routing): 144 of 150 (96.0%, tuning figure; check 34/40, draft
        // 30/30, ask 70/70).
        assertThat(thirteenthTuning.total()).isGreaterThanOrEqualTo(150);
        assertThat(thirteenthTuning.share()).as("blind13 (read since its one blind run) routed as wanted").isGreaterThanOrEqualTo(0.95);
        assertThat(thirteenthTuning.questionsTakenAway()).as("blind13 questions taken from Ask").isLessThanOrEqualTo(1);

        // blind12's one run, after blind11 was tuned on, was 139 of 150 (92.7%; ask 70/70, check 37/40, draft 24/30, help 2/4,
        // thanks 3/3, greeting 3/3), none of its 70 questions taken from Ask; read and tuned on since (twenty-first round, edge17):
        // 149 of 150 (99.3%, tuning figure; check 40/40, draft 29/30, help 4/4); twenty-second round (route26, a how-to about
        // making given words into a goal): 150 of 150.
        assertThat(twelfthTuning.total()).isGreaterThanOrEqualTo(150);
        assertThat(twelfthTuning.share()).as("blind12 (read since its one blind run) routed as wanted").isGreaterThanOrEqualTo(0.98);
        assertThat(twelfthTuning.questionsTakenAway()).as("blind12 questions taken from Ask").isLessThanOrEqualTo(1);

        // blind11's one run, after blind10 was tuned on, was 132 of 150 (88.0%; ask 70/70, check 36/40, draft 18/30, help 3/4,
        // thanks 3/3, greeting 2/3), none of its 70 questions taken from Ask; read and tuned on since (nineteenth round, edge15):
        // 143 of 150 (95.3%, tuning figure; check 38/40, draft 26/30, greeting 3/3); twentieth round (edge16, structural rules
        // from the misses of every split pooled): 148 of 150 (98.7%, tuning figure; check 40/40, draft 29/30); twenty-first round
        // (edge17, the help card for weighing help with the work against looking things up): 149 of 150 (help 4/4).
        assertThat(eleventhTuning.total()).isGreaterThanOrEqualTo(150);
        assertThat(eleventhTuning.share()).as("blind11 (read since its one blind run) routed as wanted").isGreaterThanOrEqualTo(0.97);
        assertThat(eleventhTuning.questionsTakenAway()).as("blind11 questions taken from Ask").isLessThanOrEqualTo(1);

        // blind10's one run, after blind9 was tuned on, was 127 of 150 (84.7%; ask 69/70, check 34/40, draft 17/30, help 2/4,
        // thanks 2/3, greeting 3/3), one of 70 questions taken from Ask; read and tuned on since (seventeenth round, edge13):
        // 140 of 150 (93.3%, tuning figure; check 39/40, draft 23/30, help 3/4, thanks 3/3, ask 69/70); eighteenth round (edge14):
        // 146 of 150 (97.3%, tuning figure; draft 28/30, help 4/4); nineteenth round 147; twentieth round (edge16): 149 of 150
        // (99.3%, tuning figure; check 40/40, draft 30/30).
        assertThat(tenthTuning.total()).isGreaterThanOrEqualTo(150);
        assertThat(tenthTuning.share()).as("blind10 (read since its one blind run) routed as wanted").isGreaterThanOrEqualTo(0.98);
        assertThat(tenthTuning.questionsTakenAway()).as("blind10 questions taken from Ask").isLessThanOrEqualTo(1);
        // blind9's one run, after blind8 was tuned on, was 129 of 150 (86.0%; ask 68/70, check 35/40, draft 19/30, help 3/4,
        // thanks 1/3), two of 70 questions taken from Ask; read and tuned on since (fifteenth round, edge11): 139 of 150 (92.7%, tuning
        // figure; ask 70/70, check 38/40, draft 21/30, help 4/4, thanks 3/3); sixteenth round (edge12): 145 of 150 (96.7%, tuning
        // figure; check 40/40, draft 25/30); eighteenth round 146; twentieth round (edge16): 148 of 150 (98.7%, tuning figure;
        // draft 28/30); twenty-eighth round (routing): 150 of 150 (its two rewrites behind a quotation).
        assertThat(ninthTuning.total()).isGreaterThanOrEqualTo(150);
        assertThat(ninthTuning.share()).as("blind9 (read since its one blind run) routed as wanted").isGreaterThanOrEqualTo(0.98);
        assertThat(ninthTuning.questionsTakenAway()).as("blind9 questions taken from Ask").isLessThanOrEqualTo(1);
        // blind8's one run, after blind7 was tuned on, was 141 of 150 (94.0%; ask 69/70, check 37/40, draft 26/30, help 2/3),
        // one of 70 questions taken from Ask; read and tuned on since (fourteenth round, edge10): 149 of 150 (99.3%, tuning figure;
        // check 40/40, draft 29/30, help 3/3, ask 70/70).
        assertThat(eighthTuning.total()).isGreaterThanOrEqualTo(150);
        assertThat(eighthTuning.share()).as("blind8 (read since its one blind run) routed as wanted").isGreaterThanOrEqualTo(0.98);
        assertThat(eighthTuning.questionsTakenAway()).as("blind8 questions taken from Ask").isLessThanOrEqualTo(1);
        // blind7's one run, after blind6 was tuned on, was 130 of 150 (86.7%; check 31/40, draft 21/30, help 2/3, thanks 2/3),
        // none of 70 questions taken from Ask; read and tuned on since (thirteenth round): 150 of 150 (tuning figure).
        assertThat(seventhTuning.total()).isGreaterThanOrEqualTo(150);
        assertThat(seventhTuning.share()).as("blind7 (read since its one blind run) routed as wanted").isGreaterThanOrEqualTo(0.98);
        assertThat(seventhTuning.questionsTakenAway()).as("blind7 questions taken from Ask").isLessThanOrEqualTo(1);
        // blind6's one run, after blind5 was tuned on, was 157 of 170 (92.4%; check 32/40, draft 27/30, help 8/10), none of
        // 70 questions taken from Ask; read and tuned on since (twelfth round): 170 of 170 (tuning figure).
        assertThat(sixthTuning.total()).isGreaterThanOrEqualTo(150);
        assertThat(sixthTuning.share()).as("blind6 (read since its one blind run) routed as wanted").isGreaterThanOrEqualTo(0.98);
        assertThat(sixthTuning.questionsTakenAway()).as("blind6 questions taken from Ask").isLessThanOrEqualTo(1);
        // blind5's one run, after blind4 was tuned on, was 146 of 170 (85.9%; check 29/40, draft 23/30, help 6/10), none of
        // 70 questions taken from Ask; read and tuned on since (eleventh round): 170 of 170 (tuning figure).
        assertThat(fifthTuning.total()).isGreaterThanOrEqualTo(150);
        assertThat(fifthTuning.share()).as("blind5 (read since its one blind run) routed as wanted").isGreaterThanOrEqualTo(0.98);
        assertThat(fifthTuning.questionsTakenAway()).as("blind5 questions taken from Ask").isLessThanOrEqualTo(1);
        assertThat(fourthTuning.total()).isGreaterThanOrEqualTo(150);
        // blind4's one run, after blind3 was tuned on, was 160 of 170 (94.1%); read and tuned on since: 169 of 170 (tuning figure).
        assertThat(fourthTuning.share()).as("blind4 (read since its one blind run) routed as wanted").isGreaterThanOrEqualTo(0.98);
        assertThat(fourthTuning.questionsTakenAway()).as("blind4 questions taken from Ask").isLessThanOrEqualTo(1);
        // blind3's one run was 141 of 170 (82.9%); read and tuned on since: 170 of 170 (tuning figure).
        assertThat(thirdTuning.share()).as("blind3 (read since its one blind run) routed as wanted").isGreaterThanOrEqualTo(0.97);
        assertThat(secondTuning.total()).isGreaterThanOrEqualTo(150);
        assertThat(secondTuning.share()).as("blind2 (read since its one blind run) routed as wanted").isGreaterThanOrEqualTo(0.97);
        assertThat(secondTuning.questionsTakenAway()).as("blind2 questions taken from Ask").isLessThanOrEqualTo(1);
        assertThat(tuning.share()).as("tune1 routed as wanted").isGreaterThanOrEqualTo(0.97);
        assertThat(tuning.questionsTakenAway()).as("tune1 questions taken from Ask").isLessThanOrEqualTo(1);
    }

    /**
     * The typo twin of every message of every read split (two words misspelt by Ask's own generator, {@code TypoTwins} with
     * its seed, no capitals, no closing question mark), labelled as its original: a sender who types in a hurry still wants
     * what they wanted. First measured in the twenty-second round (route26): 1,603 of 1,911 (83.9%) before its slip reading
     * (SmallTalk's lists and the coach's request words read through one slip, every request word through a swap), 1,751 of
     * 1,911 (91.6%) after; per split blind12 144/150, blind11 136, blind10 135, blind9 136, blind8 142, blind7 138, blind6
     * 159/170, blind5 156, blind4 159, blind3 155, blind2 151, tune1 140/161. Twenty-seventh round (route27): blind13's twins, a
     * tuning split now, 121 -> 131 of 150; the others 1,753 of 1,911 (blind10 136, blind4 160). The next blind split's twins
     * are counted only, with no floor until it is read. Twenty-eighth round (routing: request, sign and explaining words read
     * through any one slip): 1,884 -> 1,948 of 2,061 (94.5%), every split up, the lowest blind13 and blind11 138/150 (92.0%); floors 0.90
     * a split, 0.93 all together. Twenty-ninth round's second half (routing2): blind14's twins, a tuning split now, 130 -> 139
     * of 150 (92.7%), the other splits unchanged.
     */
    @Test
    void typoTwinsOfFirstMessagesGoWhereTheirOriginalsWanted() {
        Router router = new Router(features.orderedStream().toList(), 2_000);
        if (Files.exists(RoutingTuningReport.ROUTING.resolve(NEXT_BLIND_SPLIT + ".yaml"))) {
            RoutingTuningReport.measureTwins(router, NEXT_BLIND_SPLIT, false);
        }
        int agreed = 0;
        int total = 0;
        for (String split : RoutingTuningReport.TUNING_SPLITS) {
            RoutingTuningReport.Figures twins = RoutingTuningReport.measureTwins(router, split, true);
            assertThat(twins.share()).as(split + " twins routed as their originals wanted").isGreaterThanOrEqualTo(twinsFloor(split));
            agreed += twins.agreed();
            total += twins.total();
        }
        assertThat(total).isGreaterThan(1_900);
        assertThat((double) agreed / total).as("every read split's twins routed as their originals wanted").isGreaterThanOrEqualTo(0.93);
    }

    /**
     * 0.90 a split, but blind15's twins, read only since the thirtieth round: its one run routed 133 of 150 (88.7%) and no
     * change has been made with it yet, so its floor sits a little under that until one is.
     */
    private static double twinsFloor(String split) {
        return split.equals("blind15") ? 0.88 : 0.90;
    }

    /**
     * Every question the Ask sets hold (answerable and near-domain, written by readers who never saw the router) is a
     * question: the router must leave it with Ask. Prints how many each split loses; the misses only of read splits.
     */
    @Test
    void questionsFromEveryAskSetStayWithAsk() {
        Router router = new Router(features.orderedStream().toList(), 2_000);
        int[] takenOfTotal = RoutingTuningReport.questionsTakenFromAsk(router);
        int taken = takenOfTotal[0];
        int total = takenOfTotal[1];
        assertThat(total).isGreaterThan(2_000);
        assertThat((double) taken / total).as("share of Ask's questions routed elsewhere").isLessThanOrEqualTo(0.005);
    }
}
