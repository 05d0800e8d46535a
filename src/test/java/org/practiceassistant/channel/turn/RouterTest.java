package org.practiceassistant.channel.turn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.practiceassistant.channel.StepByStepFeature;
import org.practiceassistant.channel.cards.CardAction;
import org.practiceassistant.conversation.ConversationFeature;
import org.practiceassistant.conversation.FeatureTurn;
import org.practiceassistant.conversation.Reply;
import org.practiceassistant.conversation.UserInput;

class RouterTest {

    private final StepByStepFeature steps = new StepByStepFeature();
    private final Router router = new Router(List.of(steps), 100);

    @Test
    void commandsAreParsedFromTheFirstWordNotFoundInsideTheText() {
        assertThat(route("help")).isInstanceOf(Route.ShowHelp.class);
        assertThat(route("/Help!")).isInstanceOf(Route.ShowHelp.class);
        assertThat(route("forget")).isInstanceOf(Route.Forget.class);
        assertThat(route("can you help with core groups?")).isEqualTo(new Route.Ask("can you help with core groups?"));
        assertThat(route("help me write a safety goal")).isInstanceOf(Route.Ask.class);
        assertThat(route("Steps a danger statement")).isEqualTo(new Route.Start(steps, "steps", new UserInput.Text("a danger statement")));
        assertThat(route("check this plan")).as("no feature claims check here: a question, not a promise")
                .isEqualTo(new Route.Ask("check this plan"));
        assertThat(route("")).isInstanceOf(Route.Nudge.class);
        assertThat(route("x".repeat(101))).isEqualTo(new Route.TooLong(101, 100));
    }

    @Test
    void aCommandWordUsedAsAWordInAQuestionIsAQuestion() {
        assertThat(route("steps plans - who has to agree them first?")).isEqualTo(new Route.Ask("steps plans - who has to agree them first?"));
        assertThat(route("steps this for me please?")).as("what a command takes follows: still the command")
                .isEqualTo(new Route.Start(steps, "steps", new UserInput.Text("this for me please?")));
        assertThat(route("steps plan?")).as("too short to be a question about it")
                .isEqualTo(new Route.Start(steps, "steps", new UserInput.Text("plan?")));
        assertThat(route("steps plans for the Smith children")).as("no question asked")
                .isEqualTo(new Route.Start(steps, "steps", new UserInput.Text("plans for the Smith children")));
    }

    @Test
    void duringAFlowTextAndHelpGoToTheFeatureButForgetAndCancelStillWin() {
        assertThat(router.route(new UserMessage.Typed("Dad drinks"), "steps"))
                .isEqualTo(new Route.Continue(steps, new UserInput.Text("Dad drinks")));
        assertThat(router.route(new UserMessage.Typed("help"), "steps")).isEqualTo(new Route.Continue(steps, new UserInput.Text("help")));
        assertThat(router.route(new UserMessage.Typed("forget"), "steps")).isInstanceOf(Route.Forget.class);
        assertThat(router.route(new UserMessage.Typed("cancel"), "steps")).isEqualTo(new Route.Cancel("steps"));
        assertThat(router.route(new UserMessage.Typed("cancel"), null)).isEqualTo(new Route.Cancel(null));
        assertThat(router.route(new UserMessage.Typed(" Stop "), "steps")).as("stop and quit are cancel").isEqualTo(new Route.Cancel("steps"));
        assertThat(router.route(new UserMessage.Typed("quit"), "steps")).isEqualTo(new Route.Cancel("steps"));
        assertThat(router.route(new UserMessage.Typed("stop the visits"), "steps")).as("only alone").isNotInstanceOf(Route.Cancel.class);
    }

    @Test
    void outsideAFlowSlipsInCommandsEverydayRequestsAndSmallTalkAreUnderstood() {
        var pasting = new Pasting();
        var router = new Router(List.of(steps, pasting), 100);
        assertThat(router.route(new UserMessage.Typed("stpes a danger statement"), null))
                .as("a command one slip away").isEqualTo(new Route.Start(steps, "steps", new UserInput.Text("a danger statement")));
        assertThat(router.route(new UserMessage.Typed("hlep"), null)).isInstanceOf(Route.ShowHelp.class);
        assertThat(router.route(new UserMessage.Typed("helo"), null)).as("one slip from help and from hello: a known hello")
                .isInstanceOf(Route.Greet.class);
        assertThat(router.route(new UserMessage.Typed("hallo!"), null)).isInstanceOf(Route.Greet.class);
        assertThat(router.route(new UserMessage.Typed("held a strat, what next"), null)).as("an English word is no slip")
                .isEqualTo(new Route.Ask("held a strat, what next"));
        assertThat(router.route(new UserMessage.Typed("Note: Dad drinks"), null))
                .isEqualTo(new Route.Start(pasting, "paste", new UserInput.Text("Note: Dad drinks")));
        assertThat(router.route(new UserMessage.Typed("hi"), null)).isInstanceOf(Route.Greet.class);
        assertThat(router.route(new UserMessage.Typed("Thanks!"), null)).isInstanceOf(Route.Thanks.class);
    }

