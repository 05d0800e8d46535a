package org.practiceassistant.draft;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.practiceassistant.system.text.EnglishWords;

/**
 * The one place that reads what a worker's words mean to the coach: starting a mapping, the commands that
 * work at every step, "I don't know", and the short replies some steps expect (yes / no, accept / edit /
 * rework, ok). Whole-message matches only, so an answer that merely contains "help" or "back" is still an
 * answer; typos are forgiven by {@link ForgivingMatch}, except in the commands that throw answers away
 * (cancel, start over), which are never guessed.
 */
final class CoachIntentParser {

    private static final Pattern START = Pattern.compile(
            "(?:draft|start (?:a )?(?:mapping|draft)|(?:help me )?(?:write|draft|start) (?:a |my |the )?"
                    + "(?:danger|worry) statements?(?: and (?:a |the )?(?:safety|wellbeing|success) goals?)?"
                    + "|(?:help me )?(?:write|draft) (?:a |my |the )?(?:safety|wellbeing|success) goals?"
                    + "|(?:help me )?(?:do|start|write) (?:a |my )?mapping)");

    /** Commands whose typos are forgiven: they only show something or move one step. */
    private static final ForgivingMatch<CoachCommand> COMMANDS = new ForgivingMatch<>(Map.ofEntries(
            Map.entry("help", CoachCommand.HELP),
            Map.entry("?", CoachCommand.HELP),
            Map.entry("help me", CoachCommand.HELP),
            Map.entry("what do i do", CoachCommand.HELP),
            Map.entry("what do i put", CoachCommand.HELP),
            Map.entry("what do you mean", CoachCommand.HELP),
            Map.entry("what do u mean", CoachCommand.HELP),
            Map.entry("wdym", CoachCommand.HELP),
            Map.entry("what does that mean", CoachCommand.HELP),
            Map.entry("what does this mean", CoachCommand.HELP),
            Map.entry("not sure what you mean", CoachCommand.HELP),
            Map.entry("i don't understand", CoachCommand.HELP),
            Map.entry("i dont understand", CoachCommand.HELP),
            Map.entry("don't understand", CoachCommand.HELP),
            Map.entry("dont understand", CoachCommand.HELP),
            Map.entry("i don't get it", CoachCommand.HELP),
            Map.entry("i dont get it", CoachCommand.HELP),
            Map.entry("confused", CoachCommand.HELP),
            Map.entry("i'm confused", CoachCommand.HELP),
            Map.entry("im confused", CoachCommand.HELP),
            Map.entry("what", CoachCommand.HELP),
            Map.entry("huh", CoachCommand.HELP),
            Map.entry("pardon", CoachCommand.HELP),
            Map.entry("sorry what", CoachCommand.HELP),
            Map.entry("help please", CoachCommand.HELP),
            Map.entry("help pls", CoachCommand.HELP),
            Map.entry("what's this", CoachCommand.HELP),
            Map.entry("what is this", CoachCommand.HELP),
            Map.entry("wait go back", CoachCommand.BACK),
            Map.entry("wait back", CoachCommand.BACK),
            Map.entry("oops back", CoachCommand.BACK),
            Map.entry("oops go back", CoachCommand.BACK),
            Map.entry("example", CoachCommand.EXAMPLE),
            Map.entry("examples", CoachCommand.EXAMPLE),
            Map.entry("eg", CoachCommand.EXAMPLE),
            Map.entry("show me an example", CoachCommand.EXAMPLE),
            Map.entry("give me an example", CoachCommand.EXAMPLE),
            Map.entry("an example", CoachCommand.EXAMPLE),
            Map.entry("example please", CoachCommand.EXAMPLE),
            Map.entry("example pls", CoachCommand.EXAMPLE),
            Map.entry("an example please", CoachCommand.EXAMPLE),
            Map.entry("back", CoachCommand.BACK),
            Map.entry("go back", CoachCommand.BACK),
            Map.entry("previous", CoachCommand.BACK),
            Map.entry("undo", CoachCommand.BACK),
            Map.entry("skip", CoachCommand.SKIP),
            Map.entry("skip this", CoachCommand.SKIP),
            Map.entry("skip it", CoachCommand.SKIP),
            Map.entry("skip for now", CoachCommand.SKIP),
            Map.entry("skip this one", CoachCommand.SKIP),
            Map.entry("skip that", CoachCommand.SKIP),
            Map.entry("skip please", CoachCommand.SKIP),
            Map.entry("pass", CoachCommand.SKIP),
            Map.entry("leave it", CoachCommand.SKIP),
            Map.entry("leave it for now", CoachCommand.SKIP),
            Map.entry("leave blank", CoachCommand.SKIP),
            Map.entry("come back to it", CoachCommand.SKIP),
            Map.entry("come back to this", CoachCommand.SKIP),
            Map.entry("where am i", CoachCommand.WHERE_AM_I),
            Map.entry("progress", CoachCommand.WHERE_AM_I),
            Map.entry("what step am i on", CoachCommand.WHERE_AM_I),
            Map.entry("plan", CoachCommand.PLAN),
            Map.entry("the plan", CoachCommand.PLAN),
            Map.entry("docx", CoachCommand.PLAN),
            Map.entry("word document", CoachCommand.PLAN),
            Map.entry("download", CoachCommand.PLAN),
            Map.entry("download the plan", CoachCommand.PLAN),
            Map.entry("child and family plan", CoachCommand.PLAN),
            Map.entry("get the plan", CoachCommand.PLAN)));

