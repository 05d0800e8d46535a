package org.practiceassistant.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.practiceassistant.conversation.FeatureTurn;
import org.practiceassistant.conversation.Reply;
import org.practiceassistant.conversation.UserInput;

class DraftFeatureTest {

    private final MappingCoach coach = CoachFixtures.coach();

    private DraftFeature at(java.time.Instant now) {
        return new DraftFeature(coach, RealChecker.plan(), Clock.fixed(now, ZoneOffset.UTC));
    }

    private final DraftFeature feature = at(CoachFixtures.T0);

    @Test
    void startsWithTheServiceQuestionAndButtons() {
        FeatureTurn<MappingState> turn = feature.start("draft", new UserInput.Text(""));
        assertThat(turn.nextState().step()).isEqualTo(Step.SERVICE_AREA);
        var choices = (Reply.Choices) turn.replies().getLast();
        assertThat(choices.prompt()).contains("**Service area** · Step 1 of 22");
        assertThat(choices.question()).contains("Which service are you in?");
        assertThat(choices.options()).extracting(Reply.Choice::label).hasSize(ServiceArea.values().length)
                .startsWith("Early Help", "Child in Need", "Child Protection");
        assertThat(choices.choices()).extracting(Reply.Choice::value)
                .containsExactly("help", "example", "start over", "cancel", "where am i");
    }

    /** After the end nothing is kept: "plan pls" is told plainly where the plan went, and starts no mapping. */
    @Test
    void thePlanAskedForAfterTheEndSaysWhereItWent() {
        for (String asked : new String[] {"plan", "plan please", "can i get the plan doc please"}) {
            var input = feature.startsFrom(asked);
            assertThat(input).as(asked).isPresent();
            var turn = feature.start("draft", input.get());
            assertThat(turn.flowContinues()).isFalse();
            assertThat(((Reply.Text) turn.replies().getFirst()).markdown()).contains("cannot send").contains("**draft**");
        }
        assertThat(feature.startsFrom("mum will keep the plan on the fridge")).isEmpty();
        assertThat(feature.start("draft", new UserInput.Text("a plan")).nextState().step()).isEqualTo(Step.SERVICE_AREA);
    }

    @Test
    void aServiceAfterTheCommandAnswersTheFirstQuestion() {
        var turn = feature.start("draft", new UserInput.Text("child protection"));
        assertThat(turn.nextState().step()).isEqualTo(Step.CHILDREN);
        assertThat(turn.nextState().vocabulary().statement()).isEqualTo("danger statement");
    }

    @Test
    void buttonsAndWordsDoTheSame() {
        var state = feature.start("draft", new UserInput.Text("3")).nextState();
        var clicked = feature.continueFlow(state, new UserInput.Submission("draft", "example", Map.of()));
        var typed = feature.continueFlow(state, new UserInput.Text("example"));
        assertThat(clicked.replies()).isEqualTo(typed.replies());
        assertThat(((Reply.Text) clicked.replies().getFirst()).markdown()).startsWith("Example");
    }

    @Test
    void promptsQuoteTheGuidanceWithItsCitation() {
        var state = feature.start("draft", new UserInput.Text("3")).nextState();
        var prompt = (Reply.Choices) feature.continueFlow(state, new UserInput.Text("Ella, 4")).replies().getLast();
        assertThat(prompt.quotes()).containsExactly(new Reply.Quote("Guidance for HARM", "Test pack › HARM"));
        assertThat(prompt.prompt() + prompt.question()).as("no Markdown quote marks").doesNotContain(">");
    }

    @Test
    void composedTextComesWithEachCriterion() {
        var state = feature.start("draft", new UserInput.Text("")).nextState();
        FeatureTurn<MappingState> turn = null;
        for (String answer : CoachFixtures.CP_TO_REVIEW) {
            turn = feature.continueFlow(state, new UserInput.Text(answer));
            state = turn.nextState();
        }
        var report = turn.replies().stream().filter(Reply.Report.class::isInstance).map(Reply.Report.class::cast)
                .findFirst().orElseThrow();
        assertThat(report.title()).isEqualTo("Your danger statement (worry 1)");
        assertThat(report.items().getFirst().body()).startsWith("The social worker and the nursery are worried");
        assertThat(report.items().get(1)).isEqualTo(new Reply.Item("Short sentences and everyday words", "Met", ""));
        assertThat(((Reply.Choices) turn.replies().getLast()).options()).extracting(Reply.Choice::label)
                .containsExactly("Accept", "Edit", "Rework a step");
    }

    @Test
    void aMappingLeftIdleIsCleared() {
        var state = feature.start("draft", new UserInput.Text("")).nextState();
        var later = at(CoachFixtures.T0.plus(Duration.ofHours(3)));
        var turn = later.continueFlow(state, new UserInput.Text("3"));
        assertThat(turn.flowContinues()).isFalse();
        assertThat(((Reply.Text) turn.replies().getFirst()).markdown()).contains("cleared it");
    }

    @Test
    void aFileDuringTheMappingIsNotRead() {
        var state = feature.start("draft", new UserInput.Text("")).nextState();
        var turn = feature.continueFlow(state, new UserInput.Document("plan.docx", "docx", new byte[] {1}, ""));
        assertThat(turn.nextState()).isEqualTo(state);
        assertThat(((Reply.Text) turn.replies().getFirst()).markdown()).contains("cannot read files");
    }

    @Test
    void cancellingEndsTheFlow() {
        var state = feature.start("draft", new UserInput.Text("")).nextState();
        assertThat(feature.continueFlow(state, new UserInput.Submission("draft", "cancel", Map.of())).flowContinues()).isFalse();
    }
}
