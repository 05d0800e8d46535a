package org.practiceassistant.channel.turn;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.practiceassistant.conversation.RequestWords;
import org.practiceassistant.system.text.EnglishWords;
import org.practiceassistant.system.text.SlippedWords;
import org.practiceassistant.system.text.TypingSlips;

/**
 * A whole message that is only a greeting, a thank-you or "what can you do?", as people open and close a
 * chat in Teams ("hi", "morning all", "thanks thats really helpful", "perfect ta x", "👍", "what commands
 * are there"). Outside a flow these get the welcome, a short "you're welcome" or the help card, not a
 * search of the guidance that finds nothing. A greeting or thanks is a message made only of such words
 * (with at least one that greets or thanks): "hi, what is a core group" is a question.
 */
final class SmallTalk {

    enum Kind { GREETING, THANKS, WHAT_CAN_YOU_DO }

    private static final Set<String> GREETS = Set.of("hi", "hello", "hey", "heya", "hiya", "morning", "afternoon", "evening", "yo",
            "howdy", "hallo", "helo", "hii", "hiii");
    private static final Set<String> GREETING_FILLERS = Set.of("good", "all", "there", "team", "everyone", "folks", "bot", "again",
            "you", "x", "guys", "mate", "friend", "hope", "ur", "you're", "youre", "are", "r", "u", "well", "ok", "okay", "doing",
            "how", "hows", "how's", "it", "going", "day", "today", "happy", "friday", "monday",
            // Checking someone is there: "morning, anyone there?", "hello? anybody about".
            "anyone", "anybody", "about", "around",
            // "gd morning", "gud afternoon": good as it is typed in a hurry.
            "gd", "gud", "goood",
            // "morning! new here", "hi, im new".
            "new", "here", "im", "i'm");
    private static final Set<String> THANKS = Set.of("thanks", "thank", "thankyou", "thx", "ty", "ta", "cheers", "helpful", "helps",
            "appreciated", "appreciate", "perfect", "brilliant", "lovely", "great", "amazing", "fab", "fantastic", "ace", "awesome",
            "superb", "excellent", "legend", "star",
            // "lifesaver ty", "you're a lifesaver": praise that thanks.
            "lifesaver", "lifesavers", "saviour", "hero",
            // Thanks as typed in chat: "tyvm", "thnx".
            "tyvm", "tysm", "thnx", "thnks", "thanx", "tnx", "tx");
    private static final Set<String> THANKS_FILLERS = Set.of("you", "u", "so", "much", "very", "that's", "thats", "that", "really",
            "super", "x", "xx", "xxx", "got", "it", "ok", "okay", "nice", "one", "mate", "a", "lot", "many", "again", "this", "is",
            "was", "for", "the", "help", "all", "just", "what", "i", "needed", "oh", "ah", "wow", "will", "do", "cool", "right",
            "makes", "sense", "great", "brill", "yes", "yep", "noted", "helped", "useful", "loads", "lots", "ur", "you're", "youre",
            "absolute", "total",
            // "ta v much, that's all for now": closing the chat with it.
            "v", "now",
            // "thanks thats realy helpful": really as it is typed in a hurry.
            "realy", "rly", "reallly");
    /* Closing a chat with an acknowledgement: "got it 👌", "noted", "understood" (only with the fillers above). */
    private static final Set<String> ACKNOWLEDGES = Set.of("got", "noted", "understood", "gotcha", "sorted");
    private static final Set<String> THANKS_OR_FILLERS = union(THANKS, THANKS_FILLERS);
    private static final List<String> ABOUT_THE_BOT = List.of("what can you do", "what can u do", "what do you do", "what do u do",
            "how does this work", "how do you work", "what are you", "who are you", "what is this", "what's this",
            "whats this", "what can i ask", "what can it", "what you can do", "what you can help", "what you do", "what can this", "this bot", "commands", "how to use this", "how to use you",
            "how to use it", "what are you for", "what can you help", "can i ask you", "can i ask u", "things can i ask", "kind of things", "kind of stuff", "sort of stuff",
            "what sort of things", "what does it do", "is this a bot", "are you a bot", "anything other than", "anything besides", "anything else", "what else can you",
            "instructions", "how do you use", "how do i use this", "how do i use you", "how do i use it", "use check", "use the check", "use draft", "use the draft",
            // "which documents do you know about", "what does the bot actually do".
            "documents do you", "docs do you", "documents have you", "what does the bot", "what does this bot");
    /* Whole messages that ask what to do here, and nothing more: "what do i do?", "menu", "options". */
    private static final Set<String> ONLY_ABOUT_THE_BOT = Set.of("what do i do", "what do i do now", "what do i do here", "menu",
            "options", "the menu", "show options", "show menu");
    /* The bot's own commands, asked about: "what does forget do", "how does the check thing work". */
    private static final Set<String> BOT_WORDS = Set.of("check", "draft", "forget", "cancel", "help", "stop");
    /*
     * Asking how to use the bot, or what it knows, in more words: "how do i get u to look at my plan, do i just paste it",
     * "where does your info come from". Read in messages up to LONGEST_ABOUT_A_COMMAND words.
     */
    private static final List<String> ABOUT_USING_THE_BOT = List.of("get you to", "get u to", "do i just paste", "do i paste it",
            "your info", "your information", "your sources", "your knowledge", "where do you get", "where do u get");
    /* Which of its jobs the bot does, one set against another: "can u write goals or do you only check them". */
    private static final Set<String> ASKED_OF_THE_BOT = Set.of("can you", "can u", "do you", "do u", "could you", "will you",
            // "can this help my team with danger statements or is it just for looking up the handbook": "this" is the bot.
            "can this", "does this", "is this");
    private static final List<String> ONE_OR_THE_OTHER = List.of("or only", "or just", "or do you just", "or do you only",
            "or do u just", "or do u only", "or can you", "or can u", "or is it just", "or is it only");
    private static final Set<String> THE_BOTS_JOBS = Set.of("check", "checks", "write", "writes", "draft", "drafts", "answer",
            "answers", "map", "mapping", "review", "search",
            // Helping with the work against looking things up: "... help my team with ... or is it just for looking up ...".
            "help", "helps", "look", "looking",
            // Its jobs named as doings: "is this thing for checking danger statements or just answering questions?".
            "checking", "writing", "drafting", "answering", "reviewing", "searching");
    /* The team and what it works on come with weighing the jobs: "can this help my team with danger statements or ...". */
    private static final int LONGEST_WEIGHING = 20;
    private static final Set<String> ASKS_HOW_IT_WORKS = Set.of("do", "does", "work", "works", "use", "using");
    private static final Map<String, String> SHORTHAND = Map.ofEntries(Map.entry("u", "you"), Map.entry("r", "are"),
            Map.entry("ur", "your"), Map.entry("wat", "what"), Map.entry("wot", "what"), Map.entry("cn", "can"),
            // Slips typed in a hurry: "waht can yuo do", "wht can u hlep with".
            Map.entry("waht", "what"), Map.entry("wht", "what"), Map.entry("whta", "what"), Map.entry("yuo", "you"),
            Map.entry("yu", "you"), Map.entry("cna", "can"), Map.entry("hlep", "help"), Map.entry("hepl", "help"),
            Map.entry("halp", "help"));
    /*
     * "thnaks", "thansk", "thanx so much": thanks typed with one slip, its first letter kept; "thinks" is one slip away too and
     * means something else.
     */
    private static final List<TypingSlips> THANKS_SLIPS = List.of(TypingSlips.keepingFirstLetter("thanks", 1),
            TypingSlips.keepingFirstLetter("thankyou", 1), TypingSlips.keepingFirstLetter("cheers", 1));
    private static final Set<String> NOT_THANKS = Set.of("thinks", "thanes", "chewers", "cheeps", "cheery");
    private static final int LONGEST_ABOUT_THE_BOT = 12;
    /* A question that opens by naming a thing, so a later "it" is that thing: "what is a harm matrix and how do i use it". */
    private static final List<String> NAMES_A_THING = List.of("what is a ", "what is an ", "what is the ", "what's a ", "whats a ",
            "what are ");
    private static final Set<String> USING_IT = Set.of("how to use it", "how do i use it");
    /*
     * "what can you do about a family who wont engage", "what do u do if dad refuses entry": "you" is anyone in the work, so
     * a question about practice, not about the bot, when the phrase goes on to what it is about.
     */
    private static final List<String> ANYONE_DOING = Stream.of("what can you do", "what do you do", "what you can do", "what you do")
            .flatMap(start -> Stream.of(" about", " if", " when", " with a", " with an", " for a", " for an").map(start::concat))
            .toList();
    /*
     * Thanks, then what the help sorted: "Thank you so much, that's sorted my plan for tomorrow :)", "cheers, you've saved me
     * hours". The thanks a whole clause of its own, the rest short, opening on what it did, and asking nothing.
     */
    private static final Set<String> IT_DID = Set.of("sorted", "helped", "answered", "cleared", "saved", "solved", "fixed");
    /* "cheers, TM signed it off", "ta, it passed audit": the thanks, then how the work the bot helped with came out. */
    private static final Set<String> CAME_OUT = Set.of("signed", "passed", "approved", "accepted", "agreed");
    private static final Set<String> WHAT_DID = Set.of("that's", "thats", "that", "it's", "its", "it", "you've", "youve", "has",
            "have", "really", "realy", "so", "just", "totally", "def", "definitely");
    private static final int LONGEST_AFTER_THANKS = 10;
    /* Words that ask or turn to something else after the thanks: "cheers, that helped but what about the goals". */
    private static final Set<String> ASKS = Set.of("what", "how", "why", "when", "where", "which", "who", "can", "could", "should",
            "would", "do", "does", "is", "are", "but", "though", "also", "pls", "please", "now");
    /* Asking how a command works comes with more words: "how does the check thing work, do i just paste my statement in". */
    private static final int LONGEST_ABOUT_A_COMMAND = 16;

