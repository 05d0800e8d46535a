package org.practiceassistant.draft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DraftRequestTest {

    @ParameterizedTest
    @ValueSource(strings = {"can you help me write a danger statement", "i need to do a worry statement for an EH case can you walk me through it",
            "lets draft a wellbeing goal", "havent a clue how to start my danger statement, can you help me write it 🙈",
            "I'd like to use the guided coach to do a danger statement please", "help me word a safety goal for a baby on a CP plan",
            "mapping", "new mapping pls", "new worry statement please", "can we do some mapping for the Jones family this afternoon",
            "do a mapping with me - EH, one child of 4", "guided mapping please", "can you help me put a safety plan together for the Ahmeds",
            "need a worry stmt for a toddler, no idea where to begin", "help me map this case: dad Lee, twins aged 3, nursery worried",
            "can u help me write a danger statment", "help me draft a worry statemnet"})
    void aRequestToBeWalkedThroughWritingStartsTheCoach(String message) {
        assertThat(DraftRequest.asks(message)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"how do i write a safety goal the family will actually understand, any examples?",
            "help with writing a danger statement - what should be in it?", "can you check my draft safety goal",
            "what is the difference between a danger statement and a worry statement", "do safety goals need a timescale",
            "give me feedback on my danger statement", "when is the goal reviewed",
            "can i use the word neglect in a danger statement or is it not allowed", "does a safety goal have to be written with the family",
            "mapping meeting tomorrow, who chairs it", "for an EH case do we write worry statements or danger statements",
            "do the bottom lines have to be agreed before conference", "can i start a plan on the system or does it need a TM first"})
    void questionsAndChecksAreNot(String message) {
        assertThat(DraftRequest.asks(message)).isFalse();
    }

    /* Our own words: a heading in single quotes, and a mapping asked for alone with a slip in it. */
    @ParameterizedTest
    @ValueSource(strings = {"the 'what are we worried about' bit is blank for the Hale family and review is friday, can we go through it",
            "nothing yet under \u2018what needs to happen\u2019 for the Carters - can you take me through it",
            "mappnig", "gided mapping pls", "new mappinng please"})
    void aQuotedHeadingOrAMappingAskedForThroughASlipStartsTheCoach(String message) {
        assertThat(DraftRequest.asks(message)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"is 'what needs to happen' the same as the safety plan?", "mappnig meeting tomorrow, who chairs it",
            "maple"})
    void aQuotedHeadingInAQuestionOrASlippedMappingAmongOtherWordsIsNot(String message) {
        assertThat(DraftRequest.asks(message)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"got to write a danger statement for a toddler whose mum drinks, where do i start",
            "could you take me through the worry statements for the Smith family",
            "help me write what is working well and what we are worried about for the Lees"})
    void askingToBeStartedOrNamingTheMappingsHeadingsStartsTheCoach(String message) {
        assertThat(DraftRequest.asks(message)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"what's working well - does it go before the worries?", "what goes in a safety goal?"})
    void aHeadingOrStartingQuestionAtTheOpeningIsStillAQuestion(String message) {
        assertThat(DraftRequest.asks(message)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"first mapping help pls", "need a worry statement for a baby whose dad uses cannabis, help?",
            "can we work through the strengths column together", "help me word the bottom line for the contact arrangements",
            "have to write a safety goal about school attendance, where do i even begin"})
    void needingOneOrWorkingThroughAColumnStartsTheCoach(String message) {
        assertThat(DraftRequest.asks(message)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"how do you write a wellbeing goal? need one for core group tomorrow",
            "how do i word a danger statement about domestic abuse, it's due today"})
    void aHowToQuestionWithTheWorkDueNowStartsTheCoach(String message) {
        assertThat(DraftRequest.asks(message)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"do i need a safety goal for every danger statement", "how do i write a danger statement",
            "what does a good safety goal look like, i need one for tomorrow", "is the plan due today or within 10 days",
            "by when does a care leaver need a pathway plan?", "returning home - does he need a safety plan"})
    void aQuestionWithoutTheWorkDueIsStillAQuestion(String message) {
        assertThat(DraftRequest.asks(message)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"need SGs for twins, can you take me through it", "can you help me write the complicating factors part",
            "want to have a go at a danger statement, prompt me"})
    void pluralShortFormsMappingPartsAndHavingAGoStartTheCoach(String message) {
        assertThat(DraftRequest.asks(message)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mia 7. Dad arrested twice since Easter for fighting with mum (Kerry). Mia told school she hides under her bed.",
            "Leo 16, excluded twice this term, mum says he sells cannabis and stays out till 3am. what would his danger statement be?",
            "what would the safety goal look like for this: mum leaves Finn (2) alone in the flat while she goes to the shop",
            "make this into something dad can read: 'parental capacity concerns re substance misuse impacting on supervision'",
            "could u redo my worry statement so it says what will happen if nothing changes?\n\nMum drinks.",
            "Done the worries and strengths already. can you help me turn them into safety goals?\n\nWorries: dad hits mum."
                    + "\nStrengths: nan helps.",
            "would you draft a wellbeing goal I could use as an example for my student? neglect case, two kids, nan helps",
            "need wellbeing goals for Amy's CIN review, she's 9 and wants her dad to stop shouting",
            "my manager says my plan doesn't say what the family will do and it needs redoing, no idea where to begin"})
    void caseNotesRewritesAndRequestsBeforeTheCaseStartTheCoach(String message) {
        assertThat(DraftRequest.asks(message)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"what would a good safety goal look like", "Year 9 pupil disclosed self harm to a teacher and mum does not"
            + " know about it yet at all today", "Jake 15 missing overnight, mum says he is with friends, do I need to do a strategy",
            "how do i reword this for parents: concerns regarding neglect", "need goals signed off by TM?",
            "could you give me an example of a safety goal"})
    void questionsAboutCasesOrDraftingStayQuestions(String message) {
        assertThat(DraftRequest.asks(message)).isFalse();
    }

    /* The same question texted: "wot wud", "wat", "stmt". */
    @Test
    void whatTheDraftWouldBeTextedStartsTheCoach() {
        assertThat(DraftRequest.asks("wat wud the worry stmt be for my lot - nan has dementia and the 2 girls (6, 9) do the"
                + " cooking and get her meds")).isTrue();
        assertThat(DraftRequest.asks("wot wud a good safety goal look like")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"make this SMART please: Mum will stop drinking.", "could you make this more child focused? Dad will"
            + " do a parenting course.", "help me put the strengths into words: nan visits daily, school are supportive",
            "Tyler 12 excluded again, mum says he hits his sister.", "what would a fair safety goal for this look like - dad"
            + " leaves Amy (4) alone while he goes to the pub"})
    void rewritesShortCaseNotesAndTheDraftAskedForACaseStartTheCoach(String message) {
        assertThat(DraftRequest.asks(message)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"new safety worries for a LAC child that need escalating - where does it go",
            "make sure the plan is shared with the family?", "Level 3 threshold met, mum not engaging, what next"})
    void questionsWithTheseWordsStayQuestions(String message) {
        assertThat(DraftRequest.asks(message)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"how do i word a safety goal for this case - nan is moving in and dad is leaving",
            "beginning the plan for the Okafors, not sure what goes first, could u help me put it together",
            "got a mapping with mum and dad on thursday, can you help me work out what to ask in each column"})
    void howToWriteForTheWorkersOwnCaseOrWhatTheyHaveYetToWorkOutStartTheCoach(String message) {
        assertThat(DraftRequest.asks(message)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dose a safety plan have to start with the bottom lines every time?",
            "how do i write a danger statement?", "not sure what the difference is between a danger statement and a safety goal"})
    void aSlippedOpeningOrAnExplanationWantedStaysAQuestion(String message) {
        assertThat(DraftRequest.asks(message)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"I have to do the goals for the Khan family tomorrow. Dad drinks, mum is scared of him. could you help me draft them",
            "TM wants a danger statement for the Lees by friday - nan has dementia, Kai (6) does his own meals. can u help me write it?"})
    void theCaseThenARequestToWriteThemStartsTheCoach(String message) {
        assertThat(DraftRequest.asks(message)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mum wont engage with the safety goals. what do i do with them", "can you help me write them",
            "the goals are signed off. who do i send them to?"})
    void themWithoutARequestToWriteOrAnythingNamedBeforeStaysAQuestion(String message) {
        assertThat(DraftRequest.asks(message)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"can early help do a step up without a case mapping", "could the IRO ask us to do a new mapping"})
    void whatSomeoneElseCanDoStaysAQuestion(String message) {
        assertThat(DraftRequest.asks(message)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"can we do a mapping together", "could u help me write a danger statement", "can i do a new mapping with you"})
    void canAskedOfTheBotOrTheWorkerStillAsksForTheWork(String message) {
        assertThat(DraftRequest.asks(message)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"need to do a maping with a new EH family, can you guide me",
            "can you help me with the mappng for the Reid children", "help me write the colum for what's working well"})
    void aThingTypedWithASlipIsStillTheThing(String message) {
        assertThat(DraftRequest.asks(message)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"help me with the mopping rota for the ward", "can you help me with the goats at the farm visit",
            "whats a maping meeting"})
    void anEnglishWordOrAQuestionIsNotReadAsAThing(String message) {
        assertThat(DraftRequest.asks(message)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"need a wellbeing goal to pair with this worry statement: 'The school are worried that Ava (7) is"
            + " often collected late and left waiting in the cold, and if nothing changes she could be hurt on the way home alone.'",
            "could you write me a safety goal to go with \"Police and the school are worried that when Dad drinks he shouts at Kai"
                    + " (6) and has pushed him over, and Kai could be badly hurt if this carries on.\""})
    void aRequestBeforeTheQuotationItGoesWithStartsTheCoach(String message) {
        assertThat(DraftRequest.asks(message)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"I have to write the danger statements for the Novak family. Mum has a new partner with a history of"
            + " violence, the baby is 8 weeks old and the health visitor has seen bruising twice. No idea how to begin?",
            "need to do the wellbeing goals for the Price kids. dad is in hospital and the eldest is caring for the others."
                    + " what would you put first?"})
    void aRequestForTheirOwnFamilyFirstThenTheCaseStartsTheCoach(String message) {
        assertThat(DraftRequest.asks(message)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"how do i write a safety goal for the Khan family?",
            "what is the difference between a safety goal and a success goal for the Patel family",
            "who signs off the goals for the Ward family. is it the TM?", "what goes in a danger statement? help!",
            "plan for the mapping meeting? help"})
    void aQuestionAboutTheWorkStaysAQuestion(String message) {
        assertThat(DraftRequest.asks(message)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"core group on friday for a 2 year old whose dad was arrested for DV. not done the safety goals yet. help!",
            "EH family, mum struggling with her mood and the kids missing school. the worry statements are still to write. pls help"})
    void theCaseAndTheWorkStillToDoThenAPleaForHelpStartsTheCoach(String message) {
        assertThat(DraftRequest.asks(message)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"help writting a wellbeing goal for a TAF family, school refusal", "help drafitng worry statements for my EH case",
            "safety goal for a baby on a CP plan - help pls",
            "worry statment for a teenager missing school since easter - help please",
            "LAC review friday, danger statements not started. Jaden, 6, mum's partner known to police. Can you help me get them done?",
            "wellbeing goal for a 10 year old who keeps missing school. dont know how to word the timescale part",
            "where do i start with the mapping for my new CP family", "where to begin with safety goals for this family"})
    void theWorkNamedWithAPleaOrWhereToStartForTheirOwnCaseStartsTheCoach(String message) {
        assertThat(DraftRequest.asks(message)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"what goes in a worry statement", "whose words should the pathway plan be writen in",
            "where do i start with the mapping, is there a template for a family?", "not sure how to word it",
            "what goes in a safety goal for a baby - help pls", "can you help me understand them?"})
    void aQuestionAboutWhereToStartOrHowToWordStaysAQuestion(String message) {
        assertThat(DraftRequest.asks(message)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"safety goal help pls", "wellbeing goal help", "mappng help",
            "home visit notes: dad back in the house, nan no longer collecting Zoe (6) from school, school worried she is"
                    + " tired. could you turn these into worry statements",
            "have to redo my safety goals, the IRO said they were vague. they are about school attendance and mum's drinking",
            "I have to write a worry statement for a 10 year old about why her brother is in foster care, could you help me",
            "mum has ADHD and I need to do the danger statement so she can understand it. baby is 4 months. can u help"})
    void theThingWithAPleaARewriteAfterNotesOrWorkTheyMustWriteStartTheCoach(String message) {
        assertThat(DraftRequest.asks(message)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"core group help", "danger statement help?", "help", "what goes in a safety goal help",
            "I need to write a danger statement, what goes in it?", "do i need to rewrite the safety goals at review",
            "I need to write a danger statement. can you explain what a bottom line is"})
    void aPleaWithNoThingOrAQuestionOfTheirOwnStaysElsewhere(String message) {
        assertThat(DraftRequest.asks(message)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"could you word this better please 'mum does not always engage with professionals'",
            "here is my draft, can you reword it so a teenager would follow it: 'risk of CSE and going missing'",
            "how would u put 'neglectful home conditions' so the parents get it",
            "how would i write the worry statement when nobody knows who hurt her? girl (3 yrs) has a burn on her arm, mum says"
                    + " it was the radiator, nursery not sure",
            "how do i write a safety goal for this one, boy 12 yrs, missing from school, dad works away and mum is poorly",
            "how do i word a wellbeing goal when dad wont talk to me? could you help me write one with me",
            "help me write a danger statement for a teenager whose older brother is dealing from the flat. school want it for the"
                    + " referral, i will explain it at the meeting",
            "can you help me write words and pictures for a 9 year old going into foster care",
            "need a wellbeing goal to go with this worry statement, could you help: School are worried that Mia (7) comes in"
                    + " hungry and says there is no food at home"})
    void aRewriteOfWordsGivenAHowToWithAChildsCaseOrAnInstructionFirstStartsTheCoach(String message) {
        assertThat(DraftRequest.asks(message)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"how do i write a danger statement when mum disagrees with the worries",
            "how do i write a danger statement for a 2 year old?", "how would you say no to a parent who wants to record it",
            "how would you word a safety goal in general, is there a template", "what is words and pictures and when is it used",
            "help me understand what a danger statement is. i am new",
            "question about safety goals: do we have to include a timescale in every one of them",
            "what goes in a danger statement, the 15 yo on my caseload has a plan",
            "how do i write a safety goal? can you explain what it is for"})
    void aHowToWithNoCaseOrAQuestionAboutTheWorkStaysAQuestion(String message) {
        assertThat(DraftRequest.asks(message)).isFalse();
    }

    /*
     * Asking where to start a statement, goal or mapping asks to be walked through it now, with or without a case; what goes
     * in one, or where to start something that is no statement, goal or mapping, stays a question.
     */
    @ParameterizedTest
    @ValueSource(strings = {"where do i start with a safety goal?", "where do i start with a danger statement?",
            "hiya! where do i begin with a wellbeing goal", "where to start with the mapping"})
    void askingWhereToStartAStatementGoalOrMappingStartsTheCoach(String message) {
        assertThat(DraftRequest.asks(message)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"where do i even start?", "NQSW here, just been given my first C&F - where do i start",
            "where do i start with the pathway plan", "where do i start with a danger statement, is there a template?"})
    void whereToStartSomethingElseOrWithAQuestionAfterStaysAQuestion(String message) {
        assertThat(DraftRequest.asks(message)).isFalse();
    }

    /*
     * An instruction to the bot to write or help write, as one clause of a message that asks a question beside it, with the
     * worker's own case told: the question is about the work they want written now.
     */
    @ParameterizedTest
    @ValueSource(strings = {"core group is on monday and i need scaling questions for it, could you help me write them so nan can follow",
            "i have to do a mapping tomorrow after the home visit, what should i ask first and can you help me set it out",
            "help me with the scaling for the network meeting, whats a fair 0 for a neglect case",
            "can we do the worries column together, not sure what counts as harm for this family",
            "need to update the danger statements before the review, can you help me rewrite them with what's changed? dad has"
                    + " moved out"})
    void anInstructionToWriteBesideAQuestionAboutTheirOwnCaseStartsTheCoach(String message) {
        assertThat(DraftRequest.asks(message)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"can you explain what a scaling question is for a family meeting",
            "can you help me understand the danger statement for this family?",
            "help me with the core group for the family on friday, who should i invite",
            "can you give me an example of a good safety goal for a neglect case"})
    void anInstructionThatIsNotToWriteOrHasNoCaseStaysAQuestion(String message) {
        assertThat(DraftRequest.asks(message)).isFalse();
    }

    /*
     * The worker's own case told, then how to word it asked as the whole last clause ("this" and "it" are the case), or the
     * worker saying they are not sure how to put it into a statement or goal: the coach writes it with them.
     */
    @ParameterizedTest
    @ValueSource(strings = {"nan has had the twins since june, dad turns up drunk at her door and she lets him in. she wants to keep"
                    + " them safe. how should i write this",
            "12 yr old boy, mum's partner kicked him on friday, mum says it was an accident, i have to write the danger statement"
                    + " for the review, how would i word it?",
            "dont know how to word this as a safety goal. grandad has the boys at weekends, mum drinks when they are home and"
                    + " grandad is worried about the drive back"})
    void stuckOnWordingTheirOwnCaseStartsTheCoach(String message) {
        assertThat(DraftRequest.asks(message)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"how would i word a danger statement when mum disagrees", "how do i word it",
            "mum has told me dad is back, do i tell the police? how would i word this",
            "not sure how to word the safety goal, what should it say when dad lives elsewhere?",
            "not sure how to put this to the family"})
    void howToWordWithNoCaseOrWithAQuestionOfItsOwnStaysAQuestion(String message) {
        assertThat(DraftRequest.asks(message)).isFalse();
    }

    /* The worker saying a statement or goal is needed for their own case, the case beside it: the coach writes it. */
    @ParameterizedTest
    @ValueSource(strings = {"RCPC next week and we need the safety goals for it. mum has moved in with her sister, dad still texts"
                    + " her most nights, kids are 3 and 8",
            "grandad (Tom) has the kids (6 and 9) since mum went into rehab. i need a wellbeing goal for the LAC review, can you help?"})
    void theStatementOrGoalTheirCaseNeedsStartsTheCoach(String message) {
        assertThat(DraftRequest.asks(message)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"do we need a worry statement for every concern or one overall",
            "when do i need the safety goals done for a child on a CP plan",
            "mum has moved in with her sister, do we need new safety goals for the kids?",
            "we need the danger statement in the plan, is that right for a CIN family?"})
    void askingWhetherOneIsNeededStaysAQuestion(String message) {
        assertThat(DraftRequest.asks(message)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"give me an example of a good danger statement", "can u show me what a good safety goal looks like",
            "examples of wellbeing goals for neglect?", "is there an example anywhere of a good wellbeing goal for a neglect case",
            "eg of a good DS?", "example of a worry statement for a family needing respite",
            "can you give me an example of a good danger statement i can show the team at the practice meeting"})
    void anExampleAskedForWithNoCaseOfTheirOwnIsAQuestionForTheDocuments(String message) {
        assertThat(DraftRequest.asks(message)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"can you give me an example danger statement for my case - dad drinks, mum DV, kids 2 and 5",
            "could you draft a safety goal I can use as an example in supervision? DA case, mum Chantelle, kids 4 and 7",
            "need an example of a wellbeing goal for this family, mum works nights and the kids are late for school every day",
            "example safety goal for Kai (6) please, dad drinks every night and mum works lates so nobody sober is home"})
    void anExampleAskedForTheirOwnCaseIsTheirsToWriteWithTheCoach(String message) {
        assertThat(DraftRequest.asks(message)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"can u hepl me do saftey goal", "coach me trhough a safety gola", "i need to wrtie a wellbeing goal for a taf next week"})
    void aRequestToWriteTypedWithSlipsStartsTheCoach(String message) {
        assertThat(DraftRequest.asks(message)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"whose words should the plan be writen in", "whose words should the safety goal be writen in"})
    void aSlipThatIsAlsoOneFromAnotherWordIsNotReadAsARequest(String message) {
        assertThat(DraftRequest.asks(message)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mum said 'we just want to be left alone and the kids to be happy'. how do i turn that into a wellbeing goal? kids are 6 and 9",
            "nan wrote down what she will do when dad visits drunk, how do i get from this to a safety goal for the plan before friday"})
    void howToMakeWordsAlreadyGivenIntoAStatementOrGoalStartsTheCoach(String message) {
        assertThat(DraftRequest.asks(message)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"how do i turn a worry into a danger statement when the family disagree with the social worker",
            "how do I turn a word document into a pdf?", "how do i get to the safety goal part of the template on the system"})
    void howToMakeOneWithNothingGivenIsAQuestion(String message) {
        assertThat(DraftRequest.asks(message)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"core group at 2 and i havent got a safety goal. dad back living at home, mum says he has stopped drinking",
            "panel tomorrow and we haven't written the danger statements yet, twins (3) left alone while mum was at the pub"})
    void theWorkNotThereYetForTheirOwnCaseStartsTheCoach(String message) {
        assertThat(DraftRequest.asks(message)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"what happens if we havent got a safety goal agreed by conference",
            "i havent done a danger statement before, what goes in it"})
    void theWorkNotThereYetAskedAboutIsAQuestion(String message) {
        assertThat(DraftRequest.asks(message)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"how do i put the danger statement for a dad who keeps missing his contact visits",
            "what would you write as the safety goal when the worry is nan falling asleep with the baby in her bed",
            "what goes in next steps for this one - mum has moved to a refuge and wants the kids with her",
            "whats working well for a family whose eldest keeps running off but dad always finds her",
            "success goal for a teenager whose carers cant get her home by 10, help pls",
            // The work named once, then a verb of writing and "one" right before the family.
            "my goals always come out vague. could you help me do one for a family where dad works nights and mum drinks?",
            // "with" describing the family right after the work is named.
            "write me a safety goal for a family with a new baby and a dad just out of prison"})
    void theWordingOfTheWorkForAFamilyDescribedStartsTheCoach(String message) {
        assertThat(DraftRequest.asks(message)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"how do i word a safety goal when mum disagrees",
            "when is the initial health assessment due for a child who just came into care",
            "do i need a MAPPA referral for a dad whos a registered sex offender",
            "how do i write a danger statement for a 2 year old?",
            "how do you do a genogram with a mum who wont engage", "do we do them for a family where dad is in prison or only when he lives at home"})
    void theWordingWithNoFamilyDescribedOrNoWorkNamedIsAQuestion(String message) {
        assertThat(DraftRequest.asks(message)).isFalse();
    }
}
