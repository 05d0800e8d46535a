package org.practiceassistant.check;

/** A safety goal says what the child will experience: safe, fed, at school, asleep in a calm home. */
final class ChildOutcomeCriterion extends Criterion<AnalysedText> {

    private static final Lexicon OUTCOMES = Lexicon.of("safe", "feel", "feels", "happy", "calm", "settled",
            "looked after", "cared for", "fed", "clean", "warm", "healthy", "well", "go to school", "get to school",
            "at school", "in school", "on time", "sleep", "asleep", "eat", "meals", "breakfast", "grow up", "know",
            "enjoy", "play", "protected", "loved", "relaxed", "not see", "not hear", "never see", "never hear",
            "won't see", "won't hear", "not be hurt", "not hurt", "be hurt", "clean clothes", "routine", "bedtime",
            "in bed", "friends", "learn", "confident", "thrive", "healthy weight", "quiet", "peaceful", "comfortable",
            "cuddle", "talk to", "someone to talk to");

    ChildOutcomeCriterion() {
        super("child-outcome", Sources.PLAN_SAFETY_GOALS);
    }

    @Override
    CriterionResult check(AnalysedText text) {
        for (Lexicon.Match outcome : OUTCOMES.all(text)) {
            if (isAboutChild(text, outcome)) {
                return pass(quoted(Spans.around(text, outcome, 3, 3)));
            }
        }
        return fail("", "Say what the child will experience when the goal is met, by name, for example "
                + "\"so that Jack feels safe at home, sleeps in his own bed and gets to school on time\".");
    }

    /* The outcome's sentence names or points to a child. */
    private static boolean isAboutChild(AnalysedText text, Lexicon.Match outcome) {
        AnalysedText.Sentence s = text.sentences().get(text.tokens().get(outcome.firstToken()).sentence());
        return Vocabulary.CHILD.first(text, s.firstToken(), s.endToken()).isPresent()
                || Spans.firstPerson(text, s.firstToken(), s.endToken()).filter(p -> Spans.isName(text, p)).isPresent();
    }
}
