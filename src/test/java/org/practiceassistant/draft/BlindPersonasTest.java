package org.practiceassistant.draft;

import org.junit.jupiter.api.Test;

/**
 * The blind persona sets (tests-data/draft/blind/ to blind11/, written by practice educators who never saw the coach) played
 * by {@link SimulatedWorker} through the coach with the real pack, jargon list and checker. Each was played once blind,
 * then read and tuned on in a later round (blind9 in the fourteenth, blind10 in the fourteenth's second half); blind to
 * blind13 are tuning data now (their READMEs say so), and the floors hold the fixes made on them, a little below the
 * figures after tuning (DraftBenchmark prints them); blind14 is the next blind set, skipped until the lead adds it.
 */
class BlindPersonasTest {

    /**
     * First measured 9 of 12 finished without a dead end (75.0%), 25 of 30 texts passing (83.3%); 11 of 12 and 30 of
     * 32 at the end of the fourth round; 12 of 12 and 33 of 34 (97.1%) after the sixth, read and tuned on.
     */
    private static final double FINISHED_FLOOR = 0.95;
    private static final double PASSING_FLOOR = 0.95;
    /**
     * blind2's first run: 1 of 12 finished, 4 of 4 passing; after the who-is-worried fix 11 of 12 and 34 of 34; after
     * the sixth round, read and tuned on, 12 of 12 and 35 of 36 (97.2%). Eleventh round: 34 of 36 (94.4%), because Check
     * became stricter, not the coach worse: a goal whose timescale is still to be agreed is read for a when in its
     * "doing" text, where "every Saturday" alone is no goal timescale (the owner's decision, issue 16). Floor under it.
     * Fifteenth round (draft20): 35 of 36 (97.2%), what will happen to the children said first after the worker's own "if".
     */
    private static final double BLIND2_FINISHED_FLOOR = 0.95;
    private static final double BLIND2_PASSING_FLOOR = 0.95;

    /**
     * blind3's one blind run, after the sixth round: 8 of 12 finished, 11 of 26 texts passing every check. Read and tuned
     * on in the seventh round (tuning data now): 12 of 12 finished, 27 of 32 passing (84.4%).
     */
    private static final double BLIND3_FINISHED_FLOOR = 0.95;
    // Round 31 (draft-shorthand): 29 -> 31 of 32 (96.9%): "3x a week" as "3 times a week", "Hv weekly." (a note with no verb) left out.
    private static final double BLIND3_PASSING_FLOOR = 0.95;

    /**
     * blind4's one blind run, after the seventh round: 12 of 12 finished without a dead end, 20 of 36 texts passing every
     * check (55.6%; stays recorded). Read and tuned on in the ninth round (tuning data now): 21 of 36 at the round's start
     * (after the eighth round's changes), 28 of 36 (77.8%) after it; the eight left are jargon the worker kept when asked
     * (a label with no plain words to put in its place) or Check's reading (tests-data/draft/blind4/README.md).
     */
    private static final double BLIND4_FINISHED_FLOOR = 0.95;
    // Thirteenth round: 29 of 36 (80.6%): "DA"/"DV" in plain words, what people do said as what they will do. Thirtieth
    // round: draft-routing 31 of 36, "engaging" said as going to the service; check-conventions fails a worker's "x4"
    // as services' shorthand (knowledge/check-conventions.md). Round 31 (draft-shorthand): 30 -> 31 of 36 (86.1%), "x4" as "4 times".
    private static final double BLIND4_PASSING_FLOOR = 0.84;

