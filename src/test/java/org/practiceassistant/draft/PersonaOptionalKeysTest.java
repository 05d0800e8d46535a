package org.practiceassistant.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The next reader's personas may carry keys older sets rarely have: a {@code fear} per worry, a top-level
 * {@code contingency}, and {@code review} as "accept", "rework" or {@code {edit: ...}}. Persona must read them all, so the
 * blind set plugs in unchanged. The YAML here is our own.
 */
class PersonaOptionalKeysTest {

    @TempDir
    Path folder;

    @Test
    void aFearPerWorryAndAContingencyAreRead() throws IOException {
        Files.writeString(folder.resolve("a.yaml"), """
                name: "a"
                service: "cp"
                children: "Ella 4"
                worries:
                  - harm: "dad hit mum in front of ella"
                    who_worried: "me and the school"
                    fear: "ella will get hurt when dad is angry"
                  - harm: "ella missed nursery"
                contingency: "if dad comes round drunk mum rings nan and the police"
                review: {edit: "My own wording."}
                """);
        Persona persona = Persona.all(folder).getFirst();
        assertThat(persona.worries().getFirst()).containsEntry("fear", "ella will get hurt when dad is angry");
        assertThat(persona.worries().get(1)).doesNotContainKey("fear");
        assertThat(persona.topics()).containsEntry("contingency", "if dad comes round drunk mum rings nan and the police");
        assertThat(persona.reviewIsEdit()).isTrue();
        assertThat(persona.review()).isEqualTo("My own wording.");
    }

    @Test
    void detoursWrittenAsPlainStringsAreKeptUnplacedAndCountedNotTyped() throws IOException {
        Files.writeString(folder.resolve("c.yaml"), """
                name: "c"
                service: "cin"
                children: "Ella 4"
                worries:
                  - harm: "ella missed nursery"
                detours:
                  - "its gone to CP now, do i start again?"
                  - {at: "harm", say: "what counts as harm?"}
                """);
        Persona persona = Persona.all(folder).getFirst();
        assertThat(persona.unplacedDetours()).isEqualTo(1);
        assertThat(persona.detours().get(Persona.UNPLACED)).containsExactly("its gone to CP now, do i start again?");
        assertThat(persona.detours().get("harm")).containsExactly("what counts as harm?");
        assertThat(BlindFigures.unplacedDetours(folder)).isEqualTo(1);
    }

    @Test
    void reviewAsAcceptOrReworkIsNoEditAndAMissingContingencyIsEmpty() throws IOException {
        Files.writeString(folder.resolve("b.yaml"), """
                name: "b"
                worries:
                  - harm: "x"
                review: "rework"
                """);
        Files.writeString(folder.resolve("c.yaml"), """
                name: "c"
                worries:
                  - harm: "x"
                review: accept
                """);
        var personas = Persona.all(folder);
        assertThat(personas).extracting(Persona::review).containsExactly("rework", "accept");
        assertThat(personas).noneMatch(Persona::reviewIsEdit);
        assertThat(personas.getFirst().topics()).containsEntry("contingency", "");
    }
}
