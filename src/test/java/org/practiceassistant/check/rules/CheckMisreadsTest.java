package org.practiceassistant.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceassistant.check.rules.CheckedDrafts.status;

import org.junit.jupiter.api.Test;
import org.practiceassistant.check.CheckStatus;
import org.practiceassistant.check.DraftKind;

/**
 * Issue 16: good statements Check misread, read by their structure (who is the subject, the voice, a counted event) rather
 * than by a list of words. Each kind has texts that must pass and texts that must still fail. Every sentence here is
 * written for the test, not copied from any labelled set or persona.
 */
class CheckMisreadsTest {

    private static CheckStatus behaviour(String text) {
        return status(DraftKind.DANGER_STATEMENT, text, "specific-behaviour");
    }

    private static CheckStatus impact(String text) {
        return status(DraftKind.DANGER_STATEMENT, text, "impact-on-child");
    }

    /* A young person's own behaviour, counted: the person is the subject, a verb follows, the times are counted. */
    @Test
    void aYoungPersonsCountedBehaviourIsABehaviour() {
        assertThat(behaviour("Her foster carers are worried because Shanice (15) has run off from the respite unit five times"
                + " since the summer.")).isEqualTo(CheckStatus.PASS);
        assertThat(behaviour("The youth worker and I are worried. Kofi has skipped college to hang around the park on"
                + " at least eight occasions this term.")).isEqualTo(CheckStatus.PASS);
        assertThat(behaviour("Nan is worried that Reggie stayed at a friend's flat until 3am twice last week.")).isEqualTo(CheckStatus.PASS);
        assertThat(behaviour("His mum is worried because Arlo (12) is up on his phone past midnight most nights.")).isEqualTo(CheckStatus.PASS);
        // A label with a count or a date is still a label: nobody is said to have done anything.
        assertThat(behaviour("The school is worried about neglect on 3 occasions since May.")).isEqualTo(CheckStatus.FAIL);
        assertThat(behaviour("Neglect on four occasions, domestic abuse x2.")).isEqualTo(CheckStatus.FAIL);
        assertThat(behaviour("The school is worried about domestic abuse most weekends since Easter.")).isEqualTo(CheckStatus.FAIL);
        assertThat(behaviour("The school and I are worried because Mum has a history of neglect on 3 occasions.")).isEqualTo(CheckStatus.FAIL);
    }

    /* A parent's act said in the passive, with the child as its subject and the adult named. */
    @Test
    void aParentsActInThePassiveIsABehaviour() {
        assertThat(behaviour("The childminder is worried because Esme (3) is being left with her dad's friend overnight while"
                + " Mum works.")).isEqualTo(CheckStatus.PASS);
        assertThat(behaviour("The school nurse is worried that Jonah was slapped by his stepdad at the bus stop.")).isEqualTo(CheckStatus.PASS);
        assertThat(behaviour("The neighbour is worried that the twins were left alone in the flat until late.")).isEqualTo(CheckStatus.PASS);
        // A service's act, or a diagnosis, in the passive names nothing anyone in the family did.
        assertThat(behaviour("The school is worried that Jonah was referred by the school nurse for low mood.")).isEqualTo(CheckStatus.FAIL);
        assertThat(behaviour("The school is worried that Jonah was diagnosed with ADHD in the spring.")).isEqualTo(CheckStatus.FAIL);
    }

    /* He, she or they acting on something, in an irregular past: what the person did. */
    @Test
    void aPronounActingIsABehaviour() {
        assertThat(behaviour("The housing officer and I are worried. Her rent is behind. She spent her wages on scratch cards"
                + " every week in May.")).isEqualTo(CheckStatus.PASS);
        assertThat(behaviour("The school is worried about Dad. He feels low and struggles with his mood.")).isEqualTo(CheckStatus.FAIL);
    }

    /* What the child could come to, said of a double-barrelled name or of several children, is impact. */
    @Test
    void aHyphenatedNameOrSeveralChildrenAreOneSubject() {
        assertThat(impact("The health visitor is worried that Dad leaves his tablets on the table. If nothing changes,"
                + " Ella-Rose will pick them up and eat them.")).isEqualTo(CheckStatus.PASS);
        assertThat(impact("The school is worried that Mum goes out at night. If this continues, Kai, Bella and Noor will"
                + " find the knives in the kitchen drawer.")).isEqualTo(CheckStatus.PASS);
        // A label after the name is still a label.
        assertThat(impact("The school is worried about Mum. If nothing changes, Ella-Rose will continue to be exposed to"
                + " domestic abuse.")).isEqualTo(CheckStatus.FAIL);
    }

    /* Being left is what the adults will do; the child's impact is what it will mean for them. */
    @Test
    void beingLeftIsTheAdultsActNotTheImpact() {
        assertThat(impact("The nursery is worried that nobody collects Zac (3) on time. If this carries on, Zac could be left"
                + " with nobody to take him home.")).isEqualTo(CheckStatus.FAIL);
        assertThat(impact("The nursery is worried that nobody collects Zac (3) on time. If this carries on, Zac could be left"
                + " waiting in the dark and be badly hurt on the road.")).isEqualTo(CheckStatus.PASS);
    }
}