    private SmallTalk() {}

    static Optional<Kind> of(String message) {
        List<String> words = RequestWords.tokens(message).stream().map(SmallTalk::asMeant).toList();
        if (words.isEmpty()) {
            // Only punctuation or emoji: "?" asks what this is; "👍" or "🙏" closes a chat.
            return Optional.of(message.contains("?") ? Kind.WHAT_CAN_YOU_DO : Kind.THANKS);
        }
        if (onlyOf(words, GREETS, GREETING_FILLERS)) {
            return Optional.of(Kind.GREETING);
        }
        if (onlyOf(words, THANKS, THANKS_FILLERS) || onlyOf(words, ACKNOWLEDGES, THANKS_OR_FILLERS) || thanksForWhatItSorted(message)) {
            return Optional.of(Kind.THANKS);
        }
        List<String> typed = RequestWords.tokens(message);
        if (SlippedSmallTalk.THANKS_SAID.in(typed)) {
            return Optional.of(Kind.THANKS);
        }
        if (SlippedSmallTalk.GREETING_SAID.in(typed)) {
            return Optional.of(Kind.GREETING);
        }
        Optional<Kind> slippedIntoEnglish = greetingWithEnglishSlips(words);
        if (slippedIntoEnglish.isPresent()) {
            return slippedIntoEnglish;
        }
        String spelled = spelledOut(words);
        if (NAMES_A_THING.stream().anyMatch(spelled::startsWith) && words.stream().noneMatch(w -> BOT_WORDS.contains(w) || w.equals("bot"))
                && !RequestWords.mentions(spelled, ABOUT_THE_BOT.stream().filter(p -> !USING_IT.contains(p)).toList())) {
            // "what is a harm matrix and how do i use it": "it" is the thing the question names, not the bot.
            return Optional.empty();
        }
        if (RequestWords.mentions(spelled, ANYONE_DOING)) {
            return Optional.empty();
        }
        // "hi, a colleague said to try this - what can you help me with?": a greeting before it adds no length.
        int greeting = 0;
        while (greeting < words.size() && GREETS.contains(words.get(greeting))) {
            greeting++;
        }
        boolean aboutTheBot = words.size() - greeting <= LONGEST_ABOUT_THE_BOT && RequestWords.mentions(spelled, ABOUT_THE_BOT)
                || ONLY_ABOUT_THE_BOT.contains(spelled);
        boolean aboutACommand = words.size() <= LONGEST_ABOUT_A_COMMAND
                && (asksHowACommandWorks(words) || RequestWords.mentions(spelled, ABOUT_USING_THE_BOT));
        return aboutTheBot || aboutACommand || introducedThenAboutTheBot(message)
                ? Optional.of(Kind.WHAT_CAN_YOU_DO) : Optional.empty();
    }

