package org.practiceassistant.check.rules;

import java.util.List;
import java.util.Set;
import org.practiceassistant.check.CriterionId;
import org.practiceassistant.check.CriterionResult;
import org.practiceassistant.check.text.AnalysedText;
import org.practiceassistant.check.text.Lexicon;

/**
 * A safety goal says what the child will experience: "so that Jack feels safe", "so Amir gets to school
 * on time", "Jack is safe". Outcomes count when the child is their subject, or in the goal's
 * consequence ("so that", "which means"), not when they describe an adult ("Dean will not sleep on the sofa").
 */
final class ChildOutcomeCriterion extends Criterion<AnalysedText> {

    private static final Lexicon OUTCOMES = Lexicon.of("safe", "safely", "feel", "feels", "happy", "calm", "settled",
            "looked after", "cared for", "fed", "clean", "warm", "healthy", "well", "go to school", "get to school",
            "gets to school", "at school", "in school", "on time",
            // "The children will come to school fed and warm": arriving is going, said from the school's side.
            "come to school", "comes to school", "come into school", "arrive at school", "arrives at school", "go to nursery", "sleep", "sleeps", "asleep", "eat", "meals", "breakfast",
            "grow up", "know", "enjoy", "play", "protected", "loved", "relaxed", "routine", "bedtime", "in bed", "friends",
            "learn", "confident", "thrive", "quiet", "peaceful", "comfortable", "stay", "stays", "live", "lives");

    private static final Lexicon CONSEQUENCE = Lexicon.of("so", "so that", "which means", "this means", "meaning",
            "in order that", "we will know", "will know that", "know that", "and can", "enabling", "enable", "allowing");
    /* Not "helping": by its stem it is "help", and "with help from her sister Toni" is help for an adult, not an outcome. */

    /* Between a child and their outcome: "Jack will always be safe", "Lily feels". */
    private static final Set<String> LINKS = WordLists.stems("will", "is", "are", "be", "can", "always", "feel", "feels",
            "gets", "get", "goes", "go", "stays", "stay", "has", "have", "and",
            // "Sandra will write in the safety book that Alfie was fed every 3 hours": what others see the child had.
            "was", "were",
            // "Archie has therefore been able to live ...": being able to, said at length.
            "therefore", "been", "able",
            // "Bradley (20) will have a settled home": what the young person will have, said with its article.
            "a", "an");

    private static final int CONSEQUENCE_REACH = 4;
    /* "will be able to", "has therefore been able to": the most words read between the child and their outcome. */
    private static final int MAX_LINK_WORDS = 6;
    private static final Set<String> DETERMINERS = WordLists.stems("a", "an", "the", "more", "better");
    /*
     * Outcomes too general to show what the child will live: "Mason will be safe and happy", "Amara will be happier".
     * Every independent reader failed a goal whose outcome is only these; with something the child will do or have
     * ("safe and sleeping in her own bed") it is an outcome.
     */
    private static final Set<String> GENERIC = WordLists.stems("safe", "safely", "happy", "happier", "well", "better", "ok",
            "okay", "fine", "protected");
    private static final int GENERIC_REACH = 12;
    /* Words that open when a general outcome will hold, after it: "safe until June", "safe every weekend". */
    private static final Set<String> WHEN = WordLists.stems("until", "by", "every", "each", "for", "between", "before", "during");
    private static final Set<String> JOINERS = WordLists.stems("and", "or", "be", "feel", "more", "much", "a", "lot", "very");
    /* After a consequence the child may be the object: "which will enable her to arrive at nursery rested". */
    private static final Set<String> PRONOUNS = WordLists.stems("he", "she", "they", "him", "her", "them");
    private static final Set<String> WILL_BE = WordLists.stems("will");
    private static final Set<String> BE = WordLists.stems("be");

    private final Wording wording;

    ChildOutcomeCriterion(Wording wording) {
        super(CriterionId.CHILD_OUTCOME, Sources.PLAN_SAFETY_GOALS);
        this.wording = wording;
    }

