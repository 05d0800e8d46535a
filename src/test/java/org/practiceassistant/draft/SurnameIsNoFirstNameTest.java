package org.practiceassistant.draft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A child given with a surname ("Jess Harker 11"): the coach calls the child by the first name, never the surname (the
 * goal read "so that Harker is doing well"). Examples of our own, in the shapes workers type names.
 */
class SurnameIsNoFirstNameTest {

    @Test
    void theFirstNameIsKeptWhenASurnameIsTyped() {
        assertThat(AnswerParsers.children("Jess Harker 11")).extracting(Child::describe).containsExactly("Jess (11)");
        assertThat(AnswerParsers.children("Milo Brandt 6 wks")).extracting(Child::describe).containsExactly("Milo (6 weeks)");
        assertThat(AnswerParsers.children("tom price 9")).extracting(Child::describe).containsExactly("Tom (9)");
        assertThat(AnswerParsers.children("Jess Harker 11 and Leo Harker 4")).extracting(Child::describe)
                .containsExactly("Jess (11)", "Leo (4)");
    }

    @Test
    void wordsBeforeANameAreNoFirstName() {
        assertThat(AnswerParsers.children("baby Kai 6 months")).extracting(Child::describe).containsExactly("Kai (6 months)");
        assertThat(AnswerParsers.children("little ella 4")).extracting(Child::describe).containsExactly("Ella (4)");
        assertThat(AnswerParsers.children("Ella 4 and Sam 7")).extracting(Child::describe).containsExactly("Ella (4)", "Sam (7)");
        assertThat(AnswerParsers.children("twins jude and jonah 2")).extracting(Child::describe)
                .containsExactly("Jude (2)", "Jonah (2)");
        assertThat(AnswerParsers.children("placed with brother Liam 22")).isEmpty();
        // A capital and a lower-case word side by side are not read as one person's names.
        assertThat(AnswerParsers.children("Police said ella 4")).extracting(Child::describe).containsExactly("Ella (4)");
    }
}