    /*
     * Who the sender is, before asking what the bot does: "hi, new here and not sure how this works - what can you help me
     * with?", "I'm new to the team, first time using this. what sort of things can you do?". Only these words.
     */
    private static final Set<String> INTRODUCING = Set.of("and", "not", "sure", "how", "this", "works", "work", "to", "the",
            "first", "time", "using", "use", "just", "started", "joined", "a", "bit", "lost", "so", "confused", "i", "am", "ive",
            "i've", "never", "used", "before", "week", "nqsw", "asye", "sw", "student", "starter", "my", "in", "of", "with",
            "still", "getting", "hang",
            // "hello - my TM said to try this. how does it work ...": who sent the sender here.
            "tm", "manager", "colleague", "colleagues", "team", "someone", "said", "told", "me", "try", "suggested",
            "recommended", "was", "been",
            // "someone said to ask you stuff about signs of safety - ...": what the sender was sent to ask about, the practice
            // model itself (a topic of the model, "core groups", is a question's).
            "ask", "stuff", "things", "questions", "signs", "safety", "sofs",
            // "... how does it work, what sort of things can i ask u": "it" is the bot, before the question that says so.
            "does", "it");
    /*
     * "hi, my TM said to try this - what is it for?": after an introduction "it" is the bot, as a whole last clause only
     * ("what is a genogram and what is it for" asks about the genogram).
     */
    private static final Set<String> WHAT_IT_IS_FOR = Set.of("what is it for", "what's it for", "whats it for", "what is it",
            "what does it do", "what is this for", "what's this for", "whats this for", "what is it used for", "what do i use it for");
    /* A message of clauses each introducing the sender or asking about the bot is read up to this many words. */
    private static final int LONGEST_INTRODUCED = 24;