    /**
     * Asking for time, matched exactly: one slip from "wait" are names ("Walt", "Watt"), and a missed "wiat" costs
     * nothing (it is kept as an answer the coach asks about).
     */
    private static final Set<String> WAITING = Set.of("wait", "wait a sec", "wait a second", "wait a minute", "wait a min",
            "hang on", "hold on", "one sec", "one second", "one moment", "one min", "just a sec", "just a minute",
            "give me a sec", "give me a minute", "brb", "pause", "let me check", "let me think");

    /**
     * Typos of the commands that throw the answers away ("cancle", "strat over"): one slip only, and never when every
     * word typed is an English word ("cancer", "candle" mean what they say), as the channel reads its own commands.
     */
    private static final ForgivingMatch<CoachCommand> THROWING_AWAY = new ForgivingMatch<>(Map.of(
            "cancel", CoachCommand.CANCEL,
            "start over", CoachCommand.START_OVER,
            "start again", CoachCommand.START_OVER,
            "restart", CoachCommand.START_OVER), 1);
    /** Below this many letters a slip of a throw-away command is more likely another word ("stpo", "quiet"). */
    private static final int THROWING_AWAY_FROM = 6;

    static Optional<CoachCommand> throwingAwayTypo(String said) {
        return meantAsTyped(said) ? Optional.empty() : THROWING_AWAY.match(said, THROWING_AWAY_FROM);
    }

    /**
     * A command said exactly, or read from a slip of one. Words all on the English list are what the worker meant, not a
     * slip: "precious" is a name at who the plan is shared with, two slips from "previous", and reading it as back sent
     * the worker to the step before on every try, a loop with no way on.
     */
    static Optional<CoachCommand> forgivenCommand(String said) {
        return meantAsTyped(said) ? COMMANDS.match(said, Integer.MAX_VALUE) : COMMANDS.match(said);
    }

    /** Every word typed is an English word ("cancer", "precious"), so it is never read as a typo of a command. */
    private static boolean meantAsTyped(String said) {
        return Arrays.stream(said.split(" ")).allMatch(EnglishWords::contains);
    }

    /** Commands that throw the answers away: exact words only. */
    private static final Map<String, CoachCommand> EXACT_COMMANDS = Map.of(
            "cancel", CoachCommand.CANCEL,
            "stop", CoachCommand.CANCEL,
            "quit", CoachCommand.CANCEL,
            "start over", CoachCommand.START_OVER,
            "start again", CoachCommand.START_OVER,
            "restart", CoachCommand.START_OVER);

    /** What a worker says at a review: keep it, write their own, or change one answer. */
    enum ReviewChoice { ACCEPT, EDIT, REWORK }

    private enum YesNo { YES, NO }