    /**
     * blind5's one blind run, after the ninth round: 0 of 12 finished, so no text composed. Eleven stop at the first "who
     * is worried" step: these workers name who is worried and nothing more, and the coach asks for who and what they
     * fear in one answer, repeating the same request (the twelfth stops at the service; stays recorded). Read and tuned
     * on in the tenth round (tuning data now): the worry step takes who and the fear one at a time, a team named without
     * its plan is asked for it; 11 of 12 finished, 15 of 30 texts passing (50.0%) as tuning figures. Eleventh round:
     * 12 of 12 finished ("not sure" twice at who will act is kept as to find out), 16 of 32 passing (50.0%) with the old
     * Check; 14 of 32 (43.8%) once Check stopped counting "will work together so that" and "will make sure ... safe" as
     * something others can see (a tester's finding): these workers answer the doing step with the harm, twice, so the
     * goal has no behaviour to show. Floor under the figure with the stricter Check.
     */
    private static final double BLIND5_FINISHED_FLOOR = 0.95;
    // Thirteenth round: 16 of 32 (50.0%), the worker beside the family as support and what people do said with "will".
    // Round 31 (draft-shorthand): 16 -> 17 of 32 (53.1%): a lone "+" as "and", "Careers adviser." (a note) left out.
    private static final double BLIND5_PASSING_FLOOR = 0.52;

    /**
     * blind6's one blind run, after the tenth round (the coach now asks for the fear on its own): 9 of 12 finished, 17 of
     * 26 composed texts passing every check (stays recorded). Read and tuned on in the eleventh round (tuning data now):
     * 12 of 12 finished (a service named in brackets or among other words, "yeh ..." as another worry), 23 of 34 passing
     * (67.6%) as tuning figures with the old Check; 19 of 34 (55.9%) once Check stopped counting "will work together so
     * that" as behaviour (see blind5 above; the coach now re-asks once for what people will be seen doing). Floor under it.
     */
    private static final double BLIND6_FINISHED_FLOOR = 0.95;
    // Thirteenth round: 22 of 34 (64.7%), as blind5. draft29: 24 of 34 (70.6%), the good picture said in the goal.
    // Thirtieth (draft-routing): 25 of 34 (73.5%), "engaging" said as going to the service.
    private static final double BLIND6_PASSING_FLOOR = 0.72;

    /**
     * blind7's one blind run, after the eleventh round: 5 of 12 finished without a dead end, 22 of 24 composed texts
     * passing every check (stays recorded). Read and tuned on in the twelfth round (tuning data now): 12 of 12 finished
     * (people then what happens to the child in a sentence of its own, with no "will", is who and the fear; "not that i
     * know of" is no other worry), 36 of 40 passing (90.0%; more texts composed, so the share fell from 22 of 24 while the
     * count passing rose; one person's goal now says "will do these things so that"). Floors under the tuning figures.
     */
    private static final double BLIND7_FINISHED_FLOOR = 0.95;
    // Thirteenth round: 40 of 40: "DA"/"DV" in plain words, "carers attend" no longer the only behaviour ("dad will do the
    // feeds"), the worker beside Jan as support.
    private static final double BLIND7_PASSING_FLOOR = 0.95;

    /**
     * blind8's one blind run, after the twelfth round (2026-12-06): 12 of 12 finished without a dead end, 38 of 42 composed
     * texts passing every check (stays recorded). Read and tuned on in the thirteenth round (tuning data now); floors a
     * little under its tuning figures.
     */
    private static final double BLIND8_FINISHED_FLOOR = 0.95;
    // Thirteenth round, tuned on: 40 of 42 (95.2%); a child's surname no longer taken for her name ("Demi Walsh 12").
    // Round 30 (check-conventions): 40 -> 39 of 42 (92.9%): a worker's "3x a week" is services' shorthand (check-conventions.md).
    // Round 31 (draft-shorthand): 39 -> 40 of 42: "3x a week" written "3 times a week"; check-misreads: 40 -> 39, "will be
    // left with no grown up" is what the adults do, not what it means for the child (as blind10's and blind14's readers).
    private static final double BLIND8_PASSING_FLOOR = 0.92;

