package org.practiceassistant.draft;

import java.util.List;
import java.util.Locale;
import org.practiceassistant.conversation.ConversationFeature;

/**
 * What the coach says that is not a step's own question: the welcome, the re-asks, confirmations and the
 * help text. Kept apart from the flow so the wording can be read (and changed) in one place.
 */
final class CoachWording {

    private CoachWording() {}

    static final String WELCOME = "Let's write your statements and goals together, one question at a time."
            + " At any point you can say help, example, back, skip (optional steps), where am I, start over or cancel.";
    /** The channel answers a typed cancel before the coach sees it; the coach says the same if called directly. */
    static final String CANCELLED = ConversationFeature.CANCELLED;
    static final String STARTED_AGAIN = "Starting again; your previous answers are cleared.";
    static final String NOTHING_BEFORE = "This is the first question, so there is nothing to go back to.";
    static final String CHILDREN_AGES = "Please give each child's first name and age (0 to 25), for example \"Ella, 4\".";
    static final String CHILDREN_NONE = "Please give each child's first name and age, for example \"Ella, 4\" or"
            + " \"Ella 4 and Sam 7\". For a baby not born yet, say \"unborn baby\".";
    static final String TWINS_NAMES = "What are their first names? For example \"twins Ava and Mia, 6\": each child is"
            + " named in the statements.";
    static final String ANOTHER_WORRY = "Please reply \"yes\" to add another worry, or \"no\" to go on to bottom lines"
            + " and the scale.";
    /** The second answer at "another worry?" the coach could not read: exactly what to type, and the buttons. */
    static String anotherWorryPlainly(String statement, String childNames) {
        return "I still could not tell if there is another worry. Type **yes** to write another " + statement.toLowerCase(
                java.util.Locale.ROOT) + " for " + childNames + ", or **no** if that is all the worries and you want to go on"
                + " to bottom lines. You can also press Yes or No below.";
    }

    static final String SCALE = "Please reply \"ok\" to use the 0 and 10 I suggested, or write both ends as \"0 means"
            + " ... 10 means ...\".";
    static final String SCORES_RANGE = "Scores go from 0 to 10. Please send each person with their score, for example"
            + " \"Mum 6, social worker 3\".";
    static final String SCORES_NONE = "Please send each person with their score from 0 to 10, for example \"Mum 6, Dad 5,"
            + " school 4, social worker 3\".";
    static final String OWN_WORDING_EMPTY = "Please type your wording, or say \"back\" to return to the one I built.";
    static final String FINISHED = "That is the mapping done. Here is the summary; the plain text below it can be"
            + " pasted into the case record, and the Child and Family Plan follows as a Word document. I do not keep"
            + " a copy, so please save the Word document now: once the mapping is finished I cannot send it again.";
    /** A question about the work around the mapping, typed mid-mapping: the coach answers only the mapping. */
    static final String ASIDE = "That sounds like a question for me outside the mapping, which I cannot answer while we"
            + " draft. I'll keep your place here: finish the mapping, or type **cancel** (your answers are not kept), and"
            + " then ask it. Here is where we were:";
    /** "plan" after the mapping ended: nothing was kept, so the plan cannot be made again; where to find it. */
    static final String PLAN_NOT_KEPT = "I do not keep a mapping once it is finished or cancelled, so I cannot send its"
            + " Child and Family Plan again. It was sent as a Word document at the end of the mapping: look for"
            + " \"Child and Family Plan\" further up this chat. To make a new one, say **draft**.";
    static final String PLAN_NOT_YET = "The Child and Family Plan is ready once the first statement and goal are"
            + " accepted. Let's carry on.";
    static final String PLAN_HERE = "Here is the Child and Family Plan so far, as a Word document. It holds the pairs"
            + " you have accepted; I do not keep a copy.";
    static final String KEEP_IT = " (Send the same answer again to keep it.)";

    /** The one plain re-ask when what people will be doing is nothing others could see (a course, a referral done). */
    static String seenDoing(String child) {
        return "What will people see them doing, day to day, that shows " + child + (StatementComposer.isSeveral(child)
                ? " are" : " is") + " safe? For example \"Gran will collect " + child + " from school every day and stay"
                + " until teatime\".";
    }

