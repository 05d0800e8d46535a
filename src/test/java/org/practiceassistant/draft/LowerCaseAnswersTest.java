package org.practiceassistant.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Answers in the shapes the third blind persona set showed newly qualified workers typing (issue 12, seventh round),
 * written here in words of our own: how worried someone is said inside who is worried, a fear with no "will", a scale's
 * ends said with the number only, a question that opens "what do you mean", and everything typed in lower case, which
 * the coach composes with capitals where sentences and names start.
 */
class LowerCaseAnswersTest {

    private final StatementComposer composer = new StatementComposer();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "nursery, the gp, me, and dad is a bit worried. if nothing changes tia will be hurt again|nursery, the gp, me, and dad|if nothing changes tia will be hurt again",
            "the school and nan are really concerned: tia could get hurt|the school and nan|tia could get hurt",
            "school, me and tia is worried. if dad keeps drinking tia will be scared|school, me and tia|if dad keeps drinking tia will be scared"})
    void howWorriedTheyAreAndAStopAfterWorriedStillSayWhoAndTheFear(String said, String who, String fear) {
        var worry = AnswerParsers.worry(said).orElseThrow();
        assertThat(worry.who()).isEqualTo(who);
        assertThat(worry.fear()).isEqualTo(fear);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "me, gran, the college. shes 17 soon with nothing to go to and more likely to go back to him|me, gran, the college",
            "the gp, nan, foster carers a little. tia is at risk of going missing again|the gp, nan, foster carers"})
    void aListThenAFearSaidAsLikelyOrAtRiskIsWhoIsWorried(String said, String who) {
        assertThat(AnswerParsers.worry(said).orElseThrow().who()).isEqualTo(who);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "me and the gp r worried sam will be hurt|me and the gp|are|sam will be hurt",
            "nursery/police/me - sam could get hurt when mum drinks|nursery, police, me|are|sam could get hurt when mum drinks",
            "nursery & me. the worry is that sam will be hurt again|nursery & me|are|sam will be hurt again",
            "police and me. that sam gets hurt again when mum drinks|police and I|are|sam gets hurt again when mum drinks",
            "nursery, me. sam getting hurt again|nursery, me|are|sam getting hurt again"})
    void listsTypedInAHurryAndAFearWithoutWillAreWhoIsWorried(String said, String who, String verb, String fear) {
        var worry = AnswerParsers.worry(said).orElseThrow();
        assertThat(worry.who()).isEqualTo(who);
        assertThat(worry.verb()).isEqualTo(verb);
        assertThat(worry.fear()).isEqualTo(fear);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Nursery and me. Sam likes drawing.", "Mum hit Sam. He was crying."})
    void aListThenNoFearIsStillNotWhoIsWorried(String said) {
        assertThat(AnswerParsers.worry(said)).isEmpty();
    }

    @Test
    void aScaleWithTheNumbersAndNoEqualsSignHasBothEnds() {
        var scale = AnswerParsers.scale("0 tia is hurt and nobody steps in, 10 dad and nan have it so tia is safe").orElseThrow();
        assertThat(scale.zeroMeans()).isEqualTo("tia is hurt and nobody steps in");
        assertThat(scale.tenMeans()).isEqualTo("dad and nan have it so tia is safe");
        assertThat(AnswerParsers.scale("scale of 0 to 10")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0 - sam is hurt / 10 - sam is safe", "1 = sam is hurt 10 = sam is safe",
            "0 -> sam is hurt, 10 -> sam is safe", "0 = sam is hurt and 10 = sam is safe"})
    void aScaleTypedWithSlashesArrowsOrFromOneHasBothEndsWithoutTheMarks(String said) {
        var scale = AnswerParsers.scale(said).orElseThrow();
        assertThat(scale.zeroMeans()).isEqualTo("sam is hurt");
        assertThat(scale.tenMeans()).isEqualTo("sam is safe");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"what do you mean the baby isnt here yet|true", "wdym who else|true",
            "i dont understand what goes here|true", "What they will do is ring nan|false"})
    void aQuestionOpeningWhatDoYouMeanIsHelpNotAnAnswer(String said, boolean help) {
        assertThat(new CoachIntentParser().parse(said)).isEqualTo(help ? new CoachInput.Command(CoachCommand.HELP)
                : new CoachInput.Answer(said));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Nan to ring at 9. mum texts her every night.|Nan to ring at 9. Mum texts her every night.",
            "She said 'i am fine'. 'no one' was there.|She said 'I am fine'. 'No one' was there.",
            "Go with e.g. nan or mrs. khan. 2021 was the last time.|Go with e.g. nan or mrs. khan. 2021 was the last time.",
            "She fell. (nobody saw it)|She fell. (nobody saw it)"})
    void sentencesStartWithACapitalAndIIsWrittenI(String text, String written) {
        assertThat(Sentences.capitalisedStarts(text)).isEqualTo(written);
    }

    @Test
    void theNetworkAnswerNamesPeopleByRelationByOwnerAndOnTheirOwn() {
        JargonSpotter none = text -> java.util.Optional.empty();
        assertThat(ProperNames.inNetwork("nan rose in the village, kerrys friend from toddlers, upstairs neighbour,"
                + " foster carers pat and dave (phone and contact), young carers service, jo, school, gp", none))
                .containsExactlyInAnyOrder("rose", "kerry", "pat", "dave", "jo");
    }

    @Test
    void aNameThatIsAnEverydayWordIsLeftAsTyped() {
        assertThat(ProperNames.capitalised("mum will ring nan and will is fine", List.of("Will", "nan")))
                .isEqualTo("mum will ring Nan and will is fine");
    }

    @Test
    void knownNamesAreCapitalisedButNotAfterAnArticle() {
        assertThat(ProperNames.capitalised("jo and ash see Tia. the ash on the floor. jos car, ash's phone",
                List.of("jo", "ash"))).isEqualTo("Jo and Ash see Tia. the ash on the floor. Jos car, Ash's phone");
    }

    @Test
    void aStatementWrittenFromLowerCaseAnswersStartsItsSentencesAndNamesWithCapitals() {
        var answers = WorryAnswers.empty().withAnswer(Step.HARM, "dad hit tia on 2 may. nan saw the bruise")
                .withWorry("school, nan, me", "is", "he could get hurt again");
        String statement = composer.statement(answers, new StatementComposer.Named(List.of("Tia"), List.of("Tia")));
        assertThat(statement).isEqualTo("School, nan and I are worried that if nothing changes, Tia could get hurt again."
                + " This is because dad hit Tia on 2 may. Nan saw the bruise.");
    }

    @Test
    void aFearAboutHimOrHerKeepsThePronounWhenThereAreSeveralChildren() {
        assertThat(StatementComposer.aboutTheChild("she could get hurt", List.of("Tia", "Sam"))).isEqualTo("she could get hurt");
        assertThat(StatementComposer.aboutTheChild("she could get hurt", List.of("Tia"))).isEqualTo("Tia could get hurt");
    }

    @Test
    void aLongSentenceSplitBeforeAChildWithAVerbKeepsTheChildAsItsSubject() {
        String long1 = "The school and I are worried that if nothing changes, without a break mum will be so tired she"
                + " cannot keep Tia safe at night and Tia could get out again and be hit by a car or fall on the stairs when nobody"
                + " is awake to see, and sam will keep missing school and losing his own time with friends.";
        assertThat(Sentences.shortened(long1)).contains(" Sam will keep missing school").doesNotContain("could sam");
    }

    @Test
    void aWorryAboutAllTheKidsIsAboutEveryChild() {
        var state = MappingState.begin(Instant.EPOCH).with(c -> c.children = List.of(new Child("Tia", 4),
                new Child("Sam", 7), new Child("Ava", 1)));
        var worry = WorryAnswers.empty().withAnswer(Step.HARM, "Ava had nappy rash on 3 May")
                .withWorry("I", "am", "Ava will be sore and all 3 kids will go hungry");
        assertThat(state.childNamesFor(worry)).isEqualTo("Tia, Sam and Ava");
        var onlyAva = WorryAnswers.empty().withAnswer(Step.HARM, "Ava had nappy rash on 3 May").withWorry("I", "am", "Ava will be sore");
        assertThat(state.childNamesFor(onlyAva)).isEqualTo("Ava");
        assertThat(state.childrenFor(WorryAnswers.empty().withAnswer(Step.HARM, "Ava had nappy rash on 3 May")))
                .extracting(Child::firstName).containsExactly("Ava");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"next 6 wks then review|carry on for the next 6 weeks then review",
            "3 mths|carry on for 3 months", "by the review in 2 wks|be in place by the review in 2 weeks",
            "weekly wks|happen weekly wks", "till xmas|carry on until Christmas"})
    void unitsOfTimeAreWrittenInFull(String answer, String said) {
        assertThat(StatementComposer.timescale(answer)).isEqualTo(said);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"same|for the next 3 months", "same as above - 3 months|for the next 3 months",
            "Same as before, and then we review it again with nan at the meeting|for the next 3 months. And then we review it"
                    + " again with nan at the meeting", "samedi|samedi", "3 months|3 months"})
    void sameAtALaterWorryIsTheAnswerGivenForTheWorryBefore(String said, String kept) {
        var first = WorryAnswers.empty().withAnswer(Step.TIMESCALE, "for the next 3 months");
        var state = MappingState.begin(Instant.EPOCH).with(c -> {
            c.serviceArea = ServiceArea.CHILD_PROTECTION;
            c.vocabulary = CoachFixtures.SAFETY;
            c.worries = List.of(first, WorryAnswers.empty());
            c.worry = 1;
            c.step = Step.TIMESCALE;
        });
        assertThat(SameAsBefore.answerFor(state, said).orElse(said)).isEqualTo(kept);
        assertThat(SameAsBefore.answerFor(state.with(c -> c.worry = 0), "same")).isEmpty();
    }

    @Test
    void aJargonLabelBeforeADashIsLeftOffWhatHappenedWhenWhatFollowsSaysIt() {
        var composer = new StatementComposer(RealChecker.spotter());
        assertThat(composer.withoutLeadingLabel("DV - police were called on 3 May when dad pushed mum into the door"))
                .isEqualTo("police were called on 3 May when dad pushed mum into the door");
        assertThat(composer.withoutLeadingLabel("DV - see the police log")).isEqualTo("DV - see the police log");
        assertThat(composer.withoutLeadingLabel("On 3 May - a Sunday - dad pushed mum into the kitchen door twice"))
                .startsWith("On 3 May - a Sunday");
        assertThat(StatementComposer.aboutTheChild("shes 16 soon with nowhere to go", List.of("Tia")))
                .isEqualTo("Tia is 16 soon with nowhere to go");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Gran Rose in the next street, school, Tia's friend's mum Jen (after school)|Gran Rose and Tia's friend's mum Jen|the school",
            "Nan, uncle Lee who drives, the health visitor and Sara|Nan, uncle Lee and Sara|the health visitor",
            "Kim and the family support team, Dee at nursery|Kim|the family support team and Dee at nursery",
            "Kim, the children's nan (Kim's mum) Pat, the school|Kim and the children's nan Pat|the school",
            "Mum and Dad, Nan|Mum and Dad, Nan|",
            "school, gp|school, gp|",
            // The worker beside the family is support, said last (thirteenth round).
            "me, nan, the school|nan|the school and me"})
    void theFamilyAreWhoWillActAndProfessionalsSupportThem(String network, String family, String support) {
        var split = FamilyAndSupport.of(network);
        assertThat(split.family()).isEqualTo(family);
        assertThat(split.support()).isEqualTo(support == null ? "" : support);
    }

    @Test
    void aGoalNamesTheFamilyFirstAndTheProfessionalsAsSupport() {
        var answers = WorryAnswers.empty().withAnswer(Step.NETWORK, "school, nan jean who lives next door, aunt bev")
                .withAnswer(Step.DOING, "nan jean collects tia every day")
                .withAnswer(Step.CHILD_EXPERIENCE, "tia is picked up on time")
                .withAnswer(Step.TIMESCALE, "for 3 months").withAnswer(Step.HOW_KNOWN, "school tell me");
        String goal = composer.goal(answers, CoachFixtures.SAFETY, "Tia",
                new StatementComposer.Named(List.of("Tia"), List.of("Tia", "jean", "bev")));
        assertThat(goal).startsWith("Nan Jean and aunt Bev will work together so that Tia is safe, with support from the"
                + " school. Nan Jean will collect Tia every day."); // what they do, said as what they will do
    }

    @Test
    void aSkipWithItsReasonSkipsAndAPlanNamedInADisabilitiesServiceIsThatServicesRow() {
        assertThat(ServiceArea.changeFrom(ServiceArea.DISABILITIES_CHILD_IN_NEED, "skip its cin not cp")).isEmpty();
        assertThat(ServiceArea.changeFrom(ServiceArea.DISABILITIES_CHILD_IN_NEED, "sorry its cin")).isEmpty();
        assertThat(ServiceArea.changeFrom(ServiceArea.DISABILITIES_CHILD_IN_NEED, "actually its cp"))
                .contains(ServiceArea.DISABILITIES_CHILD_PROTECTION);
        assertThat(ServiceArea.changeFrom(ServiceArea.CHILD_PROTECTION, "actually its early help")).contains(ServiceArea.EARLY_HELP);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"PA team|LEAVING_CARE", "TAF|EARLY_HELP", "family help|EARLY_HELP",
            "c in n|CHILD_IN_NEED", "exploitation team|FOURTEEN_PLUS"})
    void servicesByTheNamesTeamsUse(String said, ServiceArea area) {
        assertThat(ServiceArea.parse(said)).contains(area);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"before the last hearing in march|true", "by end of year 11 then next sept|true",
            "6 wks then review|true", "by the 20th|true", "until 3/4|true", "ongoing|false", "when things get better|false",
            "it may take a while|false", "every week|false"})
    void aTimescaleThatNamesAMonthADateOrALengthOfTimeIsKept(String said, boolean time) {
        assertThat(Timescales.namesATime(said)).isEqualTo(time);
    }

    @Test
    void aFearAboutHimOrHerIsAboutTheOneChild() {
        List<Child> one = List.of(new Child("Tia", 9));
        assertThat(AnswerParsers.aboutTheOneChild("if nothing changes, she could get hurt", one)).isTrue();
        assertThat(AnswerParsers.aboutTheOneChild("hes going to fall behind", one)).isTrue();
        assertThat(AnswerParsers.aboutTheOneChild("she could get hurt", List.of(new Child("Tia", 9), new Child("Sam", 4)))).isFalse();
        assertThat(AnswerParsers.aboutTheOneChild("dad will hit mum", one)).isFalse();
    }

    @Test
    void aNameForTheFearBeforeItsOwnIfIsLeftOffAndMeInBracketsIsI() {
        assertThat(StatementComposer.withoutLabelBeforeIf("risk of the placement ending - if nothing changes Kai will move"))
                .isEqualTo("if nothing changes Kai will move");
        assertThat(StatementComposer.withoutLabelBeforeIf("Kai will move - if nothing changes")).isEqualTo("Kai will move - if nothing changes");
        assertThat(StatementComposer.asSubject("carers, me (ssw) and school")).isEqualTo("carers, I (ssw) and school");
    }

    @Test
    void aParentsNameIsReadAfterMumOrDadButNotAVerb() {
        JargonSpotter none = text -> java.util.Optional.empty();
        assertThat(ProperNames.afterParent("mum kerry low mood since may. dad works nights, dad steve says he is fine."
                + " mum gave it to nan. dad hit him. mum mostly agrees, dad's car, dad hit mum three times. dad hurt mum,"
                + " boyfriend smacked her", none))
                .containsExactly("kerry", "steve");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"edit please|EDIT", "i want to rewrite it|EDIT", "rework the timescale|REWORK",
            "change who is worried|REWORK", "i'll accept that|ACCEPT", "im happy with it|ACCEPT", "lets go with that|ACCEPT",
            "done|ACCEPT"})
    void aReviewReplyInEverydayWords(String said, CoachIntentParser.ReviewChoice choice) {
        assertThat(new CoachIntentParser().reviewChoice(said)).contains(choice);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2nd worry is school|true", "there is also the drinking|true", "nope thats it|false"})
    void anotherWorrySaidByWhatItIs(String said, boolean another) {
        assertThat(new CoachIntentParser().anotherWorry(said)).contains(another);
    }

    @Test
    void aLongReplyAtAReviewThatSaysNothingOfAStatementIsAskedAboutNotKeptAsTheWording() {
        var c = new CoachFixtures.Conversation(CoachFixtures.coach()).start().say(CoachFixtures.CP_TO_REVIEW);
        assertThat(c.current().step()).isEqualTo(Step.REVIEW_STATEMENT);
        c.say("yeah thats lovely thanks very much");
        assertThat(c.current().currentWorry().ownStatement()).isNull();
    }
}