    private static final ForgivingMatch<YesNo> YES_NO = new ForgivingMatch<>(phrases(
            List.of("yes", "y", "yes please", "yes pls", "yes plz", "yeah", "yea", "ya", "yep", "yup", "ok", "okay", "k",
                    "sure", "accept", "accepted", "looks good", "that's fine", "thats fine", "fine", "good", "great",
                    "use these", "use them", "use that", "agree", "agreed", "correct", "happy with that", "perfect",
                    "go on", "sounds good", "that's good", "thats good", "keep it", "keep", "lgtm", "ok thanks", "use yours",
                    "use your one", "go with that", "go with yours", "that works", "sounds fine", "yes thats fine",
                    "yes that's fine", "ok use that", "yes use that", "use the suggested one", "use the suggestion",
                    "that's right", "thats right", "ok fine", "yes fine", "fine thanks", "yes ok", "ok yes"),
            YesNo.YES,
            List.of("no", "n", "no thanks", "no thank you", "nope", "nah", "none", "that's all", "thats all",
                    "that's it", "thats it", "no more", "done", "finished", "not really", "no that's all",
                    "no thats all", "no that's it", "no thats it", "nothing else", "nothing", "no more worries", "no other worries",
                    "n/a", "na", "not applicable", "none known", "nothing known", "none that i know of", "nothing to add",
                    "none at the moment", "none for now", "none at this stage", "nothing yet", "nothing at the moment",
                    "no bottom lines", "no bottom lines yet", "no bottom lines at the moment", "not at this stage",
                    "nothing to add at the moment", "no concerns", "no issues", "nothing specific", "none really"),
            YesNo.NO));

    private static final ForgivingMatch<ReviewChoice> REVIEW_WORDS = new ForgivingMatch<>(Map.ofEntries(
            Map.entry("edit", ReviewChoice.EDIT),
            Map.entry("edit it", ReviewChoice.EDIT),
            Map.entry("change it", ReviewChoice.EDIT),
            Map.entry("my own words", ReviewChoice.EDIT),
            Map.entry("write my own", ReviewChoice.EDIT),
            Map.entry("i'll write it", ReviewChoice.EDIT),
            Map.entry("rework", ReviewChoice.REWORK),
            Map.entry("rework a step", ReviewChoice.REWORK),
            Map.entry("rework one step", ReviewChoice.REWORK),
            Map.entry("rework it", ReviewChoice.REWORK),
            Map.entry("redo", ReviewChoice.REWORK),
            Map.entry("change an answer", ReviewChoice.REWORK),
            Map.entry("change one answer", ReviewChoice.REWORK),
            Map.entry("edit please", ReviewChoice.EDIT),
            Map.entry("edit pls", ReviewChoice.EDIT),
            Map.entry("rewrite", ReviewChoice.EDIT),
            Map.entry("rewrite it", ReviewChoice.EDIT),
            Map.entry("i want to rewrite it", ReviewChoice.EDIT),
            Map.entry("i want to edit it", ReviewChoice.EDIT),
            Map.entry("i'll write my own", ReviewChoice.EDIT),
            Map.entry("ill write my own", ReviewChoice.EDIT),
            Map.entry("my own wording", ReviewChoice.EDIT),
            Map.entry("rework please", ReviewChoice.REWORK),
            Map.entry("done", ReviewChoice.ACCEPT),
            Map.entry("next", ReviewChoice.ACCEPT),
            Map.entry("go with it", ReviewChoice.ACCEPT),
            Map.entry("go with that", ReviewChoice.ACCEPT),
            Map.entry("lets go with that", ReviewChoice.ACCEPT),
            Map.entry("let's go with that", ReviewChoice.ACCEPT)));

    private static final List<String> QUESTION_OPENINGS = List.of("do i ", "how do i ", "how do you ", "what is ",
            "what's ", "whats ", "what does ", "should i ", "is it ", "is this ", "is that ", "do we ", "what do i ",
            "do i need", "what counts", "who do i ", "which do i ", "help what", "help how", "help do ", "help is ",
            "help which", "help who", "hlep ", "halp ", "why do ", "why is ", "why does ", "can you ", "could you ",
            "where do i ", "when do i ", "how much ", "how long should ", "how many ", "does it ", "do you ",
            "what kind of ", "what sort of ", "what should ", "what if ", "can i put ", "can i just ", "can i say ",
            "can i write ", "is it ok ", "is it okay ", "are we ", "what are ", "what do you mean ", "what do u mean ",
            "wdym ", "i don't understand ", "i dont understand ", "don't understand ", "dont understand ", "confused ",
            "im confused ", "i'm confused ", "not sure what you mean ", "how will we ", "how would we ", "how will i ",
            "how would i ", "how can we ");
    private static final int QUESTION_MAX_WORDS = 12;
    /*
     * "hes 19 tho, what do i put for the childs experience": asking what to write, after a word about the case, is a
     * question about the step wherever it comes in a short message, never the answer.
     */
    private static final List<String> WHAT_TO_WRITE = List.of(" what do i put ", " what should i put ", " what do i write ",
            " what should i write ", " what do i say ", " what should i say ", " what do we put ", " what goes here ");

