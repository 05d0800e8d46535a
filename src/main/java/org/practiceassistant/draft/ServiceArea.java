package org.practiceassistant.draft;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The service a worker is in. Each names the row of the handbook's "Signs of...?" table it uses, which
 * decides the vocabulary (danger or worry statement; safety, wellbeing or success goal). Children with
 * disabilities has one row per plan the child is on, so it is four choices here.
 */
public enum ServiceArea {
    EARLY_HELP("Early Help", "Early Help", "early help", "eh", "early help team", "ehat", "family support",
            "family help", "taf", "team around the family"),
    CHILD_IN_NEED("Child in Need", "Child in Need", "child in need", "cin", "children in need", "child in need team",
            "c in n"),
    CHILD_PROTECTION("Child Protection", "Child Protection", "child protection", "cp", "cpp", "child protection plan",
            "safeguarding", "s47", "section 47"),
    CHILDREN_LOOKED_AFTER("Children Looked After", "Child looked after/Adoption", "children looked after",
            "child looked after", "looked after", "looked after children", "cla", "lac", "cic", "children in care",
            "in care", "adoption", "section 20", "s20", "s 20"),
    DISABILITIES_SHORT_BREAKS("Children with disabilities: short breaks", "Children with disabilities - Short breaks",
            "short breaks", "children with disabilities short breaks"),
    DISABILITIES_CHILD_IN_NEED("Children with disabilities: child in need",
            "Children with disabilities - Child in Need", "children with disabilities child in need"),
    DISABILITIES_CHILD_PROTECTION("Children with disabilities: child protection",
            "Children with disabilities - Child Protection", "children with disabilities child protection"),
    DISABILITIES_LOOKED_AFTER("Children with disabilities: looked after",
            "Children with disabilities - Looked After Children", "children with disabilities looked after"),
    /**
     * The handbook's table has no 14+ row; its 14+ chapter says the safety plan "is incorporated into the
     * overall signs of success plan", the looked-after row's framework, so 14+ uses that row.
     */
    FOURTEEN_PLUS("14+", "Child looked after/Adoption", "14+", "14 plus", "fourteen plus", "14+ team", "14 +", "adolescent",
            "adolescents", "adolescent team", "adolescent service", "adolescents team", "over 14s", "exploitation team"),
    LEAVING_CARE("Leaving Care", "Leaving Care", "leaving care", "care leavers", "care leaver", "leaving care team", "lc",
            "leaving care pa", "care leavers team", "after care", "aftercare", "pa team"),
    /**
     * The handbook's table has no First Contact row; its First Contact chapter says the MASH social worker
     * prepares "a draft danger statement, safety goal and scaling questions", so Signs of Safety's words.
     */
    FIRST_CONTACT("First Contact / MASH", "Child Protection", "first contact", "mash", "first contact mash",
            "first contact/mash", "front door", "duty", "referral and assessment", "fc", "first contact team"),
    /** No row either; an assessment opens on worries and danger, as First Contact hands it over. */
    CHILD_AND_FAMILY_ASSESSMENT("Child and Family Assessment", "Child Protection", "child and family assessment",
            "child and family assessments", "assessment", "assessments", "c&f assessment", "cafa", "c and f", "cfa",
            "c&f", "c & f", "assessment team", "cfat"),
    FOSTERING("Fostering", "Fostering", "fostering", "fostering team", "fostering/adoption", "fostering and adoption",
            "foster care", "sgo", "kinship", "kinship care", "special guardianship", "connected carers", "family and friends",
            "supervising social worker", "ssw");

