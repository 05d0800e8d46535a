package org.practiceassistant.ask;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.practiceassistant.knowledge.Passage;
import org.practiceassistant.system.text.LinkFreeText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers questions from the passage index: the best passages when the best one covers enough of the
 * question, an honest "not found" (with what the question came closest to) when it does not.
 *
 * <p>Logs sizes, outcomes and timings only: a question may name a child.
 */
class LuceneAskService implements AskService {

    private static final Logger log = LoggerFactory.getLogger(LuceneAskService.class);

    /** Passages looked at beyond the limit: for conflicts and "did you mean". */
    private static final int CANDIDATES = 10;

    /**
     * A topic offered with "not covered" must match at least this share of the question's content (weighted
     * by rarity, so its subject): a passage that shares only a common word is not a close topic.
     */
    private static final double TOPIC_COVERAGE = 0.5;

    /** How many of the best passages are looked at for the number of days a question asks for, whatever the limit. */
    private static final int COUNT_CHECKED = 3;

    /**
     * A question for a timescale none of the best passages sets is still answered, with "The guidance sets no timescale
     * for this", when the best passage covers at least this share of it (it is about the very thing asked); below it
     * the passages are about something near the question, and it is not covered. (A question about audit grades is left
     * to the grade ladder: "what makes supervision frequency outstanding" asks what the grade needs, not how often.)
     * On the tuning splits the answerable
     * such questions' best passages covered 0.86 to 1.0 of them, the near-domain ones' 0.49 to 0.63.
     */
    private static final double TIMING_COVERAGE = 0.8;

    /** A passage shown after the best one needs at least this share of the best one's relevance. */
    private static final double MIN_RELATIVE_RELEVANCE = 0.5;

    /**
     * A question holding an English word no passage says ({@link UnsaidWords}) is not covered when its best match is this
     * weak by both words and meaning: the unsaid word is then likely what it asks about ("can I claim back my parking").
     * Chosen leave-one-split-out as if no list named the subject (calibrated on every tuning split but one with no
     * answerable question turned "not covered", measured on the one left out): 0.64 / 3.5 on 18 of 20 rotations. With no list
     * (ListFreeReport) it rejects one or two more near-domain questions on 18 of the 20 tuning splits, and no answerable one.
     */
    private static final double UNSAID_SIMILARITY = 0.64;
    private static final double UNSAID_CONFIDENCE = 3.5;

    private final PassageIndex index;
    private final SemanticSearch meaning;
    private final HybridRanking hybrid;
    private final double unaskedRubric;
    private final GradeLadders ladders;
    private final AskProperties.Answers settings;
    private final ConflictFinder conflicts;
    private final Cache<Key, AskResult> cache;
    private final QuestionSpelling spelling;
    private final NotCoveredSubjects notCovered;
    private final OtherAuthorities otherAuthorities;
    private final WhereTheChildLives whereTheChildLives;
    private final UnsaidWords unsaid;

    private record Key(String question, int limit, boolean asTyped) {}

    /** Answers by words and, once {@code meaning} is ready, by meaning too ({@link SemanticSearch#off()}: words alone). */
    LuceneAskService(PassageIndex index, SemanticSearch meaning, AskProperties.Semantic semantic, GradeLadders ladders,
                     AskProperties.Answers settings, AskProperties.Cache cacheSettings, QuestionSpelling spelling, NotCoveredSubjects notCovered) {
        this.index = index;
        this.conflicts = new ConflictFinder(index.passages());
        this.spelling = spelling;
        this.notCovered = notCovered;
        this.otherAuthorities = OtherAuthorities.of(spelling);
        this.whereTheChildLives = new WhereTheChildLives(otherAuthorities::isName);
        this.unsaid = UnsaidWords.of(index.passages());
        this.meaning = meaning;
        this.hybrid = new HybridRanking(semantic.weight(), semantic.candidates());
        this.unaskedRubric = semantic.unaskedRubric();
        this.ladders = ladders;
        this.settings = settings;
        this.cache = Caffeine.newBuilder()
                .maximumSize(cacheSettings.maximumSize())
                .expireAfterWrite(cacheSettings.expireAfterWrite())
                .recordStats()
                .build();
    }

