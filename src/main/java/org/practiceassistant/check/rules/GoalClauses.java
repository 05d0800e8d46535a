package org.practiceassistant.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.practiceassistant.check.text.AnalysedText;
import org.practiceassistant.check.text.Lexicon;

/**
 * The "who does what" clauses of a goal: a person (family member or named) followed within a few
 * words by a verb phrase, as in "Mum and Gran will take turns", "when Mark stays sober", or "Kelly to
 * ring Gran". Professionals' clauses are marked: they are not what the family does.
 */
final class GoalClauses {

    /** What kind of thing the person will do. */
    enum Action { OBSERVABLE, SERVICE, VAGUE, OTHER }

    /** One actor and the verb phrase after them. */
    record Clause(int actorToken, int verbToken, int verbEnd, boolean professional, boolean familyRole,
                  boolean negated, Action action) {

        String quote(AnalysedText text) {
            return Spans.around(text, actorToken, verbEnd, 0, 4);
        }
    }

    private static final int MAX_GAP = 4;

    /*
     * A young person named by what they are, not by name: "YP to maintain tenancy", "the young person will". In leaving care
     * and looked-after plans they act for themselves, so the readers count them as acting the way a named young person
     * ("Kai (16) will cook") does: read as a name, not a family role, so that what they will be or feel stays their life
     * ("YP will be settled"). Kept out of the family word list, which statements and plans read too.
     */
    private static final Lexicon YOUNG_PERSON = Lexicon.of("yp", "young person", "care leaver");

    /* Words allowed between a person and their verb: "Gran will always", "Mum has agreed to". */
    private static final Set<String> GAP_WORDS = WordLists.stems("will", "would", "to", "is", "are", "has",
            "have", "agreed", "agree", "going", "also", "always", "then", "must", "should", "can", "never", "not", "no",
            "longer", "continue", "continues", "need", "needs", "be", "now", "each", "both", "all", "every", "still",
            "shall", "won't", "'ll", "ll", "only", "immediately", "regularly", "consistently", "could", "may");

    /* After these, an unknown word is a verb: "Dean will smoke", "Kelly to ring". */
    private static final Set<String> VERB_INTRODUCERS = WordLists.stems("will", "to", "must", "shall", "won't", "should",
            "would", "can", "never", "not");

    /* Verbs whose object is followed by what the object does: "let Harvey stay", "make Jack go", "allow Ava to". */
    private static final Set<String> OBJECT_OF = WordLists.stems("let", "lets", "make", "makes", "allow", "allows", "have", "watch");

    private GoalClauses() {}

    /** The clauses of {@code text}, computed once per text. */
    static List<Clause> of(AnalysedText text) {
        return text.read(CLAUSES);
    }

    private static final AnalysedText.Reading<List<Clause>> CLAUSES = new AnalysedText.Reading<>(GoalClauses::find);

