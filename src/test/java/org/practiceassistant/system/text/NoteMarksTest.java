package org.practiceassistant.system.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NoteMarksTest {

    @Test
    void eachKindOfMarkIsFoundWithWhatItCovers() {
        String note = "Worries re: school, seen x3 & came w/ nan, test +ve";

        List<NoteMarks.Mark> marks = NoteMarks.in(note);

        assertThat(marks).extracting(NoteMarks.Mark::kind).containsExactly(NoteMarks.Kind.ABOUT, NoteMarks.Kind.TALLY,
                NoteMarks.Kind.AND, NoteMarks.Kind.WITH, NoteMarks.Kind.POSITIVE);
        assertThat(marks).extracting(mark -> note.substring(mark.start(), mark.end())).containsExactly("re:", "x3", "&", "w/", "+ve");
    }

    @Test
    void marksInsideWordsAndNamesAreNone() {
        assertThat(NoteMarks.in("Taken to A&E, now in the 14+ team after a re-referral; Re'Nae, 4x4 driver, x10/week"))
                .isEmpty();
        assertThat(NoteMarks.first("Dad reads to her every night")).isNull();
        assertThat(NoteMarks.first("Mum & dad argued 3X last month")).isEqualTo("&");
    }
}
