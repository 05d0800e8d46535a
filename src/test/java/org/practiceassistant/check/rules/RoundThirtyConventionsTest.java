package org.practiceassistant.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceassistant.check.rules.CheckedDrafts.status;

import org.junit.jupiter.api.Test;
import org.practiceassistant.check.CheckStatus;
import org.practiceassistant.check.DraftKind;

/**
 * Round 30: every statement and goal convention of knowledge/check-conventions.md (the authority's auditors' reading of the
 * criteria in the cases they split on), with the borderline each names. Where Check already followed a convention, the test
 * pins it. Every sentence here is written for the test, not copied from any labelled set.
 */
class RoundThirtyConventionsTest {

    /* Who is worried: people or roles named; "there are concerns" names no one. */
    @Test
    void statementsNameWhoIsWorried() {
        assertThat(status(DraftKind.DANGER_STATEMENT,
                "Grandma Pat and the health visitor are worried that Mum left Ava (2) alone in the flat"
                + " for an hour on 3 May.",
                "who-is-worried")).isEqualTo(CheckStatus.PASS);
        assertThat(status(DraftKind.DANGER_STATEMENT,
                "I am worried that Dad shouted at Ava (2) and threw a cup at the wall next to her on"
                + " Sunday.",
                "who-is-worried")).isEqualTo(CheckStatus.PASS);
        assertThat(status(DraftKind.DANGER_STATEMENT,
                "There are concerns that Dad shouted at Ava (2) and threw a cup at the wall next to her"
                + " on Sunday.",
                "who-is-worried")).isEqualTo(CheckStatus.FAIL);
    }