    /**
     * A message whose last clause asks what the bot does and whose earlier clauses each introduce the sender or ask about
     * the bot too ("how does this bot work? what sort of things can i use it for"): the whole message asks what the bot
     * does, however many words the introduction takes. A question about the guidance in any clause keeps it a question.
     */
    private static boolean introducedThenAboutTheBot(String message) {
        List<List<String>> clauses = clauses(message);
        if (clauses.size() < 2 || clauses.stream().mapToInt(List::size).sum() > LONGEST_INTRODUCED
                || !asksAboutTheBot(clauses.getLast()) && !weighsTheBotsJobs(clauses.getLast(), ASKED_OF_IT)
                        && !WHAT_IT_IS_FOR.contains(spelledOut(clauses.getLast()))
                        && !(asksWhatItCanDo(clauses.getLast()) && clauses.stream().anyMatch(SmallTalk::asksAboutTheBot))) {
            return false;
        }
        return clauses.subList(0, clauses.size() - 1).stream().allMatch(clause -> asksAboutTheBot(clause)
                || asksWhetherThisIsTheBot(clause) || clause.stream().allMatch(word -> GREETS.contains(word)
                        || GREETING_FILLERS.contains(word) || INTRODUCING.contains(word)));
    }

    /* "can it write my assessments": asked of "it" once an earlier clause is about the bot ("how do i use this bot?"). */
    private static final Set<String> ASKED_OF_IT_ALONE = Set.of("can it", "does it", "could it", "will it");

    private static boolean asksWhatItCanDo(List<String> clause) {
        return clause.size() >= 3 && ASKED_OF_IT_ALONE.contains(clause.get(0) + " " + clause.get(1));
    }

