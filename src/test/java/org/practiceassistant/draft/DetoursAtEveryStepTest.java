package org.practiceassistant.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.practiceassistant.draft.CoachFixtures.Conversation;

/**
 * Detours a newly qualified worker types at any point of a mapping, before the answer (in words of our own, as the next
 * persona sets will type them at every step): a typo of "example", "back", "skip", "?", a question about what a step's
 * word means, a change of service asked for or told in passing, and a practice question. At every step, and at the worry
 * step's second half (who is worried kept, the fear asked for alone): none is kept as an answer, none loses the place
 * or an answer given, and the answer sent after it moves the mapping on.
 */
class DetoursAtEveryStepTest {

    /** The worry step once who is worried is kept and the fear is asked for on its own. */
    private static final String FEAR = "FEAR";
    private static final String WHO_ALONE = "the nursery and I";
    private static final String FEAR_ANSWER = "Ella will be hurt when Dad is angry and will grow up frightened at home.";

    static Stream<String> places() {
        return Stream.concat(Arrays.stream(Step.values()).map(Step::name), Stream.of(FEAR));
    }

    private static Conversation at(String place, String service) {
        if (!place.equals(FEAR)) {
            return CoachFixtures.atStep(Step.valueOf(place), service);
        }
        var c = CoachFixtures.atStep(Step.WORRY, service).say(WHO_ALONE);
        assertThat(c.current().currentWorry().whoIsWorried()).as("who is worried kept").isNotNull();
        assertThat(c.current().currentWorry().fear()).isNull();
        return c;
    }

    private static String goodAnswer(String place) {
        return place.equals(FEAR) ? FEAR_ANSWER : CoachFixtures.goodAnswer(Step.valueOf(place));
    }

    /** What a detour must leave as it was: the place, the answers, the children and the service. */
    private record Kept(Step step, int worry, List<WorryAnswers> worries, List<Child> children, List<String> answers,
                        ServiceArea service, MappingState.Pending pending) {
        static Kept of(MappingState s) {
            return new Kept(s.step(), s.worry(), s.worries(), s.children(),
                    Arrays.stream(Step.values()).map(s::mappingAnswer).toList(), s.serviceArea(), s.pending());
        }
    }

    /** The good answer after a detour still moves on: to the next step, or the fear kept at the worry step's second half. */
    private static void theAnswerMovesOn(Conversation c, String place) {
        c.say(goodAnswer(place));
        if (place.equals(FEAR)) {
            assertThat(c.step()).as("the fear kept").isEqualTo(Step.NETWORK);
            return;
        }
        assertThat(c.state.map(MappingState::step).orElse(null)).as("a good answer moves on").isNotEqualTo(Step.valueOf(place));
    }

    static Stream<Arguments> requestsAtEveryPlace() {
        return places().flatMap(place -> Stream.of("examle", "?", "what does complicating mean",
                        "how often do i have to visit on a cp plan?", "whats a core group", "do i need to invite dad to the conference?")
                .map(said -> Arguments.of(place, said)));
    }

    @ParameterizedTest(name = "{1} at {0}")
    @MethodSource("requestsAtEveryPlace")
    void aRequestKeepsThePlaceAndEveryAnswerAndTheAnswerAfterItMovesOn(String place, String said) {
        var c = at(place, "child in need");
        var before = Kept.of(c.current());
        c.say(said);
        assertThat(Kept.of(c.current())).isEqualTo(before);
        assertThat(c.text()).isNotBlank();
        theAnswerMovesOn(c, place);
    }

