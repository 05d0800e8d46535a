package org.practiceassistant.channel;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.practiceassistant.channel.cards.WelcomeCard;
import org.practiceassistant.channel.turn.PracticeBot;
import org.practiceassistant.draft.DraftScript;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

/**
 * The drafting coach through the whole application: real controller, Bot Framework adapter, router, cards
 * and conversation state, with WireMock as the connector that receives the replies. Plays the scripted
 * mappings marked {@code adapter: true} (one per vocabulary), typing and clicking card buttons.
 */
// A scripted mapping is many quick turns from one user: the per-user rate limit is tested on its own.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "assistant.rate-limit.enabled=false")
@ExtendWith(OutputCaptureExtension.class)
class DraftConversationTest extends ConnectorConversationTest {

    static Stream<DraftScript> adapterScripts() {
        return DraftScript.all().stream().filter(DraftScript::adapter);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adapterScripts")
    void playsTheScriptedMapping(DraftScript script) {
        List<JsonNode> previous = List.of();
        for (int i = 0; i < script.turns().size(); i++) {
            DraftScript.Turn turn = script.turns().get(i);
            TestActivities activity = turn.say() != null
                    ? TestActivities.message(turn.say(), serviceUrl, conversation)
                    : TestActivities.submit(button(previous, turn.click()).orElseThrow(() -> new AssertionError(
                            script.name() + " turn " + turn.describe() + ": no such button")), serviceUrl, conversation);
            assertThat(bot.post(activity.json()).statusCode()).isEqualTo(200);
            previous = repliesTo(activity);
            String seen = previous.stream().map(JsonNode::toString).collect(Collectors.joining("\n"));
            for (String expected : turn.expect()) {
                assertThat(seen).as(script.name() + " turn " + (i + 1) + " (" + turn.describe() + ")").contains(expected);
            }
        }
    }

    @Test
    void everydayWordsStartItAndHelpInsideTheFlowIsAboutTheStep() {
        JsonNode start = onlyReplyTo("help me write a danger statement");
        assertThat(start.toString()).contains("Which service are you in?");
        assertThat(replyTexts("3")).contains("Which child or children");
        String help = replyTexts("help");
        assertThat(help).contains("You can say: example, back").doesNotContain("What I can do");
    }

    @Test
    void theHelpCardsButtonStartsIt() {
        Map<String, Object> click = button(List.of(onlyReplyTo("help")), WelcomeCard.START_DRAFT).orElseThrow();
        TestActivities activity = TestActivities.submit(click, serviceUrl, conversation);
        assertThat(bot.post(activity.json()).statusCode()).isEqualTo(200);
        assertThat(repliesTo(activity).getLast().toString()).contains("Which service are you in?");
    }

    @Test
    void theCancelButtonAndTypedCancelAnswerAlikeAndEndTheMapping() {
        List<JsonNode> asked = List.of(onlyReplyTo("draft"));
        TestActivities click = TestActivities.submit(button(asked, "Cancel").orElseThrow(), serviceUrl, conversation);
        assertThat(bot.post(click.json()).statusCode()).isEqualTo(200);
        assertThat(repliesTo(click)).singleElement().satisfies(reply -> assertThat(reply.path("text").asText())
                .isEqualTo(PracticeBot.CANCELLED));
        assertThat(replyTexts("Child Protection")).as("no longer an answer to the coach").doesNotContain("Which child");

        onlyReplyTo("draft");
        assertThat(onlyReplyTo("cancel").path("text").asText()).isEqualTo(PracticeBot.CANCELLED);
        assertThat(onlyReplyTo("cancel").path("text").asText()).isEqualTo(PracticeBot.NOTHING_TO_CANCEL);

        onlyReplyTo("draft");
        assertThat(onlyReplyTo("Stop").path("text").asText()).as("stop is cancel, in the same words").isEqualTo(PracticeBot.CANCELLED);
        onlyReplyTo("draft");
        assertThat(onlyReplyTo("quit").path("text").asText()).isEqualTo(PracticeBot.CANCELLED);
    }

    @Test
    void forgetErasesTheMappingAtOnce() {
        onlyReplyTo("draft");
        replyTexts("Child Protection");
        onlyReplyTo("forget");
        // The next message is no longer an answer to the coach's question.
        assertThat(replyTexts("Ella 4")).doesNotContain("Ella (4)");
    }

    @Test
    void answersNeverReachTheLog(CapturedOutput output) {
        replyTexts("draft");
        replyTexts("Child Protection");
        replyTexts("Zebediah 7");
        replyTexts("Quillfeather hit Zebediah with a belt on 3 May and the school saw the marks.");
        replyTexts("Quillfeather " + "drinks every night ".repeat(100));
        assertThat(output.getAll()).contains("draft turn").doesNotContain("Zebediah").doesNotContain("Quillfeather");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"cp", "child protecton", "3", "Child Protection", "CP."})
    void theServiceIsAButtonAndTypedFormsAreForgiven(String typed) {
        JsonNode first = onlyReplyTo("draft");
        var buttons = submits(first.path("attachments").path(0).path("content")).stream()
                .map(b -> b.path("title").asText()).toList();
        assertThat(buttons).as("every service is a button").contains("Early Help", "Child in Need", "Child Protection",
                "Children Looked After", "Leaving Care", "14+");
        String reply = replyTexts(typed);
        assertThat(reply).contains("Which child or children").contains("danger statement");
    }