    @Test
    void aCommandTypedTwiceWrongStartsItWhenLittleElseIsSaidAndIsAQuestionOtherwise() {
        assertThat(route("setps")).as("one slip").isInstanceOf(Route.Start.class);
        assertThat(route("sttepz")).as("two slips, alone").isInstanceOf(Route.Start.class);
        assertThat(route("sttepz ths pls")).as("two slips, and what a command takes").isInstanceOf(Route.Start.class);
        assertThat(route("sttepz the family who moved last year, what now")).as("two slips opening a longer message")
                .isInstanceOf(Route.Ask.class);
    }

    @Test
    void aCommandWordOpeningAQuestionAboutAPasteBelowLetsTheFeatureThatReadsSuchRequestsTakeIt() {
        var doubting = new Pasting() {
            @Override
            public Optional<UserInput.Text> startsFrom(String message) {
                return message.contains("missing?\n") ? Optional.of(new UserInput.Text("the paste")) : Optional.empty();
            }
        };
        var router = new Router(List.of(steps, doubting), 500);
        assertThat(router.route(new UserMessage.Typed("steps statement for panel - anything missing?\nDad hits Jo."), null))
                .isEqualTo(new Route.Start(doubting, "paste", new UserInput.Text("the paste")));
        assertThat(router.route(new UserMessage.Typed("steps statement for panel - is it too long?\nDad hits Jo."), null))
                .as("no feature reads it: the command, as typed")
                .isEqualTo(new Route.Start(steps, "steps", new UserInput.Text("statement for panel - is it too long?\nDad hits Jo.")));
        assertThat(router.route(new UserMessage.Typed("steps statement for panel - anything missing?\nDad hits Jo."), "steps"))
                .as("in a flow it is the flow's").isInstanceOf(Route.Start.class);
    }

    @Test
    void inAFlowTheSameMessagesAreAnswersToTheFlow() {
        var pasting = new Pasting();
        var router = new Router(List.of(steps, pasting), 100);
        for (String answer : List.of("stpes", "Note: Dad drinks", "hi", "thanks")) {
            assertThat(router.route(new UserMessage.Typed(answer), "steps")).as(answer)
                    .isEqualTo(new Route.Continue(steps, new UserInput.Text(answer)));
        }
    }

    @Test
    void cardClicksRouteOnTheirData() {
        var submission = new UserInput.Submission("steps", "danger", Map.of());
        assertThat(router.route(new UserMessage.Clicked(new CardAction.FeatureChoice(submission)), "steps"))
                .isEqualTo(new Route.Continue(steps, submission));
        assertThat(router.route(new UserMessage.Clicked(new CardAction.FeatureChoice(submission)), null))
                .isEqualTo(new Route.Start(steps, "steps", submission));
        assertThat(router.route(new UserMessage.Clicked(new CardAction.AskQuestion("What is a fire drill?")), "steps"))
                .isEqualTo(new Route.Ask("What is a fire drill?"));
        assertThat(router.route(new UserMessage.Clicked(new CardAction.RunCommand("HELP")), null)).isInstanceOf(Route.ShowHelp.class);
        var cancel = new UserInput.Submission("steps", "cancel", Map.of());
        assertThat(router.route(new UserMessage.Clicked(new CardAction.FeatureChoice(cancel)), "steps"))
                .as("the cancel button is typed cancel").isEqualTo(new Route.Cancel("steps"));
        assertThat(router.route(new UserMessage.Clicked(new CardAction.FeatureChoice(cancel)), null)).isEqualTo(new Route.Cancel(null));
        var unknown = new UserInput.Submission("nobody", "x", Map.of());
        assertThat(router.route(new UserMessage.Clicked(new CardAction.FeatureChoice(unknown)), null)).isInstanceOf(Route.Nudge.class);
    }

    @Test
    void anAttachedFileGoesToTheFeatureThatAcceptsDocumentsUnlessACommandOrFlowSaysOtherwise() {
        var document = new UserInput.Document("plan.docx", "docx", new byte[] {1}, "");
        assertThat(router.route(new UserMessage.Attached(document), null)).as("no feature reads files").isInstanceOf(Route.Nudge.class);
        var reading = new Reading();
        assertThat(new Router(List.of(steps, reading), 100).route(new UserMessage.Attached(document), null))
                .isEqualTo(new Route.Start(reading, "read", document));
        assertThat(router.route(new UserMessage.Attached(document), "steps")).isEqualTo(new Route.Continue(steps, document));
        var withCommand = new UserInput.Document("plan.docx", "docx", new byte[] {1}, "steps");
        assertThat(router.route(new UserMessage.Attached(withCommand), null)).isEqualTo(new Route.Start(steps, "steps", withCommand));
    }

