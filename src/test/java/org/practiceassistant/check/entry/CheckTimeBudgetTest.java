package org.practiceassistant.check.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.practiceassistant.check.CheckTimedOut;
import org.practiceassistant.check.DraftChecker;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** /api/check hands the checker its time budget, and a check that runs out of time is a 422 with a problem body. */
class CheckTimeBudgetTest {

    @Test
    void aCheckThatRunsOutOfTimeIsA422NamingNoText() throws Exception {
        AtomicReference<Duration> given = new AtomicReference<>();
        DraftChecker slow = (kind, text, budget) -> {
            given.set(budget);
            throw new CheckTimedOut(budget);
        };
        CheckProperties properties = new CheckProperties(new ByteArrayResource(new byte[0]), 50_000, Duration.ofMillis(750));
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new CheckController(slow, properties)).build();

        mvc.perform(post("/api/check").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"plan\",\"text\":\"Zebedee Quillfeather hits the walls\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://practiceassistant.org/problems/check-timed-out"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Zebedee"))));
        assertThat(given.get()).isEqualTo(Duration.ofMillis(750));
    }
}