    @Test
    void clickingTheServiceButtonChoosesIt() {
        List<JsonNode> first = List.of(onlyReplyTo("draft"));
        TestActivities click = TestActivities.submit(button(first, "Early Help").orElseThrow(), serviceUrl, conversation);
        assertThat(bot.post(click.json()).statusCode()).isEqualTo(200);
        assertThat(repliesTo(click).toString()).contains("worry statement").contains("Which child or children");
    }

    @Test
    void commandTyposNotSureEmptyMessagesAndVagueTimescalesEachGetTheirOwnAnswer() {
        replyTexts("draft");
        assertThat(replyTexts("I don't know")).contains("the team that holds the case").contains("Early Help");
        replyTexts("cp");
        replyTexts("Ella 4");
        assertThat(replyTexts("hlep")).contains("You can say: example, back");
        assertThat(replyTexts("examle?")).startsWith(replyTexts("example").substring(0, 40));
        assertThat(replyTexts("")).as("an empty message asks the question again, not Ask's nudge")
                .contains("What has happened to Ella?").doesNotContain("didn't catch a question");
        replyTexts("Dad hit Ella on 3 May and she had a bruise on her arm; the school saw it the next day.");
        String notSure = replyTexts("not sure");
        assertThat(notSure).contains("not known yet").contains("What is working well");
        assertThat(replyTexts("bakc")).contains("Complicating factors");
        replyTexts("idk");
        replyTexts("Nan has Ella every Friday and Ella is always fed and on time for school.");
        replyTexts("The school and I are worried that Ella will be hurt again when Dad is angry.");
        replyTexts("Mum and Nan");
        replyTexts("Mum will not let Dad in when he has been drinking and Nan will stay over on Fridays.");
        replyTexts("Ella will feel safe at home and sleep in her own bed.");
        assertThat(replyTexts("ongoing")).contains("an end date or a length of time");
        replyTexts("for the next 6 months");
        String statement = replyTexts("Nan will write in the safety journal each week and I will read it at visits.");
        assertThat(statement).contains("danger statement").doesNotContain("not sure").doesNotContain("idk");
        assertThat(replyTexts("acept")).contains("safety goal");
        replyTexts("accept");
        assertThat(replyTexts("nope")).contains("Bottom lines");
        assertThat(replyTexts("skp")).contains("what 0 and 10 mean");
        replyTexts("ok");
        replyTexts("Mum 6, Nan 7, social worker 3");
        assertThat(replyTexts("I will visit Mum on Tuesday and Nan will ring the school by Friday."))
                .contains("If the plan is not kept").contains("who will step in");
        assertThat(replyTexts("If Dad comes round drunk, Mum will not let him in and will ring Nan and the police."))
                .contains("The child's views");
        assertThat(replyTexts("havent asked yet")).contains("not known yet").contains("Identity and culture");
        assertThat(replyTexts("skp")).contains("Who the plan is shared with");
        String summary = replyTexts("I will go through it with Mum and Nan on Friday and give them a copy.");
        assertThat(summary).contains("The child's views: not known yet (to find out)")
                .contains("Contingency plan: If Dad comes round drunk, Mum will not let him in and will ring Nan")
                .contains("Plan shared with: I will go through it with Mum and Nan on Friday");
        assertThat(summary).contains("Complicating factors: not known yet (to find out)")
                .doesNotContain("Complicating factors: not sure").doesNotContain(": idk");
    }

