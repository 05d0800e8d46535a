package org.practiceassistant.check.entry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CheckRequestTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "can u check my plan pls | plan",
            "Could you look over this safety goal please? | safety goal",
            "pls check my danger statement before it goes to my manager | danger statement",
            "check my CP plan | plan",
            "hi can you have a look at my draft | ''",
            "would you review my child’s plan for me | plan",
            "please go over my goals thanks | goal",
            "can you check my plan has everything it needs for conference | plan",
            "need my plan checking before core group at 2 😅 | plan",
            "can u check this for me | ''",
            "hiya could you have a look at this pls | ''",
            "can you give my danger statements a once over before conference | danger statement"})
    void aRequestInEverydayWordsOpensCheckWithTheKindAskedFor(String message, String kind) {
        assertThat(CheckRequest.startingInput(message)).contains(kind);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "could u chekc my safety goal before supervision | safety goal",
            "can you cjeck my wellbeing goal | wellbeing goal",
            "can you have a loook over my plan for tomorrow | plan",
            "pls could you auudit my plan before panel | plan",
            "can i get some feedack on my plan | plan"})
    void aRequestWordTypedWithAnySlipIsReadWhenWhatWasTypedIsNoEnglishWord(String message, String kind) {
        assertThat(CheckRequest.startingInput(message)).contains(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"TM says my goal is too vague, can you rewrite it? 'Mum will keep the children safe at all times.'",
            "pls reword this so dad understands it: 'Concerns re DA and parental MH impacting on the children'",
            "need to redo my danger statement from scratch, the chair said it was jargon. dad drinks and the kids are 3 and 6"})
    void workToBeWrittenAgainIsNotForCheckWhateverIsPastedOrDoubted(String message) {
        assertThat(CheckRequest.startingInput(message)).isEmpty();
    }

    @Test
    void theWorkWrittenAgainNamedAsAThingIsStillChecked() {
        assertThat(CheckRequest.startingInput("can you check my rewrite? 'Mum will make sure Kai is collected by a sober adult'"))
                .isPresent();
        assertThat(CheckRequest.startingInput("can you tell me if my plan is up to scratch")).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Dad wil make sure the children are in bed by 8 and will not drink when he has them",
            "nursery are woorried that Kacey (2) will go hungry if mum keeps missing the food bank",
            "ris of emotional harm to the children due to exposure to parental conflict and DV"})
    void aBarePasteWhoseSignWordIsSlippedIsStillADraft(String message) {
        assertThat(CheckRequest.startingInput(message)).contains(message);
    }

    @Test
    void aGoalRunOnInSentencesAfterWhatTheWorkerSaysOfItIsChecked() {
        String runOn = "so this is what we came up with at the network meeting. Gran will have the boys every Friday night. Dad will"
                + " text Gran before he visits. This will carry on until the review in May.";
        assertThat(CheckRequest.startingInput(runOn)).contains(runOn);
        assertThat(CheckRequest.startingInput("Mum will be moving to a refuge next week. Dad will keep the flat. how do we do the"
                + " transfer to the new area")).as("a question after what someone will do").isEmpty();
        assertThat(CheckRequest.startingInput("help me write the goal. Gran will have the boys on Fridays. Dad will text her first."))
                .as("asked to write it").isEmpty();
        assertThat(DraftSignSpelling.readThrough("Mum wll attend, the wall is damp")).isEqualTo("Mum will attend, the wall is damp");
    }

    @ParameterizedTest
    @ValueSource(strings = {"whst does the auditor check in a plan", "wha has to be in a care plan for audit",
            "whhat should a plan include for a good audit", "shuold the IRO check the plan before review",
            "can you chess my plan"})
    void aQuestionWhoseOpeningIsSlippedStaysAQuestionAndAnEnglishWordMeansWhatItSays(String message) {
        assertThat(CheckRequest.startingInput(message)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"how do i check my plan has a contingency", "what does a manager check in a plan",
            "can you tell me when the plan review is", "feedback from children on their plan - is there a form", "check in visits for cla how often",
            "danger statement examples?", "danger statement: what is it", "what is a safety goal", "plan",
            "can you check if it is ok to visit without telling the family", "can i check this with my tm first?"})
    void questionsAboutCheckingStayQuestions(String message) {
        assertThat(CheckRequest.startingInput(message)).isEmpty();
    }

    @Test
    void aDraftPastedUnderItsLabelIsCheckedWhole() {
        String pasted = "Danger statement: Dad has hit Mum twice this month and Kai saw it. We are worried Kai will be hurt.";
        assertThat(CheckRequest.startingInput(pasted)).contains(pasted);
        String onItsOwnLine = "Worry statement\nSchool and I are worried that Amy has missed 20 days this term and is falling behind.";
        assertThat(CheckRequest.startingInput(onItsOwnLine)).contains(onItsOwnLine);
        assertThat(CheckRequest.startingInput("SG - Nan and Mum will make sure Kai is picked up by a sober adult every day"))
                .as("a short label spelled out").contains("Safety goal: Nan and Mum will make sure Kai is picked up by a sober adult every day");
        assertThat(CheckRequest.startingInput("quick one: how long do i have to write up a strategy discussion")).isEmpty();
    }

    @Test
    void labelsAsWorkersWriteThemAndALeadInBeforeTheLabel() {
        String withEquals = "Danger statement (CP) = Dad has hit Mum twice this month and Kai saw it from the stairs.";
        assertThat(CheckRequest.startingInput(withEquals)).contains(withEquals);
        assertThat(CheckRequest.startingInput("WG for Amy: Amy will be at school every day this term, with Mum walking her in"))
                .contains("Wellbeing goal for Amy: Amy will be at school every day this term, with Mum walking her in");
        String leadIn = "does this read ok? Safety goal: Nan and Mum will make sure Kai is picked up by a sober adult every day";
        assertThat(CheckRequest.startingInput(leadIn)).contains("Safety goal: Nan and Mum will make sure Kai is picked up by a sober adult every day");
        assertThat(CheckRequest.startingInput("WS (CIN) = School and Nan are worried that Amy has missed 20 days this term"))
                .as("a short label with its qualifier in brackets, spelled out")
                .contains("Worry statement (CIN): School and Nan are worried that Amy has missed 20 days this term");
        assertThat(CheckRequest.startingInput("is it ok to put the safety goal first? Safety goal: what the plan must say"))
                .as("a question whose label holds no draft").isEmpty();
    }

    @Test
    void goalsAndWorriesPastedBareAsWorkersWriteThemAreChecked() {
        String goal = "Nan will collect Kai from school every day and stay with him until Mum gets home.";
        assertThat(CheckRequest.startingInput(goal)).contains(goal);
        String named = "Kelly and her sister will keep the baby away from Liam and ring the police if he turns up.";
        assertThat(CheckRequest.startingInput(named)).contains(named);
        String asLabel = "Concerns around neglect of the children's basic needs and Mum's drug use. Mum lacks insight.";
        assertThat(CheckRequest.startingInput(asLabel)).contains(asLabel);
        assertThat(CheckRequest.startingInput("mum will not let me in when i visit, what do i do")).isEmpty();
        assertThat(CheckRequest.startingInput("Mum will be at the ICPC, can she bring her friend?")).isEmpty();
        assertThat(CheckRequest.startingInput("I will visit weekly but the family keep cancelling on me lately")).isEmpty();
        assertThat(CheckRequest.startingInput("risk of harm threshold for a strategy discussion in the handbook")).isEmpty();
    }

    @Test
    void aStatementOrGoalPastedBareIsCheckedButACaseQuestionIsNot() {
        String statement = "Everyone is worried that Archie (13) will keep hurting himself and stop going to school because he is "
                + "bullied online and dad does not know how to help him.";
        assertThat(CheckRequest.startingInput(statement)).contains(statement);
        String question = "mum says she will make sure he goes to school but he isnt and we are worried about him, what do i do now";
        assertThat(CheckRequest.startingInput(question)).isEmpty();
    }

    @Test
    void aWholePlanPastedAloneIsCheckedButALongQuestionIsNot() {
        String plan = "Child and Family Plan\n" + "Danger statement: " + "word ".repeat(40) + "\n" + "Safety goal: " + "word ".repeat(40)
                + "\nBottom lines: " + "word ".repeat(20) + "\nScaling: 0 means ... 10 means ...\nNext steps: " + "word ".repeat(40)
                + "\nShared with Mum and Dad";
        assertThat(CheckRequest.startingInput(plan)).contains(plan);
        String longQuestion = "got a 15yo whos been missing 3 times this month, " + "and more context ".repeat(30) + "what do i do";
        assertThat(CheckRequest.startingInput(longQuestion)).isEmpty();
    }

    @Test
    void aDraftBesideARequestOrADoubtIsCheckedWithoutTheRequest() {
        String statement = "The school and Gran are worried that Mo's dad shouts at him and throws things when he has been drinking.";
        assertThat(CheckRequest.startingInput("can u look over my plan before review pls\n1. Gran will collect Mo every Friday\n"
                + "2. Dad will not drink when Mo stays")).contains("1. Gran will collect Mo every Friday\n2. Dad will not drink when Mo stays");
        assertThat(CheckRequest.startingInput("pls check - " + statement)).contains(statement);
        assertThat(CheckRequest.startingInput("would my manager sign this off? '" + statement + "'")).contains(statement);
        assertThat(CheckRequest.startingInput("is this too vague: Mo will be safe and happy at home with his dad"))
                .contains("Mo will be safe and happy at home with his dad");
        assertThat(CheckRequest.startingInput(statement + "\n\nok for conference??")).contains(statement);
        assertThat(CheckRequest.startingInput("hi, my TM wants my goals run through you before panel, can i paste them"))
                .contains("goal");
        assertThat(CheckRequest.startingInput("can i have some feedback on my wellbeing goal")).contains("wellbeing goal");
        assertThat(CheckRequest.startingInput("can u check this \"There are worries about drugs.\"")).contains("There are worries about drugs.");
        assertThat(CheckRequest.startingInput("pls check - Dad will go to his groups.")).contains("Dad will go to his groups.");
        assertThat(CheckRequest.startingInput("is this ok? Concerns about home conditions.")).contains("Concerns about home conditions.");
        assertThat(CheckRequest.startingInput("DS: Dad hits Leo when he drinks")).get().asString().startsWith("Danger statement");
        assertThat(CheckRequest.startingInput("DS: what goes in one")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"can we police check a neighbour before she helps with the safety plan?",
            "is this right - core groups meet every four weeks after the conference", "can I check my plan with my TM first?",
            "safety goals in the plan - do they need to have dates in them", "would this count as a bottom line? no overnight stays"})
    void aQuestionBesideSomethingThatLooksLikeARequestIsStillAQuestion(String message) {
        assertThat(CheckRequest.startingInput(message)).isEmpty();
    }

    @Test
    void hostileTextIsNotARequest() {
        // A request is matched only on short text; label and plan are read by counting, never by backtracking.
        assertThat(CheckRequest.startingInput("check my " + "plan ".repeat(20_000))).isEmpty();
        assertThat(CheckRequest.startingInput("Danger statement:" + "\n".repeat(50_000))).isEmpty();
    }

    @Test
    void aRequestLineWithADoubtInItThenThePasteIsChecked() {
        String plan = "What needs to happen:\n1. Dad to go to the alcohol service\n2. Nan to collect Leo from school\n3. SW to visit weekly";
        assertThat(CheckRequest.startingInput("reviewing before sign off - are the goals clear enough?\n\n" + plan)).contains(plan);
    }

    @Test
    void aLongRequestLineIsReadByItsFirstSentence() {
        String paste = "Harm: Leo was found alone at home twice in March.\nDanger: neglect\nSafety goal: Dad will keep Leo safe";
        assertThat(CheckRequest.startingInput("Could somebody check this against the audit before my team manager looks at it on"
                + " Friday. Safety plan for the Lee family\n\n" + paste)).contains(paste);
    }

    @Test
    void feedbackOnThisAsksForACheckOfThePaste() {
        String paste = "Worry statement: we are worried that Leo is left alone at home when Dad goes out drinking.";
        assertThat(CheckRequest.startingInput("any feedback on this? my first go\n\n" + paste)).get().asString().endsWith(paste);
    }

    @Test
    void aStatementLabelTypedShortIsSpelledOut() {
        assertThat(CheckRequest.startingInput("danger stmnt - we are worried Leo will be hurt when Dad drinks"))
                .contains("Danger statement: we are worried Leo will be hurt when Dad drinks");
    }

    @Test
    void aDoubtAfterAQuotationOrAsTheLastSentenceIsAboutTheDraft() {
        String statement = "Children's services are worried that Ellie (4) will be hurt when her parents fight in front of her";
        assertThat(CheckRequest.startingInput("quick check before panel: '" + statement + "' - clear enough?")).contains(statement);
        assertThat(CheckRequest.startingInput("Dad must not drive with the twins in the car after drinking. is that ok as a bottom line?"))
                .contains("Dad must not drive with the twins in the car after drinking.");
        assertThat(CheckRequest.startingInput("is it ok to call it 'neglect' in the letter to the family?")).isEmpty();
    }

    @Test
    void aDoubtNamedInTheLeadThenTheDraft() {
        String goal = "Ellie will be living with an adult who keeps her safe when her parents argue";
        assertThat(CheckRequest.startingInput("this is the wellbeing goal i came up with, is it ok? '" + goal + "'")).isPresent();
        assertThat(CheckRequest.startingInput("my manager thinks this goal is woolly, what do you think: \"" + goal + "\"")).isPresent();
        assertThat(CheckRequest.startingInput("done my worry statement for the Reids, could you see if it's clear enough? We are worried"
                + " that Tom will be left alone overnight")).isPresent();
        String scaling = "'Where 10 means everyone agrees Tom is safe at home and 0 means he has to live elsewhere, where would you put things?'";
        assertThat(CheckRequest.startingInput("is my scaling question alright? " + scaling)).isPresent();
    }

    @Test
    void actionLinesAndShortListedPlansAreChecked() {
        assertThat(CheckRequest.startingInput("does this work? Nan and Grandad to have the children every other weekend")).isPresent();
        assertThat(CheckRequest.startingInput("Mum to attend the freedom programme and tell school when Lee visits. HV to check weekly."))
                .isPresent();
        String list = "Next steps:\n- Nan to do the school run\n- Dad to start the alcohol group\n- Review at core group";
        assertThat(CheckRequest.startingInput(list)).contains(list);
        String table = "Action | Who | When\nWeekly visits | SW | ongoing\nAlcohol group | Dad | Monday\nSchool run | Nan | daily";
        assertThat(CheckRequest.startingInput(table)).contains(table);
    }

    @Test
    void aStatementBesideARequestForItsGoalIsForTheCoach() {
        assertThat(CheckRequest.startingInput("i need a wellbeing goal to go with this worry statement: We are worried that Sam (2) will"
                + " not get to his health appointments and his eczema will get worse because mum struggles to get out of the house."))
                .isEmpty();
    }

    @Test
    void aQuestionAboutAWholePlanOrAnActionStaysAQuestion() {
        assertThat(CheckRequest.startingInput("Next steps:\n- who chairs the core group\n- when is the review\n- is the plan due?")).isEmpty();
        assertThat(CheckRequest.startingInput("Dad to attend rehab - does the LA pay for it")).isEmpty();
        assertThat(CheckRequest.startingInput("mum has asked me to write to the housing officer for the family")).isEmpty();
        assertThat(CheckRequest.startingInput("dad wont come to the core group but wants his views heard")).isEmpty();
        assertThat(CheckRequest.startingInput("review of the assessment after the strategy meeting, how long for audit")).isEmpty();
    }

    @Test
    void aShortStatementOpeningOnWhoIsWorriedIsChecked() {
        assertThat(CheckRequest.startingInput("We are worried that Ruby (3) will be hurt when her dad drinks")).isPresent();
        assertThat(CheckRequest.startingInput("nursery are worried that Jo might go hungry if mum stays in bed")).isPresent();
        assertThat(CheckRequest.startingInput("we are worried that mum is drinking again, what should we do")).isEmpty();
        assertThat(CheckRequest.startingInput("we are worried about the new partner moving in")).isEmpty();
        assertThat(CheckRequest.startingInput("i'm worried mum will not engage with the plan, any tips")).isEmpty();
    }

    @Test
    void aRequestBeforeAClosingQuotationIsReadWholeWhateverMarksItHas() {
        assertThat(CheckRequest.startingInput("tm here - going through this before panel, does it meet the standard: 'Kai will be looked"
                + " after at home'")).contains("Kai will be looked after at home");
        assertThat(CheckRequest.startingInput("does this class as a worry statement or is it a fact? 'On Monday Jo (6) came to school"
                + " hungry and in dirty clothes'")).isPresent();
        assertThat(CheckRequest.startingInput("my TM said - 'always write the goal with the family', is that right?")).isEmpty();
    }

    @Test
    void aDoubtNamingTheKindTakesThePasteWithoutItsUsualWords() {
        assertThat(CheckRequest.startingInput("is this a worry statement or not?? - poor school attendance, missed appointments,"
                + " home conditions")).isPresent();
        assertThat(CheckRequest.startingInput("is this too long for a danger statement - The department is concerned regarding the"
                + " parenting capacity of the carers and their ability to meet needs")).isPresent();
    }

    @Test
    void rateOrTellMeIfAndAKindWithOkAskForACheck() {
        assertThat(CheckRequest.startingInput("rate my SG pls: Mum will keep the kids away from Lee for three months")).isPresent();
        assertThat(CheckRequest.startingInput("pasting my danger statements for core group, tell me if they're clear:\n1. We are"
                + " worried Jo will be hurt when dad drinks\n2. We are worried Max will miss school")).isPresent();
        assertThat(CheckRequest.startingInput("DS ok? dad hits the kids when drunk")).isPresent();
        assertThat(CheckRequest.startingInput("what rate do we pay foster carers - is it on the intranet")).isEmpty();
    }

    @Test
    void aDoubtAboutHowItReadsOrWhatIsWrongOrMissingBeforeThePaste() {
        assertThat(CheckRequest.startingInput("does this sound right? bit clunky\n\nThe school are worried that Amir (7) will go"
                + " hungry if mum stays in bed all day")).isPresent();
        assertThat(CheckRequest.startingInput("my goal got sent back by the IRO, whats wrong with it:\nDad will keep the kids safe"
                + " every weekend for the next 6 months")).isPresent();
        assertThat(CheckRequest.startingInput("whats wrong with my danger statement")).isEmpty();
        assertThat(CheckRequest.startingInput("what's wrong with using jargon in a plan")).isEmpty();
    }

    @Test
    void aPastedTableWhoseColumnsAreHeadedWithQuestionsIsStillThePaste() {
        assertThat(CheckRequest.startingInput("is the who and when right in this?\n\nWhat will happen? | Who? | When?\n"
                + "Take Mo to nursery | Dad | every weekday\nCall the SW weekly | Mum | until June")).isPresent();
        assertThat(CheckRequest.startingInput("is the who and when right in this?\n\nWho goes to the core group? Mum or dad?"))
                .isEmpty();
    }

    @Test
    void aLongRequestLineWithTheContextFirstIsReadByItsLastClause() {
        assertThat(CheckRequest.startingInput("conference is tomorrow first thing and my manager is on leave all week, could you look"
                + " over these?\nDS: We are worried that Kai (2) will be hurt when dad drinks.\nSG: Mum will keep Kai away from dad"
                + " every day until March.")).isPresent();
    }

    @Test
    void bareGoalsAndWorriesInOtherShapesAreChecked() {
        assertThat(CheckRequest.startingInput("Over the next 3 months, Grandma Pat and Aunt Sal will take turns to collect Mia from"
                + " school every day")).isPresent();
        assertThat(CheckRequest.startingInput("We want Noah to feel safe at home.")).isPresent();
        assertThat(CheckRequest.startingInput("Nursery concerned re: bruising seen on Eli's arm on 3/10. Risk of physical harm."))
                .isPresent();
        assertThat(CheckRequest.startingInput("By the end of term, what does the school need to do")).isEmpty();
        assertThat(CheckRequest.startingInput("We want to know how long a CIN plan lasts")).isEmpty();
        assertThat(CheckRequest.startingInput("School concerned about risk of CSE, what do we do")).isEmpty();
    }

    @Test
    void aShortPlanWrittenAsLabelledLinesIsChecked() {
        assertThat(CheckRequest.startingInput("Worry - mum's drinking\nGoal - mum sober when caring\nWho - mum, nan\nWhen - 3 months"))
                .isPresent();
        assertThat(CheckRequest.startingInput("Who: SW\nWhen: tomorrow\nWhat: visit")).as("three lines").isEmpty();
        assertThat(CheckRequest.startingInput("Worry - mum's drinking\nGoal - mum sober\nWho - mum\nWhen - does it need a date?"))
                .as("a question").isEmpty();
    }

    @Test
    void askingHowItLooksWhatWasMissedOrForHonestyBeforeThePaste() {
        assertThat(CheckRequest.startingInput("how's this looking?\nWe are worried that Ivy (1) will be left alone when mum"
                + " goes out drinking")).isPresent();
        assertThat(CheckRequest.startingInput("anything ive missed in this one?\nGrandad Tom will collect Ben from school every"
                + " day until July")).isPresent();
        assertThat(CheckRequest.startingInput("what do u make of this goal: Dad will keep Ruby away from his brother every"
                + " weekend")).isPresent();
        assertThat(CheckRequest.startingInput("my first go at a worry statement, be honest:\nWe are worried that Sam will stop"
                + " going to school")).isPresent();
        assertThat(CheckRequest.startingInput("how's this going to work with a family who won't engage")).isEmpty();
    }

    @Test
    void aQuotationAfterContextWithADoubtAfterItALongRequestAndAQuickLookAreChecked() {
        assertThat(CheckRequest.startingInput("sat with the family this morning and they wrote this: 'Aunty Mo will collect Zac from"
                + " school every day until Easter so he is never alone with Dad.' is that a good enough safety goal?")).isPresent();
        assertThat(CheckRequest.startingInput("would you look at the following safety goal for the Hussain children and tell me where"
                + " it falls short of the standard and why please? 'Gran will stay every night until March so the kids are safe.'"))
                .isPresent();
        assertThat(CheckRequest.startingInput("quick look? 'The school and children's services are worried that Mia (6) is"
                + " coming to school hungry.'")).isPresent();
    }

    @Test
    void aQuestionAboutQuotedWordsStaysAQuestion() {
        assertThat(CheckRequest.startingInput("can i put 'mum will engage with services' in a goal or is that too vague"))
                .isEmpty();
        assertThat(CheckRequest.startingInput("my TM keeps saying 'more SMART' in supervision - what does she mean")).isEmpty();
    }

    @Test
    void whatThePasteLacksOrMeetsAndEnoughAloneAfterItAreChecked() {
        assertThat(CheckRequest.startingInput("first go at the goal for the Okafor twins, tell me whats missing: 'Nan will walk the"
                + " twins to school every day.'")).isPresent();
        assertThat(CheckRequest.startingInput("can u look at my statement and tell me what it meets - 'The school are worried that"
                + " Leo (9) is left alone at night.'")).isPresent();
        assertThat(CheckRequest.startingInput("worry statement for panel - 'The school are worried that Leo (9) is left alone at"
                + " night and could get hurt.' enough?")).isPresent();
        assertThat(CheckRequest.startingInput("how do you tell if a safety goal is measurable enough? asking generally")).isEmpty();
        assertThat(CheckRequest.startingInput("what's missing from a danger statement if the auditor marks it down")).isEmpty();
    }

    @Test
    void aLabelWithASlipIsStillTheLabel() {
        assertThat(CheckRequest.startingInput("wellbeng goal for Tia (15, in foster care): Tia will go to college three days a"
                + " week until the summer.")).hasValueSatisfying(input -> assertThat(input).startsWith("Wellbeing goal"));
        assertThat(CheckRequest.startingInput("saftey goal - Grandad will take Ollie to nursery every morning until June.")).isPresent();
        assertThat(CheckRequest.startingInput("dnager statment: School are worried that Finn (8) is left alone overnight.")).isPresent();
    }

    @Test
    void twoKindsComparedBeforeADashAreTheTopicOfAQuestion() {
        assertThat(CheckRequest.startingInput("wellbeing goal vs safety goal - whch one for an early help family")).isEmpty();
        assertThat(CheckRequest.startingInput("worry statment versus danger statement - wen do they each get used")).isEmpty();
    }

    @Test
    void contextThenADashThenADoubtAboutTheQuotationIsChecked() {
        assertThat(CheckRequest.startingInput("going over the goals i wrote for the Baker twins last week before panel - does this"
                + " say what people will see or only what stops? 'Mum will stop drinking. Dad will stop going out at night.'"))
                .isPresent();
        assertThat(CheckRequest.startingInput("going over the plan for the Baker twins with the family before the review next"
                + " week - the review is when? 'SW to visit weekly, Mum to go to her appointments'")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "my TM returned this and i can't see why:\n'We are worried that Mia (3) will be hurt if mum and her partner keep fighting when she is at home.'",
            "morning. 'We are worried that Theo will keep seeing his dad hit his mum and be hurt.' too long??",
            "does my safety goal tick all the boxes?\nMum and Dad will make sure Leo is collected from nursery by a sober adult every day.",
            "wellbeing goal for Esme (EH, 9): 'Esme goes to school.'"})
    void aDoubtAboutWhyItCameBackHowLongItRunsOrWhetherItMeetsTheAskIsChecked(String message) {
        assertThat(CheckRequest.startingInput(message)).isPresent();
    }

    @Test
    void theCaseAfterALabelWithARequestToWordItIsForTheCoach() {
        assertThat(CheckRequest.startingInput("safety goal for contact with nan - she lives two hours away and the kids miss her."
                + " help me word it, first one i've done")).isEmpty();
        assertThat(CheckRequest.startingInput("safety goal for Esme: 'soon.'")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"can some1 look over this. safety goal: Dad will make sure Ava gets to nursery every day by Easter",
            "am i right that this goal is too vague? 'Dad will engage with services and work with the social worker'",
            "am i right this wouldnt pass? 'We are worried about the home conditions and mums mental health and dads drinking.'"})
    void someoneAsTextedOrTheWorkersOwnVerdictPutForASecondOpinionIsChecked(String message) {
        assertThat(CheckRequest.startingInput(message)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"am i right that a plan has to be reviewed every 3 months", "can sum1 tell me when the ICPC has to be held"})
    void aQuestionOpeningTheSameWayIsNotChecked(String message) {
        assertThat(CheckRequest.startingInput(message)).isEmpty();
    }

    /* A plan's parts pasted as labelled sentences in one paragraph, asking nothing, are a plan to check. */
    @Test
    void aPlansLabelledPartsRunOnInOneParagraphAreChecked() {
        String plan = "Bottom line: Dad must not drive the children after drinking. Contingency: if he does, the children stay with"
                + " their aunt until the network meets. Network: aunt Rose, Grandad Ken and the school nurse.";
        assertThat(CheckRequest.startingInput(plan)).contains(plan);
        assertThat(CheckRequest.startingInput("Contingency: what should it say? Network: who counts? Bottom line: is one enough"))
                .isEmpty();
        assertThat(CheckRequest.startingInput("what goes in the bottom lines, the contingency and the network parts of a plan"))
                .isEmpty();
    }

    /* A request, then a doubt about the paste, then the paste after the doubt's question mark. */
    @Test
    void aRequestAndADoubtThenThePasteAfterItAreChecked() {
        assertThat(CheckRequest.startingInput("checking before review - have i missed anything the audit wants? Plan: 1. Dad to"
                + " attend the drug service weekly. 2. SW to visit every 10 days. 3. Review at core group.")).isPresent();
        assertThat(CheckRequest.startingInput("checking before review - is it ok to leave out the scaling? the family didnt"
                + " want to score")).isEmpty();
    }

    /* A request that names the plan, the plan listed on lines below it: the lines need no draft's words. */
    @Test
    void aPlanListedUnderARequestThatNamesItIsChecked() {
        assertThat(CheckRequest.startingInput("this is the plan from yesterday's network meeting, have i missed anything?\n"
                + "- Aunt Jo does the school run Mon to Fri\n- Dad only sees the kids at Jo's\n- Mum rings Jo each night by 9\n"
                + "- Review in six weeks")).isPresent();
    }

    /* Under a goal's label, a goal opening on its condition is the goal; a question after the label stays a question. */
    @Test
    void aLabelledGoalOpeningOnItsConditionIsChecked() {
        assertThat(CheckRequest.startingInput("Success goal: Once the network have seen Tyler get to school every day for a term,"
                + " the local authority will end the plan.")).isPresent();
        assertThat(CheckRequest.startingInput("Safety goal: if mum moves out, does the goal still stand?")).isEmpty();
        assertThat(CheckRequest.startingInput("success goal: when will the case close")).isEmpty();
    }

    /* A fragment under a label of its own, with a doubt about it beside it, is the paste asked about. */
    @Test
    void aFragmentUnderItsOwnLabelBesideADoubtIsChecked() {
        assertThat(CheckRequest.startingInput("Danger: Mum's drinking.\n\nis this a danger statement or is it too thin?"))
                .isPresent();
        assertThat(CheckRequest.startingInput("Danger: what goes here?\n\nis that a danger statement or something else?"))
                .isEmpty();
    }

    /* The worker showing their own work beside the paste asks for it to be checked. */
    @ParameterizedTest
    @ValueSource(strings = {"Safety goal: Dad will keep his tablets locked away and Nan will check the box every Sunday.\n\nthis is"
                    + " part of my plan for Friday",
            "here's my worry statement for the CIN review\nWe are worried that Ava (7) will keep missing school because mum"
                    + " cannot get out of bed."})
    void theWorkerShowingTheirOwnWorkIsChecked(String message) {
        assertThat(CheckRequest.startingInput(message)).isPresent();
    }

    /* The worker stuck on the wording of their own case is for the coach, even when the case says who is worried about what. */
    @Test
    void theWorkerUnsureHowToWordTheirCaseIsNotABareStatement() {
        assertThat(CheckRequest.startingInput("not sure how to write this up as a danger statement. dad is back home, mum is worried"
                + " he will hit the baby again if he drinks, nursery noticed bruises")).isEmpty();
    }

    /* A request line whose last clause is "better" alone asks whether the rewrite under it is; asking for it better does not. */
    @Test
    void betterAloneAfterARewriteIsADoubtAboutThePaste() {
        assertThat(CheckRequest.startingInput("changed it after my TM's comments, better?\n\nNan and the nursery are worried that"
                + " when mum is unwell nobody takes Ollie (2) to nursery and he could miss the help he needs.")).isPresent();
        assertThat(CheckRequest.startingInput("can you make this better? 'we are concerned about dads drinking'")).isEmpty();
        assertThat(CheckRequest.startingInput("is it better to hold the review at the school or at home?")).isEmpty();
    }

    /* One part of the paste judged ("the who bit ok in this") is a doubt about the paste. */
    @Test
    void onePartOfThePasteJudgedIsADoubtAboutIt() {
        assertThat(CheckRequest.startingInput("is the timescale ok in this goal?\n'Dad will keep the flat clean and safe for Mia"
                + " (4) every day for the next three months.'")).isPresent();
    }

    /* Someone worried, saying what it does to the children now ("this impacts on"), is a statement however weak. */
    @Test
    void whoIsWorriedAndWhatItDoesToTheChildIsABareStatement() {
        assertThat(CheckRequest.startingInput("School are worried that mum has been drinking again and this affects the twins"
                + " getting to class.")).isPresent();
        assertThat(CheckRequest.startingInput("we are worried about the new partner moving in")).isEmpty();
    }

    /* A line of the worker's own ending on a question, then a blank line and a draft: the question is asked of the draft. */
    @Test
    void aQuestionLineAboveABlankLineIsAskedOfTheDraftBelowIt() {
        assertThat(CheckRequest.startingInput("wrote this one up after the home visit. good to go?\n\nGran and the school are worried that"
                + " when dad has been gambling he leaves Kai (7) at home alone overnight.")).isPresent();
        assertThat(CheckRequest.startingInput("wellbeing goal for Ava - fit for panel?\n\nAva will be helped to settle in.")).isPresent();
        // A question of its own above a case stays a question.
        assertThat(CheckRequest.startingInput("how long does a safety goal have to run?\n\nmum will keep dad away from the kids"))
                .isEmpty();
    }

    /* A bare request as its own first sentence; what follows on the line only says why. */
    @Test
    void aBareRequestAsTheFirstSentenceIsTheRequest() {
        assertThat(CheckRequest.startingInput("have a look. panel is on monday and this goes first\n\nSafety goal\nDad and Auntie Bea"
                + " will make sure Zac is collected from school every day until the review.")).isPresent();
    }

    /* Naming the section of the work the paste is ("the network bit", "my scaling section") says what it is. */
    @Test
    void aSectionNamedSaysWhatTheShortPasteIs() {
        assertThat(CheckRequest.startingInput("is my family network part ok?\n\nNetwork: Aunt Rose and the neighbour Pat."))
                .isPresent();
    }

    /* A rewrite refused, or said in brackets, leaves the request for a check ("(no rewriting, just tell me)"). */
    @Test
    void aRewriteRefusedInBracketsLeavesTheCheck() {
        assertThat(CheckRequest.startingInput("my IRO bounced this back as too wordy, could you say what is wrong with it for me"
                + " please (dont rewrite it, i want to fix it myself)\n\nThe local authority has concerns re neglect and the risk of"
                + " harm to the children.")).isPresent();
        assertThat(CheckRequest.startingInput("can you rewrite this for me: The LA has concerns re neglect and risk of harm."))
                .isEmpty();
    }

    /* After a quotation, "what's wrong?" alone is a doubt about it; another reader's eyes asked for is a look. */
    @Test
    void whatsWrongAfterAQuotationAndAnotherPairOfEyesAskForACheck() {
        assertThat(CheckRequest.startingInput("panel said my bottom line is too soft. it says: 'mum should try to keep dad away"
                + " from the baby' - whats wrong?")).isPresent();
        assertThat(CheckRequest.startingInput("could do with a fresh pair of eyes on this\n\nWe are worried that Jo (9) will be"
                + " hurt if dad drives after drinking.")).isPresent();
        assertThat(CheckRequest.startingInput("what's wrong with saying mum will engage in a safety goal")).isEmpty();
    }
}