    /* "is this the SoS thing?": whether this is the bot they were told about, in a few words, before asking what it does. */
    private static final List<String> IS_THIS_THE = List.of("is", "this", "the");
    private static final int LONGEST_IS_THIS_THE = 6;

    private static boolean asksWhetherThisIsTheBot(List<String> clause) {
        return clause.size() <= LONGEST_IS_THIS_THE && clause.size() > IS_THIS_THE.size()
                && clause.subList(0, IS_THIS_THE.size()).equals(IS_THIS_THE);
    }

    private static boolean thanksForWhatItSorted(String message) {
        List<List<String>> clauses = clauses(message);
        if (message.contains("?") || clauses.size() != 2 || !onlyOf(clauses.getFirst(), THANKS, THANKS_FILLERS)
                || clauses.getLast().stream().anyMatch(ASKS::contains)) {
            return false;
        }
        List<String> rest = clauses.subList(1, clauses.size()).stream().flatMap(List::stream).toList();
        int opening = 0;
        while (opening < rest.size() && WHAT_DID.contains(rest.get(opening))) {
            opening++;
        }
        return rest.size() <= LONGEST_AFTER_THANKS && (opening > 0 && opening < rest.size() && IT_DID.contains(rest.get(opening))
                || rest.stream().anyMatch(CAME_OUT::contains));
    }

    private static boolean asksAboutTheBot(List<String> clause) {
        return clause.size() <= LONGEST_ABOUT_THE_BOT && RequestWords.mentions(spelledOut(clause), ABOUT_THE_BOT);
    }

