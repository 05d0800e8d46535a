package org.practiceassistant.ask;

/**
 * The slips of the fingers that turn a word into a misspelling, and which is likelier: how the spelling step chooses
 * between words equally close to what was typed. Linear in the words' length (the swap-and-one-more test, quadratic in a
 * word's length, is asked only of words of a few letters).
 */
final class Slips {

    private Slips() {}

    /** The kinds of one-edit slip, likeliest first. */
    enum Slip { SWAPPED, MISSED_OR_DOUBLED, CHANGED, ADDED }

    /** Which slip turns {@code intended} into {@code typed}, both one edit apart. */
    static Slip slip(String typed, String intended) {
        int length = typed.length();
        if (intended.length() == length + 1) {
            return Slip.MISSED_OR_DOUBLED;
        }
        if (intended.length() == length - 1) {
            int at = firstDifference(typed, intended);
            boolean doubled = (at > 0 && typed.charAt(at) == typed.charAt(at - 1))
                    || (at + 1 < length && typed.charAt(at) == typed.charAt(at + 1));
            return doubled ? Slip.MISSED_OR_DOUBLED : Slip.ADDED;
        }
        int at = firstDifference(typed, intended);
        boolean swapped = at + 1 < length && typed.charAt(at) == intended.charAt(at + 1)
                && typed.charAt(at + 1) == intended.charAt(at)
                && typed.regionMatches(at + 2, intended, at + 2, length - at - 2);
        return swapped ? Slip.SWAPPED : Slip.CHANGED;
    }

    /** Whether one changed, missed, added or swapped letter turns {@code a} into {@code b} (linear in their length). */
    static boolean oneEditApart(String a, String b) {
        int difference = a.length() - b.length();
        if (Math.abs(difference) > 1 || a.equals(b)) {
            return false;
        }
        int at = firstDifference(a, b);
        if (difference > 0) {
            return a.regionMatches(at + 1, b, at, b.length() - at);
        }
        if (difference < 0) {
            return b.regionMatches(at + 1, a, at, a.length() - at);
        }
        return a.regionMatches(at + 1, b, at + 1, a.length() - at - 1)
                || at + 1 < a.length() && a.charAt(at) == b.charAt(at + 1) && a.charAt(at + 1) == b.charAt(at)
                        && a.regionMatches(at + 2, b, at + 2, a.length() - at - 2);
    }

    /** Whether {@code intended} is {@code typed} with two neighbouring letters swapped back ("minuets" is "minutes"). */
    static boolean swapped(String typed, String intended) {
        return typed.length() == intended.length() && oneEditApart(typed, intended) && slip(typed, intended) == Slip.SWAPPED;
    }

    /**
     * Whether two neighbouring letters swapped and one more slip turn {@code intended} into {@code typed} ("jorunel" is
     * "journal": "ru" for "ur", "e" for "a"): two edits, of which the swap is the commonest slip there is.
     */
    static boolean swappedAndOneMore(String typed, String intended) {
        char[] letters = typed.toCharArray();
        for (int i = 0; i + 1 < letters.length; i++) {
            if (letters[i] == letters[i + 1]) {
                continue;
            }
            swap(letters, i);
            boolean found = oneEditApart(new String(letters), intended);
            swap(letters, i);
            if (found) {
                return true;
            }
        }
        return false;
    }

    private static void swap(char[] letters, int at) {
        char first = letters[at];
        letters[at] = letters[at + 1];
        letters[at + 1] = first;
    }

    static int firstDifference(String a, String b) {
        int shorter = Math.min(a.length(), b.length());
        int at = 0;
        while (at < shorter && a.charAt(at) == b.charAt(at)) {
            at++;
        }
        return at;
    }
}
