package org.practiceassistant.check.rules;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.practiceassistant.check.CriterionId;
import org.practiceassistant.check.CriterionResult;

/** The plan's safety scale defines 0 and 10 and records each person's score. */
final class ScalingCriterion extends Criterion<ParsedPlan> {

    private static final Pattern ZERO = Pattern.compile("(?i)(?:\\b0|\\bzero)\\s*(?:=|means|is|would (?:mean|be)|will (?:mean|be)|:|-|\u2013|out of 10 (?:is|means))\\s*\\S+(?:[ \\t]+\\S+){0,5}");
    private static final Pattern TEN = Pattern.compile("(?i)\\b10\\s*(?:=|means|is|would (?:mean|be)|will (?:mean|be)|:|-|\u2013)\\s*(?!\\d)\\S+(?:[ \\t]+\\S+){0,5}");
    private static final Pattern SCORE = Pattern.compile(
            "\\b(\\p{Lu}[\\p{L}'-]{1,30}(?: \\([^)]{1,30}\\))?|[Mm]um|[Dd]ad|[Gg]ran|[Nn]an|[Ss]ocial worker|[Tt]eacher|[Ss]chool)"
                    + "\\s*(?::|-|\u2013|=|scored|scores|gave|rated|put (?:it|things|us|herself|himself) at|said|says|is at|at)\\s*(?:a\\s+)?"
                    + "(\\d{1,2}(?:\\.5)?)(?:\\s*/\\s*10|\\s+out of 10)?\\b"
                    // "DOB: 03/06/2012", "Sent: 09 January": a date in a form's field, not someone's score.
                    + "(?![/.]\\d|\\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\b)");

    /*
     * Names are at most 31 letters: an unbounded [\p{L}'-]+ is tried from every capital of "A-A-A-A..."
     * and makes a long line quadratic.
     */

    /* "Lauren 6, Craig 7, nursery 3": scores without a colon count when a line lists two or more. */
    private static final Pattern BARE_SCORE = Pattern.compile(
            "\\b(\\p{Lu}[\\p{L}'-]{1,30}|mum|dad|gran|nan|school|nursery|teacher|social worker|health visitor)\\s+(\\d{1,2})\\b"
                    + "(?!\\s*(?:\\)|years|months|weeks|days|am|pm|[:/.]\\d))");

    /*
     * The people a score is most often given by. NOT_NAMES keeps "Mum" and "school" from being read as a child's
     * name elsewhere; here they are exactly who scores ("Mum 6, Dad 5, school 4"), so they count.
     */
    private static final Set<String> SCORERS = Set.of("mum", "dad", "gran", "nan", "grandad", "school", "nursery", "teacher",
            "social worker", "health visitor", "sw", "hv", "camhs", "midwife", "nurse", "worker");

    ScalingCriterion() {
        super(CriterionId.SCALING, Sources.TEMPLATE_SCALING);
    }

