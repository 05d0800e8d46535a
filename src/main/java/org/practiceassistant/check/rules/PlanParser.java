package org.practiceassistant.check.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.practiceassistant.check.text.AnalysedText;
import org.practiceassistant.check.text.Lexicon;

/**
 * Reads a plan pasted or extracted from Word, whatever its shape: headings with or without colons,
 * Markdown or bold, numbered or bulleted items, "Heading: text" on one line, tables pasted with pipes
 * or tabs (including a two-column danger statement | safety goal table), or no headings at all (each
 * paragraph is then recognised by what it says).
 */
final class PlanParser {

    private static final Pattern LIST_MARKER = Pattern.compile(
            "^(?:[-*\u2022\u00B7\u25AA\u25CF\u2013o]\\s+|\\d{1,2}(?:\\.\\d{1,2}){1,3}\\.?\\s+|\\(?\\d{1,2}[.)]\\s*|\\(?[a-h][.)]\\s+|\\(\\d{1,2}\\)\\s*)");
    private static final Pattern MARKDOWN = Pattern.compile("^#{1,6}\\s*|^\\*\\*|\\*\\*$|^__|__$");
    private static final Pattern TABLE_SEPARATOR = Pattern.compile("^[|:\\-\\s+]+$");
    private static final int MAX_HEADING_WORDS = 10;
    private static final Pattern DASHES = Pattern.compile("\\s+[-\u2013\u2014]\\s+");
    /* "Who", and the names Word templates give the same column: "Responsible", "Lead", "By whom". */
    private static final Pattern WHO_COLUMN = Pattern.compile("\\b(?:who|responsible|lead|by whom)\\b");
    private static final Pattern WHEN_COLUMN = Pattern.compile("\\b(?:when|by when|timescale|date|deadline|by)\\b");
    private static final Pattern PROGRESS_COLUMN = Pattern.compile("\\b(?:progress|update|status|rag)\\b");
    private static final Pattern WHAT_COLUMN = Pattern.compile("\\b(?:what|action|actions|task|step|steps|how)\\b");
    /* "Worries: text" or "Bottom line - text". */
    private static final Pattern LABELLED = Pattern.compile("^([^:]{2,60}?)\\s*(?::|\\s[-\u2013]\\s)\\s*(.+)$");


    /*
     * The words an unheaded goal paragraph opens with. "What we want is that by the end of January, Stacey will ...": what the
     * writers want, said as the paragraph's subject, is the goal (a worry paragraph that goes on to it is split by
     * goalSentenceStart instead).
     */
    private static final Lexicon GOAL_OPENING = Lexicon.of("we will know", "will know that", "we need to see",
            "children's services need to see", "what we need to see", "we want to see", "what we want to see", "we would like to see",
            "what we want is", "what we all want is", "what we would like is", "what everyone wants is",
            // "What we want to happen is that by February ...": the same opening, said of what will happen.
            "what we want to happen", "what we would like to happen", "what everyone wants to happen",
            "safety goal", "wellbeing goal", "goal");

    private PlanParser() {}