    /**
     * "hlep what is the scale for", "do i put police view or mine", "oskar can't score how do i put him": a short
     * question about the step is not an answer to it, so the coach explains the step and asks again.
     */
    static boolean asksAboutTheStep(String normalised) {
        String padded = " " + normalised + " ";
        if (normalised.isEmpty() || normalised.split(" ").length > QUESTION_MAX_WORDS || CHANGING.stream()
                .anyMatch(normalised::startsWith)) {
            return false;
        }
        return QUESTION_OPENINGS.stream().anyMatch(normalised::startsWith) || padded.contains(" how do i ")
                // "she hasnt really got anyone tho what do i put": saying there is nobody answers who will act, and the
                // coach's reply to that answer says what a goal needs, so it is no question about the step.
                || WHAT_TO_WRITE.stream().anyMatch(padded::contains) && !NetworkAnswer.saysNobody(normalised)
                || padded.contains(" or not ") && normalised.startsWith("is ")
                // "child is the care leaver herself right or the baby", "so its mum who acts right": a tag question.
                || padded.contains(" right or ") || normalised.endsWith(" right") || normalised.endsWith(" innit");
    }

    /**
     * "how does that work for an unborn?": a short message that opens as a question and ends with its question mark
     * asks about the step whatever its words, so it is never kept as the answer.
     */
    static boolean isAShortQuestion(String typed, String normalised) {
        return typed.strip().endsWith("?") && !normalised.isEmpty() && normalised.split(" ").length <= QUESTION_MAX_WORDS
                && ANY_QUESTION.stream().anyMatch(normalised::startsWith)
                && CHANGING.stream().noneMatch(normalised::startsWith);
    }

    /** How a question opens, whatever it is about. */
    private static final List<String> ANY_QUESTION = List.of("how ", "what ", "whats ", "what's ", "when ", "where ",
            "why ", "who ", "which ", "does ", "do ", "can ", "could ", "should ", "is ", "are ", "will ", "am i ", "b4 ");
    /** Words of the work around a mapping (procedure, meetings, reports), not of any step's answer. */
    private static final List<String> PROCEDURE_WORDS = List.of(" conference", " report ", " reports ", " court",
            " core group", " strategy meeting", " strategy discussion", " section 47", " s47", " section 17", " s17",
            " legal", " pla ", " pre proceedings", " pre-proceedings", " deadline", " procedures", " procedure ",
            " policy", " lado", " mash", " gdpr", " data protection", " parental responsibility", " chronology",
            " minutes", " sign off", " supervision", " review meeting", " days before", " days b4", " weeks before",
            " child in need meeting", " cin meeting", " transfer in", " step down", " close the case", " case closure");
    /** Words that tie a question to the mapping itself, so it is a question about the step (help), not an aside. */
    private static final List<String> STEP_WORDS = List.of(" scale", " score", " goal", " statement", " worry", " worried",
            " working well", " timescale", " network", " bottom line", " this step", " this question", " here ",
            " answer", " mapping", " plan ", " example", " put ");

    /**
     * "how many days b4 conference does mum get the report": a question about the work around the mapping, typed
     * mid-mapping. Not an answer and not about the step, so the coach keeps the worker's place and says where to ask.
     */
    static boolean asksSomethingElse(String normalised) {
        String padded = " " + normalised.replace('?', ' ') + " ";
        boolean question = normalised.endsWith("?") || ANY_QUESTION.stream().anyMatch(normalised::startsWith);
        String namedPlansApart = padded;
        for (String named : NAMED_PLANS) {
            namedPlansApart = namedPlansApart.replace(named, named.replace(" plan", "_plan"));
        }
        boolean procedure = PROCEDURE_WORDS.stream().anyMatch(padded::contains) || !namedPlansApart.equals(padded);
        return question && normalised.split(" ").length <= 2 * QUESTION_MAX_WORDS
                && procedure && STEP_WORDS.stream().noneMatch(namedPlansApart::contains);
    }

