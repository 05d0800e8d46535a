package org.practiceassistant.draft;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.practiceassistant.knowledge.KnowledgePack;
import org.practiceassistant.knowledge.Passage;
import org.practiceassistant.knowledge.ServiceVocabulary;

/**
 * The coach's guidance, read from the knowledge pack: the vocabulary table for each service, and for
 * each step the glossary entries and template or handbook lines that teach it, quoted word for word
 * with their section as the citation. The coach never words guidance itself; a step whose lines are not
 * in the pack simply shows none.
 */
final class PackCoachGuidance implements CoachGuidance {

    /** At most this many quotes per step, so a prompt stays short enough to read in Teams. */
    private static final int MAX_QUOTES = 2;
    /** Longer passages are cut to the sentences that hold the line looked for. */
    private static final int MAX_QUOTE_LENGTH = 400;

    /**
     * What each step quotes, best first: a glossary term ({@code "glossary:Family Network"}; {statement} and
     * {goal} stand for the service's terms) or a phrase that opens or sits in the line to quote. Template
     * lines come before handbook lines; the handbook ones stand in while a pack has no templates.
     */
    private static final Map<Step, List<String>> SOURCES = new EnumMap<>(Map.ofEntries(
            Map.entry(Step.SERVICE_AREA, List.of("are not always appropriate",
                    "if there are safeguarding concerns relating to a child")),
            // Naming the children needs no guidance; the pack's lines on impact and harm fit later steps.
            Map.entry(Step.CHILDREN, List.of()),
            Map.entry(Step.HARM, List.of("harm: describes what has already happened", "evidence child has been harmed",
                    "glossary:Harm Matrix")),
            Map.entry(Step.COMPLICATING_FACTORS, List.of("what's making this harder to deal with",
                    "complicating factors such as issues which make safety more difficult",
                    "reflection on the complicating factors")),
            Map.entry(Step.WORKING_WELL, List.of("safety: actions of protection", "strengths: a positive attribute",
                    "glossary:Appreciative Inquiry")),
            Map.entry(Step.WORRY, List.of("glossary:{statement}",
                    "what are you worried will happen to the child if nothing changes")),
            Map.entry(Step.NETWORK, List.of("glossary:Family Network")),
            Map.entry(Step.DOING, List.of("glossary:{goal}", "glossary:Safety Goal")),
            Map.entry(Step.CHILD_EXPERIENCE, List.of("what life would be like for the child if our worries had been addressed",
                    "glossary:{goal}")),
            Map.entry(Step.TIMESCALE, List.of("what is the child's timescale", "can be achieved in the agreed timescales",
                    "glossary:Trajectory")),
            Map.entry(Step.HOW_KNOWN, List.of("details of who is doing what to achieve the safety goals",
                    "glossary:Safety Journal")),
            Map.entry(Step.REVIEW_STATEMENT, List.of("glossary:{statement}",
                    "the danger statements should outline exactly what we are worried about")),
            Map.entry(Step.REVIEW_GOAL, List.of("glossary:{goal}", "the safety goals should be clear and measurable outcomes",
                    "glossary:Safety Goal")),
            Map.entry(Step.ANOTHER_WORRY, List.of("glossary:Safety Planning")),
            Map.entry(Step.BOTTOM_LINES, List.of("glossary:Bottom lines", "bottom lines are kept to a minimum")),
            Map.entry(Step.SCALE, List.of("glossary:Scaling Question", "clearly define 0 and 10")),
            Map.entry(Step.SCORES, List.of("each person's view of the scale is clearly recorded",
                    "different views on score should be recorded", "invited to scale the situation from 0-10")),
            Map.entry(Step.CHILD_VOICE, List.of("child seen alone and provided with an opportunity to provide their views",
                    "professional views/parents views/child's views")),
            Map.entry(Step.IDENTITY, List.of("the impact of identity; race; culture; religion",
                    "respectful of each family's context")),
            Map.entry(Step.SHARED_WITH, List.of("constructed with the child and family or carers")),
            Map.entry(Step.CONTINGENCY, List.of("a clear contingency plan in place",
                    "a contingency plan to be followed if circumstances change")),
            Map.entry(Step.NEXT_STEPS, List.of("what needs to happen now and in the future to keep the child safe",
                    "a clear worry statement with a paired wellbeing goal and clear next steps"))));

    private static final String GLOSSARY = "glossary:";

    private final KnowledgePack pack;
    private final Map<ServiceArea, MappingWords> vocabularies = new EnumMap<>(ServiceArea.class);
    /**
     * The quote for each phrase in {@link #SOURCES}, found once: finding one means normalising every
     * passage of the pack, which made a Draft turn cost several times an Ask turn (LoadBenchmark, JFR).
     */
    private final Map<String, Optional<GuidanceQuote>> phraseQuotes = new HashMap<>();

