package org.practiceassistant.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.practiceassistant.conversation.FeatureTurn;
import org.practiceassistant.conversation.Reply;
import org.practiceassistant.conversation.UserInput;

/**
 * "Never a dead end" as a property, not as a list of answers: a worker typing anything at all (garbage, the same answer
 * again and again, "not sure", answers meant for another step, choices at free-text steps) reaches the summary, and no
 * question is asked more than three times in a row. Played on the real pack, jargon list and checker, with seeded
 * random answers (jqwik is not used: its releases run on JUnit Platform 1, this build on JUnit 6), so a failure names
 * its seed and replays exactly.
 */
class NeverADeadEndTest {

    /** Answers a worker might type, in the right place or not. */
    private static final List<String> ANSWERS = List.of("child protection", "cp", "early help", "its CIN now not CP",
            "FC", "Ella 4 and Sam 7", "Ella, 4", "ella", "Dad hit Ella on 3 May, leaving a bruise on her arm", "DV",
            "neglect", "mum drinks most nights", "Nan has the children every Friday", "school and me",
            "The school and I are worried that Ella will be hurt when Dad gets angry", "Ella will be hurt",
            "the police officer who attended, carol and dave (foster carers), my manager and me", "Mum, Nan and me",
            "Nan will collect Ella from school every day", "attend a parenting course", "Ella will feel safe at home",
            "every week", "for the next 6 months", "ongoing", "the school will tell me every Friday", "accept", "edit",
            "rework", "3", "0 means Ella is not safe 10 means Ella is safe", "Mum 6, Dad 5, social worker 3",
            "I will visit Mum on Tuesday", "send the invites", "she is in foster care now", "everything is fine",
            "she said she wants to go home", "Muslim, speaks Urdu at home");
    /** What a stuck or hurried worker types. */
    private static final List<String> GARBAGE = List.of("asdf", "???", "ok", "hmm", "x", "lol what", "the", "12", "...",
            "qwerty uiop", "no idea what to put here sorry", "?", "yes", "no", "maybe", "fine", "not sure", "idk",
            "dunno", "n/a", "same", "as above", "I don't understand the question");
    private static final List<String> WORDS = List.of("mum", "dad", "school", "will", "the", "is", "worried", "Ella",
            "every", "week", "nan", "hit", "safe", "and", "me", "police", "not", "drinks", "CP", "FC", "care", "by", "June");

    /** More turns than three worries take when every question is asked three times. */
    private static final int MAX_TURNS = 400;
    /** A worker who has mapped this many worries says no more. */
    private static final int WORRIES = 3;

    private static final CoachIntentParser PARSER = new CoachIntentParser();
    private static final DraftFeature FEATURE = RealChecker.draftFeature();

    @Test
    void randomAnswersAtEveryStepReachTheSummary() {
        for (long seed = 1; seed <= 40; seed++) {
            var random = new Random(seed);
            var previous = new String[] {"asdf"};
            play("seed " + seed, state -> {
                String say = switch (random.nextInt(10)) {
                    case 0, 1, 2 -> previous[0];
                    case 3, 4 -> GARBAGE.get(random.nextInt(GARBAGE.size()));
                    case 5 -> wordSalad(random);
                    default -> ANSWERS.get(random.nextInt(ANSWERS.size()));
                };
                previous[0] = say;
                return say;
            });
        }
    }

    @Test
    void theSameAnswerAtEveryStepReachesTheSummary() {
        var every = new ArrayList<String>(ANSWERS);
        every.addAll(GARBAGE);
        // Only answers: a worker who types only "help" (or "???", read as help) is asking, not answering, every time.
        every.removeIf(say -> !(PARSER.parse(say) instanceof CoachInput.Answer || PARSER.parse(say) instanceof CoachInput.NotKnown));
        for (String always : every) {
            play("always \"" + always + "\"", state -> always);
        }
    }