    /**
     * blind9's one blind run, after the thirteenth round's merge (2026-12-07): 12 of 12 finished without a dead end, 37 of
     * 42 composed texts passing every check (88.1%; stays recorded). Read and tuned on in the fourteenth round (tuning data
     * now); floors a little under its tuning figures.
     */
    private static final double BLIND9_FINISHED_FLOOR = 0.95;
    // Fourteenth round, tuned on: 38 of 42 (90.5%); a service asked for in a long message at the children step ("can u do
    // 14+ instead of LAC") is the change, and "do" is no child's name. Fifteenth round (draft20): 39 of 42 (92.9%), what
    // will happen to the children said first after the worker's own "if" ("..., Mia won't ... when Mia keeps missing school").
    private static final double BLIND9_PASSING_FLOOR = 0.9;

    /**
     * blind10's one blind run, after the fourteenth round's merge (2026-12-07, counts only): 9 of 12 finished without a
     * dead end, 39 of 44 composed texts passing every check (stays recorded). Read from the fourteenth round's second half
     * (tuning data now); floors a little under its tuning figures.
     */
    private static final int BLIND10_PERSONAS = 12;
    // Tuned on: 12 of 12; "i think thats all for now", "thats the only one", "na thats everything" at another worry are no.
    private static final double BLIND10_FINISHED_FLOOR = 0.95;
    // Fifteenth round (draft20), tuned on: 39 of 44 -> 42 of 44 (95.5%); long "doing" answers of comma-joined clauses split
    // into sentences at Check's own length limit, and a "fear" that only tells what happened asked for once.
    private static final double BLIND10_PASSING_FLOOR = 0.93;

    /**
     * blind11's one blind run, after the sixteenth round's merge (2026-12-07, counts only): 8 of 12 finished without a dead
     * end, 29 of 38 composed texts passing every check (stays recorded). Read and tuned on from the seventeenth round
     * (tuning data now); floors a little under its tuning figures.
     */
    private static final int BLIND11_PERSONAS = 12;
    // Seventeenth round (draft21), tuned on: 8 -> 12 of 12; a fear said with the child first and no "will" ("Elijah gets
    // more frustrated ...") is the fear, not who again, and a bracketed note no longer makes a list of people too long.
    private static final double BLIND11_FINISHED_FLOOR = 0.95;
    // Seventeenth round (draft21): 29 of 38 -> 40 of 48 (83.3%), the four finished mappings' texts counted now, and a
    // dashed list ("- Brenda comes Mondays; - Tracey ...") composed as sentences, not one sentence Check finds too long.
    // Eighteenth round (draft22): 40 -> 46 of 48 (95.8%): what was not done said as missed ("has missed his 1 year
    // check"), "the SENCO Mrs Carr" kept after the prompt written "Mrs Carr (SENCO)", "14+" among who is worried the 14+
    // team, and a worker's own lower-case edit opening each sentence with a capital.
    // Round 31 (draft-shorthand): 45 -> 47 of 48 (97.9%; check-conventions had failed "2x" and "No infections."): "2 times",
    // "There are no infections.".
    private static final double BLIND11_PASSING_FLOOR = 0.95;

    /**
     * The twelfth blind set (tests-data/draft/blind12/), written outside the repository and played once after the
     * eighteenth round's merge (2026-12-07, counts only): 3 of 12 finished without a dead end (target 100%: not met), 11 of
     * 12 composed texts passing every check (stays recorded). Read and tuned on from the eighteenth round's draft23
     * (tuning data now); floors a little under its TUNING figures.
     */
    private static final int BLIND12_PERSONAS = 12;
    // draft23, tuned on: 3 -> 12 of 12. Who is worried given alone as a long list of people with notes ("the police
    // officer who attended, ..., my manager and I. Leanne's mother Sandra is also worried.") is who, not a fear nor
    // nothing; "FC" is First Contact; a long service answer names the team moved to; "enough for now, yes" is no more.
    private static final double BLIND12_FINISHED_FLOOR = 0.95;
    // draft23, tuned on: 11 of 12 -> 47 of 48 (97.9%), the nine finished mappings' texts counted now.
    private static final double BLIND12_PASSING_FLOOR = 0.93;