    /* Specific behaviour: a list of labels or shorthand is not a behaviour, even with dates. */
    @Test
    void aListOfLabelsIsNoBehaviourEvenWithDates() {
        assertThat(status(DraftKind.DANGER_STATEMENT,
                "Domestic abuse, neglect, poor home conditions.",
                "specific-behaviour")).isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.WORRY_STATEMENT,
                "Worries: Dad's drinking, missed appointments, rent arrears and Mum's low mood.",
                "specific-behaviour")).isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.DANGER_STATEMENT,
                "Neglect (March, June), substance misuse, poor school attendance.",
                "specific-behaviour")).isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.DANGER_STATEMENT,
                "The school is worried that Dad hit Kian (8) with a belt twice in March and left marks"
                + " on his legs.",
                "specific-behaviour")).isEqualTo(CheckStatus.PASS);
    }

    /* Impact: what the child could come to counts when said of this child in everyday words; of children in general it does not. */
    @Test
    void harmToComeSaidOfThisChildIsImpact() {
        assertThat(status(DraftKind.DANGER_STATEMENT,
                "The social worker is worried that Dad drinks until he falls asleep most nights, and"
                + " Rosie (4) could be badly hurt if she wanders out of the flat.",
                "impact-on-child")).isEqualTo(CheckStatus.PASS);
        assertThat(status(DraftKind.DANGER_STATEMENT,
                "The school is worried that Mum shouts at Theo (6) every morning and Theo cries and"
                + " hides under his desk when she collects him.",
                "impact-on-child")).isEqualTo(CheckStatus.PASS);
        assertThat(status(DraftKind.DANGER_STATEMENT,
                "The social worker is worried that Dad drinks until he falls asleep most nights."
                + " Children who live with this can be harmed.",
                "impact-on-child")).isEqualTo(CheckStatus.FAIL);
    }

    /* The future: "at risk of significant harm" or "outcomes will not improve" alone name no harm. */
    @Test
    void aFutureOfOutcomesOrRiskNamesNoHarm() {
        assertThat(status(DraftKind.DANGER_STATEMENT,
                "The school is worried that Mum hit Kai (9) across the face in May. Kai's outcomes will"
                + " not improve.",
                "future-if-nothing-changes")).isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.DANGER_STATEMENT,
                "The school is worried that Mum hit Kai (9) across the face in May. If this continues"
                + " his needs will not be met.",
                "future-if-nothing-changes")).isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.DANGER_STATEMENT,
                "The school is worried that Mum hit Kai (9) across the face in May. If nothing changes"
                + " Kai is at risk of significant harm.",
                "future-if-nothing-changes")).isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.DANGER_STATEMENT,
                "The school is worried that Mum hit Kai (9) across the face in May. If nothing changes"
                + " Kai could be badly hurt or too scared to go home.",
                "future-if-nothing-changes")).isEqualTo(CheckStatus.PASS);
    }

    /* Jargon: services' letters fail unless spelt out in the same text; professional labels fail even in full. */
    @Test
    void servicesLettersAndLabelsAreJargonUnlessSpeltOut() {
        assertThat(status(DraftKind.DANGER_STATEMENT,
                "The school is worried that Tom (7) disclosed that his dad hits him with a slipper.",
                "jargon-free")).isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.DANGER_STATEMENT,
                "The nursery is worried that Mum presents with low mood and Leo (2) is often in the same"
                + " nappy all day.",
                "jargon-free")).isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.DANGER_STATEMENT,
                "The school is worried about domestic abuse at home, because Tom (7) came in crying on"
                + " Monday.",
                "jargon-free")).isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.DANGER_STATEMENT,
                "The CMHT and the school are worried that Mum stays in bed all day and Tom (7) misses"
                + " school.",
                "jargon-free")).isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.DANGER_STATEMENT,
                "The community mental health team (CMHT) and the school are worried that Mum stays in"
                + " bed all day and Tom (7) misses school.",
                "jargon-free")).isEqualTo(CheckStatus.PASS);
        assertThat(status(DraftKind.SAFETY_GOAL,
                "Mum will engage with the alcohol team every week until Christmas and Gran will have Tom"
                + " (7) after school.",
                "jargon-free")).isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.DANGER_STATEMENT,
                "The school is worried that Tom (7) told his teacher that his dad hits him with a"
                + " slipper.",
                "jargon-free")).isEqualTo(CheckStatus.PASS);
    }

    /* One worry: a different adult doing something different, added with "also" in a later sentence, is a second worry; more of the same harm is not. */
    @Test
    void aDifferentAdultAddedWithAlsoIsASecondWorry() {
        assertThat(status(DraftKind.DANGER_STATEMENT,
                "The school is worried that Dad hit Milo (6) with a belt in May and left marks on his"
                + " legs. Mum has also been leaving Milo alone in the flat at night.",
                "one-worry-per-statement")).isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.WORRY_STATEMENT,
                "The nursery is worried that Mum smacks Isla (3) when she cries. Her partner Jay has"
                + " also been shouting at Isla's brother. If nothing changes Isla could be hurt.",
                "one-worry-per-statement")).isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.DANGER_STATEMENT,
                "The school is worried that Dad hit Milo (6) with a belt in May and left marks on his"
                + " legs. He has also hit Milo with his hand since.",
                "one-worry-per-statement")).isEqualTo(CheckStatus.PASS);
        assertThat(status(DraftKind.DANGER_STATEMENT,
                "The school is worried that Dad hit Milo (6) with a belt in May. Milo has also come in"
                + " with a bruise on his cheek. If nothing changes Milo could be badly hurt.",
                "one-worry-per-statement")).isEqualTo(CheckStatus.PASS);
    }

    /* Readability: services' shorthand ("re", "x3", "&", "+ve") and notes without verbs ("Ongoing.") fail. */
    @Test
    void servicesShorthandAndFileNotesAreNotReadable() {
        assertThat(status(DraftKind.DANGER_STATEMENT,
                "The school and the social worker are worried re Dad's drinking, since Jake (8) has come"
                + " in hungry most days.",
                "readability")).isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.DANGER_STATEMENT,
                "The police have been called to the house x3 since May because Dad hit Mum in front of"
                + " Jake (8).",
                "readability")).isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.DANGER_STATEMENT,
                "Gran & the school are worried that Mum leaves Jake (8) alone in the house after school.",
                "readability")).isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.DANGER_STATEMENT,
                "The midwife is worried that Mum tested +ve for cocaine when Lily was born and Lily had"
                + " to stay in hospital.",
                "readability")).isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.SAFETY_GOAL,
                "Mum will walk Jake to school every morning and Gran will pick him up until the summer"
                + " holidays. Ongoing.",
                "readability")).isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.SAFETY_GOAL,
                "Dad will cook tea for the children every night until Christmas. Timescale: ongoing.",
                "readability")).isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.DANGER_STATEMENT,
                "The school is worried that Dad has hit Jake (8) three times since May, about his"
                + " drinking, and Jake came in with a red mark on 2 June.",
                "readability")).isEqualTo(CheckStatus.PASS);
        assertThat(status(DraftKind.SAFETY_GOAL,
                "Mum will walk Jake to school every morning and Gran will pick him up. This will carry"
                + " on until the summer holidays.",
                "readability")).isEqualTo(CheckStatus.PASS);
        assertThat(status(DraftKind.SAFETY_GOAL,
                "Mum and Dad will take Jake to the dentist on 3 March, and Jake will brush his teeth"
                + " every night until Easter.",
                "readability")).isEqualTo(CheckStatus.PASS);
    }

    /* Who will act: an adult in the family or network, by name or relationship; not professionals, not the child alone, not a child who will only have things. */
    @Test
    void anAdultInTheFamilyActsNotProfessionalsOrTheChildAlone() {
        assertThat(status(DraftKind.SAFETY_GOAL,
                "His uncle Dev will walk Leo to school every morning until Easter.",
                "who-will-act")).isEqualTo(CheckStatus.PASS);
        assertThat(status(DraftKind.SAFETY_GOAL,
                "Sam's foster carers will know where Sam is every evening until the end of the school"
                + " year.",
                "who-will-act")).isEqualTo(CheckStatus.PASS);
        assertThat(status(DraftKind.SAFETY_GOAL,
                "Leo will be taken to school by his uncle Dev every day until Easter.",
                "who-will-act")).isEqualTo(CheckStatus.PASS);
        assertThat(status(DraftKind.SAFETY_GOAL,
                "The social worker and the health visitor will visit Leo every week until Easter.",
                "who-will-act")).isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.SAFETY_GOAL,
                "Leo will be seen by the health visitor every week until Easter.",
                "who-will-act")).isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.SAFETY_GOAL,
                "Kai (17) will cook a meal for himself every day until his birthday in August.",
                "who-will-act")).isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.WELLBEING_GOAL,
                "Leo will have a bath every night and clean clothes every morning until Christmas.",
                "who-will-act")).isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.SAFETY_GOAL,
                "Ruby will have her tea at the table and a clean bed every night until the summer"
                + " holidays.",
                "who-will-act")).isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.SAFETY_GOAL,
                "Pat will have Ruby for tea every Friday until the summer holidays.",
                "who-will-act")).isEqualTo(CheckStatus.PASS);
    }

    /* Seen doing: an action others see, or what a child is seen to have every day; not attending or engaging, not only stopping, not professionals visiting. */
    @Test
    void seenDoingCountsServicesAndStoppingDoNot() {
        assertThat(status(DraftKind.SAFETY_GOAL,
                "Mum will check the cupboards for food every Sunday until the summer holidays.",
                "observable-behaviour")).isEqualTo(CheckStatus.PASS);
        assertThat(status(DraftKind.SAFETY_GOAL,
                "Ruby will have a packed lunch and clean clothes every day until the summer holidays.",
                "observable-behaviour")).isEqualTo(CheckStatus.PASS);
        assertThat(status(DraftKind.SAFETY_GOAL,
                "Mum will engage with the parenting course until the summer holidays.",
                "observable-behaviour")).isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.SAFETY_GOAL,
                "Dad will not drink when he has the children until the end of June.",
                "observable-behaviour")).isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.SAFETY_GOAL,
                "The health visitor will visit every week to check on Ruby until the summer holidays.",
                "observable-behaviour")).isEqualTo(CheckStatus.FAIL);
    }

    /* Child outcome: "keep the children safe" alone does not say what life will be like. */
    @Test
    void keepingTheChildrenSafeAloneSaysNotWhatLifeWillBeLike() {
        assertThat(status(DraftKind.SAFETY_GOAL,
                "Mum and Dad will keep the children safe until the end of June.",
                "child-outcome")).isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.SAFETY_GOAL,
                "Grandma Sue will keep Poppy safe every weekend until Easter.",
                "child-outcome")).isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.SAFETY_GOAL,
                "Grandma Sue will have Poppy every weekend until Easter, so Poppy sleeps in her own bed"
                + " and feels safe at home.",
                "child-outcome")).isEqualTo(CheckStatus.PASS);
        assertThat(status(DraftKind.SUCCESS_GOAL,
                "Mum will cook a hot meal every night until July, so Ryan will be back up to a healthy"
                + " weight.",
                "child-outcome")).isEqualTo(CheckStatus.PASS);
    }

    /* Timescale: a date, event or duration; "until the case closes", "until it can be stepped down", "as needed" are none. */
    @Test
    void timescalesAreDatesEventsAndDurationsNotTheCasesCourse() {
        assertThat(status(DraftKind.SAFETY_GOAL,
                "Mum will walk Leo to school every day between now and the half term.",
                "timescale")).isEqualTo(CheckStatus.PASS);
        assertThat(status(DraftKind.SAFETY_GOAL,
                "Mum will walk Leo to school every day for the rest of this school year.",
                "timescale")).isEqualTo(CheckStatus.PASS);
        assertThat(status(DraftKind.SAFETY_GOAL,
                "Mum will walk Leo to school every day until the case closes.",
                "timescale")).isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.SAFETY_GOAL,
                "Mum will walk Leo to school every day until it can be stepped down.",
                "timescale")).isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.SAFETY_GOAL,
                "Mum will walk Leo to school every day as needed.",
                "timescale")).isEqualTo(CheckStatus.FAIL);
    }

    /* Says what will happen: "Mum to engage with" or "to continue to" says it; only what will stop does not. */
    @Test
    void servicesToEngageSaysWhatWillHappenOnlyStoppingDoesNot() {
        assertThat(status(DraftKind.SAFETY_GOAL,
                "Mum to engage with the community mental health team.",
                "says-what-will-happen")).isEqualTo(CheckStatus.PASS);
        assertThat(status(DraftKind.SAFETY_GOAL,
                "Dad to continue to go to the alcohol group on Tuesdays.",
                "says-what-will-happen")).isEqualTo(CheckStatus.PASS);
        assertThat(status(DraftKind.SAFETY_GOAL,
                "Dad will stop drinking.",
                "says-what-will-happen")).isEqualTo(CheckStatus.FAIL);
    }

    /* Where a criterion fails on a case the conventions settle, its advice (what the card shows) says the convention plainly. */
    @Test
    void adviceSaysTheConventionInPlainWords() {
        assertThat(CheckedDrafts.check(DraftKind.SAFETY_GOAL, "Kai (17) will cook a meal for himself every day until August.")
                .get("who-will-act").advice()).contains("which adults will stand with them");
        assertThat(CheckedDrafts.check(DraftKind.SAFETY_GOAL, "Dad will not drink when he has the children until the end of June.")
                .get("observable-behaviour").advice()).contains("only stopping something");
        assertThat(CheckedDrafts.check(DraftKind.SAFETY_GOAL, "Mum will walk Leo to school every day until the case closes.")
                .get("timescale").advice()).contains("until the case closes");
        assertThat(CheckedDrafts.check(DraftKind.DANGER_STATEMENT, "The school is worried that Mum hit Kai (9) across the face in May."
                + " Kai's outcomes will not improve.").get("future-if-nothing-changes").advice()).contains("outcomes will not improve");
        assertThat(CheckedDrafts.check(DraftKind.DANGER_STATEMENT, "Gran & the school are worried that Mum leaves Jake (8) alone in"
                + " the house after school.").get("readability").advice()).contains("\"and\" for \"&\"").doesNotContain("**", "`");
    }
}