    @Test
    void nearlyTheSameAnswerIsTheSameAnswer() {
        assertThat(ReAskLimit.nearlyTheSame("nan, mum and the school", "Nan mum and the school.")).isTrue();
        assertThat(ReAskLimit.nearlyTheSame("Dad hit Ella on 3 May leaving a bruise", "dad hit ella on 3 may leaving a bruise"))
                .isTrue();
        assertThat(ReAskLimit.nearlyTheSame("nan and me", "the school and the police")).isFalse();
        assertThat(ReAskLimit.nearlyTheSame(null, "anything")).isFalse();
    }

    private interface Worker {
        String answer(MappingState state);
    }

    /**
     * Plays one mapping with {@code worker}'s answers (at "another worry?" once three worries are mapped, "no") and holds
     * the property: the summary within the turns allowed, never a fourth answer in a row at the same question, and no
     * composed text with a gap in it.
     */
    private static void play(String who, Worker worker) {
        FeatureTurn<MappingState> turn = FEATURE.start("draft", new UserInput.Text(""));
        String place = "";
        int inARow = 0;
        for (int turns = 1; turns <= MAX_TURNS; turns++) {
            for (Reply reply : turn.replies()) {
                if (reply instanceof Reply.Report report && report.title().startsWith("Your ")) {
                    String text = report.items().getFirst().body();
                    assertThat(text).as(who + ": composed text").doesNotContain("null")
                            .doesNotContain(WorryAnswers.NOT_KNOWN_YET).doesNotContain("  ");
                }
            }
            if (turn.replies().stream().anyMatch(r -> r instanceof Reply.Report report
                    && report.title().startsWith("Mapping summary"))) {
                return;
            }
            MappingState state = turn.nextState();
            assertThat(state).as(who + ": the mapping ended without a summary").isNotNull();
            String say = state.step() == Step.ANOTHER_WORRY && state.worries().size() >= WORRIES ? "no" : worker.answer(state);
            String here = place(state);
            if (isAnAnswer(say, state)) {
                inARow = here.equals(place) ? inARow + 1 : 1;
                place = here;
            }
            assertThat(inARow).as(who + ": answers in a row at " + here).isLessThanOrEqualTo(ReAskLimit.MAX_RE_ASKS + 1);
            turn = FEATURE.continueFlow(state, new UserInput.Text(say));
        }
        throw new AssertionError(who + ": no summary after " + MAX_TURNS + " turns");
    }

    /** The question being asked: the step, its worry, what is pending and, at the worry step, which halves are kept. */
    private static String place(MappingState state) {
        WorryAnswers kept = state.currentWorry();
        return state.step() + "#" + state.worry() + "/" + state.pending() + "/" + state.returnTo() + "/"
                + (kept.whoIsWorried() != null) + (kept.fear() != null) + "/" + state.worries().size();
    }

    /**
     * Help, an example, which words, an aside, what a word of the mapping means or a change of service are the worker's own
     * requests, not answers to the question ("skip" is an answer, nothing to give yet, once said again at a step that
     * cannot be skipped or after a re-ask).
     */
    private static boolean isAnAnswer(String say, MappingState state) {
        boolean none = state.pending() == MappingState.Pending.NONE;
        if (say.isBlank() && none || none && state.serviceArea() != null && (ServiceArea.changeFrom(state.serviceArea(), say)
                .isPresent() || ServiceArea.askedForTheOneItIs(state.serviceArea(), say))) {
            return false;
        }
        var input = PARSER.parse(say);
        boolean skipped = input instanceof CoachInput.Command(CoachCommand command) && command == CoachCommand.SKIP;
        return !(input instanceof CoachInput.Command && (!skipped || ReAskLimit.skipIsARequest(state))
                || input instanceof CoachInput.MeaningOf || (input instanceof CoachInput.WhichWords
                || input instanceof CoachInput.Aside) && none);
    }

    private static String wordSalad(Random random) {
        var words = new ArrayList<String>();
        int n = 2 + random.nextInt(8);
        for (int i = 0; i < n; i++) {
            words.add(WORDS.get(random.nextInt(WORDS.size())));
        }
        return String.join(" ", words);
    }
}