    private static final ForgivingMatch<ServiceArea> NAMES = new ForgivingMatch<>(names());
    private static final Map<String, ServiceArea> EXACT = names();
    private static final int SHORT_NAME = 4;
    /** Words that, in a short message in the middle of a mapping, mean the worker picked the wrong service. */
    private static final List<String> CHANGE_WORDS = List.of("actually", "its", "it's", "it is", "service", "meant",
            "should be", "wrong", "change", "switch", "sorry");
    private static final int CHANGE_MAX_WORDS = 14;
    /**
     * Phrases that ask for the change outright ("can i change the service to child protection", "can u do 14+ instead of
     * LAC"): a worker who says so often says why first ("it got stepped up to CP yesterday after strat and s47"), so such
     * a message is read as a change up to {@link #ASKED_CHANGE_MAX_WORDS} words; an answer that only mentions a service
     * in passing keeps the short limit.
     */
    private static final List<String> ASKED_CHANGE_PHRASES = List.of("change the service", "change service",
            "change it to", "stepped up to", "stepped down to", "switch to", "can u do", "can you do", "can we do",
            "can we change it", "can i change it", "can you change it", "can u change it",
            // "its gone to CP now after the bruise, do i start again or carry on?": the move, and the question it raises
            "gone to", "gone up to", "moved to", "moving to", "do i start again", "do we start again");
    /* "instead of LAC", "rather than cp": asking for a change only when a service follows ("rather than the meetings" does not). */
    private static final List<String> INSTEAD_OF = List.of("instead of", "rather than");
    private static final int ASKED_CHANGE_MAX_WORDS = 40; // why first, then the ask: blind12 said it in 31 words

    private static final List<String> DISABILITIES = List.of("children with disabilities", "child with disabilities",
            "disabilities", "disability", "cwd", "disabled children", "disabled childrens team", "disabled children's team",
            "disability team", "cwd team", "childrens disability team", "children's disability team", "disabled children team",
            "disabilities team");

    private final String label;
    private final String handbookArea;
    private final List<String> names;

    ServiceArea(String label, String handbookArea, String... names) {
        this.label = label;
        this.handbookArea = handbookArea;
        this.names = List.of(names);
    }

    /** The name users see. */
    public String label() {
        return label;
    }

    /** The area of work as the handbook's "Signs of...?" table (the pack's vocabulary) names it. */
    public String handbookArea() {
        return handbookArea;
    }

    /**
     * Reads a worker's choice: the option number, the service's name or a common short form, ignoring
     * case and punctuation.
     */
    public static Optional<ServiceArea> parse(String text) {
        String wanted = key(text);
        if (wanted.matches("\\d{1,2}")) {
            int number = Integer.parseInt(wanted);
            return number >= 1 && number <= values().length ? Optional.of(values()[number - 1]) : Optional.empty();
        }
        Optional<ServiceArea> whole = NAMES.match(wanted);
        if (whole.isEmpty()) {
            whole = inBrackets(text); // "prebirth assesment (CP)": the bracket names the plan the rest describes
        }
        // A long answer at the service step ("Transfers - I am picking up a family transferring from the assessment team
        // to our child in need team") names its service among more words than a change in passing may; a question
        // that long ("will the statements from the previous assessment carry over?") answers nothing.
        int words = wanted.strip().split(" ").length;
        boolean longQuestion = text.contains("?") && words > CHANGE_MAX_WORDS;
        return withDisabilities(wanted, whole.isPresent() ? whole
                : longQuestion ? Optional.empty() : namedIn(wanted, false, ASKED_CHANGE_MAX_WORDS));
    }

    /** The service named alone in brackets ("(CP)", "(early help)"), which says the plan whatever the rest says. */
    private static Optional<ServiceArea> inBrackets(String text) {
        int open = text.indexOf('(');
        int close = open < 0 ? -1 : text.indexOf(')', open);
        if (close < 0) {
            return Optional.empty();
        }
        String inner = key(text.substring(open + 1, close));
        return inner.length() <= SHORT_NAME ? Optional.ofNullable(EXACT.get(inner)) : NAMES.match(inner);
    }

    /**
     * "cwd - cin", "disabled children's team, cp plan": a plan named with a disabilities word is that plan's
     * children with disabilities row, whose words are the ones the handbook gives it.
     */
    private static Optional<ServiceArea> withDisabilities(String key, Optional<ServiceArea> found) {
        String padded = " " + key + " ";
        boolean disabilities = padded.contains(" cwd ") || padded.contains("disab");
        if (found.isEmpty() || !disabilities) {
            return found;
        }
        return Optional.of(switch (found.get()) {
            case CHILD_IN_NEED -> DISABILITIES_CHILD_IN_NEED;
            case CHILD_PROTECTION -> DISABILITIES_CHILD_PROTECTION;
            case CHILDREN_LOOKED_AFTER -> DISABILITIES_LOOKED_AFTER;
            default -> found.get();
        });
    }