    @Override
    CriterionResult check(AnalysedText text) {
        for (Lexicon.Match marker : CONSEQUENCE.all(text)) {
            if (negated(text, marker.firstToken())) {
                // "Gemma will not allow Dean into the house": a rule an adult keeps, not what it allows the child.
                continue;
            }
            int sentenceEnd = text.sentences().get(text.tokens().get(marker.firstToken()).sentence()).endToken();
            // "so that by the end of this school year Yonas can ...": a time said first comes between the marker and the child.
            boolean timeFirst = marker.endToken() < sentenceEnd && TIME_OPENERS.contains(text.tokens().get(marker.endToken()).stem());
            int reach = Math.min(sentenceEnd, marker.endToken() + CONSEQUENCE_REACH + (timeFirst ? TIME_PHRASE_WORDS : 0));
            for (int i = marker.endToken(); i < reach; i++) {
                if (isChild(text, i) && needsMet(text, i)) {
                    // "so that Kayleigh's needs are met": the service's aim for the child, not what the child will live.
                    break;
                }
                // After "so" a pronoun is the child the goal is for: "so he can stay in class".
                if (isChild(text, i) || PRONOUNS.contains(text.tokens().get(i).stem())) {
                    return pass(quoted(Spans.around(text, marker.firstToken(), Math.min(sentenceEnd, i + 4), 0, 0)));
                }
            }
        }
        for (int i = 0; i < text.tokens().size(); i++) {
            if (!isChild(text, i) || isStoppedFrom(text, i) || inCondition(text, i)) {
                continue;
            }
            // "Lola (2) will be safe", "Noah (8 weeks) will ...": the age in brackets is part of naming the child.
            int n = afterAge(text, i);
            int j = n;
            int sentence = text.tokens().get(i).sentence();
            while (j < text.tokens().size() && j - n < MAX_LINK_WORDS && text.tokens().get(j).sentence() == sentence
                    && OUTCOMES.at(text, j).isEmpty() && (LINKS.contains(text.tokens().get(j).stem()) || ableTo(text, j) || seenDoing(text, i, j))) {
                j++;
            }
            // The child's state said only in general words ("Mason will be safe and happy", "Kelly will keep Jack safe") is no
            // outcome (knowledge/check-conventions.md: "keep the children safe" alone does not say what life will be like).
            boolean childsOwnState = j > n;
            // "Donna's friend Jackie": after a possessive comes what is theirs, not how they will be.
            boolean possessive = !childsOwnState && text.text().substring(text.tokens().get(i).start(), text.tokens().get(i).end()).endsWith("'s");
            if (!possessive && j < text.tokens().size() && text.tokens().get(j).sentence() == sentence && OUTCOMES.at(text, j).isPresent()
                    && !onlyGeneric(text, j, sentence)) {
                return pass(quoted(Spans.around(text, i, OUTCOMES.at(text, j).get().endToken(), 0, 3)));
            }
            // "Rosie will be held gently": the child as the one something is done for is what they will experience.
            if (n + 1 < text.tokens().size() && text.tokens().get(n + 1).sentence() == sentence
                    && WILL_BE.contains(text.tokens().get(n).stem()) && BE.contains(text.tokens().get(n + 1).stem())
                    && WordLists.NEGATIONS.at(text, n).isEmpty()
                    // "Kayleigh will be a better mum": what someone becomes, not something done for the child.
                    && !(n + 2 < text.tokens().size() && DETERMINERS.contains(text.tokens().get(n + 2).stem()))
                    && !(n + 2 < text.tokens().size() && onlyGeneric(text, n + 2, sentence))
                    && !(n + 2 < text.tokens().size() && WordLists.SERVICE_PASSIVES.contains(text.tokens().get(n + 2).stem()))) {
                return pass(quoted(Spans.around(text, i, Math.min(text.tokens().size(), n + 5), 0, 0)));
            }
            // "Ava (2) will hear kind words at home", "Jacob (6) to present as calm in school": what a young child (an age under
            // 12 in brackets, or in weeks or months) will do is what they will live, not a task set for them; a young
            // person's own task ("Kai (16) will cook 5 simple meals") stays a task.
            if (n > i + 1 && n < text.tokens().size() && text.tokens().get(n).sentence() == sentence && youngChild(text, i)
                    && opensAClause(text, i)
                    && (WILL_BE.contains(text.tokens().get(n).stem()) || word(text, n).equalsIgnoreCase("to"))
                    && WordLists.NEGATIONS.at(text, n + 1 < text.tokens().size() ? n + 1 : n).isEmpty()
                    && !(n + 2 < text.tokens().size() && BE.contains(text.tokens().get(n + 1).stem()) && onlyGeneric(text, n + 2, sentence))
                    && !(n + 2 < text.tokens().size() && BE.contains(text.tokens().get(n + 1).stem())
                    && WordLists.SERVICE_PASSIVES.contains(text.tokens().get(n + 2).stem()))) {
                return pass(quoted(Spans.around(text, i, Math.min(text.tokens().size(), n + 5), 0, 0)));
            }
            // "Alfie will tell his teacher ...", "Jamal will come home to a grown-up who is awake": the child the goal is for
            // (named as "Alfie's mum", "Amelia (9)") is the one who will do it, so it is what they will experience.
            // Read from the word right after the name: with an age between ("Kai (16) will cook 5 simple meals") the goal is
            // a young person's own task, which the tune4 reader did not count as what they will experience.
            if ((ChildrenOfTheGoal.childOfTheGoal(text, i) || newSubjectAfterTheAdults(text, i)) && i + 1 < text.tokens().size()
                    && text.tokens().get(i + 1).sentence() == sentence && WILL_BE.contains(text.tokens().get(i + 1).stem())
                    // "Kacey will be happier": only general words, as above, whoever says them.
                    && !(i + 3 < text.tokens().size() && BE.contains(text.tokens().get(i + 2).stem()) && onlyGeneric(text, i + 3, sentence))
                    && !(i + 3 < text.tokens().size() && BE.contains(text.tokens().get(i + 2).stem())
                    && WordLists.SERVICE_PASSIVES.contains(text.tokens().get(i + 3).stem()))) {
                return pass(quoted(Spans.around(text, i, Math.min(text.tokens().size(), i + 6), 0, 0)));
            }
        }
        java.util.Optional<Integer> feeling = ownFeelingAfterOwnDoing(text);
        if (feeling.isPresent()) {
            return pass(quoted(Spans.around(text, feeling.get(), Math.min(text.tokens().size(), feeling.get() + 4), 3, 0)));
        }
        java.util.Optional<Integer> healing = bodyHealing(text);
        if (healing.isPresent()) {
            return pass(quoted(Spans.around(text, healing.get(), Math.min(text.tokens().size(), healing.get() + 5), 0, 0)));
        }
        java.util.Optional<Integer> own = youngPersonsOwnWill(text);
        if (own.isPresent()) {
            return pass(quoted(Spans.around(text, own.get(), Math.min(text.tokens().size(), own.get() + 6), 0, 0)));
        }
        return fail("", "Say what the child will experience when the " + wording.goal() + " is met, by name, for example \""
                + wording.outcomeExample() + "\".");
    }

