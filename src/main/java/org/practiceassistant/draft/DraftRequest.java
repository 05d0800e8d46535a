package org.practiceassistant.draft;

/**
 * A request to be walked through writing in everyday words, beyond the coach's own start phrases: "can
 * you help me write a danger statement", "i need to do a worry statement for an EH case can you walk me
 * through it", "lets draft a wellbeing goal". A message that asks for a check ("check", "feedback on",
 * "look over") is Check's; one that asks for an explanation or example is a question.
 *
 * <p>Each kind of request is read by a class of its own: {@link RequestToWrite} (a verb of writing and the work, the words
 * the others share), {@link RequestBesideTheirWords} (the request set apart from a paste or quotation),
 * {@link RewriteRequest} (the worker's own words made better), {@link QuestionAboutTheirOwnCase} (a how-to asked for the
 * worker's own case), {@link AskedWhereToStart}, {@link InstructionToWrite} (an instruction beside a question),
 * {@link CaseNotesAlone}, {@link RequestInTheFirstSentence}, {@link HelpAskedLast} (the work named first, help asked
 * for last), {@link StuckOnTheWording} (the case told, and how to word it) and {@link TheWorkTheyNeed} (a statement or goal
 * the case needs, said) and {@link WordingForADescribedFamily} (how to word the work for a family described).
 */
final class DraftRequest {

    private DraftRequest() {}

    static boolean asks(String message) {
        return RequestToWrite.inWords(message) || RequestBesideTheirWords.onTheFirstLine(message) || RewriteRequest.opening(message)
                || QuestionAboutTheirOwnCase.whatTheDraftWouldBe(message) || CaseNotesAlone.in(message)
                || HelpAskedLast.toWriteThemLast(message) || RequestBesideTheirWords.beforeAQuotation(message)
                || RequestInTheFirstSentence.in(message) || HelpAskedLast.afterTheCaseAndTheWork(message)
                || AskedWhereToStart.in(message) || HelpAskedLast.afterTheThingAlone(message)
                || RewriteRequest.lastAfterNotes(message) || HelpAskedLast.afterSayingTheyMustWriteIt(message)
                || RewriteRequest.howToSayAQuotation(message) || RequestBesideTheirWords.beforeAPaste(message)
                || QuestionAboutTheirOwnCase.howToWriteOne(message) || InstructionToWrite.in(message)
                || StuckOnTheWording.in(message) || TheWorkTheyNeed.in(message)
                || QuestionAboutTheirOwnCase.exampleForTheirOwnCase(message)
                || QuestionAboutTheirOwnCase.howToTurnGivenWordsIntoOne(message)
                || WordingForADescribedFamily.in(message);
    }
}
