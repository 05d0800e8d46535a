package org.practiceassistant.channel.turn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SmallTalkTest {

    @ParameterizedTest
    @ValueSource(strings = {"hi", "Hi!", "hello there", "Morning :)", "good afternoon", "hiya", "  Hey  ", "morning all", "heya", "heyyy", "hiii there", "afternoon, hope you're well", "hey hows it going",
            // "good" typed short
            "gud morning", "gd afternoon all"})
    void greetings(String message) {
        assertThat(SmallTalk.of(message)).contains(SmallTalk.Kind.GREETING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"thanks", "Thank you!", "thx", "cheers 👍", "👍", "🙏🙏", "ta", "Thanks so much", "that's great", "thats helpful",
            "perfect ta x", "got it, thanks", "got it", "noted 👍", "understood, ta", "thanksss", "thanks that helped loads", "really useful ta",
            // praise that thanks
            "ur a lifesaver thx", "hero, cheers"})
    void thanks(String message) {
        assertThat(SmallTalk.of(message)).contains(SmallTalk.Kind.THANKS);
    }

    /* Our own words: slips that make short or English words in a thank-you, and thanks beside words that say something else. */
    @ParameterizedTest
    @ValueSource(strings = {"thak u very muc", "cheers tht helpd loads", "thankss that rally helped", "thnaks thar was useful x"})
    void aThankYouWithSlipsThatMakeShortOrEnglishWordsIsThanks(String message) {
        assertThat(SmallTalk.of(message)).contains(SmallTalk.Kind.THANKS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"gud mornnig all", "hiyya hpoe youre well", "god evenign"})
    void aGreetingWithSlipsThatMakeShortOrEnglishWordsIsAGreeting(String message) {
        assertThat(SmallTalk.of(message)).contains(SmallTalk.Kind.GREETING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"thanks, i think so", "thak you but the goal still fails", "than you thought", "god knows"})
    void thanksBesideWordsThatSaySomethingElseIsNot(String message) {
        assertThat(SmallTalk.of(message)).isNotEqualTo(java.util.Optional.of(SmallTalk.Kind.THANKS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"what can you do?", "How does this work", "?", "what can i ask", "what sort of things can i ask u",
            "what does forget do", "how does the draft thing work, do i type my answers one by one", "how do i use check",
            "wat can u help me with", "is this a bot or a person", "can you do anything besides answer questions", "instructions?", "menu"})
    void askingWhatTheBotDoes(String message) {
        assertThat(SmallTalk.of(message)).contains(SmallTalk.Kind.WHAT_CAN_YOU_DO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hi, what is a core group", "thanks - and what about the RCPC?", "ok", "hi how often do I visit on CP",
            "hi team, quick one about ICPC timescales", "great question what is a fire drill",
            "got a question about core groups", "what does a check of the plan look at in an audit",
            "dad wont engage with the safety plan at all, what do i do", "well what next", "all sorted for the ICPC?",
            "mum has no support at all - what do i do", "what are the options when a family says no to a network meeting",
            "how do i use the scaling question with a 5 year old"})
    void aGreetingWithAQuestionIsAQuestion(String message) {
        assertThat(SmallTalk.of(message)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"afternoon - anybody about?", "hello, anyone around"})
    void checkingSomeoneIsThereIsAGreeting(String message) {
        assertThat(SmallTalk.of(message)).contains(SmallTalk.Kind.GREETING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"could you tell me what you can do", "pls explain what u can help with"})
    void askingIndirectlyWhatTheBotDoesGetsTheHelpCard(String message) {
        assertThat(SmallTalk.of(message)).contains(SmallTalk.Kind.WHAT_CAN_YOU_DO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"how can i get u to review a safety goal, do i paste it in here?", "where does your information come from",
            "which policies is your knowledge based on"})
    void askingHowToUseTheBotOrWhatItKnows(String message) {
        assertThat(SmallTalk.of(message)).contains(SmallTalk.Kind.WHAT_CAN_YOU_DO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"do you draft goals too or only check them", "can u review my plan or do you just answer stuff"})
    void weighingTheBotsJobsAsksWhatItDoes(String message) {
        assertThat(SmallTalk.asksWhichJobsItDoes(message)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"can you check my plan or just the goals", "can you check this pls", "do you check plans for CIN or only CP?",
            "can parents draft the plan or only the social worker"})
    void oneJobAskedForIsNotWeighingJobs(String message) {
        assertThat(SmallTalk.asksWhichJobsItDoes(message)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"what documents do you have", "first day using it - what does the bot actually do?"})
    void askingWhatTheBotKnowsOrDoesInOtherWords(String message) {
        assertThat(SmallTalk.of(message)).contains(SmallTalk.Kind.WHAT_CAN_YOU_DO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"what can you do about a family who wont engage", "what can u do if dad refuses entry",
            "what do you do when a parent wont let you see the child alone", "what do you do with a case that keeps bouncing back"})
    void whatAnyoneCanDoAboutACaseIsAQuestion(String message) {
        assertThat(SmallTalk.of(message)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"which documents do i need for a core group", "what do you know about FGCs"})
    void documentsAFamilyOrMeetingNeedsAreAQuestion(String message) {
        assertThat(SmallTalk.of(message)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"thnaks so much", "thansk 👍", "thankyuo", "chers mate", "ty v much, that's all I needed for now"})
    void thanksTypedWithASlipOrClosingTheChatIsThanks(String message) {
        assertThat(SmallTalk.of(message)).contains(SmallTalk.Kind.THANKS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"i think so", "thinks ok", "now what"})
    void wordsOneSlipFromThanksAreNotThanks(String message) {
        assertThat(SmallTalk.of(message)).isNotEqualTo(java.util.Optional.of(SmallTalk.Kind.THANKS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hello, a friend said to try you - what can you help me with", "waht can yuo do?",
            "wht can u hlep with"})
    void askingWhatTheBotDoesAfterAGreetingOrWithSlips(String message) {
        assertThat(SmallTalk.of(message)).contains(SmallTalk.Kind.WHAT_CAN_YOU_DO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tyvm", "thnx!", "thanx x"})
    void thanksInChatShorthand(String message) {
        assertThat(SmallTalk.of(message)).contains(SmallTalk.Kind.THANKS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"morning! new here", "hi, im new"})
    void aNewcomersHelloIsAGreeting(String message) {
        assertThat(SmallTalk.of(message)).contains(SmallTalk.Kind.GREETING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hi, new here and not sure how this works - what can you help me with?",
            "how does this bot work? what sort of things can i use it for",
            "Hi! I'm new to the team, first time using this. What sort of things can you help me with?",
            "hello, a colleague suggested this. whats it for?", "just started, my manager told me to use this - what is it used for"})
    void introducingYourselfBeforeAskingWhatTheBotDoesIsAskingWhatItDoes(String message) {
        assertThat(SmallTalk.of(message)).contains(SmallTalk.Kind.WHAT_CAN_YOU_DO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hi, new here - what is a danger statement?", "how does this bot work? how soon do i visit after a referral",
            "mum drinks and dad hits her, 2 kids under 5 - what can you help me with?",
            "what is a genogram and what is it for", "new here - the safety scale, what is it for?"})
    void aQuestionOrACaseBesideTheIntroductionIsNotAboutTheBot(String message) {
        assertThat(SmallTalk.of(message)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"cheers, you've saved me hours", "thanks!! that's answered it", "ty that rly helped", "ta, thats cleared it up x"})
    void thanksThenWhatTheHelpSortedIsThanks(String message) {
        assertThat(SmallTalk.of(message)).contains(SmallTalk.Kind.THANKS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"thanks, that's sorted. what is a core group", "cheers, that helped with the plan but what about the goals",
            "thanks, that's helped - can you check the goal now", "thanks, it's sorted mum's housing, does she still need a plan?"})
    void thanksThenAQuestionIsAQuestion(String message) {
        assertThat(SmallTalk.of(message)).isNotEqualTo(java.util.Optional.of(SmallTalk.Kind.THANKS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hi - my manager told me to try this. how does it work? what can you help with",
            "a colleague suggested this, what sort of things can i ask u"})
    void whoSentTheSenderBeforeAskingWhatTheBotDoesIsAskingWhatItDoes(String message) {
        assertThat(SmallTalk.of(message)).contains(SmallTalk.Kind.WHAT_CAN_YOU_DO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"what is a genogram and how do i use it", "whats a scaling question and how to use it"})
    void usingAThingTheQuestionNamesIsAQuestion(String message) {
        assertThat(SmallTalk.of(message)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"cheers, the IRO signed it off", "ta, it passed audit", "thanks so much - plan approved at core group"})
    void thanksThenHowTheWorkCameOutIsThanks(String message) {
        assertThat(SmallTalk.of(message)).contains(SmallTalk.Kind.THANKS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"how does this bot work? can it write goals or just check them",
            "how do i use this thing? does it check plans or only answer questions"})
    void weighingTheBotsJobsAfterAClauseAboutTheBotGetsTheHelpCard(String message) {
        assertThat(SmallTalk.of(message)).contains(SmallTalk.Kind.WHAT_CAN_YOU_DO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cheers, but was it signed off?", "thanks, can it be signed off by a deputy TM"})
    void thanksThenAQuestionAboutSigningOffIsNotThanks(String message) {
        assertThat(SmallTalk.of(message)).isNotEqualTo(java.util.Optional.of(SmallTalk.Kind.THANKS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"what can you really do", "what exactly can u help with",
            "hi, new to the team and was told to ask you things about signs of safety - what sort of things can you help with?"})
    void aStressedQuestionOrBeingSentToAskAboutTheModelIsAskingWhatTheBotDoes(String message) {
        assertThat(SmallTalk.of(message)).contains(SmallTalk.Kind.WHAT_CAN_YOU_DO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"someone said to ask you about core groups - what is a core group?",
            "what exactly is a safety goal"})
    void aQuestionAboutTheGuidanceStaysAQuestion(String message) {
        assertThat(SmallTalk.of(message)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"can this help my team with danger statements or is it just for looking up the handbook",
            "does this help with writing goals or only look things up", "is this to write goals or just to search the handbook"})
    void weighingHelpWithTheWorkAgainstLookingThingsUpAsksWhatItDoes(String message) {
        assertThat(SmallTalk.asksWhichJobsItDoes(message)).isTrue();
    }

    /* The bot's jobs named as doings, one weighed against the other. */
    @ParameterizedTest
    @ValueSource(strings = {"is this for reviewing my plans or just searching the guidance?",
            "do you do drafting of goals or only answering questions"})
    void jobsNamedAsDoingsWeighedAgainstEachOtherAskWhatItDoes(String message) {
        assertThat(SmallTalk.asksWhichJobsItDoes(message)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"can this plan be signed off by a deputy or is it just the TM",
            "is this checking of plans done by the IRO or just the TM",
            "is this safety goal ok or just too vague"})
    void weighingSomethingElseIsNotAboutTheBot(String message) {
        assertThat(SmallTalk.asksWhichJobsItDoes(message)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"godo moorning", "heello :)", "motning", "hyia 👋", "hi tere", "goof afternoon", "hey three"})
    void aGreetingTypedWithSlipsIsAGreeting(String message) {
        assertThat(SmallTalk.of(message)).contains(SmallTalk.Kind.GREETING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"thnaks thats brillliant", "cheers thaats reslly helped", "thanks thats reallyy helfpul", "pefect thanj you so much"})
    void thanksTypedWithSlipsIsThanks(String message) {
        assertThat(SmallTalk.of(message)).contains(SmallTalk.Kind.THANKS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"whaat can you do", "what can you actuallly do", "how do i use thsi bot"})
    void askingWhatTheBotDoesWithSlipsGetsTheHelpCard(String message) {
        assertThat(SmallTalk.of(message)).contains(SmallTalk.Kind.WHAT_CAN_YOU_DO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"god help us, what is a core group", "goood afternoon, how often is a core group", "thnaks - whats a bottom line",
            "hey there core group", "three visits"})
    void slipsReadAsSmallTalkLeaveAQuestionAQuestion(String message) {
        assertThat(SmallTalk.of(message)).isEmpty();
    }

    /* After a clause about the bot, "can it ..." asks what the bot does; "is this the ... thing?" asks whether this is it. */
    @ParameterizedTest
    @ValueSource(strings = {"morning, how does this bot work? can it do my plans", "is this the practice bot? what sort of stuff do you know",
            "just started, how do i use this bot? does it do case notes"})
    void askingWhatItCanDoAfterAClauseAboutTheBotGetsTheHelpCard(String message) {
        assertThat(SmallTalk.of(message)).contains(SmallTalk.Kind.WHAT_CAN_YOU_DO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"is this the right form for a CIN review? can it go to the family first",
            "the plan is due friday, can it be extended", "is this the harm matrix? what do the numbers mean"})
    void itAfterNothingAboutTheBotStaysAQuestion(String message) {
        assertThat(SmallTalk.of(message)).isEmpty();
    }
}