    /** What a good answer to each step looks like, for a re-ask after an answer that is too thin. */
    static String goodAnswer(Step step, String child) {
        return switch (step) {
            case SERVICE_AREA -> "Please choose the service that holds the case now: a button, its name or its number.";
            case CHILDREN -> CHILDREN_NONE;
            case HARM -> "Could you say what actually happened to " + child + "? Who did what, when, how often, and the"
                    + " worst time, for example \"Dad hit Ella on 3 May, leaving a bruise on her arm\".";
            case COMPLICATING_FACTORS -> "Could you say a bit more about what makes this harder to sort out? For"
                    + " example drinking, money worries, or a pattern from the past.";
            case WORKING_WELL -> "Could you say what is going well, who does it and for how long? For example \"Nan"
                    + " has the children every Friday and they are fed and on time for school\".";
            case WORRY -> worryShape(child);
            case NETWORK -> "Please name the people who can act, by first name or how they are related, for example"
                    + " \"Mum, Grandma Jean and Aunt Sara\".";
            case DOING -> "Please say what each person will be doing, day to day, that others could see, for example"
                    + " \"Grandma Jean will collect " + child + " from school every day\".";
            case CHILD_EXPERIENCE -> "Please say what life will be like for " + child + ": what they will see, feel"
                    + " and be able to do, for example \"" + child + " will sleep in their own bed and feel safe\".";
            case TIMESCALE -> "A timescale needs an end date or a length of time, so everyone knows when it is"
                    + " enough: for example \"by 31 March\" or \"for the next 6 months\". By when, or for how long?";
            case HOW_KNOWN -> "Please say who will see it, check it or write it down, and how often, for example"
                    + " \"the school will tell me every Friday and Mum will keep a diary\".";
            case REVIEW_STATEMENT, REVIEW_GOAL -> "Please choose Accept to keep it, Edit to write your own wording,"
                    + " or Rework to change one answer.";
            case ANOTHER_WORRY -> ANOTHER_WORRY;
            case BOTTOM_LINES -> "Please say what must or must not happen, or say \"skip\" if there are none.";
            case CONTINGENCY -> "Please say what will happen, and who will do it, if the plan is not kept, for example"
                    + " \"Mum will ring Grandma Jean and the police\", or say \"skip\".";
            case CHILD_VOICE -> "Please say what " + child + " said or showed you, in their words if you can, or say"
                    + " \"skip\" if you have not asked yet.";
            case IDENTITY -> "Please say anything about culture, faith, language or disability the plan should respect,"
                    + " or say \"skip\".";
            case SHARED_WITH -> "Please say who you will go through the plan with and who will have a copy, or say"
                    + " \"skip\".";
            case SCALE -> SCALE;
            case SCORES -> SCORES_NONE;
            case NEXT_STEPS -> "Please say who will do what, and by when, for example \"I will visit Mum on Tuesday;"
                    + " Nan will ring the school by Friday\".";
        };
    }

    /**
     * What to say to "I don't know" at a step the mapping cannot go on without: how to find out, and what
     * to send meanwhile. The worker's "not sure" is never kept as the answer.
     */
    static String findOut(Step step, String child, MappingWords v) {
        String lead = "That's fine: not knowing yet is part of mapping. ";
        return switch (step) {
            case SERVICE_AREA -> "The service is the team that holds the case now; if you are not sure, ask your"
                    + " manager. Choose one of the buttons, or type its name or number.";
            case CHILDREN -> "The case record has each child's first name and age. " + CHILDREN_NONE;
            case HARM -> lead + "Read the referral and the chronology, or ask the referrer what they saw. The "
                    + v.statement() + " rests on what really happened, so when you know, send it here.";
            case WORRY -> lead + "Ask the people who are worried what they fear will happen to " + child + " if nothing"
                    + " changes. " + worryShape(child);
            case NETWORK -> lead + "Ask the family who they trust and who already helps (an eco-map or a network"
                    + " meeting finds them). Send the names you have; you can add people later.";
            case DOING, CHILD_EXPERIENCE, HOW_KNOWN -> lead + "This is agreed with the family and network, so send"
                    + " your best idea now and check it with them. " + goodAnswer(step, child);
            case TIMESCALE -> lead + "Think about " + child + "'s age and history: how long must things be safe before"
                    + " you could close? Send your best idea as a date or a length of time, for example \"for the next"
                    + " 6 months\"; agree it with the family later.";
            case SCORES -> lead + "Ask each person where they would put things from 0 to 10. Send the scores you have"
                    + " now, for example \"social worker 3\".";
            case NEXT_STEPS -> lead + "Start with what you will do next and by when. " + goodAnswer(step, child);
            default -> goodAnswer(step, child);
        };
    }