    private static List<Clause> find(AnalysedText text) {
        List<Clause> clauses = new ArrayList<>();
        List<AnalysedText.Token> tokens = text.tokens();
        for (int t = 0; t < tokens.size(); t++) {
            final int i = t;
            // "parenting course": the stemmer makes "parenting" "parent", but a word in "-ing" is what is done, not who.
            Optional<Lexicon.Match> role = WordLists.FAMILY.at(text, i)
                    .filter(m -> !text.text().substring(tokens.get(i).start(), tokens.get(i).end()).toLowerCase(java.util.Locale.ROOT).endsWith("ing"))
                    // "M to engage", "M&D + PGM to implement": a parent's letter written as someone acting.
                    .or(() -> FamilyLetters.parentAt(text, i));
            if (i > 0 && tokens.get(i - 1).sentence() == tokens.get(i).sentence() && OBJECT_OF.contains(tokens.get(i - 1).stem())) {
                // "Kerry will not let Harvey stay up late": the one after "let" is who it is done to, not who acts.
                continue;
            }
            if (afterNo(text, i)) {
                // "No more police call outs to the address": a thing that will stop, named by who used to come; nobody acts.
                continue;
            }
            int p = i > 1 && OWNERS.contains(tokens.get(i - 1).stem()) ? i - 2 : i - 1;
            if (p >= 0 && tokens.get(p).sentence() == tokens.get(i).sentence() && PREPOSITIONS.contains(tokens.get(p).stem())
                    && !Spans.punctuationBetween(text, p, i)) {
                // "6 sessions of routines work with Mum and the school nurse will see Lily": after "with" Mum is who the
                // work is done with; the one who acts is the subject after her. So too "with her carers".
                continue;
            }
            Optional<Lexicon.Match> youngPerson = role.isPresent() ? Optional.empty() : YOUNG_PERSON.at(text, i);
            // "Professionals to monitor": a sentence's capitalised first word that names a profession is that profession, not a name.
            boolean family = role.isPresent() || youngPerson.isPresent() || Spans.isName(text, i) && WordLists.PROFESSIONALS.at(text, i).isEmpty();
            Optional<Lexicon.Match> professionalRole = family ? Optional.empty() : WordLists.PROFESSIONALS.at(text, i);
            if (!family && professionalRole.isEmpty()) {
                continue;
            }
            int actorEnd = role.or(() -> youngPerson).or(() -> professionalRole).map(Lexicon.Match::endToken).orElse(i + 1);
            if (isPossessive(text, actorEnd - 1)) {
                continue;
            }
            int sentence = tokens.get(i).sentence();
            int listEnd = endOfPeopleList(text, actorEnd, sentence);
            if (professionalRole.isPresent() && namesAMeeting(text, listEnd, sentence)) {
                // "at the next care team meeting", "the core group meeting": the role names a meeting; nobody acts there
                // ("Gran meeting Tom from school" still does).
                continue;
            }
            boolean introduced = false;
            boolean copula = false;
            int verbFrom = afterAside(text, listEnd, sentence);
            for (int k = verbFrom; k < Math.min(tokens.size(), verbFrom + MAX_GAP) && tokens.get(k).sentence() == sentence; k++) {
                final int j = k;
                Optional<Lexicon.Match> observable = WordLists.OBSERVABLE_ACTIONS.at(text, j);
                Optional<Lexicon.Match> service = WordLists.SERVICE_TASKS.at(text, j);
                Optional<Lexicon.Match> vague = WordLists.VAGUE_AIMS.at(text, j);
                Action action = vague.isPresent() && (observable.isEmpty() || vague.get().endToken() > observable.get().endToken())
                        ? Action.VAGUE : service.isPresent() ? Action.SERVICE : observable.isPresent() ? Action.OBSERVABLE : null;
                boolean gap = GAP_WORDS.contains(tokens.get(j).stem());
                if (action == null && gap) {
                    introduced |= VERB_INTRODUCERS.contains(tokens.get(j).stem());
                    copula |= COPULAS.contains(tokens.get(j).stem());
                    continue;
                }
                if (action == null && !introduced) {
                    break;
                }
                int end = action == null ? j + 1
                        : (action == Action.VAGUE ? vague : action == Action.SERVICE ? service : observable).get().endToken();
                boolean negated = WordLists.NEGATIONS.first(text, listEnd, j + 1).isPresent() || makesSureNot(text, j);
                if (action == Action.OBSERVABLE && copula && !isWithSomeone(text, j)
                        && !text.text().substring(tokens.get(j).start(), tokens.get(j).end()).endsWith("ing")) {
                    // "Ruby will be settled": after "be" a listed verb's participle is a state; "will be collecting" is doing.
                    action = Action.OTHER;
                }
                if (action == null) {
                    // A verb after "will" or "to" that is no inner state or aim is something people can be seen doing:
                    // "Lee will brush Jack's teeth". Read from the clause's shape, not from a list of every such verb.
                    // After "be" the word is a state ("Callum will be safe"), not an action; after "have" a determiner
                    // says what someone will have ("Tyrone will have a safe place to live"), not what they will do.
                    boolean having = j > listEnd && HAVE.contains(tokens.get(j - 1).stem()) && DETERMINERS.contains(tokens.get(j).stem());
                    action = copula && !isWithSomeone(text, j) || having || NOT_SEEN.contains(tokens.get(j).stem())
                            ? Action.OTHER : Action.OBSERVABLE;
                }
                clauses.add(new Clause(i, j, end, professionalRole.isPresent(), role.isPresent(), negated, action));
                break;
            }
        }
        return List.copyOf(clauses);
    }

