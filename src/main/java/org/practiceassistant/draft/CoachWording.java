package org.practiceassistant.draft;

import java.util.List;
import java.util.Locale;

/**
 * What the coach says that is not a step's own question: the welcome, the re-asks, confirmations and the
 * help text. Kept apart from the flow so the wording can be read (and changed) in one place.
 */
final class CoachWording {

    private CoachWording() {}

    static final String WELCOME = "Let's write your statements and goals together, one question at a time."
            + " At any point you can say help, example, back, skip (optional steps), where am I, start over or cancel.";
    static final String CANCELLED = "Mapping cancelled. I have not kept any of your answers. Say \"draft\" to start"
            + " a new one.";
    static final String STARTED_AGAIN = "Starting again; your previous answers are cleared.";
    static final String NOTHING_BEFORE = "This is the first question, so there is nothing to go back to.";
    static final String CHILDREN_AGES = "Please give each child's first name and age (0 to 25), for example \"Ella, 4\".";
    static final String CHILDREN_NONE = "Please give each child's first name and age, for example \"Ella, 4\" or"
            + " \"Ella 4 and Sam 7\".";
    static final String ANOTHER_WORRY = "Please reply \"yes\" to add another worry, or \"no\" to go on to bottom lines"
            + " and the scale.";
    static final String SCALE = "Please reply \"ok\" to use the 0 and 10 I suggested, or write both ends as \"0 means"
            + " ... 10 means ...\".";
    static final String SCORES_RANGE = "Scores go from 0 to 10. Please send each person with their score, for example"
            + " \"Mum 6, social worker 3\".";
    static final String SCORES_NONE = "Please send each person with their score from 0 to 10, for example \"Mum 6, Dad 5,"
            + " school 4, social worker 3\".";
    static final String OWN_WORDING_EMPTY = "Please type your wording, or say \"back\" to return to the one I built.";
    static final String FINISHED = "That is the mapping done. Here is the summary; the plain text below it can be"
            + " pasted into the case record. I do not keep a copy.";
    static final String KEEP_IT = " (Send the same answer again to keep it.)";

    static String serviceUnknown() {
        return "I did not recognise that service. Please choose one of: " + serviceList() + ".";
    }

    static String disabilitiesPlan() {
        return "Which plan is the child on? The handbook uses different words for each: "
                + serviceList(ServiceArea.DISABILITIES_SHORT_BREAKS, ServiceArea.DISABILITIES_LOOKED_AFTER) + ".";
    }

    static String serviceChosen(ServiceArea area, Vocabulary v) {
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

    static String worryNamesNoChild(MappingState state) {
        return "Please say what will happen to " + state.childNames() + " by name: the statement is about the impact on"
                + " the child, for example \"... worried that " + state.children().getFirst().firstName()
                + " will be hurt\"." + KEEP_IT;
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

    static String scoresRecorded(List<ScaleScore> scores) {
        return "Recorded: " + String.join(", ", scores.stream().map(s -> s.person() + " " + s.score()).toList()) + ".";
    }

    /** The help for a step: why it matters, the question, the pack's guidance, and what the worker can say. */
    static String help(String purpose, String question, List<GuidanceQuote> quotes, boolean optional) {
        var text = new StringBuilder(purpose).append(' ').append(question);
        for (GuidanceQuote quote : quotes) {
            text.append("\n\n> ").append(quote.text()).append("\n(").append(quote.citation()).append(")");
        }
        return text.append("\n\nYou can say: example, back").append(optional ? ", skip" : "")
                .append(", where am I, start over, cancel.").toString();
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
                    .replaceAll(" \\(.*\\)", "").toLowerCase(Locale.ROOT));
        }
        return list.toString();
    }
}
