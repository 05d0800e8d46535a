package org.practiceassistant.benchmark;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What one simulated Teams user does: a session at a time, chosen from the mix (a question for Ask, a
 * statement for Check, or the start of a guided mapping with Draft, left with {@code cancel}), with a
 * pause between messages while they read the reply and type the next.
 */
final class SimulatedUser {

    enum Kind { ASK, CHECK, DRAFT }

    record Turn(Kind kind, String text) {}

    /** Share of sessions, in percent, that are Ask, Check and Draft. */
    record Mix(int ask, int check, int draft) {
        Mix {
            if (ask < 0 || check < 0 || draft < 0 || ask + check + draft != 100) {
                throw new IllegalArgumentException("load.mix must be three shares adding up to 100, was "
                    + ask + "," + check + "," + draft);
            }
        }

        static Mix parse(String shares) {
            String[] parts = shares.split(",");
            if (parts.length != 3) {
                throw new IllegalArgumentException("load.mix must be ask,check,draft percentages, was " + shares);
            }
            return new Mix(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()), Integer.parseInt(parts[2].trim()));
        }

        @Override
        public String toString() {
            return "Ask " + ask + "%, Check " + check + "%, Draft " + draft + "% of sessions";
        }
    }

    /**
     * The pause before each message: uniformly between half and one and a half times the mean, so users
     * drift apart instead of marching in step.
     */
    record ThinkTime(Duration mean) {
        ThinkTime {
            if (mean.isNegative()) {
                throw new IllegalArgumentException("load.think.ms must not be negative, was " + mean);
            }
        }

        Duration next() {
            long millis = mean.toMillis();
            return millis == 0 ? Duration.ZERO : Duration.ofMillis(ThreadLocalRandom.current().nextLong(millis / 2, millis * 3 / 2 + 1));
        }

        /** When a user sends their first message: spread over one mean pause, as people do not all start at once. */
        Duration firstMessage() {
            long millis = mean.toMillis();
            return millis == 0 ? Duration.ZERO : Duration.ofMillis(ThreadLocalRandom.current().nextLong(millis + 1));
        }
    }

    private static final List<String> STATEMENTS = List.of(
        "check Concerns around DV and neglect.",
        "check Children's Services, the school and Gran are worried that when Mark drinks he shouts at Kelly and has "
            + "pushed her over while she was holding Ava. If nothing changes, Ava could be dropped or badly hurt.",
        "check Mum will make sure Sam gets to school on time every day by the end of the spring term, and the school "
            + "will tell the family worker every Friday.",
        "check There are safeguarding concerns due to parental substance misuse and poor home conditions.");

    /** The first steps of a guided mapping (tests-data/draft/eh-school-attendance.yaml), then leaving it. */
    private static final List<Turn> DRAFT_OPENING = List.of(
        new Turn(Kind.DRAFT, "draft"),
        new Turn(Kind.DRAFT, "Early Help"),
        new Turn(Kind.DRAFT, "Sam 7"),
        new Turn(Kind.DRAFT, "Sam has missed 20 school days since September and was late 15 times. "
            + "Most days nobody wakes him up in time."),
        new Turn(Kind.DRAFT, "cancel"));

    private final Mix mix;
    private final List<String> questions;

    /** @param questions what people ask, in scope or not (tests-data/ask/questions.yaml) */
    SimulatedUser(Mix mix, List<String> questions) {
        this.mix = mix;
        this.questions = questions;
    }

    /** The messages of the user's next session, in order. */
    List<Turn> nextSession() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int roll = random.nextInt(100);
        if (roll < mix.ask()) {
            return List.of(new Turn(Kind.ASK, questions.get(random.nextInt(questions.size()))));
        }
        if (roll < mix.ask() + mix.check()) {
            return List.of(new Turn(Kind.CHECK, STATEMENTS.get(random.nextInt(STATEMENTS.size()))));
        }
        return DRAFT_OPENING;
    }
}