    private static final Set<String> MAKE = WordLists.stems("make", "makes", "ensure", "ensures");
    private static final Set<String> SURE = WordLists.stems("sure");
    /* How many words after "make sure" its clause's "not" is looked for: "make sure Dylan is not", "make sure the boys do not". */
    private static final int MAKE_SURE_REACH = 4;

    /*
     * "Karen and Steve will make sure Dylan is not out drinking": making sure something does not happen only stops it
     * (blind10's reader fails it on says-what-will-happen and observable-behaviour, as "Mark will not drink"). "make sure"
     * or "ensure", then "not" (or "no more", "stop") within a few words of the same sentence.
     */
    static boolean makesSureNot(AnalysedText text, int verb) {
        List<AnalysedText.Token> tokens = text.tokens();
        int end = MAKE.contains(tokens.get(verb).stem()) && verb + 1 < tokens.size() && SURE.contains(tokens.get(verb + 1).stem()) ? verb + 2
                : tokens.get(verb).stem().startsWith("ensur") ? verb + 1 : -1;
        if (end < 0) {
            return false;
        }
        int to = end;
        while (to < tokens.size() && to < end + MAKE_SURE_REACH && tokens.get(to).sentence() == tokens.get(verb).sentence()) {
            to++;
        }
        return ONLY_STOPPING.first(text, end, to).isPresent();
    }

    /*
     * The negations that make "make sure" only stop something: "is not out", "doesn't go". Not "never" or "without": "will
     * make sure Mia is never left alone with him" is a rule of supervision others can see kept (b3-42, t4-37, bl4-29's readers).
     */
    private static final Lexicon ONLY_STOPPING = Lexicon.of("not",
            "no longer", "no more", "stop", "stops", "isn't", "aren't", "doesn't", "don't", "won't");

    private static final Set<String> NO = WordLists.stems("no");
    private static final Set<String> MORE = WordLists.stems("more", "further");

    /* "no police", "no more police", "no further police": the person opens a noun phrase of what will not happen. */
    private static boolean afterNo(AnalysedText text, int token) {
        List<AnalysedText.Token> tokens = text.tokens();
        int before = token - 1;
        if (before >= 0 && MORE.contains(tokens.get(before).stem())) {
            before--;
        }
        return before >= 0 && tokens.get(before).sentence() == tokens.get(token).sentence() && NO.contains(tokens.get(before).stem())
                && !Spans.punctuationBetween(text, before, token);
    }

    /* The longest aside read between people and their "will": "Kerry and Jordan, with the help of ... Aaron, who have agreed ..., will". */
    private static final int MAX_ASIDE = 30;
    private static final Set<String> ASIDE_ENDS_AT = WordLists.stems("will", "must", "shall", "won't");

    /*
     * Where the verb phrase of the people ending at {@code listEnd} starts: straight after them, or after an aside set off by
     * commas ("Kerry and Jordan, with the help of Kerry's mum Linda, will make sure ..."), when a comma and then "will" end it
     * within {@value #MAX_ASIDE} words of the same sentence. Read once, forward, a bounded distance.
     */
    private static int afterAside(AnalysedText text, int listEnd, int sentence) {
        List<AnalysedText.Token> tokens = text.tokens();
        if (listEnd <= 0 || listEnd >= tokens.size() || tokens.get(listEnd).sentence() != sentence
                || !commaBetween(text, listEnd - 1, listEnd)) {
            return listEnd;
        }
        for (int j = listEnd + 1; j < Math.min(tokens.size(), listEnd + MAX_ASIDE) && tokens.get(j).sentence() == sentence; j++) {
            if (ASIDE_ENDS_AT.contains(tokens.get(j).stem()) && commaBetween(text, j - 1, j)) {
                return j;
            }
        }
        return listEnd;
    }

    private static boolean commaBetween(AnalysedText text, int left, int right) {
        return text.text().substring(text.tokens().get(left).end(), text.tokens().get(right).start()).indexOf(',') >= 0;
    }

    /* The longest list of people after the first that one verb can follow: "Sam's foster carers, his uncle Dev and his youth worker". */
    private static final int MAX_LIST = 12;

