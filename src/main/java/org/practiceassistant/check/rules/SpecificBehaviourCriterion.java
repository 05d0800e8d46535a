package org.practiceassistant.check.rules;

import java.util.List;
import java.util.Optional;
import org.practiceassistant.check.CriterionId;
import org.practiceassistant.check.CriterionResult;
import org.practiceassistant.check.text.AnalysedText;
import org.practiceassistant.check.text.Lexicon;

/** A danger statement says what someone did or what happened, not a label such as "neglect" or "DV". */
final class SpecificBehaviourCriterion extends Criterion<AnalysedText> {

    SpecificBehaviourCriterion() {
        super(CriterionId.SPECIFIC_BEHAVIOUR, Sources.TEMPLATE_GUIDANCE_HARM);
    }

    /*
     * "parental substance misuse (cannabis and cocaine)": words in brackets straight after a label gloss the label; they
     * do not say what anyone did. A behaviour word there does not count; the same word in a sentence of its own does.
     */
    /* Words that share a behaviour's stem but not its sense: "lately" is "late" to the stemmer ("struggling a lot lately"). */
    private static final java.util.Set<String> STEM_ONLY = java.util.Set.of("lately");

    private static Optional<Lexicon.Match> firstOutsideAGloss(AnalysedText text) {
        List<Lexicon.Match> outside = outsideGlosses(text);
        return outside.isEmpty() ? Optional.empty() : Optional.of(outside.get(0));
    }