    static final String SCORES_SAY_AGAIN = " If nobody has scored yet, say \"not sure\" again and the scores will be"
            + " listed as to find out.";
    static final String SAY_AGAIN_TO_FIND_OUT = " If you cannot say yet, say \"not sure\" again and it will be listed as"
            + " still to find out.";
    static final String TIMESCALE_SAY_AGAIN = " If it cannot be set yet, say \"not sure\" again and the goal will say it is"
            + " still to be agreed.";
    static final String OPEN_ENDED_AGAIN = " If no end can be set yet, send the same again and the goal will say the"
            + " timescale is still to be agreed.";
    /** Asked when the timescale given says how often but not for how long. */
    static String untilWhen(String frequency) {
        return "Until when? \"" + (frequency.strip().length() > 60 ? frequency.strip().substring(0, 60) + "..." : frequency.strip()) + "\" says how often, not for how long. Give an end"
                + " date or how long it must carry on, for example \"until the review in March\" or \"for the next 6 months\"."
                + KEEP_IT;
    }

    static final String WORRY_PART_UNDONE = "Gone back to the start of this step: say who is worried and what they fear"
            + " (say \"back\" again for the step before).";

    /** Said when the fear given is what everyone hopes for: that belongs in the goal, and the statement needs the fear. */
    static String fearNotHope(String child) {
        return "That sounds like what you hope for " + child + ", which goes in the goal later. Here, say what they fear"
                + " will happen to " + child + " if nothing changes, for example \"" + child + " will be hurt\"." + KEEP_IT;
    }

    static final String TIMESCALE_TO_AGREE = "Noted: the timescale is still to be agreed. The goal says so; agree it with"
            + " the family, then add it by saying \"rework\" at the review.";

    /** Said when an answer that only gives the context is not known yet: it is listed, not invented. */
    static String keptAsNotKnown(String title, Step step, String child) {
        return keptAsNotKnown(title, step, child, false);
    }

    static String keptAsNotKnown(String title, Step step, String child, boolean babies) {
        return "Noted: " + title + " not known yet. I have listed it under \"to find out\": " + (step == Step.CHILD_VOICE
                ? (babies ? "see " + child + " with the people caring for them and note how " + child + " responds."
                        : "see " + child + " and ask, in a way that suits their age (three houses, words and pictures).")
                : "ask the family and the network at your next visit.");
    }

    /** The worker asked, after their answer, whether it will do, and it does: kept without the question. */
    static final String QUESTION_AFTER_A_KEPT_ANSWER = "On your question: yes, that gives this step what it needs. I have"
            + " kept your answer, without the question at the end. (Say \"back\" to change it, or \"help\" if you meant"
            + " something else.)";
    /** The worker asked, after their answer, whether it will do, and it does not yet: the re-ask after this says why. */
    static final String QUESTION_AFTER_AN_ANSWER = "On your question: nearly. Here is what would make the answer work (I"
            + " have left the question at the end out of it):";