    @Override
    public boolean knowsPassage(String passageId) {
        return passageId != null && index.passage(passageId) != null;
    }

    @Override
    public AskResult ask(String question, int limit, boolean asTyped) {
        if (question == null || question.isBlank()) {
            throw new IllegalArgumentException("question must not be blank");
        }
        if (limit < 1 || limit > 10) {
            throw new IllegalArgumentException("limit must be between 1 and 10, was " + limit);
        }
        String stripped = searchable(question).strip();
        Key key = new Key(normalise(stripped), limit, asTyped);
        AskResult cached = cache.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        // Answered outside the cache, not in cache.get(key, loader): Caffeine runs a loader under the lock of
        // the key's hash bin, so one slow answer held up unrelated questions that hashed nearby (LoadBenchmark
        // at saturation: waits of seconds, turns past the 10 s budget). Two people asking the same question at
        // the same moment may now both compute it, which costs milliseconds.
        // A not-covered subject as typed stays not covered, whatever the spelling step made of its neighbours; who told
        // the asker ("my practice educator keeps saying ...") frames the question and is no subject of it. How another
        // authority works is judged after spelling, so a misspelt pack word is never taken for a place's name; where the
        // child lives ("placed in birmingham") is then no part of what is searched, since no passage names a town.
        // The spelling step (its spell checker's automata are a tenth of answering's CPU) runs only when the question as
        // typed is not already found not covered, and before lower-casing: a capital letter inside the question marks a
        // name, which is never corrected.
        AskResult answer;
        if (notCovered.asksAbout(QuestionFraming.content(normalise(stripped))) || notCovered.namesAnAcronym(stripped)) {
            answer = AskResult.notFound(List.of());
        } else {
            Spelled spelled = asTyped ? Spelled.unchanged(stripped) : spelling.correct(stripped);
            answer = otherAuthorities.asksAbout(spelled.searched())
                    ? AskResult.notFound(List.of())
                    : search(whereTheChildLives.without(QuestionFraming.content(normalise(spelled.searched()))), limit)
                            .correcting(spelled);
        }
        cache.put(key, answer);
        return answer;
    }

    /**
     * The words of {@code question} to search, for every way in (the bot and {@code /api/ask}): a pasted link's or e-mail
     * address's characters are no words of the guidance (an anchor's or Markdown link's words are kept); a question that
     * was nothing but a link is searched as typed.
     */
    private static String searchable(String question) {
        String words = LinkFreeText.forSearch(question);
        return words.isBlank() ? question : words;
    }

    private static String normalise(String question) {
        return question.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Forgets every cached answer, for when the index is rebuilt or the semantic half becomes ready. */
    void clearCache() {
        cache.invalidateAll();
    }

    long cachedAnswers() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    private AskResult search(String question, int limit) {
        long started = System.nanoTime();
        AskResult result;
        if (notCovered.asksAbout(question)) {
            result = AskResult.notFound(List.of());
        } else {
            Optional<SemanticIndex> semantic = meaning.index();
            // The question is embedded on another core while this one searches by words: the two take about as long, and
            // neither needs the other until they are blended. Both are computed as before, so every answer is the same.
            Optional<Future<SemanticIndex.Similarities>> embedding = semantic
                    .map(index -> MEANING.submit(() -> index.similarities(question)));
            List<Hit> byWords = byWordsToBlend(question, semantic.isPresent());
            Optional<SemanticIndex.Similarities> similarities = embedding.map(LuceneAskService::await);
            // Closer in meaning to a subject the pack says it does not cover than to anything it says: not covered,
            // with no topics offered, however many of its words (the context: "looked after", "care leaver") match.
            result = similarities.filter(closeness -> closeness.notCoveredLead() >= settings.topicMargin()).isPresent()
                    ? AskResult.notFound(List.of())
                    : decide(question, candidates(question, limit, byWords, similarities), limit,
                            !spelling.unknownWords(question).isEmpty());
        }
        log.debug("ask: {} chars, found={}, answers={}, {} us", question.length(), result.found(),
                result.answers().size(), (System.nanoTime() - started) / 1000);
        return result;
    }

    /** The passages considered for a question, best first: by words and meaning, or by words alone until meaning is ready. */
    List<Hit> candidates(String question, int limit) {
        Optional<SemanticIndex.Similarities> similarities = meaning.index().map(semantic -> semantic.similarities(question));
        return candidates(question, limit, byWordsToBlend(question, similarities.isPresent()), similarities);
    }

    /** The hits by words that the blend with meaning re-ranks; none when meaning is not ready (words alone decide then). */
    private List<Hit> byWordsToBlend(String question, boolean meaningReady) {
        return meaningReady ? index.search(question, PassageIndex.RERANKED) : List.of();
    }

    /**
     * As {@link #candidates(String, int)}, with the hits by words already found when meaning is ready. Near ties among the
     * three best are then ordered by how close together each says the question's concepts ({@link ProximityTieBreak}).
     */
    private List<Hit> candidates(String question, int limit, List<Hit> byWords, Optional<SemanticIndex.Similarities> similarities) {
        return similarities
                .map(closeness -> ProximityTieBreak.apply(index.proximity(question),
                        lessForTheRubric(question, hybrid.rank(byWords, closeness, index::passage))))
                .orElseGet(() -> index.search(question, Math.max(limit, CANDIDATES)));
    }

    /*
     * Embeds questions beside the word search, a thread per core: no more questions are embedded at once than there are
     * cores anyway (SentenceEmbedder's slots), and a question waiting its turn here waits as it did there, in order.
     */
    private static final ExecutorService MEANING = Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(), Thread.ofPlatform().name("ask-meaning-", 0).daemon().factory());