    /**
     * tune3's dead ends and slips, through the adapter: a service named among other words, a pre-birth mapping,
     * "me" listed before "We are worried", a network member not known yet, a timescale still to be agreed (said
     * twice), "no ta" at another worry.
     */
    @Test
    void aPreBirthMappingInAServiceNamedAmongOtherWordsIsFinished() {
        replyTexts("draft");
        assertThat(replyTexts("fostring/adoption (sgo support)")).contains("Fostering");
        assertThat(replyTexts("none yet")).contains("unborn baby");
        assertThat(replyTexts("unborn baby, due 3 march")).contains("This mapping is about Baby (unborn)");
        replyTexts("Kirsty is 28 weeks pregnant; in October the police were called twice when her ex Shane came round.");
        replyTexts("Shane has hurt Kirsty before.");
        replyTexts("Kirsty has moved flat and her friend Laura stays over at weekends.");
        replyTexts("The midwife Anna and me. We are worried that the baby could be hurt by Shane before or after birth.");
        replyTexts("Kirsty, her friend Laura, baby's dad not known yet");
        replyTexts("Kirsty will not let Shane in and will ring the police if he comes round; Laura will stay over at weekends.");
        replyTexts("The baby will be born safely and come home to a calm flat.");
        assertThat(replyTexts("tbc")).contains("again and the goal will say it is still to be agreed");
        assertThat(replyTexts("tbc")).contains("the timescale is still to be agreed");
        String statement = replyTexts("Laura will text me every Monday and the midwife will see Kirsty every week.");
        assertThat(statement).contains("The midwife Anna and I are worried that if nothing changes, the baby could be hurt");
        String goal = replyTexts("accept");
        assertThat(goal).contains("Kirsty and her friend Laura will work together so that Baby is")
                .doesNotContain("not known").contains("The timescale is still to be agreed with the family.");
        replyTexts("accept");
        assertThat(replyTexts("no ta")).contains("Bottom lines");
    }