    @Override
    CriterionResult check(ParsedPlan plan) {
        String text = plan.text().text();
        Matcher zero = ZERO.matcher(text);
        Matcher ten = TEN.matcher(text);
        boolean hasZero = zero.find();
        boolean hasTen = ten.find();
        Set<String> people = new LinkedHashSet<>();
        // Who among them scores for the services: a scale only professionals scored says nothing of the family's view.
        Set<String> services = new java.util.HashSet<>();
        StringBuilder scores = new StringBuilder();
        // "Marta<TAB>7", "| Sam | 7 |": a pasted table's cells are a name and its score.
        String scoreLines = text.lines().filter(line -> line.chars().anyMatch(Character::isDigit))
                .map(line -> line.replace('\t', ':').replace('|', ':')).collect(java.util.stream.Collectors.joining("\n"));
        Matcher score = SCORE.matcher(scoreLines);
        while (score.find()) {
            int value = Integer.parseInt(score.group(2).replace(".5", ""));
            String who = score.group(1).toLowerCase();
            if (value <= 10 && !who.equals("10") && canScore(who) && people.add(who) && people.size() <= 4) {
                scores.append(scores.isEmpty() ? "" : ", ").append(quoted(asWritten(score.group())));
            }
            if (value <= 10 && canScore(who) && forTheServices(score.group(1), scoreLines, score.start(1))) {
                services.add(who);
            }
        }
        for (String line : scoreLines.split("\\n")) {
            Matcher bare = BARE_SCORE.matcher(line);
            Set<String> inLine = new LinkedHashSet<>();
            StringBuilder found = new StringBuilder();
            while (bare.find()) {
                String who = bare.group(1).toLowerCase();
                if (Integer.parseInt(bare.group(2)) <= 10 && canScore(who) && inLine.add(who)) {
                    found.append(found.isEmpty() ? "" : ", ").append(quoted(bare.group()));
                    if (forTheServices(bare.group(1), line, bare.start(1))) {
                        services.add(who);
                    }
                }
            }
            if (inLine.size() >= 2 && people.addAll(inLine) && scores.isEmpty()) {
                scores.append(found);
            }
        }
        // "Kezia 6 (...)" / "Mum 3" / "Dad 4": one score to a line, a name and a number and at most a note after it.
        Set<String> oneToALine = new LinkedHashSet<>();
        StringBuilder listed = new StringBuilder();
        for (String line : scoreLines.split("\n")) {
            // "  - Kerry 7": a score bulleted on its own line is read without its bullet.
            line = PlanParser.clean(line);
            Matcher bare = BARE_SCORE.matcher(line.strip());
            if (bare.lookingAt() && isNoteOrNothing(line.strip().substring(bare.end())) && Integer.parseInt(bare.group(2)) <= 10) {
                String who = bare.group(1).toLowerCase();
                if (canScore(who) && oneToALine.add(who) && oneToALine.size() <= 4) {
                    listed.append(listed.isEmpty() ? "" : ", ").append(quoted(bare.group()));
                }
                if (canScore(who) && forTheServices(bare.group(1), line.strip(), bare.start(1))) {
                    services.add(who);
                }
            }
        }
        if (oneToALine.size() >= 2 && people.addAll(oneToALine) && scores.isEmpty()) {
            scores.append(listed);
        }
        boolean familyScored = !services.containsAll(people);
        if (hasZero && hasTen && people.size() >= 2 && familyScored) {
            return pass(quoted(zero.group()) + "; " + quoted(ten.group()) + "; scores: " + scores);
        }
        String missing = !hasZero || !hasTen ? "what 0 and 10 mean" : people.size() >= 2 ? "the family's own scores" : "each person's score";
        String evidence = people.isEmpty() ? "" : "scores: " + scores;
        return fail(evidence, "Add " + missing + ": for example \"10 means everyone is confident Jack is safe at home and we can close; "
                + "0 means Jack cannot live at home\", then each person's score (Kelly 6, Gran 5, school 4, social worker 4).");
    }

    /* What may follow a score on its own line: nothing, "/10", or a note in brackets or quotes ("6 ("I know who to stay away from")"). */
    private static boolean isNoteOrNothing(String rest) {
        String r = rest.strip();
        return r.isEmpty() || r.startsWith("(") || r.startsWith("\"") || r.startsWith("\u201C") || r.startsWith("/10") || r.startsWith("/ 10");
    }

    /* "Kerry : 7" from a table's cells reads "Kerry: 7"; the score as the plan wrote it otherwise. */
    private static String asWritten(String score) {
        return score.strip().replace(" : ", ": ");
    }

    /* Who scores as a service: a professional's role ("nurse"), and the police's and doctors' titles before a surname ("DC Shah"). */
    private static final Set<String> SERVICE_SCORERS = Set.of("school", "nursery", "teacher", "social worker", "health visitor",
            "sw", "hv", "camhs", "midwife", "nurse", "worker", "police", "gp", "doctor", "iro", "dsl");
    private static final Set<String> TITLES = Set.of("dc", "pc", "ds", "di", "dr", "pcso", "sgt");

    /*
     * "RD 4, DC Shah 3, DSL 5, school nurse 5. Lisa and Jordan not asked": a scorer written in capitals (a worker's initials,
     * a service's letters), named by a professional role, or by a title and surname scores for the services. When every
     * scorer does, the scale records no one in the family (blind14's reader fails it: the scale is the family's as much as
     * the workers'). Only the word just before the scorer is read.
     */
    private static boolean forTheServices(String who, String line, int start) {
        boolean capitals = who.length() >= 2 && who.chars().allMatch(c -> Character.isUpperCase(c) || !Character.isLetter(c));
        if (capitals || SERVICE_SCORERS.contains(who.toLowerCase(java.util.Locale.ROOT))) {
            return true;
        }
        int end = start;
        while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        int begin = end;
        while (begin > 0 && end - begin <= 5 && Character.isLetter(line.charAt(begin - 1))) {
            begin--;
        }
        return end > begin && (begin == 0 || !Character.isLetter(line.charAt(begin - 1)))
                && TITLES.contains(line.substring(begin, end).toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean canScore(String who) {
        return SCORERS.contains(who) || !WordLists.NOT_NAMES.contains(who);
    }
}