    /**
     * The thirteenth blind set (tests-data/draft/blind13/), written outside the repository and played once after the
     * twenty-fourth round's first half (2026-12-07, counts only): 12 of 12 finished without a dead end (the first fresh set
     * to meet the 100% target: the coach now asks a question at most twice about the same answer, draft24), 38 of 42
     * composed texts passing every check (90.5%; target 100%: not met; stays recorded). Read and tuned on from draft25
     * (tuning data now); floors a little under its TUNING figures. Its detours were written with no topic and were not
     * typed, on the blind run nor since (tests-data/draft/README.md, twentieth round).
     */
    private static final int BLIND13_PERSONAS = 12;
    private static final double BLIND13_FINISHED_FLOOR = 0.95;
    // draft25, tuned on: 38 -> 39 of 42 (92.9%): who is worried said as "the professionals" is asked about as Check reads it.
    // Round 30 (check-conventions): 39 -> 37 of 42 (88.1%): "Improved outcomes." (a note with no verb) and "disclosed" (a
    // professional label), both failing by knowledge/check-conventions.md.
    // Round 31 (draft-shorthand): 37 -> 39 of 42 (92.9%): "Improved outcomes." left out, "disclosed" written "told".
    private static final double BLIND13_PASSING_FLOOR = 0.92;

    /**
     * The fourteenth blind set (tests-data/draft/blind14/), written outside the repository and added by the lead unread;
     * played once after the twenty-sixth round's first-half merge (2026-12-07 18:55, counts only): 12 of 12 finished
     * (target 100%: met), every one of its 23 detours typed at its step, 31 of 40 composed texts passing every check
     * (77.5%; target 100%: not met). Read and tuned on from draft27 (tuning data now): 12 of 12 finished, 31 -> 35 of 40
     * passing (87.5%): "worried herself" is who, never the fear; MGM, SENCO and "be accommodated" in plain words; a long
     * sentence split at a bare "and". draft28: 35 -> 37 of 40 (92.5%): "will" carried on through a listed fear, report
     * words ("presenting with", a plan's category) said plainly. draft29: 37 -> 38 of 40 (95%): a fear that says its
     * cause first is said with the child first. Floors a little under that.
     */
    private static final int BLIND14_PERSONAS = 12;
    private static final double BLIND14_FINISHED_FLOOR = 0.95;
    // Round 30 (check-conventions): 38 -> 35 of 40 (87.5%): a worker's "3x", "re" and "B safe." (shorthand and a note with no
    // verb), failing by knowledge/check-conventions.md.
    // Round 31 (draft-shorthand): 35 -> 38 of 40 (95%): "3x incidents" as "3 incidents", "re" as "about", "B safe." and
    // "Improved outcomes." left out.
    private static final double BLIND14_PASSING_FLOOR = 0.94;

    /**
     * The fifteenth blind set (tests-data/draft/blind15/), written outside the repository and added by the lead unread. Its
     * one run (2026-12-07 22:05, after the twenty-ninth round's first-half merge, counts only): 12 of 12 finished, 33 of 38
     * composed texts passing every check (86.8%); main before the round the same. Read and tuned on from draft2 (tuning
     * data now): 33 -> 35 of 38 (92.1%): a fear's later parts said with its "will" ("and something happens to her or she
     * gets hurt", "and cant look after leon"). Its service changes told "now" beside the service it was ("sorry its child
     * in need now not assessment, assessment got signed off yesterday") change the service. Floors a little under that.
     */
    private static final int BLIND15_PERSONAS = 12;
    private static final double BLIND15_FINISHED_FLOOR = 0.95;
    // Round 30 (check-conventions): 35 -> 34 of 38 (89.5%): "Improved outcomes." (a note with no verb, check-conventions.md).
    // Round 31 (draft-shorthand): 34 -> 35 of 38 (92.1%): "Improved outcomes." left out.
    private static final double BLIND15_PASSING_FLOOR = 0.91;