    /** The embedded question's similarities; an interrupt (the turn's time budget) cancels the embedding as before. */
    private static SemanticIndex.Similarities await(Future<SemanticIndex.Similarities> embedding) {
        try {
            return embedding.get();
        } catch (InterruptedException e) {
            embedding.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to embed a question", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * A rubric passage counts less in the blend too when the question is not about audits or grades: a grade descriptor
     * ("CIN - effectiveness") is close in meaning to every question on its subject, and the handbook says what to do.
     */
    private List<Hit> lessForTheRubric(String question, List<Hit> ranked) {
        if (unaskedRubric >= 1 || index.asksAboutTheRubric(question)) {
            return ranked;
        }
        List<Hit> weighed = new ArrayList<>(ranked.size());
        for (Hit hit : ranked) {
            weighed.add(hit.passage().kind() == org.practiceassistant.knowledge.DocumentKind.RUBRIC
                    ? hit.withMeaning(hit.similarity(), hit.relevance() * unaskedRubric) : hit);
        }
        weighed.sort(java.util.Comparator.comparingDouble(Hit::relevance).reversed());
        return weighed;
    }

    private AskResult decide(String question, List<Hit> ranked, int limit, boolean unknownSubject) {
        java.util.function.Predicate<String> aboutTheQuestion = index.aboutTheSubjectOf(question);
        List<Hit> hits = ranked.stream()
                .filter(hit -> !onlyItsName(hit.passage()) || aboutTheQuestion.test(hit.passage().text())).toList();
        if (hits.isEmpty()) {
            return AskResult.notFound(List.of());
        }
        double minConfidence = settings.minConfidence();
        double minSimilarity = settings.minSimilarity();
        Hit best = hits.getFirst();
        // The pack covers the question when some candidate's words cover it confidently, or one is very
        // close to it in meaning (a paraphrase sharing few words); both bars are calibrated on the
        // question set so that every out-of-scope question there falls below both.
        double confidence = hits.stream().mapToDouble(Hit::confidence).max().orElse(0);
        double similarity = hits.stream().mapToDouble(Hit::similarity).max().orElse(0);
        if (confidence < minConfidence && similarity < minSimilarity) {
            // A subject the pack never names has no close topic in it either: offer none rather than unrelated ones.
            return AskResult.notFound(unknownSubject ? List.of() : didYouMean(hits.stream()
                    .filter(hit -> hit.coverage() >= TOPIC_COVERAGE).toList(), 0));
        }
        // Only once meaning is ready (similarity 0 before): by words alone a paraphrase would look as weak.
        if (similarity > 0 && similarity < UNSAID_SIMILARITY && confidence < UNSAID_CONFIDENCE && !unsaid.in(question).isEmpty()) {
            return AskResult.notFound(List.of());
        }
        List<Hit> good = hits.stream()
                .filter(hit -> hit.relevance() >= best.relevance() * MIN_RELATIVE_RELEVANCE)
                .limit(CANDIDATES)
                .toList();
        // Asked for a number of days or nights, an age, or whether a span of time the asker names holds, that none of
        // the best passages gives; or when a meeting happens, answered about the other one: the pack does not answer it.
        List<String> bestTexts = good.stream().limit(COUNT_CHECKED).map(hit -> hit.passage().text()).toList();
        List<Answer> bestAnswers = good.stream().limit(COUNT_CHECKED).map(this::toAnswer).toList();
        if (Specifics.asksACountNoneGives(question, bestTexts, aboutTheQuestion, index.timesTheSubjectOf(question))
                || Specifics.proposesASpanNoneStates(question, bestAnswers, aboutTheQuestion)
                || (best.coverage() < TIMING_COVERAGE || isGradeDescriptor(best.passage())) && !index.asksAboutTheRubric(question)
                        && Specifics.asksATimingNoneGives(question, bestAnswers)
                || Specifics.asksAnAgeNoneGives(question, bestTexts)
                || Specifics.asksAnEndAgeNoneGives(question, bestTexts)
                || Specifics.asksANumberOfThingsNoneGives(question, bestTexts, aboutTheQuestion)
                || Specifics.asksHowLongItLastsNoneGives(question, bestTexts, aboutTheQuestion)
                || Specifics.asksATimeToFinishNoneGives(question, bestTexts)
                || Specifics.asksAScoreNoneGives(question, bestTexts)
                || Specifics.asksWhichFormNoneNames(question, bestAnswers)
                || ApprovalQuestions.asksWhoApprovesNoneSays(question, bestAnswers)
                || Specifics.asksWhenOfAnotherMeeting(question, toAnswer(best))
                || ScheduleQuestions.asksForAScheduleNoneGives(question, bestTexts)) {
            return AskResult.notFound(List.of());
        }
        List<Hit> shown = new ArrayList<>(good.subList(0, Math.min(limit, good.size())));
        showEachSide(index.aboutEachSideOf(question), hits, shown, limit);
        List<Conflict> found = conflicts.between(best.passage(), good.stream().skip(1).map(Hit::passage).toList());
        for (Conflict conflict : found) {
            showSource(conflict, good, shown, limit);
        }
        boolean closeCall = confidence < settings.minConfidence() / settings.closeCall()
                || hits.size() > 1 && hits.get(1).relevance() >= best.relevance() * settings.closeCall();
        List<String> alternatives = closeCall ? didYouMean(hits, shown.size()) : List.of();
        List<Answer> answers = shown.stream().map(this::toAnswer).toList();
        return new AskResult(true, answers, alternatives, found).noting(Specifics.notes(question, answers,
                index.aboutTheSubjectOf(Specifics.withoutTheEventCountedFrom(question))));
    }

    /**
     * A rubric criterion: when a question not about audits is best answered by one that gives no timing ("how often does
     * the PEP get reviewed" by "LAC – Planning", which only names the PEP), the pack sets none, however much of the
     * question the grades' words cover.
     */
    private static boolean isGradeDescriptor(Passage passage) {
        return passage.kind() == org.practiceassistant.knowledge.DocumentKind.RUBRIC;
    }

    /**
     * A template field that holds nothing but its own name ("Absent (if a meeting)", "Date undertaken"): close in meaning
     * to many questions ("can I close a case without seeing the child"), it answers only one that names it.
     */
    private static boolean onlyItsName(Passage passage) {
        return passage.kind() == org.practiceassistant.knowledge.DocumentKind.TEMPLATE && !passage.headingPath().isEmpty()
                && passage.headingPath().getLast().strip().equalsIgnoreCase(passage.text().strip());
    }

    /**
     * A question comparing two things is shown the passage each side names ("danger statement vs worry statement": both
     * glossary entries), in place of the weakest other one, though the other side's passage ranks far behind: the synonyms
     * file makes the two terms one, so the passage the first side names matches the whole question. Answers stay in order
     * of relevance.
     */
    private static void showEachSide(List<java.util.function.Predicate<Passage>> compared, List<Hit> candidates, List<Hit> shown,
                                     int limit) {
        if (limit < 2) {
            return;
        }
        List<java.util.function.Predicate<Passage>> sides = inOneDocument(compared, candidates);
        java.util.function.Predicate<Hit> named = hit -> sides.stream().anyMatch(side -> side.test(hit.passage()));
        for (java.util.function.Predicate<Passage> side : sides) {
            if (shown.stream().anyMatch(hit -> side.test(hit.passage()))) {
                continue;
            }
            candidates.stream().limit(CANDIDATES).filter(hit -> side.test(hit.passage())).findFirst().ifPresent(hit -> {
                if (shown.size() >= limit) {
                    // The weakest passage neither side names gives way.
                    for (int i = shown.size() - 1; i >= 0; i--) {
                        if (!named.test(shown.get(i))) {
                            shown.remove(i);
                            break;
                        }
                    }
                }
                if (shown.size() < limit) {
                    shown.add(hit);
                    shown.sort(java.util.Comparator.comparingDouble(Hit::relevance).reversed());
                }
            });
        }
    }

    /**
     * The sides compared, each kept to the document where every side names a passage (the best-ranked such): two things
     * set side by side are answered by parallel entries, both glossary definitions or both rubric rows, not by one
     * side's definition beside a template prompt the other side's name heads ("wellbeing goal vs safety goal": the
     * "Safety goals" prompts counted as showing the second side, so its definition was never shown). As they were when
     * no one document names every side.
     */
    private static List<java.util.function.Predicate<Passage>> inOneDocument(List<java.util.function.Predicate<Passage>> sides,
                                                                             List<Hit> candidates) {
        List<Passage> considered = candidates.stream().limit(CANDIDATES).map(Hit::passage).toList();
        return considered.stream()
                .filter(passage -> sides.stream().anyMatch(side -> side.test(passage)))
                .map(Passage::documentTitle)
                .filter(title -> sides.stream().allMatch(side -> considered.stream()
                        .anyMatch(passage -> passage.documentTitle().equals(title) && side.test(passage))))
                .findFirst()
                .<List<java.util.function.Predicate<Passage>>>map(title -> sides.stream()
                        .<java.util.function.Predicate<Passage>>map(side -> side.and(passage -> passage.documentTitle().equals(title)))
                        .toList())
                .orElse(sides);
    }

    /** Makes sure the passage behind the second claim of a conflict is shown, in place of the weakest other one. */
    private static void showSource(Conflict conflict, List<Hit> good, List<Hit> shown, int limit) {
        String passageId = conflict.claims().get(1).passageId();
        if (shown.stream().anyMatch(hit -> hit.passage().id().equals(passageId))) {
            return;
        }
        good.stream().filter(hit -> hit.passage().id().equals(passageId)).findFirst().ifPresent(hit -> {
            if (shown.size() >= limit && shown.size() > 1) {
                shown.removeLast();
            }
            if (shown.size() < limit) {
                shown.add(hit);
            }
        });
    }

    /** The sections of the hits after the first {@code skip}, each once: topics the question came close to. */
    private List<String> didYouMean(List<Hit> hits, int skip) {
        Set<String> sections = new LinkedHashSet<>();
        hits.stream().skip(skip).map(hit -> hit.passage().section()).forEach(sections::add);
        return sections.stream().limit(settings.didYouMean()).toList();
    }

    /** The answer as shown; its score is the value answers are ordered by, so scores fall from first to last. */
    private Answer toAnswer(Hit hit) {
        Passage passage = hit.passage();
        return new Answer(passage.id(), shorten(passage.text(), settings.maxTextLength()), passage.documentTitle(),
                passage.section(), Math.round(hit.relevance() * 1000) / 1000.0, ladders.ladder(passage.id()));
    }

    /** Cuts long text at the last word boundary that fits, marking the cut with an ellipsis. */
    static String shorten(String text, int maxLength) {
        if (text.length() <= maxLength) {
            return text;
        }
        int cut = text.lastIndexOf(' ', maxLength - 1);
        return (cut > maxLength / 2 ? text.substring(0, cut) : text.substring(0, maxLength - 1)).stripTrailing() + "…";
    }
}