    /*
     * "Kai will have food in the cupboard every week and feel proud he is managing his flat", "Jacob will get 8 hours' sleep,
     * feel less grumpy and stay awake in lessons": a person named, not by role, who opens the sentence with "will" and in the
     * same sentence goes on, after "and" or a comma, to feel something more than general words is the young person whose
     * goal it is, saying what their life will be like (blind6's, blind15's and blind16's readers pass these). Reads the one
     * sentence from its opening name, so a text stays linear. Returns the feeling word.
     */
    private static final Set<String> FEEL = WordLists.stems("feel", "feeling");
    private static final Set<String> DEGREE = WordLists.stems("more", "less", "much", "very", "a", "lot", "really", "so");
    private static final int FEELING_REACH = 25;

    private static java.util.Optional<Integer> ownFeelingAfterOwnDoing(AnalysedText text) {
        List<AnalysedText.Token> tokens = text.tokens();
        for (AnalysedText.Sentence sentence : text.sentences()) {
            int name = -1;
            for (int k = sentence.firstToken(); k < Math.min(sentence.endToken(), sentence.firstToken() + TIME_PHRASE_WORDS + 1); k++) {
                if (Spans.isName(text, k) && WordLists.FAMILY.at(text, k).isEmpty() && k + 1 < sentence.endToken()
                        && WILL_BE.contains(tokens.get(k + 1).stem()) && opensAfterTime(text, k, tokens.get(k).sentence())) {
                    name = k;
                    break;
                }
            }
            if (name < 0) {
                continue;
            }
            for (int k = name + 3; k < Math.min(sentence.endToken(), name + FEELING_REACH); k++) {
                boolean joined = JOINED.contains(tokens.get(k - 1).stem()) || Spans.punctuationBetween(text, k - 1, k);
                if (!FEEL.contains(tokens.get(k).stem()) || !joined) {
                    continue;
                }
                int what = k + 1;
                while (what < sentence.endToken() && DEGREE.contains(tokens.get(what).stem())) {
                    what++;
                }
                if (what < sentence.endToken() && !GENERIC.contains(tokens.get(what).stem())) {
                    return java.util.Optional.of(k);
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static final Set<String> JOINED = WordLists.stems("and");

    /*
     * "Amelia's hands will heal", "Kian's sores will have healed": a named person's body healing is what the child lives when
     * the adults' care works (blind10's and blind16's readers pass these). After the possessive a word or two, then "will",
     * "have" or "be", and "heal". Not a family role's ("Mum's arm will heal").
     */
    private static final Set<String> HEAL = WordLists.stems("heal", "healed");
    private static final Set<String> HAVE_OR_BE = WordLists.stems("have", "be");
    private static final int BODY_WORDS = 2;

    private static java.util.Optional<Integer> bodyHealing(AnalysedText text) {
        List<AnalysedText.Token> tokens = text.tokens();
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (!word(text, i).endsWith("'s") || !Spans.isName(text, i) || WordLists.FAMILY.at(text, i).isPresent()) {
                continue;
            }
            int k = i + 1;
            while (k < Math.min(tokens.size(), i + 1 + BODY_WORDS) && !WILL_BE.contains(tokens.get(k).stem())) {
                k++;
            }
            if (k >= tokens.size() || !WILL_BE.contains(tokens.get(k).stem()) || tokens.get(k).sentence() != tokens.get(i).sentence()) {
                continue;
            }
            k++;
            if (k < tokens.size() && HAVE_OR_BE.contains(tokens.get(k).stem())) {
                k++;
            }
            if (k < tokens.size() && tokens.get(k).sentence() == tokens.get(i).sentence() && HEAL.contains(tokens.get(k).stem())) {
                return java.util.Optional.of(i);
            }
        }
        return java.util.Optional.empty();
    }

    /* The grown-ups and birthdays a young person writing their own goal calls theirs: "my gran", "my personal adviser". */
    private static final Lexicon YOUNG_PERSONS_OWN = Lexicon.of("mum", "dad", "gran", "nan", "nana", "grandad", "grandma",
            "foster carer", "foster carers", "personal adviser", "key worker", "youth worker", "social worker", "teacher");
    /* What a parent writing calls theirs: "my son", "my kids". */
    private static final Lexicon PARENTS_OWN = Lexicon.of("son", "daughter", "children", "kids", "baby", "boys", "girls");
    private static final Set<String> WANT = WordLists.stems("will", "want", "'ll");
    /* How many words after "I" its "will" or "want" is looked for: "I (Tyler) will", "I, Connor, will". */
    private static final int I_TO_WILL = 4;

    /*
     * "I (Tyler) will go to college at least 4 days a week ... my gran Rose will knock on my door", "By my 18th birthday I will
     * be living in my own flat": a goal the young person writes in their own words, where what they will do is their life
     * when it is met (the readers of tune4, tune5, blind5, blind7, blind12 and blind13 pass every such goal on child outcome).
     * The writer is the young person when they name their own grown-ups or birthday ("my gran", "my personal adviser",
     * "my 18th birthday", "I'm 15") and no child of their own ("my son", "my kids": a parent writing). Then the first "I will",
     * "I'll" or "I want", not negated, is the outcome. One pass over the words.
     */
    private static java.util.Optional<Integer> youngPersonsOwnWill(AnalysedText text) {
        java.util.List<AnalysedText.Token> tokens = text.tokens();
        boolean young = false;
        int firstWill = -1;
        for (int k = 0; k < tokens.size(); k++) {
            String w = word(text, k).toLowerCase(java.util.Locale.ROOT);
            if (w.equals("my") && k + 1 < tokens.size()) {
                if (PARENTS_OWN.at(text, k + 1).isPresent()) {
                    return java.util.Optional.empty();
                }
                young |= YOUNG_PERSONS_OWN.at(text, k + 1).isPresent() || word(text, k + 1).matches("\\d{2}(st|nd|rd|th)");
            }
            young |= (w.equals("i'm") || w.equals("i")) && givesOwnAge(text, k);
            if (firstWill < 0 && (w.equals("i") || w.equals("i'll"))) {
                firstWill = ownWill(text, k);
            }
        }
        return young && firstWill >= 0 ? java.util.Optional.of(firstWill) : java.util.Optional.empty();
    }

    /* How many words after "I" the writer's age is looked for: "I'm 18", "I'm Maya (15)", "I (Harriet, 14)". */
    private static final int I_TO_AGE = 3;

    private static boolean givesOwnAge(AnalysedText text, int i) {
        int sentence = text.tokens().get(i).sentence();
        for (int k = i + 1; k < text.tokens().size() && k <= i + I_TO_AGE && text.tokens().get(k).sentence() == sentence; k++) {
            if (Character.isDigit(word(text, k).charAt(0))) {
                return word(text, k).length() <= 2;
            }
        }
        return false;
    }

    /* "I will go", "I'll be", "I (Tyler) will", "I want to be living": where the writer's own will starts, or -1. */
    private static int ownWill(AnalysedText text, int i) {
        if (word(text, i).equalsIgnoreCase("i'll")) {
            return WordLists.NEGATIONS.at(text, i).isEmpty() ? i : -1;
        }
        int sentence = text.tokens().get(i).sentence();
        for (int k = i + 1; k < text.tokens().size() && k <= i + I_TO_WILL && text.tokens().get(k).sentence() == sentence; k++) {
            if (WANT.contains(text.tokens().get(k).stem())) {
                return WordLists.NEGATIONS.at(text, k).isEmpty() ? i : -1;
            }
        }
        return -1;
    }

    /* Most words a negation takes ("will no longer"): the one ending right before {@code token} starts within them. */
    private static final int MAX_NEGATION_WORDS = 3;

    /* Whether a negation ("will not", "won't", "never") ends right before {@code token}. */
    private static boolean negated(AnalysedText text, int token) {
        for (int k = Math.max(0, token - MAX_NEGATION_WORDS); k < token; k++) {
            if (WordLists.NEGATIONS.at(text, k).filter(m -> m.endToken() == token).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> NEEDS = WordLists.stems("needs");
    /* Words that open a time said before the child: "so that by the end of this school year Yonas ...". */
    private static final Set<String> TIME_OPENERS = WordLists.stems("by", "until", "within", "from", "after", "once", "in");
    private static final int TIME_PHRASE_WORDS = 7;

    /* "Kayleigh's needs": the child's needs, as the services say it; met or not, nothing the child will be seen to live. */
    private static boolean needsMet(AnalysedText text, int child) {
        return child + 1 < text.tokens().size() && text.text().substring(text.tokens().get(child).start(), text.tokens().get(child).end()).endsWith("'s")
                && NEEDS.contains(text.tokens().get(child + 1).stem());
    }

    private static final Set<String> LET = WordLists.stems("let", "allow");
    private static final Set<String> CONDITIONS = WordLists.stems("when", "whenever", "if", "while", "until", "before", "after");

    /* "Steve will do the same when Ellie stays at his house": the child in a condition of the adult's action, not an outcome. */
    private static boolean inCondition(AnalysedText text, int child) {
        return child > 0 && text.tokens().get(child - 1).sentence() == text.tokens().get(child).sentence()
                && CONDITIONS.contains(text.tokens().get(child - 1).stem());
    }

    /* "Kerry will not let Harvey stay up late": what the child will no longer do is what an adult stops, not an outcome. */
    private static boolean isStoppedFrom(AnalysedText text, int child) {
        return child >= 2 && LET.contains(text.tokens().get(child - 1).stem()) && WordLists.NEGATIONS.at(text, child - 2).isPresent();
    }

    /* Whether the outcome at {@code from} and the words joined to it to the sentence's end are all generic ("safe and happy."). */
    private static boolean onlyGeneric(AnalysedText text, int from, int sentence) {
        // A general outcome is a few words ("safe and happy"); reading no further keeps a sentence of them linear.
        int end = Math.min(text.sentences().get(sentence).endToken(), from + GENERIC_REACH);
        for (int k = from; k < end; k++) {
            String stem = text.tokens().get(k).stem();
            if (k > from && WHEN.contains(stem)) {
                // "keep the children safe until the end of June": when is no part of what life will be like.
                return true;
            }
            if (!GENERIC.contains(stem) && !JOINERS.contains(stem)) {
                return false;
            }
        }
        return true;
    }

    /*
     * "Kerry-Ann will take Ellis to every eye clinic ... Ellis will wear his glasses and be able to see the board.": after the
     * sentence that says what the adults will do, a later sentence that opens with the name of someone they do it for and
     * "will" is the child's part, what they will live when the goal is met. Only a name that opens its sentence, is no family
     * role ("Mum will ..."), was named in an earlier sentence and acts in none (not "Dean will ... Dean will ..."). The actors are read once per text.
     */
    private static boolean newSubjectAfterTheAdults(AnalysedText text, int token) {
        int sentence = text.tokens().get(token).sentence();
        if (sentence == 0 || !opensAfterTime(text, token, sentence) || !Spans.isName(text, token)
                || WordLists.FAMILY.at(text, token).isPresent()) {
            return false;
        }
        String name = text.text().substring(text.tokens().get(token).start(), text.tokens().get(token).end());
        java.util.Map<String, Integer> actors = text.read(FIRST_SENTENCE_ACTED);
        Integer first = actors.get(name);
        // "Jodie will not let Dale in": an adult's rule, not what a child will live.
        boolean keepsOut = token + 3 < text.tokens().size() && WordLists.NEGATIONS.at(text, token + 2).isPresent()
                && LET.contains(text.tokens().get(token + 3).stem());
        // The child was named before, in what the adults will do ("take Ellis to ..."): a name new here may be another adult
        // ("Lee will do the same when Mia stays at his house").
        Integer mentioned = text.read(FIRST_SENTENCE_NAMED).get(name);
        return (first == null || first >= sentence) && mentioned != null && mentioned < sentence && !keepsOut;
    }

    /*
     * The name opens its sentence, or follows only the time the sentence opens with ("By the start of the summer term Lily
     * will ..."): the time is when, the name still the subject. Only a short opening, read once by the timescale grammar.
     */
    private static boolean opensAfterTime(AnalysedText text, int token, int sentence) {
        int first = text.sentences().get(sentence).firstToken();
        if (first == token) {
            return true;
        }
        if (token - first > TIME_PHRASE_WORDS || !TIME_OPENERS.contains(text.tokens().get(first).stem())) {
            return false;
        }
        String opening = text.text().substring(text.tokens().get(first).start(), text.tokens().get(token - 1).end());
        return TimescaleGrammar.findHeldTo(opening).filter(time -> opening.endsWith(time)).isPresent();
    }

    /* Each capitalised word and the first sentence it is in, read once per text. */
    private static final AnalysedText.Reading<java.util.Map<String, Integer>> FIRST_SENTENCE_NAMED = new AnalysedText.Reading<>(text -> {
        java.util.Map<String, Integer> first = new java.util.HashMap<>();
        for (AnalysedText.Token token : text.tokens()) {
            String word = text.text().substring(token.start(), token.end());
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                first.putIfAbsent(word.endsWith("'s") ? word.substring(0, word.length() - 2) : word, token.sentence());
            }
        }
        return java.util.Map.copyOf(first);
    });

    /* Each actor's name and the first sentence they act in, read once per text. */
    private static final AnalysedText.Reading<java.util.Map<String, Integer>> FIRST_SENTENCE_ACTED = new AnalysedText.Reading<>(text -> {
        java.util.Map<String, Integer> first = new java.util.HashMap<>();
        for (GoalClauses.Clause clause : GoalClauses.of(text)) {
            // "take Jack to every clinic" is no clause of Jack's: an actor here is a name right before its "will".
            int next = clause.actorToken() + 1;
            if (next >= text.tokens().size() || !WILL_BE.contains(text.tokens().get(next).stem())) {
                continue;
            }
            AnalysedText.Token actor = text.tokens().get(clause.actorToken());
            first.merge(text.text().substring(actor.start(), actor.end()), actor.sentence(), Math::min);
        }
        return java.util.Map.copyOf(first);
    });

    /*
     * A name just after a family role is that adult's ("Nan Val staying over", "her mum Kerry"), not a child's. Read on its
     * own word: a child's name after a role ("Mum and Jack") is joined by a word between them.
     */
    private static boolean isChild(AnalysedText text, int token) {
        if (WordLists.CHILD.at(text, token).isPresent()) {
            // "the child protection review", "a child in need plan": the service's name, not a child (and "protection" would
            // read as the outcome "protected").
            return SERVICE_NAMES_AFTER_CHILD.at(text, token + 1 < text.tokens().size() ? token + 1 : token).filter(m -> m.firstToken() == token + 1).isEmpty();
        }
        return (Spans.isName(text, token) || ChildrenOfTheGoal.childOfTheGoal(text, token)) && !(token > 0 && text.tokens().get(token - 1).sentence() == text.tokens().get(token).sentence()
                && WordLists.FAMILY.at(text, token - 1).filter(m -> m.endToken() == token).isPresent());
    }

    private static final Lexicon SERVICE_NAMES_AFTER_CHILD = Lexicon.of("protection", "in need", "looked after", "and family");

    /* The token after a name and the age in brackets that may follow it ("Noah (8 weeks)"), or the token after the name. */
    private static int afterAge(AnalysedText text, int name) {
        String all = text.text();
        int end = text.tokens().get(name).end();
        if (!all.startsWith(" (", end) || end + 2 >= all.length() || !Character.isDigit(all.charAt(end + 2))) {
            return name + 1;
        }
        int close = all.indexOf(')', end);
        if (close < 0 || close - end > MAX_AGE_CHARS) {
            return name + 1;
        }
        int next = name + 1;
        while (next < text.tokens().size() && text.tokens().get(next).start() < close) {
            next++;
        }
        return next;
    }

    private static final int MAX_AGE_CHARS = 16;
    /* Under this age in years a child's own doing in a goal is what they will live, not a task they are set. */
    private static final int YOUNG_CHILD_YEARS = 12;

    /* The child is the subject, not the one an adult takes somewhere ("will take Callum (11) to see his grandad"). */
    private static boolean opensAClause(AnalysedText text, int name) {
        return name == 0 || text.tokens().get(name - 1).sentence() != text.tokens().get(name).sentence()
                || Spans.punctuationBetween(text, name - 1, name) || CLAUSE_JOINERS.contains(text.tokens().get(name - 1).stem());
    }

    private static final Set<String> CLAUSE_JOINERS = WordLists.stems("and", "then", "so", "that");

    /* "Ava (2)", "Noah (8 weeks)", "Lily (18 months)": an age in brackets straight after the name, a young child's. */
    private static boolean youngChild(AnalysedText text, int name) {
        String all = text.text();
        int at = text.tokens().get(name).end() + 2;
        int years = 0;
        int digits = 0;
        while (at < all.length() && digits < 3 && Character.isDigit(all.charAt(at))) {
            years = years * 10 + (all.charAt(at++) - '0');
            digits++;
        }
        if (digits == 0 || !all.startsWith(" (", at - digits - 2)) {
            return false;
        }
        // Looked for only within an age's length, so a text of unclosed brackets stays linear.
        int close = all.substring(at, Math.min(all.length(), at + MAX_AGE_CHARS + 1)).indexOf(')');
        if (close < 0) {
            return false;
        }
        String unit = all.substring(at, at + close).strip().toLowerCase(java.util.Locale.ROOT);
        if (unit.startsWith("week") || unit.startsWith("month") || unit.startsWith("day")) {
            return true;
        }
        return (unit.isEmpty() || unit.startsWith("year") || unit.startsWith("yr")) && years < YOUNG_CHILD_YEARS;
    }

    /* The "to" of "able to": only there is "to" a link between the child and their outcome ("Jack to" may be a task). */
    private static boolean ableTo(AnalysedText text, int token) {
        return token > 0 && word(text, token - 1).equalsIgnoreCase("able") && word(text, token).equalsIgnoreCase("to");
    }

    private static String word(AnalysedText text, int token) {
        return text.text().substring(text.tokens().get(token).start(), text.tokens().get(token).end());
    }

    /* "Nursery will see Jayden arriving clean": someone sees the child doing something, then how the child is. */
    private static boolean seenDoing(AnalysedText text, int child, int token) {
        AnalysedText.Token t = text.tokens().get(token);
        return token == child + 1 && child > 0 && SEE.contains(text.tokens().get(child - 1).stem())
                && text.text().substring(t.start(), t.end()).endsWith("ing");
    }

    private static final Set<String> SEE = WordLists.stems("see", "sees", "notice", "notices", "find", "finds");
}