    static ParsedPlan parse(String raw) {
        AnalysedText whole = AnalysedText.of(raw);
        Builder b = new Builder();
        PlanSection current = PlanSection.OTHER;
        List<String> tableHeader = null;
        boolean paragraphOpen = false;
        boolean previousEnded = false;
        boolean previousActs = false;
        boolean inlineHeading = false;
        String groupWho = "";
        String previousContent = "";
        boolean goalOrActions = false;
        String[] lines = java.util.Arrays.stream(whole.text().split("\r?\n"))
                .flatMap(l -> PlanLines.inlineListItems(l).stream()).flatMap(l -> labelledSentences(l).stream()).toArray(String[]::new);
        boolean subNumbered = false;
        for (String l : lines) {
            subNumbered |= SUB_NUMBERED.matcher(l).lookingAt();
        }
        boolean previousBlank = true;
        EmptyParts empty = new EmptyParts();
        for (int index = 0; index < lines.length; index++) {
            String line = lines[index];
            String stripped = line.strip();
            boolean afterBlank = previousBlank;
            previousBlank = stripped.isEmpty();
            if (isRule(stripped)) {
                // "-----" under a heading, or between parts: it ends a paragraph and says nothing.
                paragraphOpen = false;
                continue;
            }
            if (stripped.isEmpty()) {
                paragraphOpen = false;
                if (inlineHeading) {
                    // "In Oscar's words: ..." labels its own paragraph; what follows the blank line is read by what it says.
                    current = PlanSection.OTHER;
                    inlineHeading = false;
                    empty.close();
                }
                continue;
            }
            List<String> cells = cells(line);
            if (cells != null) {
                paragraphOpen = false;
                if (TABLE_SEPARATOR.matcher(stripped).matches()) {
                    continue;
                }
                // A new table starts after a blank line or with a row the Markdown rule underlines ("|---|---|"):
                // its header row is read as a header even when another table's rows came just before it.
                boolean underlined = index + 1 < lines.length && isSeparatorRow(lines[index + 1].strip());
                if ((tableHeader == null || afterBlank || underlined) && isHeaderRow(cells)) {
                    tableHeader = cells;
                    // A table straight under a heading is its body; after a placeholder ("None.") it is not.
                    empty.tableFollows();
                    if (cells.stream().map(PlanParser::column).anyMatch(c -> c == Column.WHO || c == Column.WHEN)) {
                        // A who / when table is the action plan, whatever heading was above it: the lines after it are not that heading's.
                        current = PlanSection.OTHER;
                    }
                    continue;
                }
                if (underlined && (afterBlank || tableHeader == null)) {
                    // "| Visits and reviews | |" over its own rule: a table's title row, not one of its rows. Its name says
                    // which part the rows under it are, when it names one.
                    tableHeader = null;
                    Optional<PlanSection> titled = PlanSection.ofHeading(clean(String.join(" ", cells)));
                    if (titled.isPresent()) {
                        current = titled.get();
                    }
                    continue;
                }
                // "Voice of the child<TAB>Harvey is ...<TAB>": a Word row of a label and its box, with empty boxes after it.
                List<String> filled = cells.stream().filter(c -> !c.isBlank()).toList();
                // After a blank line a table has ended: such a row under an earlier table's header is a label row of its own.
                Optional<PlanSection> labelColumn = (tableHeader == null || afterBlank) && filled.size() == 2 && !cells.get(0).isBlank()
                        ? labelCell(clean(cells.get(0))) : Optional.empty();
                if (labelColumn.isPresent()) {
                    tableHeader = null;
                }
                if (labelColumn.isPresent() && Placeholders.isPlaceholder(filled.get(1))) {
                    // "Child's views<TAB>Not seen yet": a form's label with nothing in its box.
                    empty.open(labelColumn.get(), index, clean(cells.get(0)) + ": " + filled.get(1).strip());
                    empty.close();
                    current = labelColumn.get();
                    continue;
                }
                List<String> labelledInCell = labelColumn.isEmpty() && (tableHeader == null || afterBlank) && filled.size() == 2
                        && !cells.get(0).isBlank() && wordCount(cells.get(0)) <= MAX_HEADING_WORDS
                        ? labelledSentences(filled.get(1).strip().replace('\t', ' ').replace('|', ' ')) : List.of();
                if (labelledInCell.size() > 1) {
                    // "Section 2 – Accommodation | Current: a staffed flat. Worry: ... Goal: ...": a box whose own name is no part we
                    // know, holding parts labelled inside it. Each labelled sentence is that part, as on lines of their own.
                    tableHeader = null;
                    current = PlanSection.OTHER;
                    empty.close();
                    for (String piece : labelledInCell) {
                        Optional<Heading> inner = heading(clean(piece));
                        if (inner.isPresent() && !inner.get().rest().isBlank()) {
                            b.item(inner.get().section(), inner.get().rest());
                        } else {
                            b.item(PlanSection.OTHER, clean(piece));
                        }
                    }
                    continue;
                }
                if (tableHeader == null && isLabelValueRow(filled)) {
                    // "| Child | Tia Moss (6) | Social worker | Kim Lee |": a form's header fields two to a row, not an action.
                    for (int c = 0; c + 1 < filled.size(); c += 2) {
                        b.item(PlanSection.OTHER, clean(filled.get(c)) + ": " + filled.get(c + 1).strip());
                    }
                    continue;
                }
                if (labelColumn.isPresent() && wordCount(filled.get(1)) > 3) {
                    // "Danger statement 1<TAB>We are worried..." : a label column, not a table.
                    current = labelColumn.get();
                    empty.close();
                    // A cell holding a list typed as one paragraph ("1. ... 2. ...") holds one item per number or bullet.
                    for (String item : PlanLines.inlineListItems(filled.get(1))) {
                        b.item(current, clean(item));
                    }
                    continue;
                }
                empty.content();
                b.row(current, tableHeader, cells);
                continue;
            }
            tableHeader = null;
            boolean listItem = LIST_MARKER.matcher(stripped).find();
            String content = clean(stripped);
            Optional<Heading> heading = heading(content);
            if (heading.isPresent() && current == PlanSection.VOICE_OF_CHILD && startsWithQuote(heading.get().rest())) {
                // Under the child's voice, "- Worries: "My tummy hurts ..."" is the worries house of their three houses,
                // in their words: still their voice, not the plan's worries.
                heading = Optional.empty();
            }
            if (heading.isPresent()) {
                current = heading.get().section();
                groupWho = "";
                paragraphOpen = false;
                inlineHeading = !heading.get().rest().isBlank();
                empty.open(current, index, content);
                if (heading.get().subtitled()) {
                    // "Contingency: if things do not improve ...": words after the label, however they are read, are not nothing.
                    empty.content();
                }
                if (inlineHeading && Placeholders.isPlaceholder(heading.get().rest())) {
                    // "Identity: N/A", "Bottom lines: none set": the label is there, the part is empty.
                    goalOrActions = false;
                    previousEnded = true;
                    continue;
                }
                goalOrActions = current == PlanSection.ACTIONS && NEEDS_TO_HAPPEN.matcher(content.toLowerCase(Locale.ROOT)).find();
                if (inlineHeading && goalOrActions && isGoalParagraph(heading.get().rest())) {
                    current = PlanSection.SAFETY_GOALS;
                }
                goalOrActions &= !inlineHeading;
                if (inlineHeading) {
                    b.item(current, heading.get().rest());
                    empty.content();
                    paragraphOpen = true;
                }
                previousEnded = inlineHeading && endsSentence(heading.get().rest());
                continue;
            }
            Optional<String> willDo = whoWillDoTheItems(content);
            if (willDo.isPresent()) {
                // "NOOR (Mum) will:", "Grandma Pat will:" over a list: the action plan grouped by who does each item.
                current = PlanSection.ACTIONS;
                empty.close();
                groupWho = willDo.get();
                paragraphOpen = false;
                inlineHeading = false;
                continue;
            }
            // "## Health visitor (Sue Rahman)", "**SHANNON (MUM):**" over their own tasks: a marked label of who, not a new part.
            String label = content.endsWith(":") ? content.substring(0, content.length() - 1).strip() : content;
            boolean markedGroupLabel = current == PlanSection.ACTIONS && PlanLines.isGroupLabel(label);
            if ((!listItem && !markedGroupLabel && isMarkedHeading(stripped, index + 1 < lines.length ? lines[index + 1].strip() : ""))
                    || (isLabelOverItems(content) && (current != PlanSection.ACTIONS || namesNoOne(content)))
                    || (subNumbered && afterBlank && isNumberedPartTitle(stripped, content))
                    || (!listItem && afterBlank && isPlainHeading(current, content, index + 1 < lines.length ? lines[index + 1].strip() : ""))) {
                // "## Who we are, and why it matters", "FAMILY TIME", a line underlined with dashes: the writer marked it as a
                // heading, so the part above has ended even though its name is not one we know. Its lines are read by what they say.
                current = PlanSection.OTHER;
                empty.close();
                groupWho = "";
                paragraphOpen = false;
                inlineHeading = false;
                continue;
            }
            // "5.2 Kayleigh (sister, 22)" numbered over its own "5.2.1 ..." items is a label too, when it reads as a name.
            if (markedGroupLabel || current == PlanSection.ACTIONS && PlanLines.isGroupLabel(content) && (!listItem || PlanLines.isCapitalisedName(content))) {
                // "Nan Pauline" over her own list of actions: the who of every item below it.
                groupWho = label;
                empty.content();
                paragraphOpen = false;
                continue;
            }
            if (inlineHeading && previousEnded && !listItem && PlanLines.startsWithSomeoneWhoWill(content)
                    && WhoWhatWhenCriterion.hasWhen(content)) {
                // "What we want to see: ..." labels its own line; in a plan of one sentence a line with no blank lines,
                // "Granny Merle will pick Keisha up ... - from 13 May" after it is an action, read by what it says.
                current = PlanSection.OTHER;
                empty.close();
                inlineHeading = false;
                paragraphOpen = false;
            }
            if (inlineHeading && listItem && isWhoLabelledTask(content) && WhoWhatWhenCriterion.hasWhen(content)) {
                // "- Network: Carol, Kim" labels its own bullet; "- Dean: chemist with Carol every morning - from 4 March" under
                // it is someone's task and its time, read by what it says, not one more of the network.
                current = PlanSection.OTHER;
                empty.close();
                inlineHeading = false;
                paragraphOpen = false;
            }
            Optional<PlanSection> opening = current == PlanSection.OTHER && !paragraphOpen && !listItem ? partByOpening(content) : Optional.empty();
            if (opening.isPresent()) {
                // "The bottom line is that Gary must not be in the house when he has been drinking. If he comes home drunk, ...":
                // an unheaded paragraph that says in its first words which part it is, is that part, to its blank line. (Read for
                // the contingency too, "If things don't go to plan ...", it lost more than it gained: blind6 -1, blind10 0.)
                current = opening.get();
                inlineHeading = true;
                empty.open(current, index, content);
            }
            if (goalOrActions) {
                // The first words under "What needs to happen": a paragraph saying what life will be like is the goal,
                // a list is the actions.
                if (!listItem && isGoalParagraph(content)) {
                    current = PlanSection.SAFETY_GOALS;
                }
                goalOrActions = false;
            }
            if (current != PlanSection.OTHER && Placeholders.isPlaceholder(content)) {
                // "None." under its heading: nothing to read as an item, and nothing for the next line to continue.
                empty.placeholder(index, content);
                paragraphOpen = false;
                continue;
            }
            empty.content();
            boolean indented = Character.isWhitespace(line.charAt(0));
            boolean wrapped = paragraphOpen && !previousEnded && PlanLines.endsMidPhrase(previousContent);
            boolean another = paragraphOpen && previousEnded && !listItem && !wrapped && startsAnother(current, content);
            if (paragraphOpen && !listItem && !b.isEmpty(current) && !another
                    && (wrapped || continuesParagraph(current, content, indented, previousEnded, previousActs))) {
                b.appendToLast(current, content);
            } else {
                b.item(current, content);
                if (current == PlanSection.ACTIONS && !groupWho.isEmpty()) {
                    b.whoOfLast(groupWho);
                }
            }
            previousEnded = endsSentence(content);
            previousContent = content;
            previousActs = current == PlanSection.OTHER && PlanLines.startsWithSomeoneWhoWill(content);
            paragraphOpen = true;
        }
        empty.close();
        AnalysedText read = empty.blankLines().isEmpty() ? whole : AnalysedText.of(withoutLines(lines, empty.blankLines()));
        return b.build(read, PlanChildren.names(read.text()), empty.parts());
    }