    private static final Set<String> COPULAS = WordLists.stems("be", "is", "are");
    private static final Set<String> PREPOSITIONS = WordLists.stems("with", "for", "from", "about", "by", "of");
    private static final Set<String> OWNERS = WordLists.stems("his", "her", "their", "my", "our", "your");
    private static final Set<String> WITH = WordLists.stems("with");
    private static final Set<String> OBJECT_PRONOUNS = WordLists.stems("him", "her", "them");

    /*
     * "Becky, or Linda and Paul, will be with Noah whenever Kyle is at home": being with someone is where an adult will
     * be seen, not a state of mind ("will be calm").
     */
    private static boolean isWithSomeone(AnalysedText text, int token) {
        int next = token + 1;
        return WITH.contains(text.tokens().get(token).stem()) && next < text.tokens().size()
                && text.tokens().get(next).sentence() == text.tokens().get(token).sentence()
                && (personAt(text, next).isPresent() || Spans.isName(text, next) || OBJECT_PRONOUNS.contains(text.tokens().get(next).stem()));
    }
    private static final Set<String> HAVE = WordLists.stems("have", "has");
    private static final Set<String> DETERMINERS = WordLists.stems("a", "an", "the", "his", "her", "their", "its", "no", "some",
            "any", "more", "enough", "somewhere", "someone");

    /* Words inside a list of people that are not people: "and", "his", "both". */
    private static final Set<String> LIST_WORDS = WordLists.stems("and", "or", "his", "her", "their", "both", "also", "the", "my", "our");

    /* Verbs that say what someone is, feels, thinks or aims at: nothing anyone could watch them do. */
    private static final Set<String> NOT_SEEN = WordLists.stems("be", "is", "are", "feel", "know", "think", "want", "hope",
            "try", "aim", "wish", "learn", "ensure", "need", "understand", "believe", "accept", "agree", "consider", "continue",
            "become", "remain", "get", "have", "recognise", "realise", "see", "seem", "like", "love", "start", "begin");

    /*
     * Where the list of people that starts at {@code from} ends: "Mum, Gran and her friend Donna will" has one
     * verb for three people, so each of them is read as acting. A list is people (by role, name or
     * possessive name) joined by "and", commas, "his"/"her"; one unknown word may come before a role ("youth worker").
     */
    private static final Set<String> AFTER_A_LOWER_CASE_NAME = WordLists.stems("will", "and", "to");

    /* A lower-case word of letters between a family role and "will" / "and" / "to" is the person's name ("his brother lee and"). */
    private static boolean lowerCaseNameAfterRole(AnalysedText text, int k, int sentence) {
        List<AnalysedText.Token> tokens = text.tokens();
        if (k + 1 >= tokens.size() || tokens.get(k + 1).sentence() != sentence || !AFTER_A_LOWER_CASE_NAME.contains(tokens.get(k + 1).stem())
                || WordLists.FAMILY.at(text, k - 1).filter(m -> m.endToken() == k).isEmpty()
                && (k < 2 || WordLists.FAMILY.at(text, k - 2).filter(m -> m.endToken() == k).isEmpty())) {
            return false;
        }
        String word = text.text().substring(tokens.get(k).start(), tokens.get(k).end());
        return word.length() >= 3 && word.chars().allMatch(Character::isLowerCase) && !GAP_WORDS.contains(tokens.get(k).stem())
                && !LIST_WORDS.contains(tokens.get(k).stem()) && WordLists.FAMILY.at(text, k).isEmpty();
    }

    private static int endOfPeopleList(AnalysedText text, int from, int sentence) {
        List<AnalysedText.Token> tokens = text.tokens();
        int k = from;
        int lastPerson = from;
        while (k < tokens.size() && k < from + MAX_LIST && tokens.get(k).sentence() == sentence) {
            Optional<Lexicon.Match> person = personAt(text, k);
            if (person.isPresent() && !person.get().phrase().equals("we")) {
                k = person.get().endToken();
                lastPerson = k;
            } else if (Spans.isName(text, k)) {
                k++;
                lastPerson = k;
            } else if (LIST_WORDS.contains(tokens.get(k).stem())) {
                k++;
            } else if (k == lastPerson && k > 0 && lowerCaseNameAfterRole(text, k, sentence)) {
                // "his mum mary will come round": a name typed in lower case straight after the role it names.
                k++;
                lastPerson = k;
            } else if (k == lastPerson && isAge(text, k)) {
                // "Kai (16) will cook": the age after a name is part of naming them.
                k++;
                lastPerson = k;
            } else if (k + 1 < tokens.size() && !GAP_WORDS.contains(tokens.get(k).stem()) && !isPresentAction(text, k)
                    && personAt(text, k + 1).isPresent()) {
                k++;
            } else if (k > from && LIST_WORDS.contains(tokens.get(k - 1).stem()) && teamAhead(text, k, sentence) > k) {
                // "Mum, Grandad and the perinatal mental health team will": after "and" or "the", a few words the lists
                // do not know may name a team, so long as a person or service word ends them.
                k = teamAhead(text, k, sentence);
            } else {
                break;
            }
        }
        return lastPerson;
    }