    /**
     * "how often do i have to visit on a cp plan?": a plan named by its kind is the case's statutory plan, the work around
     * the mapping, so its "plan" does not tie the question to the mapping's own steps. Longest first.
     */
    private static final List<String> NAMED_PLANS = List.of(" child protection plan", " child in need plan",
            " protection plan", " cp plan", " cin plan", " care plan", " pathway plan", " lac plan", " cla plan", " ehc plan",
            " pep plan");

    /** Short requests for back, skip or an example said in a sentence, not as the one word. */
    private static final int REQUEST_MAX_WORDS = 8;
    private static final int PLAN_REQUEST_MAX_WORDS = 16;
    private static final List<String> BACK_OPENINGS = List.of("can i go back", "can we go back", "could i go back",
            "i want to go back", "i need to go back", "i'd like to go back", "go back to the last", "go back to the previous",
            "go back a step", "go back one", "take me back", "back to the last", "back to the previous", "previous question",
            "last question");
    private static final List<String> SKIP_OPENINGS = List.of("skip this", "skip that", "skip for now", "skip it",
            "can i skip", "can we skip", "i'll come back to it", "ill come back to it", "i'll come back to this",
            "ill come back to this", "come back to it", "come back to this", "leave this for now", "leave that for now");
    private static final List<String> EXAMPLE_WORDS = List.of(" example ", " examples ");
    /** How a request for an example opens: "can i see an example", "show me an example", "example?". */
    private static final List<String> ASKING = List.of("can ", "could ", "show ", "give ", "need ", "any ", "have ",
            "example", "an example", "pls", "please", "is there", "got an", "what would ", "what's an", "whats an", "i need");

    /**
     * "can i go back", "skip this one and come back", "can i see an example": back, skip or an example asked for in a
     * short sentence. Only from the message's first words (back, skip) or with the word "example" in a short message.
     */
    static Optional<CoachCommand> askedInWords(String said) {
        // "can i get the plan as a word doc" is nine words: a message of request words and the plan only is read whole.
        if (!said.isEmpty() && said.split(" ").length <= PLAN_REQUEST_MAX_WORDS && asksForThePlan(said)) {
            return Optional.of(CoachCommand.PLAN);
        }
        if (said.isEmpty() || said.split(" ").length > REQUEST_MAX_WORDS) {
            return Optional.empty();
        }
        if (BACK_OPENINGS.stream().anyMatch(said::startsWith)) {
            return Optional.of(CoachCommand.BACK);
        }
        if (SKIP_OPENINGS.stream().anyMatch(said::startsWith)) {
            return Optional.of(CoachCommand.SKIP);
        }
        String padded = " " + said.replace('?', ' ').replace(',', ' ') + " ";
        if (EXAMPLE_WORDS.stream().anyMatch(padded::contains) && said.split(" ").length <= 6
                && (said.endsWith("?") || ASKING.stream().anyMatch(said::startsWith))) {
            return Optional.of(CoachCommand.EXAMPLE);
        }
        return Optional.empty();
    }

    /** The words a request for the plan document is made of, and nothing else: no answer is read as one. */
    private static final Set<String> PLAN_REQUEST_WORDS = Set.of("can", "could", "i", "we", "have",
            "get", "the", "a", "my", "me", "us", "pls", "plz", "please", "send", "give", "download", "see", "want", "need",
            "to", "it", "again", "now", "copy", "of", "you", "thanks", "ta", "cheers", "x", "and", "child", "family",
            "word", "doc", "docx", "document", "plan", "that", "this", "our",
            // "can i get the plan as a word doc", "the plan in word format as a file"
            "as", "in", "an", "file", "format", "version", "docs", "ms", "microsoft");
    private static final Set<String> PLAN_WORDS = Set.of("plan", "doc", "docx", "document");
    /** A request needs one of these: "child and family plan" alone names the template (Ask explains it), asks for nothing. */
    private static final Set<String> ASKING_FOR = Set.of("pls", "plz", "please", "can", "could",
            "send", "give", "get", "have", "want", "need", "download", "again", "copy", "doc", "docx", "document");

