package org.practiceassistant.check.rules;

import java.util.Set;
import org.practiceassistant.check.text.AnalysedText;
import org.practiceassistant.check.text.Lexicon;

/**
 * Which names in a goal or statement are the child it is about ("Alfie's mum Leah", "Amelia (9)", "baby Freya"), as
 * opposed to the adults who act: read by the child-outcome, who-will-act, impact-on-child and specific-behaviour criteria
 * alike, so that each tells the child from the adults in the same way.
 */
final class ChildrenOfTheGoal {

    private ChildrenOfTheGoal() {}

    /* What belongs to the child a goal is for: "Alfie's mum", "Jamie's network", "Jordan's 19th birthday". */
    private static final Lexicon CHILDS_OWN = Lexicon.of("network", "birthday", "teacher", "school", "nursery", "class",
            "key worker", "social worker", "bedroom", "teatime", "bedtime", "tea");
    private static final Set<String> ORDINAL_OR_AGE = Set.of("st", "nd", "rd", "th");

    /*
     * The children a goal is for, read once per text in one pass over its words: a name whose family or whose own things
     * it names ("Alfie's mum Leah", "Jamie's network", "By Jordan's 19th birthday"), that has an age in brackets
     * ("Amelia (9)") or that follows a word for a child ("baby Freya"). It used to be looked for again from every name in the text, which made a text of names quadratic.
     */
    /* Words that name a child straight before their name; not "brother" or "sister", who may be grown up ("his brother Paul"). */
    private static final Set<String> CALLED_A_CHILD = WordLists.stems("baby", "son", "daughter", "toddler", "newborn", "infant");

    private static final AnalysedText.Reading<Set<String>> CHILDREN_OF_THE_GOAL = new AnalysedText.Reading<>(text -> {
        Set<String> names = new java.util.HashSet<>();
        String all = text.text();
        for (int t = 0; t < text.tokens().size(); t++) {
            AnalysedText.Token token = text.tokens().get(t);
            String word = all.substring(token.start(), token.end());
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) && !typedInSmallLetters(text, t, word)) {
                continue;
            }
            if (t > 0 && text.tokens().get(t - 1).sentence() == token.sentence() && CALLED_A_CHILD.contains(text.tokens().get(t - 1).stem())
                    && Character.isUpperCase(word.charAt(0))) {
                // "baby Freya", "his son Owen (13)": named as the child straight after the word for one.
                names.add(word.endsWith("'s") ? word.substring(0, word.length() - 2) : word);
            }
            if (word.endsWith("'s") && t + 1 < text.tokens().size()) {
                int next = t + 1;
                // "Jordan's 19th birthday": a number between the possessive and the thing it names.
                if (Character.isDigit(all.charAt(text.tokens().get(next).start())) && next + 1 < text.tokens().size()) {
                    next++;
                }
                if (WordLists.FAMILY.at(text, next).isPresent() || CHILDS_OWN.at(text, next).isPresent()) {
                    names.add(word.substring(0, word.length() - 2));
                }
            } else if (token.end() + 2 < all.length() && all.startsWith(" (", token.end())
                    && Character.isDigit(all.charAt(token.end() + 2))) {
                names.add(word);
            }
        }
        return Set.copyOf(names);
    });

    /*
     * "mason's mum kelly": a name typed in small letters, as a parent or a hurried worker may, is still the child's when their
     * family follows it. Only that, since a small word before "'s" is otherwise no name; a family word itself ("mum's partner")
     * is the adult, not a child.
     */
    private static boolean typedInSmallLetters(AnalysedText text, int t, String word) {
        return word.length() > 2 && word.endsWith("'s") && Character.isLowerCase(word.charAt(0)) && t + 1 < text.tokens().size()
                && WordLists.FAMILY.at(text, t + 1).isPresent() && WordLists.FAMILY.at(text, t).isEmpty()
                && WordLists.CHILD.at(text, t).isEmpty();
    }

    /*
     * The child a goal is for is the one whose family or own things it names, or whose age it gives. A name in small letters is
     * in that set only when its family follows it (typedInSmallLetters), and is matched as typed.
     */
    static boolean childOfTheGoal(AnalysedText text, int token) {
        String word = text.text().substring(text.tokens().get(token).start(), text.tokens().get(token).end());
        String name = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
        return !name.isEmpty() && text.read(CHILDREN_OF_THE_GOAL).contains(name);
    }
}