    /**
     * Issue 12's answers as newly qualified workers type them, through the adapter: a baby typed "baby ruby 3 months",
     * "?", "what do you mean", "wait" and "bakc" mid-flow, one-word first answers, who is worried as a list then the
     * fear, "yes there is another one", "too young" at the child's views, "tbc" and "not sure yet, need to ask their
     * mum" at identity and sharing: none is kept as an answer and the mapping finishes.
     */
    @Test
    void aBabysMappingTypedAsNewlyQualifiedWorkersTypeItIsFinished() {
        replyTexts("draft");
        replyTexts("child in need");
        assertThat(replyTexts("baby ruby 3 months")).contains("This mapping is about Ruby (3 months)");
        assertThat(replyTexts("?")).contains("You can say: example, back").contains("What has happened to Ruby?");
        assertThat(replyTexts("neglect")).contains("Could you say what actually happened to Ruby?");
        replyTexts("The health visitor found Ruby's bottles unwashed with old milk in them on 2 and 16 October.");
        assertThat(replyTexts("what do you mean")).contains("harder").doesNotContain("didn't catch");
        replyTexts("Mum is on her own with Ruby most of the day since Dad started nights.");
        assertThat(replyTexts("wait")).contains("No rush").contains("What is working well?");
        replyTexts("Nan comes round on Saturdays and has shown Mum how to sterilise the bottles.");
        assertThat(replyTexts("The health visitor, Nan and me. If nothing changes Ruby could get poorly from dirty bottles."))
                .contains("Which family and network members");
        assertThat(replyTexts("neglect")).contains("Please name them");
        replyTexts("Mum and Nan");
        assertThat(replyTexts("bakc")).contains("Which family and network members").contains("Your answer was").contains("Mum and Nan");
        replyTexts("Mum and Nan");
        replyTexts("Mum will wash and sterilise the bottles every morning and Nan will check them on Saturdays.");
        replyTexts("Ruby will have clean bottles, put on weight and be cuddled every day.");
        assertThat(replyTexts("ongoing")).contains("an end date or a length of time");
        replyTexts("for the next 3 months");
        String statement = replyTexts("The health visitor will weigh Ruby every week and tell me.");
        assertThat(statement).contains("The health visitor, Nan and I are worried that if nothing changes, Ruby could get poorly");
        replyTexts("accept");
        replyTexts("accept");
        assertThat(replyTexts("yes there is another one")).contains("What has happened to Ruby?");
        replyTexts("On 20 October Ruby was found still in her cot at 2pm, hungry and crying.");
        replyTexts("none");
        replyTexts("Mum told the health visitor how low she feels.");
        replyTexts("The health visitor and I are worried that Ruby will be left hungry in her cot for hours.");
        replyTexts("Mum, Nan and Dad");
        replyTexts("Dad will ring Mum at 9am every day and Nan will visit on weekdays.");
        replyTexts("Ruby will be got up and fed every morning.");
        replyTexts("by the 6 month check in February");
        replyTexts("by the 6 month check in February");
        replyTexts("The health visitor will ask Mum each week how she is and tell me.");
        replyTexts("accept");
        replyTexts("accept");
        assertThat(replyTexts("no thats everything for now")).contains("Bottom lines");
        replyTexts("skip for now");
        replyTexts("ok");
        replyTexts("Mum 7, Nan 5, health visitor 3, me 3");
        replyTexts("ok");
        replyTexts("Mum 6, Nan 5, me 3");
        replyTexts("Me - network meeting by 28 October.");
        replyTexts("skip");
        assertThat(replyTexts("too young")).contains("Identity and culture");
        assertThat(replyTexts("tbc")).contains("not known yet").contains("Who the plan is shared with");
        String summary = replyTexts("not sure yet, need to ask their mum");
        assertThat(summary).contains("The child's views: Ruby is too young to say in words.")
                .contains("Identity and culture: not known yet (to find out)")
                .contains("Plan shared with: not known yet (to find out)")
                .contains("Complicating factors: None known at the moment.")
                .doesNotContain(": tbc").doesNotContain("need to ask their mum").doesNotContain("neglect");
    }

    /**
     * The ninth round's patterns through the adapter, in answers of our own: an acronym kept after the nudge ("CP",
     * "CAMHS") written in words the list gives, a sentence opening with a date said "On ...", one more person and a
     * sentence about the child between who is worried and the fear, a network member's note after a verb, a short
     * question at a step answered as help, and a timescale said as a sentence.
     */
    @Test
    void shorthandAnswersAreComposedAsWrittenText() {
        replyTexts("draft");
        replyTexts("child protection");
        replyTexts("Kai 6 and Mo 3");
        String harm = "Kai had a burn on his hand on 2/3 and said Dad did it with a lighter. 5/3 nursery saw a bruise on"
                + " Mo's ear. No CP plan before.";
        assertThat(replyTexts(harm)).contains("You used").contains("CP").contains("families may not understand");
        replyTexts(harm);
        replyTexts("Dad works away and Mum is on her own with the boys.");
        replyTexts("Grandad collects the boys from school every Tuesday and Thursday.");
        assertThat(replyTexts("The school, the nursery and me. Grandad too. Kai told his teacher he hides when Dad shouts."
                + " If nothing changes we are worried Kai and Mo will be burnt or badly hurt.")).contains("Which family and network members");
        String network = "Grandad Joe lives round the corner, Aunt Pam, the CAMHS worker";
        assertThat(replyTexts(network)).contains("You used").contains("CAMHS");
        replyTexts(network);
        replyTexts("Grandad Joe will stay over when Dad is home and Aunt Pam will ring Mum every evening.");
        String asked = replyTexts("how would that work for a three year old?");
        assertThat(asked).contains("When this is happening, what will Kai and Mo experience?");
        replyTexts("Kai and Mo will feel safe and play happily at home.");
        replyTexts("first 6 weeks are the key bit, then 6 months");
        String statement = replyTexts("Grandad will write in the safety journal and I will read it at visits.");
        assertThat(statement).contains("The school, the nursery, Grandad and I are worried that if nothing changes, Kai and Mo"
                        + " will be burnt or badly hurt. Kai told his teacher he hides when Dad shouts. This is because")
                .contains(". On 5/3 nursery saw a bruise on Mo's ear. No child protection plan before.");
        String goal = replyTexts("accept");
        assertThat(goal).contains("Grandad Joe and Aunt Pam will work together so that Kai and Mo are safe, with support from"
                        + " the children's mental health service worker.")
                .contains("This will happen to this timescale: first 6 weeks are the key bit, then 6 months.")
                .doesNotContain("lives round the corner").doesNotContain("three year old");
    }