    private static boolean namesAMeeting(AnalysedText text, int token, int sentence) {
        if (token >= text.tokens().size() || text.tokens().get(token).sentence() != sentence) {
            return false;
        }
        AnalysedText.Token t = text.tokens().get(token);
        String word = text.text().substring(t.start(), t.end()).toLowerCase(java.util.Locale.ROOT);
        return word.equals("meeting") || word.equals("meetings");
    }

    /* "Jo rings Grandma": a listed action in its "-s" form is what the person does, not a word naming the next person. */
    private static boolean isPresentAction(AnalysedText text, int k) {
        AnalysedText.Token t = text.tokens().get(k);
        String word = text.text().substring(t.start(), t.end());
        return word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("'s")
                && WordLists.OBSERVABLE_ACTIONS.at(text, k).map(m -> m.endToken() == k + 1).orElse(false);
    }

    /* Unknown words before a team or service in a list: at most this many ("perinatal mental health team"). */
    private static final int MAX_TEAM_WORDS = 3;

    /* Where the person or service word ends that the next few words (none a gap word, no punctuation) lead to; -1 if none. */
    private static int teamAhead(AnalysedText text, int k, int sentence) {
        List<AnalysedText.Token> tokens = text.tokens();
        for (int d = 1; d <= MAX_TEAM_WORDS && k + d < tokens.size() && tokens.get(k + d).sentence() == sentence; d++) {
            int skipped = k + d - 1;
            if (GAP_WORDS.contains(tokens.get(skipped).stem()) || LIST_WORDS.contains(tokens.get(skipped).stem())
                    || Spans.punctuationBetween(text, skipped, k + d)) {
                return -1;
            }
            Optional<Lexicon.Match> person = personAt(text, k + d);
            if (person.isPresent()) {
                return person.get().endToken();
            }
        }
        return -1;
    }

    private static boolean isAge(AnalysedText text, int token) {
        AnalysedText.Token t = text.tokens().get(token);
        return t.end() - t.start() <= 2 && t.start() > 0 && text.text().charAt(t.start() - 1) == '('
                && text.text().substring(t.start(), t.end()).chars().allMatch(Character::isDigit);
    }

    /**
     * Whether {@code clause} only says what a person named (not by a family role) will be, have, feel or know: "Ruby will be gaining
     * weight", "Amira to have a stable placement", "Tyrone (17) will have a safe place to live". That is how someone's
     * life will be, most often the child's, not someone acting; "Mum will be there" (a role) still acts.
     */
    static boolean isNamedPersonsState(Clause clause) {
        return clause.action() == Action.OTHER && !clause.familyRole() && !clause.professional();
    }

    /** Whether {@code clause}'s actor is a young person named by what they are ("YP", "the young person"), not by name. */
    static boolean namesAYoungPerson(AnalysedText text, Clause clause) {
        return YOUNG_PERSON.at(text, clause.actorToken()).isPresent();
    }

    private static Optional<Lexicon.Match> personAt(AnalysedText text, int token) {
        return WordLists.FAMILY.at(text, token).or(() -> FamilyLetters.parentAt(text, token)).or(() -> WordLists.PROFESSIONALS.at(text, token));
    }

    /* "Jack's attendance": a possessive is not someone acting. */
    private static boolean isPossessive(AnalysedText text, int token) {
        AnalysedText.Token t = text.tokens().get(token);
        return text.text().substring(t.start(), t.end()).endsWith("'s");
    }
}