    /* The text with the given lines left blank: a heading over nothing is no evidence for any criterion that reads the text. */
    private static String withoutLines(String[] lines, Set<Integer> blank) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                text.append('\n');
            }
            if (!blank.contains(i)) {
                text.append(lines[i]);
            }
        }
        return text.toString();
    }

    /**
     * The parts whose heading has nothing real under it: no line at all before the next heading, or only placeholders
     * ("None.", "N/A", "Not shared yet."). Such a heading and its placeholders are left out of the text the criteria read,
     * so the heading's own words ("Identity and culture", "Bottom lines: none set") meet nothing.
     */
    private static final class EmptyParts {
        private final Map<PlanSection, String> parts = new EnumMap<>(PlanSection.class);
        private final Set<Integer> blankLines = new HashSet<>();
        private PlanSection section;
        private String heading = "";
        private final List<Integer> lines = new ArrayList<>();
        private boolean real;

        void open(PlanSection section, int line, String heading) {
            close();
            this.section = section;
            this.heading = heading;
            lines.add(line);
        }

        void placeholder(int line, String words) {
            if (section != null) {
                lines.add(line);
                if (lines.size() == 2) {
                    String label = heading.strip();
                    heading = (label.endsWith(":") ? label.substring(0, label.length() - 1) : label) + ": " + words;
                }
            }
        }

        void content() {
            real = true;
        }

        void tableFollows() {
            if (lines.size() == 1) {
                real = true;
            }
            close();
        }

        /*
         * Statements, goals and actions are found by what they say, and their headings often stand over the parts below
         * them ("Worry statements and wellbeing goals" over "Worry 1"): such a heading is left as it is.
         */
        private static final Set<PlanSection> UMBRELLAS = Set.of(PlanSection.OTHER, PlanSection.DANGER_STATEMENTS,
                PlanSection.SAFETY_GOALS, PlanSection.ACTIONS);

        void close() {
            if (section != null && !UMBRELLAS.contains(section) && !real) {
                parts.putIfAbsent(section, heading);
                blankLines.addAll(lines);
            }
            section = null;
            lines.clear();
            real = false;
        }

        Map<PlanSection, String> parts() {
            return parts;
        }

        Set<Integer> blankLines() {
            return blankLines;
        }
    }

    /* A heading, the text after its label when that is an item, and whether words after the label were read as its subtitle. */
    private record Heading(PlanSection section, String rest, boolean subtitled) {}

    /* The most words read from the end of a label for the name of the part quoted after it. */
    private static final int QUOTED_PART_WORDS = 4;

    /*
     * "LF read out safety goal: "From 1 December, ..."", "Tom reminded everyone of the danger statement: "...": minutes
     * quote a statement or goal after saying who read it out. The label's last words (longest first) name the part; only a
     * statement or goal is taken this way, as only they are quoted whole from an earlier plan.
     */
    private static Optional<PlanSection> quotedPart(String label) {
        String[] words = label.strip().split("\\s+");
        for (int n = Math.min(QUOTED_PART_WORDS, words.length - 1); n >= 1; n--) {
            Optional<PlanSection> part = PlanSection.ofHeading(String.join(" ", Arrays.copyOfRange(words, words.length - n, words.length)));
            if (part.filter(s -> s == PlanSection.DANGER_STATEMENTS || s == PlanSection.SAFETY_GOALS).isPresent()) {
                return part;
            }
        }
        return Optional.empty();
    }

    private static boolean startsWithQuote(String text) {
        return !text.isEmpty() && (text.charAt(0) == '"' || text.charAt(0) == '\u201C');
    }

    /*
     * "What needs to happen" heads the mapping's third column, which holds both the goal and the next steps: what
     * follows it says which.
     */
    private static final Pattern NEEDS_TO_HAPPEN = Pattern.compile("^(?:\\W*)what needs to happen\\b");
    private static final int MIN_GOAL_WORDS = 20;

    /* Two or more sentences of prose with a "will" in them: what life will be like, not a one-line task. */
    private static boolean isGoalParagraph(String text) {
        int sentences = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
                sentences++;
            }
        }
        return sentences >= 2 && wordCount(text) >= MIN_GOAL_WORDS && text.contains(" will ");
    }

    /* The most characters read back from a colon for the part's label before it: "What we're worried about" is 24. */
    private static final int MAX_INLINE_LABEL_CHARS = 40;

    /*
     * "Current: a staffed flat since March. Worry: Leon's PA and staff are worried that ... Goal: By March Leon will ...":
     * parts labelled inside one paragraph (a pathway plan's box, a Word cell, an email). A sentence that opens with a
     * part's label and a colon starts a line of its own, so it is read as that part, as it is when the writer puts it on a
     * line of its own. Only a label the parser names a part by, after a sentence's end and in capitals; each colon is read
     * back at most MAX_INLINE_LABEL_CHARS, so a line is read in linear time.
     */
    static List<String> labelledSentences(String line) {
        if (line.indexOf('|') >= 0 || line.indexOf('\t') >= 0) {
            // A table's row is read by its cells: split here, it would lose them.
            return List.of(line);
        }
        List<String> parts = null;
        int start = 0;
        for (int colon = line.indexOf(": "); colon >= 0; colon = line.indexOf(": ", colon + 1)) {
            int from = labelStart(line, colon);
            if (from > start && PlanSection.ofHeading(clean(line.substring(from, colon))).isPresent()) {
                if (parts == null) {
                    parts = new ArrayList<>();
                }
                parts.add(line.substring(start, from).strip());
                start = from;
            }
        }
        if (parts == null) {
            return List.of(line);
        }
        parts.add(line.substring(start).strip());
        return parts;
    }

    /* Where a label that ends at the colon starts: straight after a sentence's end (". ", "? ", "! "), within reach; or -1. */
    private static int labelStart(String line, int colon) {
        int limit = Math.max(0, colon - MAX_INLINE_LABEL_CHARS);
        for (int i = colon - 1; i > limit; i--) {
            char c = line.charAt(i);
            if (c == ' ' && ".!?".indexOf(line.charAt(i - 1)) >= 0) {
                return Character.isUpperCase(line.charAt(i + 1)) ? i + 1 : -1;
            }
            if (".!?:;".indexOf(c) >= 0) {
                return -1;
            }
        }
        return -1;
    }

    /* A line of three or more dashes, equals signs or underscores and nothing else. */
    private static boolean isRule(String line) {
        if (line.length() < 3) {
            return false;
        }
        char first = line.charAt(0);
        if (first != '-' && first != '=' && first != '_' && first != '\u2014' && first != '\u2013') {
            return false;
        }
        for (int i = 1; i < line.length(); i++) {
            if (line.charAt(i) != first) {
                return false;
            }
        }
        return true;
    }

    /*
     * A line the writer marked as a heading by its form, not its words: a Markdown heading, a line wholly in bold,
     * a short line in capitals, or a short line with a rule under it.
     */
    /* "5.1 Huw will ...": a plan numbered in parts and their items. */
    private static final Pattern SUB_NUMBERED = Pattern.compile("\\s*\\d{1,2}\\.\\d{1,2}\\b");
    /* "6. Day to day": one number alone, no sub-number. */
    private static final Pattern PART_NUMBER = Pattern.compile("\\d{1,2}[.)]\\s+\\S");

    /*
     * In a plan whose parts are numbered 5, 5.1, 5.2 ..., a short line after a blank line numbered "6." with no sub-number
     * and no sentence ends opens part 6, even when its name is not one we know ("6. Day to day"): it is no item of part 5.
     */
    private static boolean isNumberedPartTitle(String line, String content) {
        return PART_NUMBER.matcher(line).lookingAt() && !SUB_NUMBERED.matcher(line).lookingAt() && !endsSentence(content)
                && wordCount(content) <= MAX_HEADING_WORDS && !PlanLines.startsWithSomeoneWhoWill(content);
    }

    /* The fields a plan's form opens with, each a label in its own cell before its value. */
    private static final Set<String> FORM_FIELDS = Set.of("child", "children", "child's name", "childs name", "name", "names",
            "dob", "d.o.b", "date of birth", "age", "date", "plan date", "date of plan", "start date", "address", "school",
            "social worker", "sw", "allocated worker", "lead professional", "key worker", "team", "team manager", "manager",
            "iro", "review", "review date", "next review", "conference", "conference date", "plan type", "category",
            "case number", "ref", "reference", "ethnicity", "religion", "language", "legal status", "parents", "carers");

    /*
     * Four cells or more, filled in pairs, where at least two of the first cells of a pair are a form's field names: a row of
     * label / value pairs ("| Child | Tia (6) | Social worker | Kim |"), read as the form's header, not as who does what.
     */
    private static boolean isLabelValueRow(List<String> filled) {
        if (filled.size() < 4 || filled.size() % 2 != 0) {
            return false;
        }
        int labels = 0;
        for (int c = 0; c < filled.size(); c += 2) {
            String label = clean(filled.get(c)).strip().toLowerCase(Locale.ROOT);
            if (label.endsWith(":")) {
                label = label.substring(0, label.length() - 1).strip();
            }
            if (FORM_FIELDS.contains(label)) {
                labels++;
            }
        }
        return labels >= 2;
    }

    private static boolean isMarkedHeading(String line, String next) {
        if (line.length() > PlanSection.MAX_HEADING_CHARS || endsSentence(line)) {
            return false;
        }
        if (line.startsWith("#") || (line.length() > 4 && line.startsWith("**") && (line.endsWith("**") || line.endsWith("**:")))
                && line.indexOf("**", 2) >= line.length() - 3) {
            return true;
        }
        // "~ Plan B ~", "== Review ==": a line between decorations.
        if (line.length() > 2 && (line.charAt(0) == '~' || line.charAt(0) == '=') && line.charAt(line.length() - 1) == line.charAt(0)) {
            return true;
        }
        int words = wordCount(line);
        if (words > MAX_HEADING_WORDS) {
            return false;
        }
        if (isRule(next) || PlanSection.PART_NUMBER.matcher(line).lookingAt()) {
            // "Section 8: Family day-to-day plan": a template's numbered part is a heading whatever its name.
            return true;
        }
        int letters = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 4 && words >= 2;
    }

    /* The parts written as prose: a list does not continue them. */
    private static final Set<PlanSection> PROSE_PARTS = java.util.EnumSet.of(PlanSection.DANGER_STATEMENTS, PlanSection.SAFETY_GOALS,
            PlanSection.VOICE_OF_CHILD, PlanSection.FAMILY_VIEWS, PlanSection.HARM, PlanSection.STRENGTHS);

    /*
     * "What we are doing every day" alone on a line after a blank one, with a list straight under it, after a part written
     * as prose (the goals' paragraph): a heading in a family's own words, unmarked and with a name we do not know, so its
     * list is not more of the goals. A sentence ("Mum will ring"), a label ending in a colon (read as a label above), a name,
     * or a line over a paragraph (as likely a paragraph's opening words) is not. In a part that is a list by nature (actions,
     * rules, network) such a line is as likely a sub-label of the list ("At school"), and the part goes on. The lines below
     * are read by what they say.
     */
    private static boolean isPlainHeading(PlanSection current, String content, String next) {
        if (!PROSE_PARTS.contains(current) || !LIST_MARKER.matcher(next).find() || content.endsWith(":") || endsSentence(content)
                || wordCount(content) < 2 || wordCount(content) > MAX_HEADING_WORDS || !Character.isUpperCase(content.charAt(0))
                || PlanLines.startsWithSomeoneWhoWill(content) || PlanLines.isCapitalisedName(content)) {
            return false;
        }
        return !PlanLines.endsMidPhrase(content);
    }

    /*
     * A line under the last one continues its paragraph (text wrapped by an e-mail), except in the parts
     * that are lists by nature: under "Who does what" or "Bottom lines" each line is its own item unless it
     * starts in lower case, as only a wrapped line does.
     */
    private static boolean continuesParagraph(PlanSection section, String line, boolean indented, boolean previousEnded,
                                              boolean previousActs) {
        boolean listSection = section == PlanSection.ACTIONS || section == PlanSection.BOTTOM_LINES
                || section == PlanSection.NETWORK || section == PlanSection.CONTINGENCY;
        if (listSection) {
            // An indented line under a bullet is the bullet's text wrapped, whatever case it starts in.
            return indented || Character.isLowerCase(line.charAt(0));
        }
        // Unheaded lines one sentence each, "Grandad Keith will walk Oscar ...": each is an action of its own,
        // and so is the line after one ("The review meeting will be on 29 May.").
        return !(section == PlanSection.OTHER && previousEnded && (previousActs || PlanLines.startsWithSomeoneWhoWill(line)));
    }

    /* How much of a line is read to see whether it opens a statement or goal of its own: its opening is enough. */
    private static final int OPENING_CHARS = 160;
    private static final Set<String> REASON_WORDS = Set.of("because", "about", "as", "by", "for", "re");
    private static final Lexicon GOAL_TIME_OPENING = Lexicon.of("by", "from", "until", "till", "between now and", "over the next",
            "within", "for the next", "before");

    /*
     * Two statements, or two goals, on consecutive lines under one heading with no blank line or number between them:
     * a line after a finished sentence opens a statement of its own when it says who is worried and why ("The school is
     * worried because ..."), not when it goes on to the fear ("We are worried that if nothing changes ..."); and a goal
     * of its own when it opens with its time ("By the end of July, Kerry will ..."). Only the line's opening is read.
     */
    private static boolean startsAnother(PlanSection section, String line) {
        if (section != PlanSection.DANGER_STATEMENTS && section != PlanSection.SAFETY_GOALS) {
            return false;
        }
        AnalysedText opening = AnalysedText.of(line.length() > OPENING_CHARS ? line.substring(0, OPENING_CHARS) : line);
        if (section == PlanSection.SAFETY_GOALS) {
            return GOAL_TIME_OPENING.at(opening, 0).isPresent() && WordLists.WILL.first(opening).isPresent();
        }
        Optional<WhoIsWorriedCriterion.Worrier> worrier = WhoIsWorriedCriterion.worrier(opening);
        if (worrier.isEmpty() || opening.tokens().get(worrier.get().worryToken()).sentence() != 0) {
            return false;
        }
        int next = worrier.get().worryToken() + 1;
        if (next >= opening.tokens().size()) {
            return false;
        }
        AnalysedText.Token word = opening.tokens().get(next);
        return REASON_WORDS.contains(opening.text().substring(word.start(), word.end()).toLowerCase(Locale.ROOT));
    }

    private static Optional<Heading> heading(String line) {
        if (wordCount(Headings.withoutTrailingParenthesis(line)) <= MAX_HEADING_WORDS && !endsSentence(line)) {
            Optional<PlanSection> whole = PlanSection.ofHeading(line);
            if (whole.isPresent()) {
                return Optional.of(new Heading(whole.get(), "", false));
            }
        }
        Matcher labelled = LABELLED.matcher(line);
        if (labelled.matches() && wordCount(labelled.group(1)) <= 8) {
            Optional<PlanSection> label = PlanSection.ofHeading(clean(labelled.group(1)));
            String rest = labelled.group(2).strip();
            if (label.filter(s -> s == PlanSection.ACTIONS).isPresent() && namesTheChild(clean(labelled.group(1)), rest)) {
                return Optional.empty();
            }
            if (label.isEmpty() && startsWithQuote(rest)) {
                label = quotedPart(clean(labelled.group(1)));
            }
            if (label.isPresent()) {
                // "Safety plan: who will do what" is a heading with a subtitle, not a heading and an item; so is
                // "Safety plan – Child and Family Network Plan", a subtitle in capitals. "Identity and culture: not recorded"
                // is a label over nothing, not a subtitle.
                Optional<PlanSection> restNames = PlanSection.ofHeading(rest);
                boolean subtitle = !Placeholders.isPlaceholder(rest) && (restNames.isPresent() || (wordCount(rest) <= 5 && !endsSentence(rest)
                        && (Character.isLowerCase(rest.charAt(0)) || PlanLines.isCapitalisedName(withoutSmallWords(rest)))));
                // "What are we worried about – Harm", "What is working well – Strengths": the template's column, then
                // the box within it after a dash; the box says what the part holds.
                boolean dashed = !line.substring(labelled.end(1), labelled.start(2)).contains(":");
                return Optional.of(new Heading(dashed && restNames.isPresent() ? restNames.get() : label.get(), subtitle ? "" : rest, subtitle));
            }
        }
        return Optional.empty();
    }

    /*
     * "Worry 1 – hitting", "Goal 2 – school": a label cell of a pasted Word table names its part as a heading line does, and
     * may carry a subtitle after a dash, as a heading line may; only a subtitle, never an item ("Worries: Dad drinks" is a
     * label and its text, not the name of a box).
     */
    private static Optional<PlanSection> labelCell(String cell) {
        Optional<PlanSection> whole = PlanSection.ofHeading(cell);
        return whole.isPresent() ? whole : heading(cell).filter(h -> h.subtitled() && h.rest().isBlank()).map(Heading::section);
    }

    /*
     * "Safety plan – Tia Barker (2) – child protection plan", "Safety plan: Leo Marsh": a plan's name, then the child's name
     * (a capitalised name that is no heading word, before any dash or comma), is the document's title, not the heading of
     * who does what; the lines under it are read by what they say, as they are under "Rosie's safety plan".
     */
    private static boolean namesTheChild(String label, String rest) {
        if (!label.toLowerCase(Locale.ROOT).endsWith("plan") || rest.isEmpty() || endsSentence(rest)) {
            return false;
        }
        String name = Headings.withoutTrailingParenthesis(DASHES.split(rest.split(",", 2)[0], 2)[0]).strip();
        int space = name.indexOf(' ');
        String first = (space < 0 ? name : name.substring(0, space)).toLowerCase(Locale.ROOT);
        return !name.isEmpty() && wordCount(name) <= 3 && PlanLines.isCapitalisedName(name) && !WordLists.NOT_NAMES.contains(first)
                && PlanSection.ofHeading(name.toLowerCase(Locale.ROOT)).isEmpty();
    }

    /* "The bottom line is that ...", "Our bottom lines are ...": a paragraph whose subject is the plan's bottom line. */
    private static final Pattern BOTTOM_LINE_OPENING = Pattern.compile("(?i)(?:the |our |my )?bottom lines? (?:is|are)\\b");
    private static Optional<PlanSection> partByOpening(String paragraph) {
        return BOTTOM_LINE_OPENING.matcher(paragraph).lookingAt() ? Optional.of(PlanSection.BOTTOM_LINES) : Optional.empty();
    }

    /* The most words a label over its own items has: "Day to day:", "Professionals:", "What Jade's mum will do:". */
    private static final int MAX_LABEL_OVER_ITEMS_WORDS = 6;

    /*
     * "- Day to day:" then "  - Nicola to collect Jade ...": a short line that ends on its colon, with nothing after it, labels
     * the items below it, so the part above has ended even when the label is not a name we know (a known one is read as its
     * heading before this is asked). In the action plan a person's label ("Nan Pauline:") is who does the items below.
     */
    private static boolean isLabelOverItems(String content) {
        return content.length() > 1 && content.endsWith(":") && wordCount(content) <= MAX_LABEL_OVER_ITEMS_WORDS;
    }

    /*
     * "Day to day:" under the actions: a label over items that names nobody (no person, no capitalised name such as "Nan
     * Pauline:") is a part of its own, not the who of the items below it, so it ends the action plan.
     */
    private static boolean namesNoOne(String label) {
        String words = label.substring(0, label.length() - 1).strip();
        return !PlanLines.isCapitalisedName(words) && !WhoWhatWhenCriterion.hasPerson(words);
    }

    private static final String WILL_LABEL_END = " will:";

    /* "Grandma Pat will:", "DAWN (social worker) will:": who, then "will" and the colon; the label is who does the items below. */
    private static Optional<String> whoWillDoTheItems(String content) {
        if (!isLabelOverItems(content) || !content.toLowerCase(Locale.ROOT).endsWith(WILL_LABEL_END)) {
            return Optional.empty();
        }
        String who = content.substring(0, content.length() - WILL_LABEL_END.length()).strip();
        return who.isEmpty() || !PlanLines.isCapitalisedName(who) ? Optional.empty() : Optional.of(who);
    }

    private static final int MAX_TASK_LABEL_CHARS = 40;
    private static final int MAX_TASK_LABEL_WORDS = 3;

    /*
     * "Dean: chemist with Carol every morning", "Nan Pat: has Lola on Fridays": a short capitalised name (no form's field,
     * no heading word) before a colon, then a task in small letters. A form's field ("Date: 19/05", "Re: Kai Morgan") is
     * followed by a value, not a task, and a heading is read as one before this is asked.
     */
    static boolean isWhoLabelledTask(String line) {
        int colon = line.indexOf(':');
        if (colon <= 0 || colon > MAX_TASK_LABEL_CHARS || colon + 2 >= line.length()) {
            return false;
        }
        String label = Headings.withoutTrailingParenthesis(line.substring(0, colon)).strip();
        String rest = line.substring(colon + 1).strip();
        String first = label.split(" ", 2)[0].toLowerCase(Locale.ROOT);
        return !label.isEmpty() && !rest.isEmpty() && Character.isLowerCase(rest.charAt(0)) && wordCount(label) <= MAX_TASK_LABEL_WORDS
                && PlanLines.isCapitalisedName(label) && !FORM_FIELDS.contains(label.toLowerCase(Locale.ROOT))
                && (!WordLists.NOT_NAMES.contains(first) || WordLists.FAMILY.first(AnalysedText.of(label)).isPresent());
    }

    private static final Set<String> SMALL_WORDS = Set.of("and", "or", "of", "the", "for", "with", "to", "a", "in", "on");

    /* "Child and Family Network Plan" read as "Child Family Network Plan": the small words of a title stay in lower case. */
    private static String withoutSmallWords(String title) {
        StringBuilder kept = new StringBuilder();
        for (String word : title.split(" ")) {
            if (!SMALL_WORDS.contains(word)) {
                kept.append(kept.isEmpty() ? "" : " ").append(word);
            }
        }
        return kept.toString();
    }

    /** Cells of a pipe or tab table row; null when the line is not one. */
    private static List<String> cells(String line) {
        String s = line.strip();
        List<String> parts = null;
        if (s.chars().filter(c -> c == '|').count() >= 2 || (s.startsWith("|") && s.endsWith("|"))) {
            parts = Arrays.asList(s.replaceAll("^\\|", "").replaceAll("\\|$", "").split("\\|", -1));
        } else if (line.contains("\t")) {
            parts = Arrays.asList(line.split("\t"));
        }
        if (parts == null) {
            return null;
        }
        List<String> cells = parts.stream().map(String::strip).toList();
        return cells.stream().filter(c -> !c.isEmpty()).count() >= 2 || TABLE_SEPARATOR.matcher(s).matches() ? cells : null;
    }

    private static boolean isSeparatorRow(String line) {
        return !line.isEmpty() && line.indexOf('-') >= 0 && TABLE_SEPARATOR.matcher(line).matches();
    }

    /**
     * Whether the text opens with a table's header row, pasted with tabs or pipes ("Danger statement<TAB>Safety goal",
     * "What | Who | By when"): its first words are then column names, not a label naming one draft.
     */
    static boolean opensWithTableHeader(String text) {
        String first = text.strip();
        int end = first.indexOf('\n');
        List<String> cells = cells(end < 0 ? first : first.substring(0, end));
        return cells != null && isHeaderRow(cells);
    }

    private static boolean isHeaderRow(List<String> cells) {
        long known = cells.stream().filter(c -> column(c) != Column.OTHER).count();
        return known >= 2 && cells.stream().allMatch(c -> wordCount(c) <= 8);
    }

    enum Column { WHAT, WHO, WHEN, DANGER, GOAL, PROGRESS, OTHER }

    static Column column(String header) {
        String h = clean(header).toLowerCase(Locale.ROOT);
        if (WHO_COLUMN.matcher(h).find() && h.contains("what")) {
            // "Who will do what" over the actions themselves, beside a "Who" column of its own.
            return Column.WHAT;
        }
        if (WHO_COLUMN.matcher(h).find()) {
            return Column.WHO;
        }
        if (WHEN_COLUMN.matcher(h).find()) {
            return Column.WHEN;
        }
        if (PROGRESS_COLUMN.matcher(h).find()) {
            return Column.PROGRESS;
        }
        Optional<PlanSection> section = PlanSection.ofHeading(h);
        if (section.filter(s -> s == PlanSection.DANGER_STATEMENTS).isPresent()) {
            return Column.DANGER;
        }
        if (section.filter(s -> s == PlanSection.SAFETY_GOALS).isPresent()) {
            return Column.GOAL;
        }
        if (WHAT_COLUMN.matcher(h).find()) {
            return Column.WHAT;
        }
        return Column.OTHER;
    }

    static String clean(String line) {
        String s = LIST_MARKER.matcher(withoutOuterPipes(line.strip())).replaceFirst("");
        s = MARKDOWN.matcher(s).replaceAll("");
        return PlanLines.withoutRules(s.replace("**", "").strip());
    }

    /*
     * "| Things that must happen (bottom lines) |", "| If the plan is not working | |": a table row with one filled cell
     * is a line of text (a heading or an item) boxed in by the table, read without its pipes.
     */
    private static String withoutOuterPipes(String line) {
        if (line.isEmpty() || (line.charAt(0) != '|' && line.charAt(line.length() - 1) != '|')) {
            return line;
        }
        int start = 0;
        int end = line.length();
        while (start < end && (line.charAt(start) == '|' || Character.isWhitespace(line.charAt(start)))) {
            start++;
        }
        while (end > start && (line.charAt(end - 1) == '|' || Character.isWhitespace(line.charAt(end - 1)))) {
            end--;
        }
        return line.substring(start, end);
    }

    static int wordCount(String s) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = Character.isWhitespace(s.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    private static boolean endsSentence(String s) {
        return s.endsWith(".") || s.endsWith("!");
    }

    /** Collects items per section, statements, goals and actions. */
    private static final class Builder {
        /* Builders, not strings: a paragraph of many lines grows by appending, which must not copy it each time. */
        private final Map<PlanSection, List<StringBuilder>> sections = new EnumMap<>(PlanSection.class);
        private final Set<String> dangerStatements = new LinkedHashSet<>();
        private final Set<String> safetyGoals = new LinkedHashSet<>();
        private final List<PlanAction> actions = new ArrayList<>();
        private final Set<String> tableRows = new HashSet<>();
        private final Map<StringBuilder, String> groupWho = new java.util.IdentityHashMap<>();

        void item(PlanSection section, String text) {
            sections.computeIfAbsent(section, s -> new ArrayList<>()).add(new StringBuilder(text));
        }

        boolean isEmpty(PlanSection section) {
            return sections.getOrDefault(section, List.of()).isEmpty();
        }

        /* The who of the last action item, from the label its group is under. */
        void whoOfLast(String who) {
            List<StringBuilder> items = sections.get(PlanSection.ACTIONS);
            groupWho.put(items.get(items.size() - 1), who);
        }

        void appendToLast(PlanSection section, String text) {
            List<StringBuilder> items = sections.get(section);
            items.get(items.size() - 1).append(' ').append(text);
        }

        private List<String> items(PlanSection section) {
            return sections.getOrDefault(section, List.of()).stream().map(StringBuilder::toString).toList();
        }

        void row(PlanSection section, List<String> header, List<String> cells) {
            Map<Column, String> byColumn = new EnumMap<>(Column.class);
            for (int i = 0; i < cells.size(); i++) {
                Column column = header != null && i < header.size() ? column(header.get(i)) : defaultColumn(section, i);
                if (!cells.get(i).isBlank()) {
                    byColumn.merge(column, cells.get(i), (a, c) -> a + " " + c);
                }
            }
            if (byColumn.containsKey(Column.DANGER) && !byColumn.containsKey(Column.GOAL) && isGoalParagraph(byColumn.getOrDefault(Column.WHAT, ""))) {
                // "| What we are worried about | What needs to happen |": beside a worry, prose of what life will be like
                // is its goal (blind10's plan-07), as under a "What needs to happen" heading; a one-line task stays a task.
                byColumn.put(Column.GOAL, byColumn.remove(Column.WHAT));
            }
            if (byColumn.containsKey(Column.DANGER) || byColumn.containsKey(Column.GOAL)) {
                if (byColumn.containsKey(Column.DANGER)) {
                    item(PlanSection.DANGER_STATEMENTS, byColumn.get(Column.DANGER));
                }
                if (byColumn.containsKey(Column.GOAL)) {
                    item(PlanSection.SAFETY_GOALS, byColumn.get(Column.GOAL));
                }
                return;
            }
            String what = byColumn.getOrDefault(Column.WHAT, byColumn.getOrDefault(Column.OTHER, ""));
            boolean actionTable = header != null && header.stream().map(PlanParser::column)
                    .anyMatch(c -> c == Column.WHO || c == Column.WHEN);
            // "Social worker<TAB>Emma Collins", "Review conference<TAB>15 April": a label and its value above the plan, not an action.
            // "Child:<TAB>Mason LEE<TAB>DOB:<TAB>11/05/2025": a row that opens with a label ending in a colon is the form's
            // header fields, however many cells it has.
            boolean labelAndValue = header == null && section != PlanSection.ACTIONS
                    && (cells.stream().filter(c -> !c.isBlank()).count() == 2 || cells.get(0).strip().endsWith(":"));
            PlanSection target = !labelAndValue && (actionTable || section == PlanSection.OTHER || section == PlanSection.STRENGTHS)
                    ? PlanSection.ACTIONS : section;
            String row = String.join(" ", cells).strip();
            item(target, row);
            if (target == PlanSection.ACTIONS && !what.isBlank()) {
                tableRows.add(row);
                actions.add(new PlanAction(what, byColumn.getOrDefault(Column.WHO, ""), byColumn.getOrDefault(Column.WHEN, "")));
            }
        }

        private static Column defaultColumn(PlanSection section, int index) {
            return switch (index) {
                case 0 -> Column.WHAT;
                case 1 -> Column.WHO;
                case 2 -> Column.WHEN;
                default -> Column.PROGRESS;
            };
        }

        ParsedPlan build(AnalysedText whole, Set<String> childNames, Map<PlanSection, String> emptyParts) {
            for (String item : items(PlanSection.DANGER_STATEMENTS)) {
                if (wordCount(item) >= 2) {
                    dangerStatements.add(item);
                }
            }
            for (String item : items(PlanSection.SAFETY_GOALS)) {
                if (wordCount(item) >= 2) {
                    safetyGoals.add(item);
                }
            }
            for (String item : items(PlanSection.OTHER)) {
                classifyUnheaded(item);
            }
            for (StringBuilder builder : sections.getOrDefault(PlanSection.ACTIONS, List.of())) {
                String item = builder.toString();
                if (!tableRows.contains(item) && wordCount(item) >= 3) {
                    String who = groupWho.get(builder);
                    if (who == null) {
                        eachActorsSentences(item).forEach(part -> actions.add(labelledOrDashed(part)));
                    } else {
                        actions.add(new PlanAction(item, who, ""));
                    }
                }
            }
            Map<PlanSection, List<String>> texts = new EnumMap<>(PlanSection.class);
            sections.keySet().forEach(section -> texts.put(section, items(section)));
            return new ParsedPlan(whole, texts, List.copyOf(dangerStatements), List.copyOf(safetyGoals), actions, childNames, emptyParts);
        }

        /*
         * "Aoife will refer Johnny to the clinic - ongoing. Aoife will ask the housing team ... by 1 May.": actions run
         * together as one paragraph (a Word cell, an email). Each sentence that opens with someone who will starts an action
         * of its own, so each is read for its own when; sentences between them go with the action before.
         */
        private static List<String> eachActorsSentences(String item) {
            AnalysedText text = AnalysedText.of(item);
            if (text.sentences().size() < 2) {
                return List.of(item);
            }
            List<String> parts = new ArrayList<>();
            int start = 0;
            for (int s = 1; s < text.sentences().size(); s++) {
                AnalysedText.Sentence sentence = text.sentences().get(s);
                if (PlanLines.startsWithSomeoneWhoWill(item.substring(sentence.start(), sentence.end()))) {
                    parts.add(item.substring(start, sentence.start()).strip());
                    start = sentence.start();
                }
            }
            parts.add(item.substring(start).strip());
            return parts.stream().filter(p -> wordCount(p) >= 3).toList();
        }

        /*
         * A danger statement says who is worried in its first sentences ("We are worried because ...", "Lee and I are
         * worried that ..."); a paragraph about the family that mentions a worry further on ("She told us she stopped her
         * medicine because she was worried people at church would find out") is background, not a statement.
         */
        private static final int WORRIER_WITHIN_SENTENCES = 2;

        /* "His worry scale at school is a 6": a scale's name, not someone worried. */
        private static final java.util.Set<String> SCALE_WORDS = WordLists.stems("scale", "score", "rating");
        /* "Everyone says one good thing and one worry", "tell Nan any worries": a worry counted or asked for, not held. */
        private static final java.util.Set<String> COUNTED = WordLists.stems("one", "any");

        private static boolean opensWithWorry(AnalysedText text) {
            return WhoIsWorriedCriterion.worrier(text)
                    .filter(w -> w.worryToken() + 1 >= text.tokens().size() || !SCALE_WORDS.contains(text.tokens().get(w.worryToken() + 1).stem()))
                    .filter(w -> w.worryToken() == 0 || !COUNTED.contains(text.tokens().get(w.worryToken() - 1).stem()))
                    .filter(w -> text.tokens().get(w.worryToken()).sentence() < WORRIER_WITHIN_SENTENCES
                            || fearsWhatWillHappen(text, text.tokens().get(w.worryToken()).sentence())).isPresent();
        }

        private static final Lexicon IF_NOTHING_CHANGES = Lexicon.of("if nothing changes", "if things do not change",
                "if things don't change", "if this continues", "if this carries on", "if things carry on");

        /*
         * "We (school, Louise's doctor and the social worker) are worried that if nothing changes Mollie will ...": a
         * paragraph of running prose that gets to who is worried late still holds the statement, when that sentence says
         * what will happen if nothing changes (background that mentions a worry does not).
         */
        private static boolean fearsWhatWillHappen(AnalysedText text, int sentence) {
            AnalysedText.Sentence s = text.sentences().get(sentence);
            return IF_NOTHING_CHANGES.first(text, s.firstToken(), s.endToken()).isPresent();
        }

        /*
         * "... If this carries on Zara could fall behind. What we want is that Sadia and Nan get Zara to school by 8.45am
         * ...": a plan written as running paragraphs puts each worry and what we want instead in one paragraph. A sentence
         * after the first that opens by saying what the writers want or need to see starts the goal; the sentences before
         * it are the statement. Only sentence openings are read: one look per sentence.
         */
        private static final Lexicon GOAL_SENTENCE_OPENING = Lexicon.of("what we want", "we want", "what we would like",
                "we would like", "what we need to see", "we need to see", "what needs to happen is", "we will know");

        /*
         * "0 means I'm going to get really badly hurt ...; 10 means ... Hannah doesn't need to worry": the ends of a scale,
         * under a heading the parser does not know ("How worried everyone is"), speak of worry without being a statement.
         */
        private static boolean opensWithScaleAnchor(String item) {
            String s = item.strip().toLowerCase(Locale.ROOT);
            int at = s.startsWith("zero") ? 4 : s.startsWith("0") ? 1 : -1;
            if (at < 0) {
                return false;
            }
            while (at < s.length() && s.charAt(at) == ' ') {
                at++;
            }
            String rest = s.substring(at, Math.min(s.length(), at + 6));
            return rest.startsWith("=") || rest.startsWith("means") || rest.startsWith("is ") || rest.startsWith(":") || rest.startsWith("-")
                    || rest.startsWith("\u2013");
        }

        private static int goalSentenceStart(AnalysedText text) {
            for (int s = 1; s < text.sentences().size(); s++) {
                AnalysedText.Sentence sentence = text.sentences().get(s);
                if (sentence.endToken() > sentence.firstToken() && GOAL_SENTENCE_OPENING.at(text, sentence.firstToken()).isPresent()) {
                    return sentence.start();
                }
            }
            return -1;
        }

        /* A reported speech opening: someone "said" or "told me", then their words in quotes. */
        private static final Pattern SPEECH_OPENING = Pattern.compile("\\b(?:said|says|told (?:me|us|\\p{Lu}\\p{Ll}+)|tells (?:me|us))\\s*:?\\s*(?:(?:he|she|they) )?[\"\u201C]");
        private static final int SPEECH_OPENING_CHARS = 80;

        /*
         * "Aisha told me: "... sometimes I'm scared Ammu is poorly"": a paragraph that opens with what someone said, in
         * their words, is their voice, however worried the words are.
         */
        private static boolean opensWithWordsQuoted(String item) {
            return SPEECH_OPENING.matcher(item.length() > SPEECH_OPENING_CHARS ? item.substring(0, SPEECH_OPENING_CHARS) : item).find();
        }

        /*
         * "Shannon and Levi: tell Nan Rosie ... Every time, from now.": a short capitalised label before a colon is who
         * does the rest (the label form of a "who does what" list); otherwise who, what and when between dashes.
         */
        private static PlanAction labelledOrDashed(String item) {
            int colon = item.indexOf(':');
            if (colon > 0 && colon <= MAX_WHO_LABEL_CHARS) {
                String label = item.substring(0, colon).strip();
                String rest = item.substring(colon + 1).strip();
                if (PlanParser.wordCount(rest) >= 2 && PlanLines.isCapitalisedName(withoutSmallWords(label))
                        && PlanParser.wordCount(Headings.withoutTrailingParenthesis(label)) <= MAX_WHO_LABEL_WORDS) {
                    return new PlanAction(rest, label, "");
                }
            }
            return dashed(item);
        }

        /* "Nan Rosie and Grandad Jimmy" is five words; a label longer than that is a sentence's opening, not who. */
        private static final int MAX_WHO_LABEL_WORDS = 5;
        private static final int MAX_WHO_LABEL_CHARS = 60;

        /* "Gran - collect Jack from school - every weekday": who, what and when between dashes. */
        private static PlanAction dashed(String item) {
            String[] parts = DASHES.split(item);
            return parts.length == 3 ? new PlanAction(parts[1].strip(), parts[0].strip(), parts[2].strip()) : new PlanAction(item, "", "");
        }

        /* A paragraph under no recognised heading: a statement or goal by what it says. */
        /*
         * "If the plan isn't working we will have to think about what happens next": a paragraph opening with the plan
         * failing says what follows then (however vaguely), not one more task of the plan; it is left to the contingency
         * criterion, which reads the whole text, and is not counted among the actions.
         */
        private static final Lexicon IF_THE_PLAN_FAILS = Lexicon.of("if the plan isn't working", "if the plan is not working",
                "if the plan doesn't work", "if the plan does not work", "if the plan breaks down", "if the plan fails",
                "if this plan isn't working", "if this plan is not working", "if this plan doesn't work", "if this plan does not work",
                "if this plan breaks down", "if this plan fails", "if things go wrong");

        private void classifyUnheaded(String item) {
            AnalysedText text = AnalysedText.of(item);
            if (text.wordCount() < 4) {
                return;
            }
            // A statement or goal takes a sentence or two; an action can be as short as "Dan will do the shopping".
            boolean statementLength = text.wordCount() >= 8;
            // "By February half term, Jade will wake Kai at 7.30 ... Kai will be in school every day": a paragraph of what will be
            // that opens with its time is a goal, as it is under the goals' heading (see startsAnother).
            boolean goalOpening = GOAL_OPENING.first(text, 0, Math.min(8, text.wordCount())).isPresent()
                    || (GOAL_TIME_OPENING.at(text, 0).isPresent() && isGoalParagraph(item));
            // "Andre will tell Owen if Keisha says she is frightened - from today": someone who will, by when, is an
            // action, whatever worry words it holds.
            boolean timedAction = (PlanLines.startsWithSomeoneWhoWill(item) || isWhoLabelledTask(item)) && WhoWhatWhenCriterion.hasWhen(item);
            if (goalOpening && statementLength) {
                safetyGoals.add(item);
            } else if (timedAction) {
                actions.add(isWhoLabelledTask(item) ? labelledOrDashed(item) : new PlanAction(item, "", ""));
            } else if (statementLength && opensWithWorry(text) && !opensWithWordsQuoted(item) && !opensWithScaleAnchor(item)) {
                int goal = goalSentenceStart(text);
                if (goal < 0) {
                    dangerStatements.add(item);
                } else {
                    dangerStatements.add(text.text().substring(0, goal).strip());
                    safetyGoals.add(text.text().substring(goal).strip());
                }
            } else if (!GoalClauses.of(text).isEmpty() && (WordLists.WILL.first(text).isPresent() || WhoWhatWhenCriterion.hasWhen(item))
                    && IF_THE_PLAN_FAILS.at(text, 0).isEmpty()) {
                // "Mum will ..." is an action even without a "when": who-what-when must see it to flag it.
                actions.add(new PlanAction(item, "", ""));
            }
        }
    }
}