    /**
     * The service a short message in the middle of a mapping switches to ("actually its early help not cp"):
     * it says it is changing, and names one service that does not follow "not". Empty otherwise.
     */
    public static Optional<ServiceArea> changeIn(String text) {
        return changeIn(text, null);
    }

    /**
     * As {@link #changeIn(String)}, from the service the mapping is in: news told "now" may name that one too, as what it
     * was ("sorry its child in need now not assessment, assessment got signed off yesterday", "actually its going to early
     * help now, stepping down at the cin review friday"); the other service named is the change.
     */
    static Optional<ServiceArea> changeIn(String text, ServiceArea was) {
        String said = " " + key(text).replace("/", " / ") + " ";
        int words = said.strip().split(" ").length;
        boolean asked = ASKED_CHANGE_PHRASES.stream().anyMatch(w -> said.contains(" " + w + " "))
                || INSTEAD_OF.stream().anyMatch(w -> serviceAfter(said, " " + w + " "))
                || toldAsTheCaseNow(said)
                // "its CP not early help anymore": the service it was, said as no longer
                || said.contains(" anymore ") && serviceAfter(said, " not ");
        if (words > (asked ? ASKED_CHANGE_MAX_WORDS : CHANGE_MAX_WORDS)
                || !asked && CHANGE_WORDS.stream().noneMatch(w -> said.contains(" " + w + " "))) {
            return Optional.empty();
        }
        return namedIn(key(text), true, ASKED_CHANGE_MAX_WORDS, said.contains(" now ") ? was : null);
    }

    /*
     * What the case is now, said as news in a long sentence with no asking phrase ("the case got escalated at strat this
     * morning so its with the cp team now", "transferred over to the cin team last week"): the service comes straight after
     * words that say what the case is or where it went, never after a parent's doing ("mum is now working with the early
     * help worker" names a service in an answer). "Now" or a word of moving must be said too.
     */
    private static final List<String> CASE_IS = List.of("its", "it's", "it is", "its now", "it's now", "it is now", "case is",
            "case is now", "case is with", "case is with the", "its with", "its with the", "it's with", "it's with the",
            "it is with the", "now with", "now with the", "now under", "now under the", "open to", "open to the",
            "transferred to", "transferred over to", "transferred to the", "escalated to", "escalated to the",
            "over to", "over to the", "up to", "down to", "into");
    private static final List<String> MOVE_WORDS = List.of("now", "escalated", "transferred", "stepped", "moved", "moving",
            "went", "gone", "going");

    private static boolean toldAsTheCaseNow(String said) {
        return MOVE_WORDS.stream().anyMatch(w -> said.contains(" " + w + " "))
                && CASE_IS.stream().anyMatch(w -> serviceAfterAny(said, " " + w + " "));
    }

    /** As {@link #serviceAfter}, at every place {@code phrase} is said, not only the first. */
    private static boolean serviceAfterAny(String said, String phrase) {
        for (int at = said.indexOf(phrase); at >= 0; at = said.indexOf(phrase, at + 1)) {
            if (serviceAfter(said.substring(at), phrase)) {
                return true;
            }
        }
        return false;
    }

    /* The longest service name read straight after a phrase: "child in need". */
    private static final int SERVICE_AFTER_WORDS = 3;