    @Test
    void aCommandCannotBeClaimedTwiceOrTakeAChannelCommand() {
        assertThatThrownBy(() -> new Router(List.of(steps, new StepByStepFeature()), 100)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyOneFeatureMayAcceptDocuments() {
        Reading other = new Reading() {
            @Override
            public String name() {
                return "other";
            }

            @Override
            public Set<String> commands() {
                return Set.of("other");
            }
        };
        assertThatThrownBy(() -> new Router(List.of(new Reading(), other), 100)).hasMessageContaining("documents");
    }

    /** A feature that takes a message starting "Note:" as its input, as Check takes a pasted "Danger statement:". */
    static class Pasting extends Reading {
        @Override
        public String name() {
            return "paste";
        }

        @Override
        public Set<String> commands() {
            return Set.of("paste");
        }

        @Override
        public boolean acceptsDocuments() {
            return false;
        }

        @Override
        public Optional<UserInput.Text> startsFrom(String message) {
            return message.startsWith("Note:") ? Optional.of(new UserInput.Text(message)) : Optional.empty();
        }
    }

    /** A feature that reads attached files, as Check does. */
    private static class Reading implements ConversationFeature<String> {
        @Override
        public String name() {
            return "read";
        }

        @Override
        public Set<String> commands() {
            return Set.of("read");
        }

        @Override
        public String helpLine() {
            return "read - reads a file";
        }

        @Override
        public Class<String> stateType() {
            return String.class;
        }

        @Override
        public boolean acceptsDocuments() {
            return true;
        }

        @Override
        public FeatureTurn<String> start(String command, UserInput input) {
            return FeatureTurn.finish(Reply.text("read"));
        }

        @Override
        public FeatureTurn<String> continueFlow(String state, UserInput input) {
            return FeatureTurn.finish(Reply.text("read"));
        }
    }

    @Test
    void cardDataRoundTrips() {
        for (CardAction action : List.of(new CardAction.AskQuestion("q?"),
                new CardAction.RateAnswer(List.of("handbook/a#1", "rubric/b#2"), CardAction.Vote.HELPFUL, ""),
                new CardAction.RunCommand("help"),
                new CardAction.FeatureChoice(new UserInput.Submission("draft", "next", Map.of("text", "t"))))) {
            assertThat(CardAction.fromData(action.toData())).isEqualTo(action);
        }
        assertThat(CardAction.fromData(Map.of("action", "rate", "passages", "a", "vote", "meh"))).isNull();
        assertThat(CardAction.fromData(Map.of("something", "else"))).isNull();
    }

    @Test
    void aVoteKeepsPassageIdsAndAWrittenCommentButNoQuestionAndNothingForged() {
        CardAction vote = CardAction.fromData(Map.of("action", "rate", "passages", "handbook/a#1,rubric/b", "vote", "helpful",
                "question", "x".repeat(500_000), "comment", "  too long to read \ud83d "));
        assertThat(vote).isEqualTo(new CardAction.RateAnswer(List.of("handbook/a#1", "rubric/b"), CardAction.Vote.HELPFUL,
                "too long to read \ufffd"));
        // Not passage ids: text, too many, too long.
        assertThat(CardAction.fromData(Map.of("action", "rate", "passages", "Jane Doe hit the baby", "vote", "helpful"))).isNull();
        assertThat(CardAction.fromData(Map.of("action", "rate", "passages", "a,b,c,d,e,f", "vote", "helpful"))).isNull();
        assertThat(CardAction.fromData(Map.of("action", "rate", "passages", "a".repeat(201), "vote", "helpful"))).isNull();
        CardAction.RateAnswer longComment = (CardAction.RateAnswer) CardAction.fromData(Map.of("action", "rate", "passages", "a",
                "vote", "not-helpful", "comment", "c".repeat(50_000)));
        assertThat(longComment.comment()).hasSize(CardAction.RateAnswer.MAX_COMMENT);
    }

    @Test
    void aFileIsWantedOnlyByAFeatureThatReadsDocuments() {
        Router withReader = new Router(List.of(steps, new Reading()), 100);
        assertThat(withReader.wantsDocument("read", null)).isTrue();
        assertThat(withReader.wantsDocument("", null)).isTrue();
        assertThat(withReader.wantsDocument("hello", null)).isFalse();
        assertThat(withReader.wantsDocument("steps", null)).isFalse();
        assertThat(withReader.wantsDocument("help", null)).isFalse();
        assertThat(withReader.wantsDocument("here it is", "read")).isTrue();
        assertThat(withReader.wantsDocument("here it is", steps.name())).isFalse();
        assertThat(router.wantsDocument("", null)).as("no feature reads documents").isFalse();
    }

    private Route route(String text) {
        return router.route(new UserMessage.Typed(text), null);
    }
}