    /**
     * The service changed mid-mapping ("its gone to CP now, do i start again?"): no need to start again, what the words
     * become (the handbook's, never a "success statement"), and what the new plan asks for that the old did not.
     *
     * @param before  the words the mapping used until now
     * @param written worries already written (kept as accepted, in the words they were written in)
     * @param step    where the worker is: at a review a bare "rework 1" changes answer 1, so the offer says "rework worry 1"
     */
    static String serviceChanged(ServiceArea area, MappingWords before, MappingWords v, int written, Step step) {
        var said = new StringBuilder("Changed the service to " + area.label() + ": no need to start again, every answer so"
                + " far is kept.");
        if (before == null || before.model().equals(v.model())) {
            said.append(" We will write ").append(v.statement()).append("s and ").append(v.goal()).append("s.");
        } else {
            said.append(" This mapping now uses ").append(v.model()).append(" instead of ").append(before.model())
                    .append(", so the words change: ").append(becomes(before.statement(), v.statement()))
                    .append(becomes(before.goal(), v.goal())).append("\"").append(before.existing()).append("\" becomes \"")
                    .append(v.existing()).append("\".");
        }
        if (written > 0) {
            said.append(" The ").append(written == 1 ? "worry" : written + " worries").append(" already written stay")
                    .append(written == 1 ? "s" : "").append(" as accepted");
            if (before != null && !before.model().equals(v.model())) {
                boolean atAReview = step == Step.REVIEW_STATEMENT || step == Step.REVIEW_GOAL;
                said.append(". Say \"rework ").append(atAReview ? "worry " : "").append("1\" to re-word worry 1 as a ")
                        .append(v.statement()).append(written > 1 ? " (\"rework " + (atAReview ? "worry " : "") + "2\" for worry 2)" : "")
                        .append(".");
            } else {
                said.append("; say \"rework\" at a review to word one again.");
            }
        }
        if (v.speaksOfDanger() && (before == null || !before.speaksOfDanger())) {
            said.append(" A child protection plan also needs bottom lines, a contingency plan, how often you will visit and"
                    + " the date of the review conference: I will ask for them after the worries.");
        } else if (area == ServiceArea.CHILDREN_LOOKED_AFTER || area == ServiceArea.DISABILITIES_LOOKED_AFTER) {
            said.append(" This is now a looked-after child's plan: reviews are the child's looked-after reviews with the"
                    + " independent reviewing officer, and visits are the statutory ones. If a worry is about the child being"
                    + " harmed, the plan still needs a Signs of Safety part for it (a danger statement and safety goal).");
        }
        return said.toString();
    }

    /** A change asked for to the service the mapping is already in: nothing changes, and how to pick another. */
    static String serviceAlready(ServiceArea area, MappingWords v) {
        return "This mapping is already " + area.label() + ", so nothing changes: we are writing " + v.statement() + "s and "
                + v.goal() + "s (" + v.model() + "). To change to another service, say its name, for example \"actually"
                + " it's early help\".";
    }

    /** "rework 1": the earlier worry, composed again from its answers, to be reviewed in the new service's words. */
    static String wordingAgain(int worry, MappingWords v) {
        return "Worry " + worry + " again, as a " + v.statement() + " and " + v.goal() + " composed from your answers (any"
                + " wording of your own is replaced). Accept, edit or rework each; then we go back to where you were.";
    }

    /** After an earlier worry was worded again, the question the worker had reached. */
    static final String BACK_TO_WHERE_YOU_WERE = "Thank you: that worry is done. Back to where you were.";

    private static String becomes(String was, String now) {
        return was.equals(now) ? "" : was + "s become " + now + "s, ";
    }

    static String serviceUnknown() {
        return "I did not recognise that service. Please choose one of: " + serviceList() + ".";
    }

    static String disabilitiesPlan() {
        return "Which plan is the child on? The handbook uses different words for each: "
                + serviceList(ServiceArea.DISABILITIES_SHORT_BREAKS, ServiceArea.DISABILITIES_LOOKED_AFTER) + ". If you"
                + " are not sure, send the same again and I will use child in need; you can change it later.";
    }