    /** "what does complicating mean" at the worry step asks what complicating factors are, not what the worry step is for. */
    @ParameterizedTest(name = "{0} at {2}")
    @CsvSource(delimiter = '|', value = {
            "what does complicating mean|make things harder to sort out|DOING",
            "what does complicating factors mean?|make things harder to sort out|FEAR",
            "what's complicating factors|make things harder to sort out|SCORES",
            "whats a bottom line|must or must not happen|HARM",
            "what does bottom lines mean|must or must not happen|REVIEW_GOAL",
            "what does contingency mean|who will step in|NETWORK",
            "what is existing safety|builds on|TIMESCALE",
            "wat do u mean by complicating|make things harder to sort out|COMPLICATING_FACTORS",
            "wait whats a bottom line|must or must not happen|ANOTHER_WORRY",
            "whats the difference between complicating factors and harm|make things harder to sort out|WORKING_WELL",
            "whats the difference between complicating factors and harm|not on labels|SCALE"})
    void aQuestionAboutAWordOfTheMappingIsAnsweredWhereverItIsAsked(String said, String answer, String place) {
        var c = at(place, "child protection");
        var before = Kept.of(c.current());
        c.say(said);
        assertThat(c.text()).contains(answer);
        assertThat(Kept.of(c.current())).isEqualTo(before);
        theAnswerMovesOn(c, place);
    }

    @ParameterizedTest(name = "skip at {0}")
    @MethodSource("places")
    void skipLeavesAnOptionalStepOutAndElsewhereSaysWhyAndKeepsTheAnswers(String place) {
        var c = at(place, "child in need");
        var before = Kept.of(c.current());
        c.say("skip");
        if (!place.equals(FEAR) && Step.valueOf(place).optional()) {
            assertThat(c.state.map(MappingState::step).orElse(null)).isNotEqualTo(Step.valueOf(place));
            c.state.ifPresent(s -> assertThat(s.mappingAnswer(Step.valueOf(place))).isNull());
            return;
        }
        assertThat(Kept.of(c.current())).isEqualTo(before);
        assertThat(c.text()).contains("cannot be skipped");
        theAnswerMovesOn(c, place);
    }

    /**
     * "skip" typed before the answers a worker had ready is their request, not one of the answers: the coach still asks
     * about the two that follow before keeping one as given, so the good third answer is read as an answer.
     */
    @Test
    void aRefusedSkipLeavesTheReAsksToTheAnswersThatFollow() {
        var c = CoachFixtures.atStep(Step.HARM).say("skip", "DV", "there was DV");
        assertThat(c.step()).isEqualTo(Step.HARM);
        c.say(CoachFixtures.CP_TO_REVIEW[2]);
        assertThat(c.step()).isEqualTo(Step.COMPLICATING_FACTORS);
        assertThat(c.current().currentWorry().harm()).isEqualTo(CoachFixtures.CP_TO_REVIEW[2]);
    }

    /** "skip" again and again still moves on, as not known yet: never a dead end. */
    @Test
    void skipEveryTimeStillMovesOnAsNotKnownYet() {
        var c = CoachFixtures.atStep(Step.HARM).say("skip", "skip", "skip");
        assertThat(c.step()).isEqualTo(Step.HARM);
        c.say("skip");
        assertThat(c.step()).isEqualTo(Step.COMPLICATING_FACTORS);
        assertThat(c.current().currentWorry().harm()).isEqualTo(WorryAnswers.NOT_KNOWN_YET);
    }

    static Stream<Arguments> serviceChangesAtEveryPlace() {
        return places().filter(place -> !place.equals(Step.SERVICE_AREA.name())).flatMap(place -> Stream.of(
                Arguments.of(place, "can i change the service to cp", ServiceArea.CHILD_PROTECTION),
                Arguments.of(place, "actually shes gone into care now", ServiceArea.CHILDREN_LOOKED_AFTER)));
    }

    @ParameterizedTest(name = "{1} at {0}")
    @MethodSource("serviceChangesAtEveryPlace")
    void aChangeOfServiceChangesTheWordsAndKeepsThePlaceAndTheAnswers(String place, String said, ServiceArea area) {
        var c = at(place, "child in need");
        var before = Kept.of(c.current());
        c.say(said);
        assertThat(c.current().serviceArea()).isEqualTo(area);
        assertThat(Kept.of(c.current())).isEqualTo(new Kept(before.step(), before.worry(), before.worries(), before.children(),
                before.answers(), area, before.pending()));
        assertThat(c.text()).contains("no need to start again");
        theAnswerMovesOn(c, place);
    }