    /** True when the one to three words after {@code phrase} in {@code said} name a service ("instead of LAC"). */
    private static boolean serviceAfter(String said, String phrase) {
        int at = said.indexOf(phrase);
        if (at < 0) {
            return false;
        }
        String[] after = said.substring(at + phrase.length()).strip().split(" ");
        // "child in need" is three words: the longest name first, as namedIn reads.
        for (int n = Math.min(SERVICE_AFTER_WORDS, after.length); n >= 1; n--) {
            if (namedIn(String.join(" ", Arrays.copyOfRange(after, 0, n)), true, n).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** Words a message opens with when it is a command or a no, whatever service it names after them. */
    private static final List<String> NOT_A_CHANGE_OPENINGS = List.of("skip", "no", "none", "n/a", "na", "back", "help",
            "pass", "not");

    /**
     * As {@link #changeIn}, from the service the mapping is in: never from a message that opens as a command ("skip
     * its cin/wellbeing" skips, giving the reason), and a plan named inside a children with disabilities service
     * ("its cin") is that service's own row of the plan, so no change when it is the row already chosen.
     */
    public static Optional<ServiceArea> changeFrom(ServiceArea current, String text) {
        return namedAsAChange(current, text).filter(area -> area != current);
    }

    /**
     * "can i change the service to cp" in a Child Protection mapping, "actually shes gone into care now" in a looked-after
     * one: a change asked for outright or told as news (not a service named in passing, which may be part of an answer)
     * to the service the mapping is already in.
     */
    public static boolean askedForTheOneItIs(ServiceArea current, String text) {
        String said = " " + key(text).replace("/", " / ") + " ";
        boolean news = said.endsWith(" now ") && said.strip().split(" ").length <= NEWS_MAX_WORDS;
        return (news || ASKED_CHANGE_PHRASES.stream().anyMatch(w -> said.contains(" " + w + " ")))
                && namedAsAChange(current, text).filter(area -> area == current).isPresent();
    }

    /** "actually shes gone into care now": a change told as news, in a few words ending "now". */
    private static final int NEWS_MAX_WORDS = 8;

    private static Optional<ServiceArea> namedAsAChange(ServiceArea current, String text) {
        String first = key(text).strip().split(" ")[0];
        if (NOT_A_CHANGE_OPENINGS.contains(first)) {
            return Optional.empty();
        }
        boolean disabilities = current != null && current.name().startsWith("DISABILITIES_");
        return changeIn(text, current).map(area -> disabilities ? withDisabilities("cwd", Optional.of(area)).orElse(area) : area);
    }

    /**
     * The one service a message names among other words ("fostring/adoption (sgo support)"), the longest name
     * first at each place and not after "not", "from", "instead of" or "rather than"; empty when it names none or two
     * different ones.
     */
    private static Optional<ServiceArea> namedIn(String key, boolean splitAtSlashes, int maxWords) {
        return namedIn(key, splitAtSlashes, maxWords, null);
    }

    /** As {@link #namedIn(String, boolean, int)}; {@code was}, named beside one other service, is what it was (null: none). */
    private static Optional<ServiceArea> namedIn(String key, boolean splitAtSlashes, int maxWords, ServiceArea was) {
        String[] words = PLACED_IN_FOSTER_CARE.matcher(splitAtSlashes ? key.replace("/", " / ") : key).replaceAll("in care")
                .strip().split(" ");
        if (words.length > maxWords) {
            return Optional.empty();
        }
        Optional<ServiceArea> found = Optional.empty();
        for (int start = 0; start < words.length; start++) {
            if (start > 0 && (words[start - 1].equals("not") || words[start - 1].equals("from"))
                    || start > 1 && words[start - 2].equals("from") && List.of("the", "a", "an").contains(words[start - 1])
                    || start > 1 && (words[start - 2].equals("instead") && words[start - 1].equals("of")
                            || words[start - 2].equals("rather") && words[start - 1].equals("than"))) {
                // "picked it up from the assessment team", "instead of LAC": the service it was, not the one it is; the
                // whole of its name is passed over ("not child in need anymore" leaves no "in need" to read)
                start = endOfNameAt(words, start) - 1;
                continue;
            }
            for (int end = Math.min(words.length, start + 4); end > start; end--) {
                String window = String.join(" ", Arrays.copyOfRange(words, start, end));
                // Short names ("cin", "cp", "lac") only as written: "can" is not "cin" in a sentence.
                var area = window.length() <= SHORT_NAME ? Optional.ofNullable(EXACT.get(window)) : NAMES.match(window);
                if (area.isPresent()) {
                    boolean other = found.isPresent() && found.get() != area.get();
                    if (other && found.get() != was && area.get() != was) {
                        return Optional.empty();
                    }
                    if (!other || found.get() == was) {
                        found = area;
                    }
                    start = end - 1;
                    break;
                }
            }
        }
        return found;
    }

    /**
     * A child gone "in to foster care" is looked after ("in care"): the Fostering service works with the carers, not the
     * child. "shes gone into care now" is said the same way. blind12's "bradley went in to foster care on friday ... is not CIN anymore, is LAC now" named two services.
     */
    private static final java.util.regex.Pattern PLACED_IN_FOSTER_CARE = java.util.regex.Pattern.compile(
            "\\b(?:in|into|in to)(?: (?:a|the|short term|long term|emergency))? foster (?:care|placement|home)\\b"
                    + "|\\b(?:into|in to) care\\b");

    /** Where the longest service name starting at {@code start} ends (at most four words), or {@code start + 1}. */
    private static int endOfNameAt(String[] words, int start) {
        for (int end = Math.min(words.length, start + 4); end > start + 1; end--) {
            String window = String.join(" ", Arrays.copyOfRange(words, start, end));
            if ((window.length() <= SHORT_NAME ? Optional.ofNullable(EXACT.get(window)) : NAMES.match(window)).isPresent()) {
                return end;
            }
        }
        return start + 1;
    }

    private static Map<String, ServiceArea> names() {
        var names = new HashMap<String, ServiceArea>();
        for (ServiceArea area : values()) {
            area.names.forEach(name -> names.put(key(name), area));
            names.put(key(area.label), area);
        }
        return names;
    }

    /** True for "children with disabilities" without the plan, which decides the vocabulary. */
    public static boolean isDisabilitiesWithoutPlan(String text) {
        // "disabled childrens tem (cwd)": the team named first, a typo and all, among other words.
        return DISABILITIES_WORDS.match(key(text)).isPresent() || namedAmong(key(text), DISABILITIES_WORDS);
    }

    /** True when a few words together inside the message are one of the phrases (short ones only as written). */
    private static boolean namedAmong(String said, ForgivingMatch<Boolean> phrases) {
        String[] words = said.split(" ");
        for (int start = 0; start < words.length && words.length <= CHANGE_MAX_WORDS; start++) {
            for (int end = Math.min(words.length, start + 4); end > start; end--) {
                String window = String.join(" ", Arrays.copyOfRange(words, start, end));
                if (phrases.match(window, window.length() <= SHORT_NAME ? Integer.MAX_VALUE : 0).isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Teams named for how they hold cases rather than for a plan ("transfer", "long term team", "locality"): their
     * children are on any plan, so the plan, which decides the words, is asked for.
     */
    private static final ForgivingMatch<Boolean> TEAM_WORDS = new ForgivingMatch<>(java.util.stream.Stream.of(
            "transfer", "transfers", "transfer team", "transfers team", "long term", "long term team", "long-term",
            "long-term team", "ltt", "locality", "locality team", "safeguarding team", "case holding",
            "case holding team", "court team").collect(java.util.stream.Collectors.toMap(w -> w, w -> Boolean.TRUE)));

    /** True for a team that holds children on any plan, named without the plan. */
    public static boolean isTeamWithoutPlan(String text) {
        return TEAM_WORDS.match(key(text)).isPresent() || namedAmong(key(text), TEAM_WORDS);
    }

    /** "disabilties", "disabilites": typos forgiven as in every other service name. */
    private static final ForgivingMatch<Boolean> DISABILITIES_WORDS = new ForgivingMatch<>(
            DISABILITIES.stream().collect(java.util.stream.Collectors.toMap(w -> w, w -> Boolean.TRUE)));

    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("[.!:,()]", " ").replaceAll("\\s+", " ").strip()
                .replace("children with disabilities - ", "children with disabilities ");
    }
}
