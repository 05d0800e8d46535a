package org.practiceassistant.ask;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.practiceassistant.knowledge.Grade;
import org.practiceassistant.knowledge.Passage;

/**
 * Finds where two sources give different timescales for the same thing, for example the handbook's
 * "reports will be shared with the family 3 days before the conference" against the rubric's
 * Outstanding descriptor "report shared with family 5 days before conference".
 *
 * <p>A timescale is a number with a unit of time. Two sentences from different documents are about
 * the same point when, apart from the timescale, they share at least {@link #SHARED_WORDS} content
 * words after stemming; they disagree when their timescales come to different lengths of time, in the
 * same unit ("3 days" against "5 days") or not ("at least every 3 months" against "every 6 weeks").
 *
 * <p>Words said of most of the pack's timescales ("child", "family", "meeting") do not tell which event a
 * timescale is for, so they do not count as shared: without this, "a Family Network Meeting within 10 days
 * of an assessment being started" and "CP conference held 15 working days from the strategy meeting which
 * determined start date" were shown as two sources disagreeing.
 */
final class ConflictFinder {

    private static final int SHARED_WORDS = 3;

    private static final Pattern TIMESCALE = Pattern.compile(
            "\\b(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)\\s+(?:working\\s+)?(hour|day|week|month)s?\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("twelve", 12), Map.entry("fifteen", 15),
            Map.entry("twenty", 20));

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\n+");

    /** The rubric's grades, the longer name first where one begins with another ("Inadequate Critical"). */
    private static final List<String> GRADES = Arrays.stream(Grade.values()).map(Grade::displayName)
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();

    /** A word said of at least this share of the pack's timescale sentences is too common to tie two of them. */
    private static final double COMMON_SHARE = 1.0 / 3;

    /** Below this many timescale sentences no word is common enough to drop: a small pack keeps every word. */
    private static final int MIN_SENTENCES_FOR_COMMON = 9;

    private final Analyzer analyzer = PracticeAnalyzers.indexing();

    /** The words too common among the pack's timescale sentences to say two are about the same point. */
    private final Set<String> common;

    /** @param pack every passage of the pack, to learn which words most of its timescales share */
    ConflictFinder(List<Passage> pack) {
        this.common = commonWords(pack);
    }

    /** A sentence that states a timescale. */
    private record Timescale(Passage passage, String sentence, int amount, String unit, Set<String> words) {}

    /**
     * The conflicts between the best passage and the other candidates, one per disagreeing source.
     *
     * @param best       the passage that answers the question best
     * @param candidates other passages that also answer it well enough, best first
     */
    List<Conflict> between(Passage best, List<Passage> candidates) {
        List<Timescale> ours = timescales(best);
        if (ours.isEmpty()) {
            return List.of();
        }
        List<Conflict> conflicts = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        for (Passage other : candidates) {
            if (other.documentId().equals(best.documentId()) || reported.contains(other.id())) {
                continue;
            }
            for (Timescale mine : ours) {
                Optional<Timescale> theirs = timescales(other).stream()
                        .filter(candidate -> hours(candidate) != hours(mine))
                        .filter(candidate -> shared(mine.words(), candidate.words()) >= SHARED_WORDS)
                        .findFirst();
                if (theirs.isPresent()) {
                    conflicts.add(new Conflict(point(mine, theirs.get()), List.of(claim(mine), claim(theirs.get()))));
                    reported.add(other.id());
                    break;
                }
            }
        }
        return conflicts;
    }

    /** A timescale's length in hours (a month as 30 days): "6 weeks" and "3 months" compare as 1,008 and 2,160. */
    private static long hours(Timescale timescale) {
        long perUnit = switch (timescale.unit()) {
            case "hour" -> 1;
            case "day" -> 24;
            case "week" -> 24 * 7;
            default -> 24 * 30;
        };
        return timescale.amount() * perUnit;
    }

    /** What the sources differ on: "days" when both count days; "how often" for intervals; "timescales" otherwise. */
    private static String point(Timescale mine, Timescale theirs) {
        if (mine.unit().equals(theirs.unit())) {
            return mine.unit() + "s";
        }
        boolean intervals = EVERY.matcher(mine.sentence()).find() && EVERY.matcher(theirs.sentence()).find();
        return intervals ? "how often" : "timescales";
    }

    private static final Pattern EVERY = Pattern.compile("\\bevery\\b", Pattern.CASE_INSENSITIVE);

    private int shared(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        both.removeAll(common);
        return both.size();
    }

    private Set<String> commonWords(List<Passage> pack) {
        Map<String, Integer> sentencesWith = new HashMap<>();
        int sentences = 0;
        for (Passage passage : pack) {
            for (Timescale timescale : timescales(passage)) {
                sentences++;
                timescale.words().forEach(word -> sentencesWith.merge(word, 1, Integer::sum));
            }
        }
        if (sentences < MIN_SENTENCES_FOR_COMMON) {
            return Set.of();
        }
        double bar = sentences * COMMON_SHARE;
        return sentencesWith.entrySet().stream().filter(entry -> entry.getValue() >= bar)
                .map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());
    }

    private static Claim claim(Timescale timescale) {
        Passage passage = timescale.passage();
        String source = grade(timescale.sentence())
                .map(grade -> passage.documentTitle() + " (" + grade + ")")
                .orElse(passage.documentTitle());
        return new Claim(passage.id(), source, passage.section(), stripGrade(timescale.sentence()));
    }

    /** Rubric ladders are written one grade a line, "Outstanding: ..."; the line's grade names the source. */
    private static Optional<String> grade(String sentence) {
        return GRADES.stream().filter(grade -> sentence.startsWith(grade + ":")).findFirst();
    }

    private static String stripGrade(String sentence) {
        return grade(sentence).map(grade -> sentence.substring(grade.length() + 1).strip()).orElse(sentence);
    }

    /** Each passage's timescales, found once: passages are immutable, and the same ones come up again and again. */
    private final Map<Passage, List<Timescale>> timescales = new ConcurrentHashMap<>();

    private List<Timescale> timescales(Passage passage) {
        return timescales.computeIfAbsent(passage, this::findTimescales);
    }

    private List<Timescale> findTimescales(Passage passage) {
        List<Timescale> found = new ArrayList<>();
        for (String line : passage.text().split("\\n+")) {
            // Keep a ladder line's grade with each of its sentences.
            Optional<String> lineGrade = grade(line.strip());
            for (String sentence : SENTENCE_END.split(line.strip())) {
                Matcher matcher = TIMESCALE.matcher(sentence);
                if (matcher.find()) {
                    String labelled = lineGrade.isPresent() && grade(sentence).isEmpty()
                            ? lineGrade.get() + ": " + sentence : sentence;
                    Set<String> words = words(sentence.substring(0, matcher.start()) + " " + sentence.substring(matcher.end()));
                    found.add(new Timescale(passage, labelled, amount(matcher.group(1)),
                            matcher.group(2).toLowerCase(Locale.ROOT), words));
                }
            }
        }
        return found;
    }

    private static int amount(String number) {
        Integer word = NUMBER_WORDS.get(number.toLowerCase(Locale.ROOT));
        return word != null ? word : Integer.parseInt(number);
    }

    private Set<String> words(String text) {
        Set<String> words = new HashSet<>(PracticeAnalyzers.terms(analyzer, text));
        words.removeAll(Set.of("outstand", "good", "requir", "improv", "inadequ", "critic"));
        return words;
    }
}