    /** "plan pls", "can i have the plan doc pls", "send me the word doc again": only request words and the plan. */
    static boolean asksForThePlan(String said) {
        String[] words = said.replace('?', ' ').replace(',', ' ').replace('.', ' ').replace('!', ' ').strip().split("\\s+");
        boolean plan = false;
        boolean asking = false;
        for (String w : words) {
            if (!PLAN_REQUEST_WORDS.contains(w)) {
                return false;
            }
            plan |= PLAN_WORDS.contains(w);
            asking |= ASKING_FOR.contains(w);
        }
        return plan && asking && words.length >= 2;
    }

    /** "can i change the bit about homeless" at a review: a rework, read by the review step. */
    static final List<String> CHANGING = List.of("can i change", "can i edit", "i want to change", "i'd like to change",
            "id like to change", "change the bit", "can we change", "how do i change", "rework the ", "change the ",
            "change who ", "change what ", "change how ", "redo the ", "lets change", "let's change", "can i tweak",
            "tweak the ", "i want to tweak", "can i amend", "amend the ");

    /** True when the message asks for a new mapping. */
    boolean isStart(String text) {
        return START.matcher(ForgivingMatch.normalise(text)).matches();
    }

    CoachInput parse(String text) {
        String said = ForgivingMatch.normalise(text);
        CoachCommand command = EXACT_COMMANDS.get(said);
        if (command != null) {
            return new CoachInput.Command(command);
        }
        if (WAITING.contains(said)) {
            return new CoachInput.Command(CoachCommand.WAIT);
        }
        Optional<CoachCommand> forgiven = throwingAwayTypo(said).or(() -> forgivenCommand(said));
        if (forgiven.isPresent()) {
            return new CoachInput.Command(forgiven.get());
        }
        Optional<CoachCommand> asked = askedInWords(said);
        if (asked.isPresent()) {
            return new CoachInput.Command(asked.get());
        }
        List<Step> meaning = MeaningAsked.of(said);
        if (!meaning.isEmpty()) {
            return new CoachInput.MeaningOf(meaning);
        }
        if (asksWhichWords(text, said)) {
            return new CoachInput.WhichWords();
        }
        if (isNotKnown(said)) {
            return new CoachInput.NotKnown();
        }
        if (asksSomethingElse(said)) {
            return new CoachInput.Aside();
        }
        if (asksAboutTheStep(said) || isAShortQuestion(text, said)) {
            return new CoachInput.Command(CoachCommand.HELP);
        }
        return new CoachInput.Answer(text);
    }

    /** The statement and goal words of the three models, said whole or shortened ("danger one", "worry statment"). */
    private static final List<String> STATEMENT_WORDS = List.of(" danger stat", " worry stat", " safety goal",
            " wellbeing goal", " success goal", " danger one ", " worry one ");
    /** Words that make a short message a question when it has no question mark. */
    private static final List<String> ASKING_WHICH = List.of(" or ", " do i ", " should i ", " is it ", " is this ", " is that ",
            " do we ", " does it ", " can i ", " am i ", " keep it ");
    private static final int WHICH_WORDS_MAX_WORDS = 25;

    /**
     * True when a short message asks which statement or goal to write: it names one ("danger statement", "worry one")
     * and reads as a question (a question mark, a question's opening, "X or Y", "do i ..."). Such a question mid-flow
     * is never kept as the answer, nor taken for a label to be put in plain words.
     */
    static boolean asksWhichWords(String typed, String normalised) {
        String padded = " " + normalised.replace('?', ' ') + " ";
        if (normalised.isEmpty() || normalised.split(" ").length > WHICH_WORDS_MAX_WORDS
                || STATEMENT_WORDS.stream().noneMatch(padded::contains)) {
            return false;
        }
        return typed.contains("?") || ANY_QUESTION.stream().anyMatch(normalised::startsWith)
                || normalised.startsWith("quick ") || ASKING_WHICH.stream().anyMatch(padded::contains);
    }

    boolean isYes(String text) {
        return yesOrNo(text).filter(YesNo.YES::equals).isPresent();
    }