    /** A team named for how it holds cases ("transfer"): the plan the child is on decides the words. */
    static String teamPlan() {
        return "Which plan is the child on? A team like yours holds children on any of them, and the handbook uses"
                + " different words for each: " + serviceList(ServiceArea.CHILD_IN_NEED,
                ServiceArea.CHILDREN_LOOKED_AFTER) + ". If you are not sure, send the same again and I will use child in"
                + " need; you can change it later.";
    }

    /** Which statement and goal to write, asked before the service is known. */
    static final String WHICH_WORDS_NO_SERVICE = "That depends on the service: the handbook's table gives each service its"
            + " own words (danger statement and safety goal, or worry statement and wellbeing or success goal). Tell me"
            + " the service and I will use its words.";

    /** Which statement and goal to write, asked mid-flow: the service's words, and how to change the service. */
    static String whichWords(ServiceArea area, MappingWords v) {
        return serviceChosen(area, v) + " These are the handbook's words for " + area.label() + ". If that is not your"
                + " service, tell me the right one (\"actually it's child protection\") and the words change; your answers"
                + " are kept. Here is where we were:";
    }

    static String serviceChosen(ServiceArea area, MappingWords v) {
        return area.label() + " uses " + v.model() + ": for each worry we will write a " + v.statement()
                + " and a paired " + v.goal() + ".";
    }

    static String childrenNamed(List<Child> children) {
        return "Thank you. This mapping is about " + String.join(", ", children.stream().map(Child::describe).toList())
                + ".";
    }

    static String worryShape(String childNames) {
        return "Please start with who is worried and then what they fear, for example \"The school and I are worried"
                + " that " + childNames + " will ...\".";
    }

    /** Who is worried was said alone: what they fear is asked for on its own. */
    /**
     * The fear said only what has happened: who is worried is kept and what they fear is asked for again, saying why,
     * with a future to copy.
     */
    static String fearNotWhatHappened(String who, String childNames) {
        return "Thank you: " + who + ". That tells me what has happened, which the statement says after \"This is because\"."
                + " What do they fear will happen to " + childNames + " if nothing changes? For example \"" + childNames
                + " could be badly hurt\" or \"" + childNames + " will keep missing school\"." + KEEP_IT;
    }

    static String worryFearNext(String who, String childNames) {
        return "Thank you: " + who + ". What do they fear will happen to " + childNames + " if nothing changes? For"
                + " example \"" + childNames + " will be hurt when ...\".";
    }

    /** Asked for the fear, the worker named people again: what is still missing, not the whole request. */
    static String worryFearStill(String who, String childNames) {
        return "I have who is worried (" + who + "). What I still need is what they fear will happen to " + childNames
                + " if nothing changes, for example \"" + childNames + " will miss school and fall behind\".";
    }

    /** The fear was said without who is worried: who fears it is asked for on its own. */
    static String worryWhoNext() {
        return "Thank you, that is what they fear. Now say who is worried about it: name them, for example \"the school,"
                + " Nan and I\".";
    }

    /** Asked who is worried, the worker said something that names no one. */
    static String worryWhoStill() {
        return "I have what they fear. What I still need is who is worried: name the people, for example \"the"
                + " health visitor and I\".";
    }