    /**
     * The sixteenth blind set (tests-data/draft/blind16/), written outside the repository and added by the lead unread. Its
     * one run (2026-12-08 01:07, lead after the thirtieth round's first-half merge, counts only): 11 of 12 finished, 37 of
     * 40 composed texts passing every check; on main before the round (121ef6b) 11 of 12 and 38 of 40; a second blind count
     * after the thirtieth round's second half: 11 of 12 and 40 of 40. Read and tuned on from draft-deadend (tuning data
     * now): 11 -> 12 of 12 finished, 40 of 40 passing: a one-word answer that is an English word ("precious", the care
     * leaver's name at who the plan is shared with) is no slip of a command ("previous", read as back, looped her back a
     * step each time). Floors a little under that.
     */
    private static final int BLIND16_PERSONAS = 12;
    private static final double BLIND16_FINISHED_FLOOR = 0.95;
    private static final double BLIND16_PASSING_FLOOR = 0.97;

    /** The seventeenth blind set, written outside the repository and added by the lead unread: blind16's blind floors until its one run. */
    private static final int BLIND17_PERSONAS = 12;
    private static final double BLIND17_FINISHED_FLOOR = 0.90;
    private static final double BLIND17_PASSING_FLOOR = 0.95;

    @Test
    void workersFinishTheirMappingsAndTheTextsPassTheChecks() {
        BlindFigures.assertFloors(Persona.FOLDER, 12, FINISHED_FLOOR, PASSING_FLOOR);
    }

    /** The second set (tests-data/draft/blind2/): see its README for when it was first played and when read. */
    @Test
    void workersOfTheSecondBlindSetFinishAndTheirTextsPassTheChecks() {
        BlindFigures.assertFloors(Persona.BLIND2, 12, BLIND2_FINISHED_FLOOR, BLIND2_PASSING_FLOOR);
    }

    /** The third set (tests-data/draft/blind3/): measured once blind, then read and tuned on in the seventh round. */
    @Test
    void workersOfTheThirdBlindSetFinishAndTheirTextsPassTheChecks() {
        BlindFigures.assertFloors(Persona.BLIND3, 12, BLIND3_FINISHED_FLOOR, BLIND3_PASSING_FLOOR);
    }

    /** The fourth set (tests-data/draft/blind4/): played once blind after the seventh round, read and tuned on in the ninth. */
    @Test
    void workersOfTheFourthBlindSetFinishAndTheirTextsPassTheChecks() {
        BlindFigures.assertFloors(Persona.BLIND4, 12, BLIND4_FINISHED_FLOOR, BLIND4_PASSING_FLOOR);
    }

    /** The fifth set (tests-data/draft/blind5/): played once blind after the ninth round, read and tuned on in the tenth. */
    @Test
    void workersOfTheFifthBlindSetFinishAndTheirTextsPassTheChecks() {
        BlindFigures.assertFloors(Persona.BLIND5, 12, BLIND5_FINISHED_FLOOR, BLIND5_PASSING_FLOOR);
    }

    /** The sixth set (tests-data/draft/blind6/): played once blind after the tenth round, read and tuned on in the eleventh. */
    @Test
    void workersOfTheSixthBlindSetFinishAndTheirTextsPassTheChecks() {
        BlindFigures.assertFloors(Persona.BLIND6, 12, BLIND6_FINISHED_FLOOR, BLIND6_PASSING_FLOOR);
    }

    /** The seventh set (tests-data/draft/blind7/): played once blind after the eleventh round, read and tuned on in the twelfth. */
    @Test
    void workersOfTheSeventhBlindSetFinishAndTheirTextsPassTheChecks() {
        BlindFigures.assertFloors(Persona.BLIND7, 12, BLIND7_FINISHED_FLOOR, BLIND7_PASSING_FLOOR);
    }

    /** The eighth set (tests-data/draft/blind8/): played once blind after the twelfth round, read and tuned on in the thirteenth. */
    @Test
    void workersOfTheEighthBlindSetFinishAndTheirTextsPassTheChecks() {
        BlindFigures.assertFloors(Persona.BLIND8, 12, BLIND8_FINISHED_FLOOR, BLIND8_PASSING_FLOOR);
    }