    boolean isNo(String text) {
        return yesOrNo(text).filter(YesNo.NO::equals).isPresent();
    }

    /**
     * "none", "n/a", "nothing known" as an answer that is kept in the plan ("None known at the moment.") or leaves an
     * optional step out. A typo is forgiven only in a longer phrase ("nothign known"): a short word such as "nan", "nana"
     * or a name is the worker's answer, never read as "none" or "nah".
     */
    boolean isNone(String text) {
        return yesOrNo(text, NONE_TYPO_FROM).filter(YesNo.NO::equals).isPresent();
    }

    /** The fewest letters a "none" must have for a typo in it to be forgiven. */
    private static final int NONE_TYPO_FROM = 6;

    /** "no ta", "yes please", "nope cheers": the yes or no, with the thanks after it left off. */
    private static Optional<YesNo> yesOrNo(String text) {
        return yesOrNo(text, 0);
    }

    private static Optional<YesNo> yesOrNo(String text, int typoFrom) {
        Optional<YesNo> whole = YES_NO.match(text, typoFrom);
        if (whole.isPresent()) {
            return whole;
        }
        String[] words = normalise(text).split(" ");
        int end = words.length;
        while (end > 1 && POLITE.contains(words[end - 1])) {
            end--;
        }
        return end == words.length ? Optional.empty()
                : YES_NO.match(String.join(" ", java.util.Arrays.copyOfRange(words, 0, end)), typoFrom);
    }

    /** Words said after a yes or no out of politeness. */
    private static final Set<String> POLITE = Set.of("ta", "thanks", "thank", "you", "cheers",
            "please", "pls", "plz", "mate", "x", "thx", "ty");

    /** Words that start a longer yes ("yes there is another one") or no ("no that's everything for now"). */
    private static final Set<String> LEADING_YES = Set.of("yes", "yeah", "yep", "yup", "ye", "yh",
            "ya", "y", "yea", "yeh", "yess", "yas");
    private static final Set<String> LEADING_NO = Set.of("no", "nope", "nah", "na", "naa", "n");
    /** Words a worker thinks aloud with before the answer ("i think thats all for now", "erm just the one"). */
    private static final Set<String> HEDGES = Set.of("i", "think", "reckon", "guess", "um", "umm", "erm", "er", "ok",
            "okay", "right", "well", "so");
    /** Another worry asked for in words. */
    private static final List<String> ANOTHER = List.of("another", "another one", "one more", "add another",
            "add another worry", "there is another", "there's another", "theres another", "i have another", "2nd worry",
            "second worry", "the second worry", "the 2nd worry", "there is also", "there's also", "theres also",
            "also worried", "we are also", "i think so", "there is one more", "there's one more", "theres one more");
    private static final List<String> NO_MORE = List.of("that's everything", "thats everything", "all done",
            "that's all for now", "thats all for now", "just the one", "only one", "only the one", "just one",
            "not right now", "not at the moment", "not for now", "nothing else", "none", "not yet",
            // a worker new to the case answers from what they know so far
            "not that i know", "not that i'm aware", "not that im aware", "not as far as i know", "not as far as i'm aware",
            "not as far as im aware", "don't think so", "dont think so", "i don't think so", "i dont think so",
            "nothing i know of", "nothing that i know", "no more", "nothing more", "not really",
            // the worker says what they have given is the whole list
            "that's the only one", "thats the only one", "the only one", "it's the only one", "its the only one",
            "that's it", "thats it", "that's all", "thats all", "that is all", "that is everything", "that's the lot",
            "thats the lot", "it's just the one", "its just the one", "all for now",
            // "I think is enough for now, yes": the yes agrees that it is enough
            "enough", "is enough", "it is enough", "it's enough", "its enough", "that's enough", "thats enough",
            "that is enough",
            // a formal no: "There are no further worries at this stage."
            "there are no", "there is no", "there is nothing", "there's nothing", "theres nothing", "no further");