    static Stream<Arguments> theSameServiceAtEveryPlace() {
        return places().filter(place -> !place.equals(Step.SERVICE_AREA.name())).flatMap(place -> Stream.of(
                Arguments.of(place, "child protection", "can i change the service to cp", "already Child Protection"),
                Arguments.of(place, "looked after", "can you change the service to lac", "already Children Looked After"),
                Arguments.of(place, "looked after", "actually shes gone into care now", "already Children Looked After")));
    }

    /** Asked for the service the mapping is in already: said so, never read as a rework or kept as the answer. */
    @ParameterizedTest(name = "{2} at {0}")
    @MethodSource("theSameServiceAtEveryPlace")
    void aChangeToTheServiceItIsAlreadySaysSoAndKeepsEverything(String place, String service, String said, String note) {
        var c = at(place, service);
        var before = Kept.of(c.current());
        c.say(said);
        assertThat(Kept.of(c.current())).isEqualTo(before);
        assertThat(c.text()).contains(note);
        theAnswerMovesOn(c, place);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"can i change the service to cp|CHILD_PROTECTION",
            "actually shes gone into care now|CHILDREN_LOOKED_AFTER"})
    void atTheServiceStepTheServiceNamedIsTheAnswer(String said, ServiceArea area) {
        var c = at(Step.SERVICE_AREA.name(), "").say(said);
        assertThat(c.current().serviceArea()).isEqualTo(area);
        assertThat(c.step()).isEqualTo(Step.CHILDREN);
    }

    // ---- every detour at every step, with the real pack, jargon list and checker ------------------------------------

    private static final List<String> DETOURS = List.of("examle", "back", "skip", "?", "what does complicating mean",
            "can i change the service to cp", "actually shes gone into care now", "how often do i have to visit on a cp plan?");
    /** Words of the detours that must never reach a statement or goal. */
    private static final List<String> DETOUR_WORDS = List.of("examle", "complicating mean", "change the service",
            "gone into care", "visit on a cp plan", "skip");

    @Test
    void aWorkerWhoTypesEveryDetourAtEveryStepFinishesAndNoDetourReachesTheTexts() {
        var coach = new MappingCoach(new PackCoachGuidance(RealChecker.PACK), RealChecker.spotter(), RealChecker.CHECKER,
                new DraftSettings(1200, Duration.ofHours(2)));
        var c = new Conversation(coach).start();
        Set<String> visited = new HashSet<>();
        var composed = new ArrayList<String>();
        for (int turns = 0; c.state.isPresent(); turns++) {
            assertThat(turns).as("turns, now at " + c.step()).isLessThan(400);
            MappingState s = c.current();
            boolean fearHalf = s.step() == Step.WORRY && s.currentWorry().whoIsWorried() != null && s.currentWorry().fear() == null;
            String place = fearHalf ? FEAR : s.step().name();
            String say = visited.add(place + "#" + s.worry()) ? null : goodAnswer(place);
            if (say == null) {
                for (String detour : DETOURS) {
                    c.say(detour);
                    c.repliesOf(CoachReply.Composed.class).forEach(r -> composed.add(r.text()));
                    if (c.state.isEmpty()) {
                        break;
                    }
                }
                continue;
            }
            c.say(s.step() == Step.WORRY && !fearHalf ? WHO_ALONE : say);
            c.repliesOf(CoachReply.Composed.class).forEach(r -> composed.add(r.text()));
        }
        assertThat(c.repliesOf(CoachReply.Summary.class)).as("reached the summary").isNotEmpty();
        assertThat(composed).isNotEmpty();
        for (String text : composed) {
            assertThat(DETOUR_WORDS).as(text).noneMatch(text.toLowerCase(Locale.ROOT)::contains);
        }
    }
}