    /** The ninth set (tests-data/draft/blind9/): played once blind after the thirteenth round, read and tuned on in the fourteenth. */
    @Test
    void workersOfTheNinthBlindSetFinishAndTheirTextsPassTheChecks() {
        BlindFigures.assertFloors(Persona.BLIND9, 12, BLIND9_FINISHED_FLOOR, BLIND9_PASSING_FLOOR);
    }

    /** The tenth set (tests-data/draft/blind10/): played once blind after the fourteenth round, read in its second half. */
    @Test
    void workersOfTheTenthBlindSetFinishAndTheirTextsPassTheChecks() {
        assertFloorsOnceAdded(Persona.BLIND10, BLIND10_PERSONAS, BLIND10_FINISHED_FLOOR, BLIND10_PASSING_FLOOR);
    }

    /** The eleventh set (tests-data/draft/blind11/): played once blind after the sixteenth round, tuning data from the seventeenth. */
    @Test
    void workersOfTheEleventhBlindSetFinishAndTheirTextsPassTheChecks() {
        assertFloorsOnceAdded(Persona.BLIND11, BLIND11_PERSONAS, BLIND11_FINISHED_FLOOR, BLIND11_PASSING_FLOOR);
    }

    /** The twelfth set (tests-data/draft/blind12/): played once blind after the eighteenth round, tuning data from draft23. */
    @Test
    void workersOfTheTwelfthBlindSetFinishAndTheirTextsPassTheChecks() {
        assertFloorsOnceAdded(Persona.BLIND12, BLIND12_PERSONAS, BLIND12_FINISHED_FLOOR, BLIND12_PASSING_FLOOR);
    }

    /** The thirteenth set (tests-data/draft/blind13/): played once blind after draft24's round, tuning data from draft25. */
    @Test
    void workersOfTheThirteenthBlindSetFinishAndTheirTextsPassTheChecks() {
        assertFloorsOnceAdded(Persona.BLIND13, BLIND13_PERSONAS, BLIND13_FINISHED_FLOOR, BLIND13_PASSING_FLOOR);
    }

    /** The fourteenth set (tests-data/draft/blind14/): played once blind after the twenty-sixth round's first half, tuning data from draft27. */
    @Test
    void workersOfTheFourteenthBlindSetFinishAndTheirTextsPassTheChecks() {
        assertFloorsOnceAdded(Persona.BLIND14, BLIND14_PERSONAS, BLIND14_FINISHED_FLOOR, BLIND14_PASSING_FLOOR);
    }

    /** The fifteenth set (tests-data/draft/blind15/): played once blind after the twenty-ninth round's first half, tuning data from draft2. */
    @Test
    void workersOfTheFifteenthBlindSetFinishAndTheirTextsPassTheChecks() {
        assertFloorsOnceAdded(Persona.BLIND15, BLIND15_PERSONAS, BLIND15_FINISHED_FLOOR, BLIND15_PASSING_FLOOR);
    }

    /** The sixteenth set (tests-data/draft/blind16/): played once blind after the thirtieth round's first half, tuning data from draft-deadend. */
    @Test
    void workersOfTheSixteenthBlindSetFinishAndTheirTextsPassTheChecks() {
        assertFloorsOnceAdded(Persona.BLIND16, BLIND16_PERSONAS, BLIND16_FINISHED_FLOOR, BLIND16_PASSING_FLOOR);
    }

    /** The seventeenth set (tests-data/draft/blind17/): the next blind set, skipped while absent. */
    @Test
    void workersOfTheSeventeenthBlindSetFinishAndTheirTextsPassTheChecks() {
        assertFloorsOnceAdded(Persona.BLIND17, BLIND17_PERSONAS, BLIND17_FINISHED_FLOOR, BLIND17_PASSING_FLOOR);
    }

    /** A set's floors, once its folder is in tests-data/draft (the next blind set is absent until the lead adds it). */
    private static void assertFloorsOnceAdded(java.nio.file.Path set, int personas, double finishedFloor, double passingFloor) {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(set), set + " not added yet");
        BlindFigures.assertFloors(set, personas, finishedFloor, passingFloor);
    }
}