    /**
     * "Another worry?": a yes or no as {@link #isYes} / {@link #isNo} read it, or a reply that starts with one
     * ("yes there is another one", "no, that's everything"), or says so in words ("one more", "just the one").
     */
    Optional<Boolean> anotherWorry(String text) {
        if (isYes(text)) {
            return Optional.of(true);
        }
        if (isNo(text)) {
            return Optional.of(false);
        }
        String typed = normalise(text).replace(",", " ").replace("-", " ").strip();
        if (ANOTHER.stream().anyMatch(typed::startsWith)) {
            return Optional.of(true);
        }
        String said = withoutHedges(typed);
        if (ANOTHER.stream().anyMatch(said::startsWith)) {
            return Optional.of(true);
        }
        if (NO_MORE.stream().anyMatch(said::startsWith)) {
            return Optional.of(false);
        }
        String first = said.split("\\s+")[0];
        Optional<Boolean> leading = LEADING_YES.contains(first) ? Optional.of(true) : LEADING_NO.contains(first)
                ? Optional.of(false) : Optional.empty();
        return leading.or(() -> decidedLast(text));
    }

    /** "i think thats all for now" read as "thats all for now": the hedge words in front left off (never all of them). */
    private static String withoutHedges(String said) {
        String[] words = said.split("\\s+");
        int from = 0;
        while (from < words.length - 1 && HEDGES.contains(words[from])) {
            from++;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
    }

    /**
     * "not sure - maybe another one? no leave it": a worker thinking aloud decides at the end, so the last part (after
     * the last question mark, full stop or dash) is read on its own.
     */
    private Optional<Boolean> decidedLast(String text) {
        String t = text.strip();
        int cut = Math.max(Math.max(t.lastIndexOf('?', t.length() - 2), t.lastIndexOf(". ")), t.lastIndexOf(" - "));
        if (cut <= 0) {
            return Optional.empty();
        }
        String last = t.substring(cut + 1).replaceFirst("^[\\s.?-]+", "");
        return last.isBlank() || last.length() == t.length() ? Optional.empty() : anotherWorry(last);
    }

    Optional<ReviewChoice> reviewChoice(String text) {
        if (isYes(text)) {
            return Optional.of(ReviewChoice.ACCEPT);
        }
        if (CHANGING.stream().anyMatch(normalise(text)::startsWith)) {
            return Optional.of(ReviewChoice.REWORK);
        }
        return REVIEW_WORDS.match(text).or(() -> shortAccept(text));
    }

    private static final Set<String> ACCEPTING = Set.of("accept", "accepted", "yes", "yeah", "yep",
            "ok", "okay", "happy", "fine", "good", "great", "perfect", "lovely", "brill", "brilliant", "spot");
    private static final Set<String> BUT = Set.of("but", "change", "edit", "rework", "not", "except",
            "although", "though", "no", "wrong");

    /** Words of accepting said after "I" or "I'm": "i'll accept that", "im happy with it". */
    private static final Set<String> ACCEPTING_AFTER_I = Set.of("accept", "happy", "fine", "ok", "okay");

    /**
     * "accept that one", "yes thats great", "happy with it ta", "im happy with it": up to four words opening with a yes
     * (or five opening "I" and a yes), and no "but".
     */
    private static Optional<ReviewChoice> shortAccept(String text) {
        String[] words = normalise(text).replace(",", " ").strip().split("\\s+");
        boolean afterI = words.length >= 2 && words.length <= 5 && Set.of("i", "im", "i'm", "i'll", "ill", "id",
                "i'd").contains(words[0]) && ACCEPTING_AFTER_I.contains(words[1].equals("am") && words.length > 2 ? words[2] : words[1]);
        if (!afterI && (words.length > 4 || !ACCEPTING.contains(words[0]))) {
            return Optional.empty();
        }
        return java.util.Arrays.stream(words).anyMatch(BUT::contains) ? Optional.empty() : Optional.of(ReviewChoice.ACCEPT);
    }

    /** "I don't know", "not sure yet, will ask mum": {@link NotKnownWords#saidIn}. */
    static boolean isNotKnown(String normalised) {
        return NotKnownWords.saidIn(normalised);
    }

    /** Lower case, single spaces, without the punctuation people add at the end ("Help!", "back."). */
    static String normalise(String text) {
        return ForgivingMatch.normalise(text);
    }

    private static <T> Map<String, T> phrases(List<String> first, T firstMeaning, List<String> second, T secondMeaning) {
        var map = new HashMap<String, T>();
        first.forEach(p -> map.put(p, firstMeaning));
        second.forEach(p -> map.put(p, secondMeaning));
        return map;
    }
}