    /**
     * Who is worried said alone is kept and the fear asked for on its own; people named again are told what is still
     * missing; after "back" and forward again the kept part is still there; the statement reads as one sentence.
     */
    @Test
    void whoIsWorriedAloneIsKeptAndTheFearIsAskedForNext() {
        replyTexts("draft");
        replyTexts("child in need");
        replyTexts("Ruby 5");
        replyTexts("Ruby has missed 20 days of school since September and was late on 12 more.");
        replyTexts("Mum works nights and sleeps through the morning.");
        replyTexts("Ruby's aunt Carol takes her in when she can.");
        String fearAsked = replyTexts("nursery, me and the health visitor");
        assertThat(fearAsked).contains("What do they fear will happen to Ruby if nothing changes?")
                .doesNotContain("Please start with who is worried");
        String stillMissing = replyTexts("nursery, me and the health visitor");
        assertThat(stillMissing).contains("What I still need is what they fear will happen to Ruby");
        String asked = replyTexts("Ruby will fall behind with her reading and lose her friends.");
        assertThat(asked).contains("Which family and network members");
        replyTexts("Aunt Carol");
        replyTexts("Aunt Carol will take Ruby to school every morning Mum has worked a night.");
        replyTexts("Ruby will be in class on time and enjoy reading with her friends.");
        replyTexts("by the end of the summer term");
        String statement = replyTexts("The school will send me Ruby's attendance every Friday.");
        assertThat(statement).contains("Nursery, the health visitor and I are worried that if nothing changes, Ruby will"
                + " fall behind with her reading and lose her friends.").doesNotContain("null");
    }

    /** The fear said before who fears it: kept, and who is asked for next. */
    @Test
    void aFearWithoutWhoIsAskedWhoNext() {
        replyTexts("draft");
        replyTexts("child in need");
        replyTexts("Ruby 5");
        replyTexts("Ruby has missed 20 days of school since September.");
        replyTexts("Mum works nights.");
        replyTexts("Aunt Carol takes her in when she can.");
        assertThat(replyTexts("Ruby will fall behind with her reading")).contains("Now say who is worried about it");
        String statement = replyTexts("I and the school");
        assertThat(statement).contains("Which family and network members");
    }

    @Test
    void statementsAndGoalsAgreeWithSeveralChildrenAndAdults() {
        replyTexts("draft");
        replyTexts("cp");
        replyTexts("Ella 4 and Sam 7");
        replyTexts("Dad hit Mum on 2 May while Ella and Sam watched, and Sam had a cut lip.");
        replyTexts("Dad drinks most weekends.");
        replyTexts("Nan has the children every Friday.");
        replyTexts("The school and I are worried that Ella and Sam will be hurt when Dad is angry.");
        assertThat(replyTexts("Mum and Nan")).contains("that shows Ella and Sam are safe");
        replyTexts("Mum will not let Dad in when he has been drinking and Nan will stay over on Fridays.");
        replyTexts("They will feel calm at bedtime.");
        replyTexts("for the next 6 months");
        replyTexts("Nan will write in the safety journal each week and I will read it at visits.");
        String goal = replyTexts("accept");
        assertThat(goal).contains("Mum and Nan will work together so that Ella and Sam are safe.")
                .contains("Ella and Sam will feel calm at bedtime.").doesNotContain("They will feel calm");
    }

