package org.practiceassistant.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Turns a finished mapping into its summary and the plain text a worker pastes into the case record. */
final class SummaryWriter {

    private final StatementComposer composer;

    SummaryWriter(StatementComposer composer) {
        this.composer = composer;
    }

    MappingSummary summarise(MappingState state) {
        List<MappingSummary.Pair> pairs = new ArrayList<>();
        // Only agreed pairs: a plan asked for mid-way holds the worries whose statement and goal are accepted.
        for (WorryAnswers w : state.worries().stream().filter(w -> w.statementAccepted() && w.goalAccepted()).toList()) {
            var named = composer.named(state, w);
            // A goal in the worker's own words gives the family plan's who, what and by when; the answers it
            // replaced may say otherwise ("just mum" where the goal names Nan Sue).
            var own = w.ownGoal() == null ? null : ActionLines.goalRow(w.ownGoal());
            // The worker's own answers go into the plan as typed, with the words the jargon list says stand in any
            // sentence ("TAF", "GP", "DA"), as the composed statement and goal have them: a family reads the whole plan.
            pairs.add(new MappingSummary.Pair(composer.currentStatement(w, named),
                    composer.currentGoal(w, state.vocabulary(), state.childNamesFor(w), named),
                    plain(w.harm()), plain(w.complicatingFactors()), plain(w.workingWell()),
                    plain(own == null ? w.network() : own.who()), plain(own == null ? w.doing() : own.what()),
                    plain(own == null ? w.timescale() : own.when()), w.scale(), w.scores()));
        }
        return new MappingSummary(state.serviceArea(), state.vocabulary(), state.children(), pairs,
                plain(state.bottomLines()), plain(state.nextSteps()), plain(state.contingency()), plain(state.childVoice()),
                plain(state.identity()), plain(state.sharedWith()));
    }

    private String plain(String answer) {
        return answer == null ? null : composer.inPlainWords(answer);
    }

    String plainText(MappingSummary s) {
        var v = s.vocabulary();
        var out = new StringBuilder();
        out.append("Mapping: ").append(v.model()).append(" (").append(s.serviceArea().label()).append(")\n");
        out.append("Children: ").append(s.children().stream().map(Child::describe).collect(Collectors.joining(", ")))
                .append("\n");
        for (int i = 0; i < s.pairs().size(); i++) {
            var p = s.pairs().get(i);
            out.append("\nWorry ").append(i + 1).append("\n");
            out.append(capitalise(v.statement())).append(": ").append(p.statement()).append("\n");
            out.append(capitalise(v.goal())).append(": ").append(p.goal()).append("\n");
            out.append("What has happened (").append(v.past()).append("): ").append(p.harm()).append("\n");
            out.append("Complicating factors: ").append(p.complicatingFactors()).append("\n");
            out.append("What is working well (").append(v.existing()).append("): ").append(p.workingWell()).append("\n");
            out.append("Scale: 0 means ").append(p.scale().zeroMeans()).append(". 10 means ").append(p.scale().tenMeans())
                    .append(".\n");
            out.append("Scores: ").append(p.scores().isEmpty() ? WorryAnswers.NOT_KNOWN_YET : scores(p.scores())).append("\n");
        }
        out.append("\nThe child's views: ").append(orNotRecorded(s.childVoice())).append("\n");
        out.append("Identity and culture: ").append(orNotRecorded(s.identity())).append("\n");
        out.append("Bottom lines: ").append(s.bottomLines().isBlank() ? "none set" : s.bottomLines()).append("\n");
        out.append("Next steps: ").append(s.nextSteps()).append("\n");
        // Only an answer is printed: "Contingency plan: not recorded" would read (to Check too) as a plan.
        if (ChildAndFamilyPlan.answered(s.contingency())) {
            out.append("Contingency plan: ").append(s.contingency()).append("\n");
        }
        out.append("Plan shared with: ").append(orNotRecorded(s.sharedWith())).append("\n");
        return out.toString();
    }

    static String scores(List<ScaleScore> scores) {
        return scores.stream().map(x -> x.person() + " " + x.shown()).collect(Collectors.joining(", "));
    }

    private static String orNotRecorded(String answer) {
        return answer.isBlank() ? "not recorded" : answer;
    }

    private static String capitalise(String term) {
        return Character.toUpperCase(term.charAt(0)) + term.substring(1);
    }
}
