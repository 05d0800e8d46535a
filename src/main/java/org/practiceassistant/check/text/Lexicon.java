package org.practiceassistant.check.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A list of words and phrases matched by stem against a draft. {@code *} in a phrase stands for any
 * one word ("will * stop" finds "will now stop"). Matches never cross a sentence boundary.
 */
public final class Lexicon {

    /** Where a phrase was found: token range and character range in the draft. */
    public record Match(int firstToken, int endToken, int start, int end, String phrase) {}

    private static final String ANY = "*";

    private record Phrase(String text, List<String> stems) {}

    private final List<Phrase> phrases;
    /* Phrases by their first stem (longest first), so matching at a token looks only at phrases that can start there. */
    private final java.util.Map<String, List<Phrase>> byFirstStem = new java.util.HashMap<>();
    private final List<Phrase> wildcardFirst = new ArrayList<>();

    private Lexicon(List<Phrase> phrases) {
        this.phrases = phrases;
        for (Phrase phrase : phrases) {
            String first = phrase.stems().get(0);
            if (first.equals(ANY)) {
                wildcardFirst.add(phrase);
            } else {
                byFirstStem.computeIfAbsent(first, k -> new ArrayList<>()).add(phrase);
            }
        }
    }

    public static Lexicon of(String... phrases) {
        return of(List.of(phrases));
    }

    public static Lexicon of(Collection<String> phrases) {
        List<Phrase> compiled = new ArrayList<>();
        for (String phrase : phrases) {
            List<String> stems = phrase.strip().equals(ANY) ? List.of(ANY) : stemsKeepingWildcards(phrase);
            if (stems.isEmpty()) {
                throw new IllegalArgumentException("lexicon phrase has no words: '" + phrase + "'");
            }
            compiled.add(new Phrase(phrase, stems));
        }
        // Longest first, so "will not" wins over "will" at the same place.
        compiled.sort(Comparator.comparingInt((Phrase p) -> p.stems().size()).reversed());
        return new Lexicon(List.copyOf(compiled));
    }

    public Optional<Match> first(AnalysedText text) {
        return first(text, 0, text.tokens().size());
    }

    /** The earliest match starting in tokens {@code [from, to)}. */
    public Optional<Match> first(AnalysedText text, int from, int to) {
        for (int i = from; i < to; i++) {
            Optional<Match> at = at(text, i);
            if (at.isPresent()) {
                return at;
            }
        }
        return Optional.empty();
    }

    /** Every non-overlapping match, in text order. */
    public List<Match> all(AnalysedText text) {
        return all(text, 0, text.tokens().size());
    }

    public List<Match> all(AnalysedText text, int from, int to) {
        List<Match> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            Optional<Match> at = at(text, i);
            if (at.isPresent()) {
                out.add(at.get());
                i = at.get().endToken();
            } else {
                i++;
            }
        }
        return out;
    }

    /** The longest phrase that starts exactly at token {@code i}. */
    public Optional<Match> at(AnalysedText text, int i) {
        List<AnalysedText.Token> tokens = text.tokens();
        List<Phrase> candidates = byFirstStem.getOrDefault(tokens.get(i).stem(), List.of());
        Optional<Match> found = longestAt(text, i, candidates);
        return found.isPresent() || wildcardFirst.isEmpty() ? found : longestAt(text, i, wildcardFirst);
    }

    private Optional<Match> longestAt(AnalysedText text, int i, List<Phrase> candidates) {
        List<AnalysedText.Token> tokens = text.tokens();
        for (Phrase phrase : candidates) {
            int end = i + phrase.stems().size();
            if (end > tokens.size() || tokens.get(end - 1).sentence() != tokens.get(i).sentence()) {
                continue;
            }
            boolean matches = true;
            for (int k = 0; k < phrase.stems().size() && matches; k++) {
                String want = phrase.stems().get(k);
                matches = want.equals(ANY) || want.equals(tokens.get(i + k).stem());
            }
            if (matches) {
                return Optional.of(new Match(i, end, tokens.get(i).start(), tokens.get(end - 1).end(), phrase.text()));
            }
        }
        return Optional.empty();
    }

    public boolean containsStem(String stem) {
        return byFirstStem.getOrDefault(stem, List.of()).stream().anyMatch(p -> p.stems().size() == 1);
    }

    private static List<String> stemsKeepingWildcards(String phrase) {
        List<String> out = new ArrayList<>();
        for (String part : phrase.strip().split("\\s+")) {
            if (part.equals(ANY)) {
                out.add(ANY);
            } else {
                out.addAll(AnalysedText.stemsOf(part));
            }
        }
        return out;
    }
}