    @Test
    void theMappingEndsWithTheChildAndFamilyPlanAsAWordDocumentAndEachWorryHasItsScale() throws Exception {
        replyTexts("draft");
        List<String> answers = org.practiceassistant.draft.TwoWorryMapping.ANSWERS;
        String early = "";
        String scales = "";
        for (int i = 0; i < answers.size() - 1; i++) {
            String reply = replyTexts(answers.get(i));
            if (i == 12) {
                early = replyTexts("plan"); // after the first pair is agreed, on request
            }
            if (reply.contains("The scale: what 0 and 10 mean (worry")) {
                scales += reply;
            }
        }
        assertThat(scales).contains("(worry 1)").contains("(worry 2)");
        assertThat(early).contains("Child and Family Plan so far").contains("child-and-family-plan.docx");

        TestActivities last = TestActivities.message(answers.getLast(), serviceUrl, conversation);
        assertThat(bot.post(last.json()).statusCode()).isEqualTo(200);
        JsonNode file = planFileIn(last);
        assertThat(file.path("contentType").asText())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(file.path("contentUrl").asText())
                .startsWith("data:application/vnd.openxmlformats-officedocument.wordprocessingml.document;base64,");
        assertThat(planTextIn(last)).contains("Case details").contains("Safety planning")
                .contains("1. The social worker and the nursery are worried that if nothing changes, Ella will be hurt")
                .contains("2. Mum and Grandma Jean will work together so that Sam is safe.")
                .contains("Mum: 7\nSchool: 4\nSocial worker: 5")
                .contains("Voice of the child\n" + org.practiceassistant.draft.TwoWorryMapping.CHILD_VOICE)
                .contains("Contingency plan\n" + org.practiceassistant.draft.TwoWorryMapping.CONTINGENCY)
                .contains("hold a family network meeting\tThe social worker\tby 20 May");
    }

    @Test
    void guidanceIsAQuotationInTheCardWithItsCitationNeverMarkdownQuoteMarks() {
        replyTexts("draft");
        replyTexts("cp");
        JsonNode harm = onlyReplyTo("Ella 4");
        JsonNode body = harm.path("attachments").path(0).path("content").path("body");
        var containers = new ArrayList<JsonNode>();
        body.forEach(e -> {
            if (e.path("type").asText().equals("Container")) {
                containers.add(e);
            }
        });
        assertThat(containers).as("each quote is a container: the words, then the citation").isNotEmpty();
        for (JsonNode quote : containers) {
            assertThat(quote.path("items")).hasSize(2);
            assertThat(quote.path("items").path(1).path("text").asText()).startsWith("— ").contains(" › ");
        }
        assertThat(harm.toString()).doesNotContain("\"> ").doesNotContain("\\n> ");
        JsonNode children = onlyReplyTo("back");
        assertThat(children.toString()).as("naming the children quotes nothing").doesNotContain("Container");
    }

    private JsonNode onlyReplyTo(String text) {
        TestActivities activity = TestActivities.message(text, serviceUrl, conversation);
        assertThat(bot.post(activity.json()).statusCode()).isEqualTo(200);
        List<JsonNode> replies = repliesTo(activity);
        assertThat(replies).isNotEmpty();
        return replies.getLast();
    }

    /**
     * The Submit data of the card button captioned {@code label} among the replies: the card's own actions
     * or an ActionSet in its body (where a step's answers sit).
     */
    static Optional<Map<String, Object>> button(List<JsonNode> replies, String label) {
        for (JsonNode reply : replies) {
            for (JsonNode action : submits(reply.path("attachments").path(0).path("content"))) {
                if (action.path("title").asText().equals(label)) {
                    return Optional.of(action.path("data").propertyStream().collect(Collectors.toMap(Map.Entry::getKey,
                            e -> (Object) e.getValue().asString())));
                }
            }
        }
        return Optional.empty();
    }

    /** Every Action.Submit of a card, body first, in order. */
    static List<JsonNode> submits(JsonNode card) {
        var found = new ArrayList<JsonNode>();
        for (JsonNode element : card.path("body")) {
            if (element.path("type").asText().equals("ActionSet")) {
                element.path("actions").forEach(found::add);
            }
        }
        card.path("actions").forEach(found::add);
        return found.stream().filter(a -> a.path("type").asText().equals("Action.Submit")).toList();
    }
}