    /** Fails at start-up when the pack's vocabulary table lacks a service, rather than mid-conversation. */
    public PackCoachGuidance(KnowledgePack pack) {
        this.pack = pack;
        var missing = new ArrayList<String>();
        for (ServiceArea area : ServiceArea.values()) {
            pack.vocabulary().frameworkFor(area.handbookArea()).ifPresentOrElse(
                    framework -> vocabularies.put(area, vocabulary(framework)), () -> missing.add(area.handbookArea()));
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("the knowledge pack's vocabulary table has no framework for " + missing
                    + "; the drafting coach needs one per service area");
        }
        List<String> normalisedTexts = pack.passages().stream().map(passage -> normalise(passage.text())).toList();
        SOURCES.values().stream().flatMap(List::stream).filter(source -> !source.startsWith(GLOSSARY))
                .forEach(phrase -> phraseQuotes.computeIfAbsent(phrase, p -> phrase(p, normalisedTexts)));
    }

    @Override
    public MappingWords vocabularyFor(ServiceArea area) {
        return vocabularies.get(area);
    }

    @Override
    public List<GuidanceQuote> quotesFor(Step step, MappingWords vocabulary) {
        var quotes = new LinkedHashSet<GuidanceQuote>();
        for (String source : SOURCES.getOrDefault(step, List.of())) {
            if (quotes.size() == MAX_QUOTES) {
                break;
            }
            (source.startsWith(GLOSSARY) ? glossary(source.substring(GLOSSARY.length()), vocabulary) : phraseQuotes.get(source))
                    .ifPresent(quotes::add);
        }
        return List.copyOf(quotes);
    }

    private Optional<GuidanceQuote> glossary(String term, MappingWords vocabulary) {
        String wanted = term.replace("{statement}", vocabulary.statement()).replace("{goal}", vocabulary.goal());
        return pack.glossaryEntry(wanted).flatMap(entry -> pack.passages().stream()
                .filter(p -> p.headingPath().getLast().equalsIgnoreCase(entry.term()) && p.text().contains(entry.definition()))
                .findFirst()
                .map(p -> new GuidanceQuote(entry.term() + ": " + entry.definition(), p.section())));
    }

    private Optional<GuidanceQuote> phrase(String phrase, List<String> normalisedTexts) {
        String wanted = normalise(phrase);
        for (int i = 0; i < normalisedTexts.size(); i++) {
            if (normalisedTexts.get(i).contains(wanted)) {
                Passage passage = pack.passages().get(i);
                return Optional.of(new GuidanceQuote(excerpt(passage.text(), wanted), passage.section()));
            }
        }
        return Optional.empty();
    }

    /**
     * The passage, or when it is long the sentences from the one holding the phrase, up to the limit,
     * cut from the passage as it stands (line breaks between a field's guidance items included), so the
     * quote is the pack's words exactly.
     */
    private static String excerpt(String text, String wanted) {
        if (text.length() <= MAX_QUOTE_LENGTH) {
            return text.strip();
        }
        String key = wanted.substring(0, Math.min(wanted.length(), 20));
        List<Integer> starts = new ArrayList<>(List.of(0));
        Matcher breaks = SENTENCE_BREAK.matcher(text);
        while (breaks.find()) {
            starts.add(breaks.end());
        }
        starts.add(text.length());
        for (int i = 0; i + 1 < starts.size(); i++) {
            if (normalise(text.substring(starts.get(i), starts.get(i + 1))).contains(key)) {
                int from = starts.get(i);
                int to = starts.get(i + 1);
                for (int j = i + 2; j < starts.size() && starts.get(j) - from <= MAX_QUOTE_LENGTH; j++) {
                    to = starts.get(j);
                }
                return "… " + text.substring(from, to).strip();
            }
        }
        return text.strip();
    }

    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.?!])\\s+");

    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replace('’', '\'').replace('–', '-').replaceAll("\\s+", " ");
    }

    private static MappingWords vocabulary(ServiceVocabulary.Framework framework) {
        String goodOutcome = switch (framework.signsOf().toLowerCase(Locale.ROOT)) {
            case "safety" -> "safe";
            case "wellbeing" -> "healthy and well";
            case "success" -> "doing well";
            default -> "safe and well";
        };
        return new MappingWords(framework.name(), framework.statement().toLowerCase(Locale.ROOT),
                framework.goal().toLowerCase(Locale.ROOT), framework.past().replaceAll("\\s*\\((past|future)\\)$", ""),
                framework.existingSolutions(), goodOutcome);
    }
}