    /** A next step with no one to do it: the plan's action table would have an empty "Who will do this?" box. */
    static String nextStepMissing(String action, String missing) {
        return "Please say who will do each step, and by when, so the plan's table says who does what by when. \"" + action
                + "\" has no " + missing + ": for example \"I will " + lowerFirst(action) + " by Friday\"." + KEEP_IT;
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /** Who is worried said as a group that names nobody ("the professionals", "everyone"). */
    static String whoUnnamed(String childNames) {
        return "Who are they? Name each by their role or name, so the family knows who is worried about " + childNames
                + ", for example \"the school nurse, the police and I\"." + KEEP_IT;
    }

    static String worryNamesNoChild(MappingState state) {
        return "Please say what will happen to " + state.childNames() + " by name: the statement is about the impact on"
                + " the child, for example \"... worried that " + (state.children().isEmpty() ? "the child"
                        : state.children().getFirst().firstName())
                + " will be hurt\"." + KEEP_IT;
    }

    /**
     * "not sure" a second time at a step the statement or goal is built on: not the same advice again, but why it cannot
     * be left out, a smaller thing to send, and how to pause without losing anything.
     */
    static String notKnownAgain(Step step, String child) {
        return "This one cannot be left out: the statement and goal are built on it. Send what you do know, even a little"
                + " (you can change it later with rework), or say \"example\" to see an answer. To find out first, say"
                + " \"wait\": your answers are kept, and you can carry on when you know." + (step == Step.SERVICE_AREA
                || step == Step.CHILDREN ? "" : " " + goodAnswer(step, child));
    }

    /** "wait": nothing is lost; the mapping is kept for the idle time-out. */
    static String waiting(java.time.Duration kept, String question) {
        long hours = kept.toHours();
        String howLong = hours >= 1 ? hours + " hour" + (hours == 1 ? "" : "s") : kept.toMinutes() + " minutes";
        return "No rush: your answers so far are kept here for " + howLong + " after your last message. Answer when you"
                + " are ready." + (question.isEmpty() ? "" : " " + question);
    }

    static String cannotSkip(String purpose) {
        return "This step cannot be skipped: " + purpose.toLowerCase(Locale.ROOT) + " Say \"example\" to see an answer,"
                + " or \"help\" for the guidance.";
    }

    static String earlierAnswer(String answer) {
        return "Your answer was: \"" + answer + "\". Send a new answer to change it, or the same one to keep it.";
    }

    static String reworkEarlierAnswer(String answer) {
        return "Your answer was: \"" + answer + "\". Send the new answer.";
    }

    static String whereAmI(String progress, String title, MappingState state) {
        return "You are at " + progress.toLowerCase(Locale.ROOT) + ": " + title
                + (state.step().scope() == Step.Scope.WORRY ? " (worry " + (state.worry() + 1) + ")" : "") + ".";
    }

    static String ownWording(String term) {
        return "Type your own wording of the " + term + " and I will check it. Say \"back\" to keep the one above.";
    }

    /** A reply at a review that is no choice and does not read as a statement or goal: nothing is changed. */
    static String reviewNotWording(String term) {
        return "I have not changed the " + term + ". To put it in your own words, say \"edit\" and then send your wording;"
                + " to change one of your answers, say \"rework\"; or \"accept\" to keep it.";
    }

    static String whichToRework() {
        return "Which answer would you like to change? " + reworkList() + ". Send the number or the name.";
    }

    static String reworkNumber() {
        return "Please send the number of the answer to change: " + reworkList() + ".";
    }

    static String checkFound(int failed, String answers) {
        return "The check found " + failed + " thing" + (failed == 1 ? "" : "s") + " to improve. Say \"rework\" to add"
                + " the missing facts to one of your answers" + (answers.isEmpty() ? "" : " (probably " + answers + ")")
                + ", or \"edit\" to write your own wording.";
    }

    /** A worry sent as what is working well: not kept, so the plan never lists the danger as a strength. */
    static String worryAtWorkingWell(String childNames) {
        return "That sounds like a worry rather than something working well, so I have not kept it here. The worries"
                + " come next, at \"who is worried\". What is going well for " + childNames + " now: what do people"
                + " already do that helps, for example \"Mum has kept the house clean and got " + childNames
                + " to school every day since May\"? (Send the same answer again if you want it kept as working well.)";
    }

    static String scoresRecorded(List<ScaleScore> scores) {
        return "Recorded: " + String.join(", ", scores.stream().map(s -> s.person() + " " + s.shown()).toList()) + ".";
    }

    /**
     * The help for a step: why it matters and what the worker can say. The pack's guidance for the step
     * follows in the repeated prompt, where the card shows it as quotations.
     */
    static String help(String purpose, boolean optional) {
        return purpose + "\n\nYou can say: example, back" + (optional ? ", skip" : "")
                + ", where am I, start over, cancel. Typos are fine, and \"not sure\" is a fine answer for now.";
    }

    static String serviceList() {
        return serviceList(ServiceArea.values()[0], ServiceArea.values()[ServiceArea.values().length - 1]);
    }

    /** "1 Early Help, 2 Child in Need, ..." for the areas from {@code first} to {@code last}. */
    static String serviceList(ServiceArea first, ServiceArea last) {
        var list = new StringBuilder();
        for (ServiceArea area : ServiceArea.values()) {
            if (area.ordinal() >= first.ordinal() && area.ordinal() <= last.ordinal()) {
                list.append(list.isEmpty() ? "" : ", ").append(area.ordinal() + 1).append(" ").append(area.label());
            }
        }
        return list.toString();
    }

    /** "1 what has happened; 2 complicating factors; ..." */
    static String reworkList() {
        var list = new StringBuilder();
        List<Step> steps = StepTemplates.REWORKABLE;
        for (int i = 0; i < steps.size(); i++) {
            list.append(i == 0 ? "" : "; ").append(i + 1).append(" ").append(steps.get(i).title()
                    .replaceAll(" \\(.*\\)", "").replace("{child}", "the child").toLowerCase(Locale.ROOT));
        }
        return list.toString();
    }

    // Where the coach moves on rather than ask a third time (ReAskLimit, KeptAsGiven).

    static String serviceFirstGuess(ServiceArea area, MappingWords v) {
        return "I have started with " + area.label() + ", the commonest, so we can go on: for each worry we will write a "
                + v.statement() + " and a paired " + v.goal() + ". If the case is in another service, say so at any time"
                + " (\"actually it's child protection\") and the words change; your answers are kept.";
    }

    static final String CHILDREN_LATER = "I will say \"the child\" for now, so we can go on. Add each child's first name"
            + " and age when you have them (say \"back\" now, or start a new mapping).";

    static final String NO_MORE_WORRIES_FOR_NOW = "I have taken that as no more worries for now, so we can go on. You can"
            + " map another worry in a new mapping.";

    static final String SCALE_PROPOSED_KEPT = "I have kept the 0 and 10 above, so we can go on; you can change them in the"
            + " plan.";

    static final String REVIEW_KEPT = "I have kept it as it stands, so we can go on; you can still change the wording in"
            + " the plan before you share it.";

    /** What the answer to a step could still say, in a few words; for the note when it is kept as given. */
    private static String whatItCouldSay(Step step, String child) {
        return switch (step) {
            case HARM -> "who did what to " + child + ", when, and how often";
            case COMPLICATING_FACTORS -> "what makes this harder to sort out";
            case WORKING_WELL -> "what is going well, who does it, and for how long";
            case WORRY -> "who is worried and what they fear will happen to " + child + " if nothing changes";
            case NETWORK -> "the people who can act, by name or how they are related";
            case DOING -> "what each person will be seen doing, day to day";
            case CHILD_EXPERIENCE -> "what life will be like for " + child;
            case TIMESCALE -> "an end date or how long it must carry on";
            case HOW_KNOWN -> "who will see it, check it or write it down";
            case NEXT_STEPS -> "who will do what, and by when";
            case BOTTOM_LINES -> "what must or must not happen";
            case CONTINGENCY -> "what will happen, and who will step in, if the plan is not kept";
            case CHILD_VOICE -> "what " + child + " said, in their own words";
            case IDENTITY -> "culture, faith, language or disability the plan should respect";
            case SHARED_WITH -> "who you will go through the plan with, and who has a copy";
            default -> "the answer to this question";
        };
    }

    /** Said when the worker stands by an answer the coach asked about: kept, with what could still be better. */
    static String keptAsGiven(Step step, String child, boolean reworkable) {
        return "Kept as you gave it, so we can go on. It could still say more clearly " + whatItCouldSay(step, child)
                + (reworkable ? "; you can change it with \"rework\" at the review." : "; you can change it in the plan.");
    }

    /** Said when no answer the coach could use came after two re-asks: not known yet, and what to find out. */
    static String keptToFindOut(Step step, String child, boolean reworkable) {
        return "I have noted this as not known yet, so we can go on. Find out " + whatItCouldSay(step, child)
                + (reworkable ? ", then add it with \"rework\" at the review." : ", then add it to the plan.");
    }
}