    /* The behaviour words of {@code text} that are not in a label's gloss, in order. */
    private static List<Lexicon.Match> outsideGlosses(AnalysedText text) {
        List<Lexicon.Match> behaviours = WordLists.BEHAVIOUR.all(text);
        List<Lexicon.Match> outside = new java.util.ArrayList<>();
        if (behaviours.isEmpty()) {
            return outside;
        }
        String all = text.text();
        // Where each character's bracket opened (-1 outside brackets): one pass, so the check stays linear.
        int[] openedAt = new int[all.length()];
        int open = -1;
        for (int i = 0; i < all.length(); i++) {
            char c = all.charAt(i);
            if (c == '(') {
                open = i;
            } else if (c == ')' || c == '\n') {
                open = -1;
            }
            openedAt[i] = open;
        }
        java.util.Set<Integer> labelEnds = new java.util.HashSet<>();
        WordLists.LABELS.all(text).forEach(m -> labelEnds.add(m.end()));
        for (Lexicon.Match m : behaviours) {
            if (STEM_ONLY.contains(all.substring(m.start(), m.end()).toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            int bracket = openedAt[m.start()];
            int before = bracket;
            while (before > 0 && all.charAt(before - 1) == ' ') {
                before--;
            }
            if (bracket < 0 || !labelEnds.contains(before)) {
                outside.add(m);
            }
        }
        return outside;
    }

    /*
     * Beyond the list of acts, the shape of one: a person (family role or name), an action in its "-s" or "-ed" form, and
     * who or what it was done to ("Tyler kicks the dog", "Dad pinned her against the wall"). Verbs that say what someone
     * is, has or goes through ("Mum has a history of", "Dad struggles with", "Mum neglects the children") are no act.
     */
    private static final java.util.Set<String> NOT_ACTS = WordLists.stems("has", "is", "was", "does", "needs", "seems",
            "appears", "uses", "misuses", "neglects", "struggles", "suffers", "lacks", "continues", "presents", "engages",
            "attends", "feels", "wants", "says", "seemed", "appeared", "used", "misused", "neglected", "struggled", "suffered",
            "lacked", "continued", "presented", "engaged", "attended", "needed", "wanted", "refused", "refuses", "loves",
            "cares", "cared", "finds", "found", "believes", "thinks", "knows", "means", "lives", "lived", "works", "worked",
            "minimises", "minimised", "denies", "denied", "recognises", "accepts", "accepted", "prioritises", "shows",
            "showed", "understands", "gets", "got", "goes", "went", "comes", "came", "manages", "managed", "supports",
            "supported", "protects", "protected", "meets", "met", "provides", "provided", "looks", "looked");
    private static final java.util.Set<String> ADVERBS = WordLists.stems("often", "sometimes", "regularly", "repeatedly",
            "has", "have", "had", "then", "also", "always", "once", "twice", "again");
    private static final java.util.Set<String> OBJECTS = WordLists.stems("his", "her", "their", "the", "a", "an", "him",
            "them", "things", "me", "us", "it", "objects", "furniture");

    private static final java.util.Set<String> PERSONAL = java.util.Set.of("he", "she", "they");

    private static Optional<String> actOnSomeone(AnalysedText text) {
        java.util.List<AnalysedText.Token> tokens = text.tokens();
        for (int t = 0; t < tokens.size(); t++) {
            final int i = t;
            Optional<Lexicon.Match> role = WordLists.FAMILY.at(text, i).or(() -> WordLists.CHILD.at(text, i));
            // "She spent her Universal Credit on takeaways": he, she or they, as the subject, act as a name does.
            boolean pronoun = PERSONAL.contains(word(text, i));
            if (role.isEmpty() && !pronoun && !Spans.isName(text, i)) {
                continue;
            }
            int v = role.map(Lexicon.Match::endToken).orElse(i + 1);
            for (int gap = 0; gap < 2 && v < tokens.size() && ADVERBS.contains(tokens.get(v).stem()); gap++) {
                v++;
            }
            int object = v + 1;
            if (object >= tokens.size() || tokens.get(object).sentence() != tokens.get(i).sentence()
                    || Spans.punctuationBetween(text, i, object)) {
                continue;
            }
            String verb = text.text().substring(tokens.get(v).start(), tokens.get(v).end()).toLowerCase(java.util.Locale.ROOT);
            boolean verbForm = (verb.endsWith("s") && !verb.endsWith("ss") && !verb.endsWith("'s")) || verb.endsWith("ed")
                    || IRREGULAR_PARTICIPLES.contains(verb);
            boolean onSomeone = isDoneTo(text, object);
            if (verbForm && verb.length() > 3 && onSomeone && !NOT_ACTS.contains(tokens.get(v).stem())
                    && WordLists.LABELS.at(text, object + 1).isEmpty()) {
                return Optional.of(Spans.around(text, i, Math.min(tokens.size(), object + 3), 0, 0));
            }
        }
        return Optional.empty();
    }

    /*
     * The perfect of an act done to someone: "have left him in his wheelchair", "has taken her bank card", "have left Chidi
     * and his brothers at home". The participle may be irregular, so it is read by its place: straight after has / have /
     * had, whose subject is a person ("he", "Mr and Mrs Okafor") or a second verb of theirs ("... and have left him").
     */
    private static final java.util.Set<String> PERFECT = java.util.Set.of("has", "have", "had");
    private static final java.util.Set<String> IRREGULAR_PARTICIPLES = java.util.Set.of("left", "taken", "hit", "thrown",
            "beaten", "bitten", "shaken", "shut", "kept", "spent", "broken", "stolen", "sent", "brought", "taught", "held",
            "hurt", "cut", "put", "given", "told", "made", "driven", "ridden", "fed");
    private static final java.util.Set<String> SUBJECT_PRONOUNS = java.util.Set.of("he", "she", "they", "and", "who");

    private static Optional<String> perfectActOnSomeone(AnalysedText text) {
        List<AnalysedText.Token> tokens = text.tokens();
        for (int h = 1; h + 2 < tokens.size(); h++) {
            if (!PERFECT.contains(word(text, h)) || tokens.get(h + 2).sentence() != tokens.get(h).sentence()
                    || Spans.punctuationBetween(text, h - 1, h + 2)) {
                continue;
            }
            String participle = word(text, h + 1);
            boolean isParticiple = (participle.endsWith("ed") || IRREGULAR_PARTICIPLES.contains(participle))
                    && participle.length() > 3 && !NOT_ACTS.contains(tokens.get(h + 1).stem());
            int s = h - 1;
            boolean personActs = SUBJECT_PRONOUNS.contains(word(text, s)) || WordLists.FAMILY.at(text, s).isPresent()
                    || Spans.isName(text, s) || WordLists.CHILD.at(text, s).isPresent();
            int object = h + 2;
            boolean onSomeone = isDoneTo(text, object);
            if (isParticiple && personActs && onSomeone && WordLists.LABELS.at(text, object + 1).isEmpty()) {
                return Optional.of(Spans.around(text, s, Math.min(tokens.size(), object + 3), 0, 0));
            }
        }
        return Optional.empty();
    }

    /*
     * An act going on, or one left undone, by a person: "Leah has been leaving baby Archie in his cot", "Jess has not paid
     * her rent", "Shannon does not take her to toddler groups". The person (a role, a name or he / she / they), one to three
     * helping words (has, been, is, not, does ...), a verb of doing (its "-ing" form, a participle, or the plain verb after
     * "does not"), and who or what it is done to. Only straight on, word by word: constant work per person.
     */
    private static final java.util.Set<String> HELPERS = java.util.Set.of("has", "have", "had", "is", "are", "was", "were",
            "been", "not", "hasn't", "haven't", "hadn't", "isn't", "aren't", "wasn't", "weren't", "does", "doesn't", "did",
            "didn't", "do", "don't", "keeps", "kept");
    private static final java.util.Set<String> PLAIN_AFTER = java.util.Set.of("not", "doesn't", "didn't", "don't");
    private static final int MAX_HELPERS = 3;
    /* Plain verbs that say what someone is or has, not what they do: "does not have a bed", "did not get up". */
    private static final java.util.Set<String> NOT_DOING = java.util.Set.of("have", "be", "get", "go", "need", "want", "seem",
            "know", "think", "feel", "like", "understand", "accept", "believe", "see", "recognise", "engage", "attend", "appear",
            "being", "having", "getting", "going", "doing", "saying", "feeling", "trying", "making", "struggling", "coping",
            "managing", "living", "engaging", "attending", "using", "misusing", "presenting", "showing", "continuing", "needing",
            "accessing", "receiving",
            // What a carer should be doing, said as a duty: "is not supervising the children" names no act anyone saw.
            "supervising", "parenting", "safeguarding", "protecting", "prioritising", "meeting", "caring", "looking");

    private static Optional<String> ongoingActOnSomeone(AnalysedText text) {
        List<AnalysedText.Token> tokens = text.tokens();
        for (int i = 0; i + 2 < tokens.size(); i++) {
            final int p = i;
            boolean person = SUBJECT_PRONOUNS.contains(word(text, p)) && !word(text, p).equals("and")
                    || WordLists.FAMILY.at(text, p).isPresent() || WordLists.CHILD.at(text, p).isPresent() || Spans.isName(text, p);
            if (!person) {
                continue;
            }
            int v = p + 1;
            // "Jess (19) has not paid": the age in brackets after a name.
            if (v < tokens.size() && isAgeInBrackets(text, v)) {
                v++;
            }
            int firstHelper = v;
            boolean plain = false;
            while (v < tokens.size() && v - firstHelper < MAX_HELPERS && HELPERS.contains(word(text, v))) {
                plain = PLAIN_AFTER.contains(word(text, v));
                v++;
            }
            int object = v + 1;
            if (v == firstHelper || object >= tokens.size() || tokens.get(object).sentence() != tokens.get(p).sentence()
                    || Spans.punctuationBetween(text, firstHelper, object)
                    || firstHelper == p + 1 && Spans.punctuationBetween(text, p, firstHelper)) {
                continue;
            }
            String verb = word(text, v);
            boolean doing = verb.length() > 5 && verb.endsWith("ing") || verb.length() > 3 && verb.endsWith("ed")
                    || IRREGULAR_PARTICIPLES.contains(verb) || verb.equals("paid")
                    || plain && verb.length() > 2 && verb.chars().allMatch(Character::isLetter);
            boolean onSomeone = isDoneTo(text, object);
            if (doing && onSomeone && !NOT_DOING.contains(verb) && !NOT_ACTS.contains(tokens.get(v).stem())
                    && WordLists.LABELS.at(text, object + 1).isEmpty()) {
                return Optional.of(Spans.around(text, p, Math.min(tokens.size(), object + 3), 0, 0));
            }
        }
        return Optional.empty();
    }

    /*
     * A person's act counted: "Jaden has been out past his curfew four times in two weeks", "Daniel ... has fallen asleep in
     * class on at least six occasions", "Mason (4) is being left with his cousin 2 or 3 times a week". What the person did
     * may be any words (a young person's own behaviour, or an adult's act said in the passive); what makes it a behaviour
     * is its shape: a count of times or occasions, and before it in the sentence a person (a name, a family role, a child,
     * he / she / they) as the subject of a verb (a helping word or a verb form straight after them), with no label between.
     * "Neglect on 3 occasions" has no person acting; "Mum has a history of neglect on 3 occasions" has only what she has;
     * "DV incidents x3" counts no times. Each count looks back a bounded number of words: linear in the text.
     */
    private static final java.util.Set<String> COUNTED = java.util.Set.of("times", "occasions");
    private static final java.util.Set<String> NUMBER_WORDS = java.util.Set.of("two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "several", "many");
    /* "on at least four nights in October", "most evenings", "every weekend": how often, said in days rather than times. */
    private static final java.util.Set<String> PARTS_OF_DAYS = java.util.Set.of("night", "nights", "evening", "evenings",
            "morning", "mornings", "day", "days", "weekend", "weekends");
    private static final java.util.Set<String> HOW_OFTEN = java.util.Set.of("most", "every");
    private static final java.util.Set<String> PASSIVE_HELPERS = java.util.Set.of("being");
    private static final int COUNT_REACH = 30;

    private static Optional<String> countedActOfAPerson(AnalysedText text) {
        List<AnalysedText.Token> tokens = text.tokens();
        for (int c = 1; c < tokens.size(); c++) {
            boolean count = word(text, c).equals("twice") || COUNTED.contains(word(text, c)) && isNumber(word(text, c - 1))
                    || PARTS_OF_DAYS.contains(word(text, c)) && (isNumber(word(text, c - 1)) || HOW_OFTEN.contains(word(text, c - 1)));
            if (!count) {
                continue;
            }
            int sentence = tokens.get(c).sentence();
            int from = Math.max(text.sentences().get(sentence).firstToken(), c - COUNT_REACH);
            for (int p = c - 2; p >= from; p--) {
                if (WordLists.LABELS.at(text, p).isPresent()) {
                    break;
                }
                if (actsAsSubject(text, p, c)) {
                    return Optional.of(Spans.around(text, p, c + 1, 0, 0));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isNumber(String word) {
        return NUMBER_WORDS.contains(word) || !word.isEmpty() && word.chars().allMatch(Character::isDigit);
    }

    /* A person at {@code p} who is the subject of a verb: a helping word or a verb in "-s" / "-ed" form straight after. */
    private static boolean actsAsSubject(AnalysedText text, int p, int before) {
        boolean person = SUBJECT_PRONOUNS.contains(word(text, p)) && !word(text, p).equals("and") && !word(text, p).equals("who")
                || WordLists.FAMILY.at(text, p).isPresent() || WordLists.CHILD.at(text, p).isPresent() || Spans.isName(text, p);
        if (!person || possessive(text, p)) {
            return false;
        }
        int v = Spans.afterPeople(text, p);
        // "Mason (4) is being left": the age in brackets belongs to the subject; other punctuation ends it.
        boolean aged = v < before && isAgeInBrackets(text, v);
        if (aged) {
            v++;
        }
        if (v >= before || !aged && Spans.punctuationBetween(text, v - 1, v)) {
            return false;
        }
        int firstHelper = v;
        while (v < before && (HELPERS.contains(word(text, v)) || PASSIVE_HELPERS.contains(word(text, v)))) {
            v++;
        }
        if (v >= before) {
            return false;
        }
        String verb = word(text, v);
        boolean helped = v > firstHelper && !OBJECTS.contains(tokenStem(text, v)) && !isNumber(verb);
        boolean verbForm = v == firstHelper && verb.length() > 3 && (verb.endsWith("ed") || verb.endsWith("s") && !verb.endsWith("ss")
                || IRREGULAR_PARTICIPLES.contains(verb));
        return (helped || verbForm) && !NOT_DOING.contains(verb) && !NOT_ACTS.contains(tokenStem(text, v));
    }

    private static String tokenStem(AnalysedText text, int token) {
        return text.tokens().get(token).stem();
    }

    /*
     * A parent's act said in the passive, with the child as its subject: "Mason (4) is being left with his cousin", "Ruby was
     * hit by her dad", "the children were left alone". The child, a form of "be" among the helping words, a participle that
     * is an act (not "neglected", "exposed to" a label), and then who did it or with whom the child was left: "alone", "by" a
     * family member or a name, or "with" one within a few words. "Tom was referred by the school" names no one in the
     * family; "Tom was diagnosed with ADHD" names no one at all. One pass, a bounded look at each child: linear.
     */
    private static final java.util.Set<String> BE = java.util.Set.of("is", "was", "were", "are", "been", "being");
    private static final int WITH_REACH = 5;

    private static Optional<String> passiveActOnAChild(AnalysedText text) {
        List<AnalysedText.Token> tokens = text.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            boolean child = WordLists.CHILD.at(text, i).isPresent() || Spans.isName(text, i) && WordLists.FAMILY.at(text, i).isEmpty();
            if (!child || possessive(text, i)) {
                continue;
            }
            int v = Spans.afterPeople(text, i);
            boolean aged = v < tokens.size() && isAgeInBrackets(text, v);
            if (aged) {
                v++;
            }
            if (v >= tokens.size() || !aged && Spans.punctuationBetween(text, v - 1, v)) {
                continue;
            }
            int firstHelper = v;
            boolean be = false;
            while (v < tokens.size() && v - firstHelper < MAX_HELPERS && (HELPERS.contains(word(text, v)) || BE.contains(word(text, v)))) {
                be |= BE.contains(word(text, v));
                v++;
            }
            int after = v + 1;
            if (!be || after >= tokens.size() || tokens.get(after).sentence() != tokens.get(i).sentence()
                    || Spans.punctuationBetween(text, firstHelper, after)) {
                continue;
            }
            String participle = word(text, v);
            boolean isParticiple = participle.length() > 3 && (participle.endsWith("ed") || IRREGULAR_PARTICIPLES.contains(participle))
                    && !NOT_ACTS.contains(tokens.get(v).stem()) && WordLists.LABELS.at(text, after).isEmpty();
            if (isParticiple && byOrWithAnAdult(text, after)) {
                return Optional.of(Spans.around(text, i, Math.min(tokens.size(), after + 3), 0, 0));
            }
        }
        return Optional.empty();
    }

    private static boolean byOrWithAnAdult(AnalysedText text, int token) {
        String word = word(text, token);
        if (word.equals("alone")) {
            return true;
        }
        if (!word.equals("by") && !word.equals("with")) {
            return false;
        }
        int reach = word.equals("by") ? 2 : WITH_REACH;
        int sentence = text.tokens().get(token).sentence();
        for (int k = token + 1; k < text.tokens().size() && k <= token + reach && text.tokens().get(k).sentence() == sentence; k++) {
            if (Spans.punctuationBetween(text, k - 1, k)) {
                return false;
            }
            if (WordLists.FAMILY.at(text, k).isPresent() || Spans.isName(text, k)) {
                return true;
            }
        }
        return false;
    }

    /* Who or what an act is done to: "his", "the", "them", a family role, a child, a name. */
    private static boolean isDoneTo(AnalysedText text, int token) {
        return OBJECTS.contains(text.tokens().get(token).stem()) || WordLists.FAMILY.at(text, token).isPresent()
                || WordLists.CHILD.at(text, token).isPresent() || Spans.isName(text, token);
    }

    /* "(19)": a child's or young person's age straight after their name. */
    private static boolean isAgeInBrackets(AnalysedText text, int token) {
        AnalysedText.Token t = text.tokens().get(token);
        return t.start() > 0 && text.text().charAt(t.start() - 1) == '(' && word(text, token).chars().allMatch(Character::isDigit);
    }

    private static String word(AnalysedText text, int token) {
        AnalysedText.Token t = text.tokens().get(token);
        return text.text().substring(t.start(), t.end()).toLowerCase(java.util.Locale.ROOT);
    }

    /* Words between a worry word and the label it is about: "worried about Mum's", "concerns regarding the". */
    private static final java.util.Set<String> ABOUT = WordLists.stems("about", "regarding", "re", "around", "over");
    private static final java.util.Set<String> THE_OR_WHOSE = WordLists.stems("the", "a", "his", "her", "their");
    /* How far before a behaviour its doer is looked for in the sentence: "Jordan has strangled", "Mum told Chloe (11) that". */
    private static final int DOER_REACH = 8;

    /*
     * "The school is worried about neglect at home. Harley (6) comes into school hungry ...", "worried about domestic abuse
     * between mum and dad. Lily (9) has heard it happen at night": a worry named as a label, then only how the child is, is
     * the label still; what the adults did is missing (the readers of tune5, blind4, blind7, blind9, blind10, blind11, blind12,
     * blind13 and blind15 fail these). After "worried about" + a label, a behaviour counts only when an adult does it: the
     * nearest person before it in its sentence is a family role or a name that is not the child's, not a possessive ("Dad's
     * drinking" is a label too). "worried about DV between mum and Jordan. Jordan has strangled mum" passes as before.
     */
    private static boolean worryIsALabel(AnalysedText text) {
        for (Lexicon.Match worry : WordLists.WORRY.all(text)) {
            int k = worry.endToken();
            if (k >= text.tokens().size() || !ABOUT.contains(text.tokens().get(k).stem())) {
                continue;
            }
            k++;
            if (k < text.tokens().size() && (THE_OR_WHOSE.contains(text.tokens().get(k).stem()) || possessive(text, k))) {
                k++;
            }
            if (k < text.tokens().size() && WordLists.LABELS.at(text, k).isPresent() && CHILDS_OWN_WORRIES.at(text, k).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /*
     * Labels of a danger in the child's own life ("worried about CCE. Tyrese (15) has been found in Brackton ..."): there what
     * the child does is the behaviour (blind5's reader passes it), so these stay read as before.
     */
    private static final Lexicon CHILDS_OWN_WORRIES = Lexicon.of("exploitation", "cse", "cce", "emotional wellbeing",
            "vulnerable", "vulnerability");

    private static boolean possessive(AnalysedText text, int token) {
        return word(text, token).endsWith("'s");
    }

    private static Optional<Lexicon.Match> adultsBehaviour(AnalysedText text) {
        for (Lexicon.Match m : outsideGlosses(text)) {
            int sentence = text.tokens().get(m.firstToken()).sentence();
            for (int k = m.firstToken() - 1; k >= 0 && k >= m.firstToken() - DOER_REACH && text.tokens().get(k).sentence() == sentence; k--) {
                boolean family = WordLists.FAMILY.at(text, k).isPresent();
                boolean name = Spans.isName(text, k);
                if (!family && !name && WordLists.CHILD.at(text, k).isEmpty() && !SUBJECT_PRONOUNS.contains(word(text, k))) {
                    continue;
                }
                if ((family || name && !ChildrenOfTheGoal.childOfTheGoal(text, k)) && !possessive(text, k)) {
                    return Optional.of(m);
                }
                break;
            }
        }
        return Optional.empty();
    }

    private static final String ADVICE = "Say what actually happened, who did it and when, in words the family would use, "
            + "for example \"when Mark drinks he shouts at Kelly and has pushed her over twice\" rather than a label like \"DV\" or \"neglect\".";

    /*
     * "Neglect, poor home conditions, missed health appts, parental substance misuse.", "Worries: Dad's drinking, rent
     * arrears and Mum's depression.": a text whose every sentence is a list of labels says no one's behaviour, whatever
     * words in it could name one, and whatever dates it gives (knowledge/check-conventions.md, "Specific behaviour").
     */
    private static boolean onlyListsOfLabels(AnalysedText text) {
        if (text.sentences().isEmpty()) {
            return false;
        }
        for (int s = 0; s < text.sentences().size(); s++) {
            if (!LabelLists.isListOfLabels(text.sentenceText(s))) {
                return false;
            }
        }
        return true;
    }

    @Override
    CriterionResult check(AnalysedText text) {
        if (worryIsALabel(text)) {
            Optional<Lexicon.Match> adults = adultsBehaviour(text);
            if (adults.isPresent()) {
                return pass(quoted(Spans.around(text, adults.get(), 3, 3)));
            }
            return fail(quoted(Spans.around(text, 0, 1, 0, 8)), ADVICE);
        }
        if (onlyListsOfLabels(text)) {
            return fail(quoted(Spans.around(text, 0, 1, 0, 8)), ADVICE);
        }
        Optional<Lexicon.Match> behaviour = firstOutsideAGloss(text);
        if (behaviour.isPresent()) {
            return pass(quoted(Spans.around(text, behaviour.get(), 3, 3)));
        }
        Optional<String> act = actOnSomeone(text).or(() -> perfectActOnSomeone(text)).or(() -> ongoingActOnSomeone(text))
                .or(() -> countedActOfAPerson(text)).or(() -> passiveActOnAChild(text));
        if (act.isPresent()) {
            return pass(quoted(act.get()));
        }
        String label = WordLists.LABELS.all(text).stream().map(m -> quoted(text.quote(m.start(), m.end())))
                .distinct().collect(java.util.stream.Collectors.joining(", "));
        return fail(label, ADVICE);
    }
}