    /** The message's clauses, split where a sentence or a clause ends (. ? ! , ; : dashes, lines), as words; none empty. */
    private static List<List<String>> clauses(String message) {
        List<List<String>> clauses = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 0; i <= message.length(); i++) {
            if (i == message.length() || ".?!,;:\n\u2013\u2014".indexOf(message.charAt(i)) >= 0
                    || message.charAt(i) == '-' && (i == 0 || message.charAt(i - 1) == ' ')) {
                List<String> words = RequestWords.tokens(message.substring(start, i)).stream().map(SmallTalk::asMeant).toList();
                if (!words.isEmpty()) {
                    clauses.add(words);
                }
                start = i + 1;
            }
        }
        return clauses;
    }

    /**
     * "can you check plans or do you just answer questions?", "can u write goals or only check them": the message weighs
     * two of the bot's jobs against each other, addressing the bot, so it asks what the bot does rather than for either
     * job (the router reads it before any feature's request words, which would take the first job as asked for).
     */
    static boolean asksWhichJobsItDoes(String message) {
        return weighsTheBotsJobs(RequestWords.tokens(message).stream().map(SmallTalk::asMeant).toList(), ASKED_OF_THE_BOT);
    }

    /*
     * "how do i use this bot? can it check my plans or just answer questions": after a clause about the bot, "it" is the bot
     * too.
     */
    private static final Set<String> ASKED_OF_IT = union(ASKED_OF_THE_BOT, Set.of("can it", "does it", "could it", "will it"));

    private static boolean weighsTheBotsJobs(List<String> words, Set<String> askedOf) {
        if (words.size() < 4 || words.size() > LONGEST_WEIGHING || !askedOf.contains(words.get(0) + " " + words.get(1))
                || !RequestWords.mentions(String.join(" ", words), ONE_OR_THE_OTHER)) {
            return false;
        }
        return words.stream().filter(THE_BOTS_JOBS::contains).distinct().count() >= 2;
    }

    /** "what does forget do", "how does the check thing work": a question opening on the bot's own command. */
    private static boolean asksHowACommandWorks(List<String> words) {
        if (words.size() < 3 || !(words.getFirst().equals("how") || words.getFirst().equals("what"))) {
            return false;
        }
        int command = words.get(2).equals("the") ? 3 : 2;
        return (words.get(1).equals("does") || words.get(1).equals("do")) && command < words.size()
                && BOT_WORDS.contains(words.get(command)) && words.stream().skip(command + 1).limit(3).anyMatch(ASKS_HOW_IT_WORKS::contains);
    }

    /*
     * "what can you actually do", "what do you really know about": a word that only stresses the question, left out so the
     * phrases above read through it.
     */
    private static final Set<String> STRESSING = Set.of("actually", "really", "exactly", "basically");

    /** "what can u help with", "wat r u for": Teams shorthand for the words the phrases above are written in. */
    private static String spelledOut(List<String> words) {
        return String.join(" ", words.stream().filter(word -> !STRESSING.contains(word))
                .map(word -> SHORTHAND.getOrDefault(word, word)).toList());
    }

    /** "heyy", "hiii", "thanksss", "welll": a word drawn out by its last letter is the word, with its end once or twice. */
    private static String withoutDrawnOutEnd(String word) {
        if (knows(word)) {
            return word;
        }
        if (word.length() >= 5 && !NOT_THANKS.contains(word) && THANKS_SLIPS.stream().anyMatch(slips -> slips.matches(word))) {
            return "thanks";
        }
        int end = word.length();
        while (end > 2 && word.charAt(end - 1) == word.charAt(end - 2)) {
            end--;
        }
        if (end == word.length()) {
            return word;
        }
        String once = word.substring(0, end);
        return knows(once) ? once : word.substring(0, end + 1);
    }

    private static boolean knows(String word) {
        return GREETS.contains(word) || GREETING_FILLERS.contains(word) || THANKS.contains(word) || THANKS_FILLERS.contains(word)
                || ACKNOWLEDGES.contains(word);
    }

    /* A greeting this short may have a slip that makes an English word: "goof afternoon", "hey three". */
    private static final int LONGEST_SLIPPED_INTO_ENGLISH = 5;

    /**
     * "goof afternoon", "hey three": a short message whose every word is a greeting's, once an English word one slip from one
     * of theirs is read as that word. Only whole messages of such words: "hey, core group?" has words no list holds. Not for
     * thanks, whose words are one slip from words that say something else ("i think so", "thinks ok").
     */
    private static Optional<Kind> greetingWithEnglishSlips(List<String> words) {
        if (words.size() > LONGEST_SLIPPED_INTO_ENGLISH) {
            return Optional.empty();
        }
        List<String> read = words.stream().map(word -> knows(word) ? word : SlippedVocabulary.INSTANCE.meantEvenIfEnglish(word)).toList();
        return onlyOf(read, GREETS, GREETING_FILLERS) ? Optional.of(Kind.GREETING) : Optional.empty();
    }

    /**
     * "thak you so muc", "cheers tht hellped", "god afternono": a short thank-you or greeting whose slips make short or
     * English words. A word of thanks (or greeting) is there, as typed or one slip from one (first letter as typed, four
     * letters or more, never an English word: "thak" is "thank" here, not "that"), and every other word is a filler as typed
     * or one slip from one, even when the slip makes an English word ("rally", "thar", "god") or has three letters ("muc",
     * "tht"). A word one slip from the core words is never read as a filler, so "thanks, i think so" says something else.
     */
    private static final class SlippedSmallTalk {

        static final SlippedSmallTalk THANKS_SAID = new SlippedSmallTalk(THANKS, THANKS_FILLERS);
        static final SlippedSmallTalk GREETING_SAID = new SlippedSmallTalk(GREETS, GREETING_FILLERS);

        private static final int LONGEST = 8;
        private static final int SHORTEST_SLIPPED_FILLER = 3;
        private static final int SHORTEST_SLIPPED_CORE = 4;

        private final Set<String> core;
        private final Set<String> fillers;
        private final SlippedWords slippedCore;
        private final SlippedWords slippedFillers;

        private SlippedSmallTalk(Set<String> core, Set<String> fillers) {
            this.core = core;
            this.fillers = fillers;
            this.slippedCore = slipsOf(core);
            this.slippedFillers = slipsOf(fillers);
        }

        private static SlippedWords slipsOf(Set<String> words) {
            return SlippedWords.of(words.stream().filter(word -> word.length() >= SHORTEST_SLIPPED_FILLER + 1
                    && word.chars().allMatch(Character::isLetter)).sorted().toList(), word -> TypingSlips.keepingFirstLetter(word, 1));
        }

        boolean in(List<String> typed) {
            if (typed.isEmpty() || typed.size() > LONGEST) {
                return false;
            }
            boolean said = false;
            for (String word : typed) {
                String plain = withoutDrawnOutEnd(word);
                if (core.contains(plain) || isCore(plain)) {
                    said = true;
                } else if (!fillers.contains(plain) && !isFiller(plain)) {
                    return false;
                }
            }
            return said;
        }

        private boolean isCore(String word) {
            return word.length() >= SHORTEST_SLIPPED_CORE && !NOT_THANKS.contains(word) && !EnglishWords.contains(word)
                    && slippedCore.slipped(word) != null;
        }

        private boolean isFiller(String word) {
            return word.length() >= SHORTEST_SLIPPED_FILLER && slippedCore.slipped(word) == null
                    && slippedFillers.slipped(word) != null;
        }
    }

    /** "moorning", "whaat", "thiis", "helfpul": the word of the lists above typed one slip away, or the word as typed. */
    private static String asMeant(String typed) {
        String word = withoutDrawnOutEnd(typed);
        return knows(word) ? word : SlippedVocabulary.INSTANCE.meant(word);
    }

    /**
     * Every word the lists above are written in, each with its slips: a word typed one slip from one of them (a letter
     * missing, added, changed or two swapped; "moorning", "whaat can you do", "how do i use thsi bot", "brillliant"), its
     * first letter as typed, is that word. Never when the word typed is English ("goof", "there", "thinks" mean what they
     * say), nor under {@value #SHORTEST_SLIPPED} letters, where one slip makes another word ("hep", "ta"). The lists hold
     * the whole message, so a question is still a question: "wat is a core group" has a word no list holds.
     */
    private static final class SlippedVocabulary {

        static final SlippedVocabulary INSTANCE = new SlippedVocabulary();
        private static final int SHORTEST_SLIPPED = 4;

        private final SlippedWords slipped;

        private SlippedVocabulary() {
            Set<String> words = new java.util.TreeSet<>();
            Stream.of(GREETS, GREETING_FILLERS, THANKS, THANKS_FILLERS, ACKNOWLEDGES, ONLY_ABOUT_THE_BOT, BOT_WORDS, ASKED_OF_THE_BOT,
                    THE_BOTS_JOBS, ASKS_HOW_IT_WORKS, INTRODUCING, WHAT_IT_IS_FOR, STRESSING, IT_DID, CAME_OUT, WHAT_DID, Set.copyOf(ABOUT_THE_BOT),
                    Set.copyOf(ABOUT_USING_THE_BOT), Set.copyOf(ONE_OR_THE_OTHER), Set.copyOf(SHORTHAND.values()))
                    .flatMap(Set::stream).flatMap(phrase -> RequestWords.tokens(phrase).stream())
                    .filter(word -> word.length() >= SHORTEST_SLIPPED && word.chars().allMatch(Character::isLetter))
                    .forEach(words::add);
            this.slipped = SlippedWords.of(List.copyOf(words), word -> TypingSlips.keepingFirstLetter(word, 1));
        }

        String meant(String typed) {
            return EnglishWords.contains(typed) ? typed : meantEvenIfEnglish(typed);
        }

        /** As {@link #meant}, an English word read through a slip too: for messages whose other words are all small talk. */
        String meantEvenIfEnglish(String typed) {
            if (typed.length() < SHORTEST_SLIPPED || !typed.chars().allMatch(Character::isLetter)) {
                return typed;
            }
            String meant = slipped.slippedSameLengthFirst(typed);
            return meant == null ? typed : meant;
        }
    }

    /** Every word is one of {@code core} or {@code fillers}, and at least one is of {@code core}. */
    private static boolean onlyOf(List<String> words, Set<String> core, Set<String> fillers) {
        return words.stream().anyMatch(core::contains) && words.stream().allMatch(w -> core.contains(w) || fillers.contains(w));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.addAll(b);
        return Set.copyOf(both);
    }
}
