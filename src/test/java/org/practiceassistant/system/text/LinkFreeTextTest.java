package org.practiceassistant.system.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinkFreeTextTest {

    @Test
    void aMarkdownLinkKeepsItsWordsAndLosesItsAddress() {
        assertThat(LinkFreeText.of("Dad agreed to the [contact rota](https://example.org/x) on Monday."))
                .isEqualTo("Dad agreed to the contact rota on Monday.");
        assertThat(LinkFreeText.of("[click](javascript:alert(1)")).doesNotContain("javascript").doesNotContain("](");
    }

    @Test
    void aBareWebAddressIsRemovedButTheSentenceStays() {
        assertThat(LinkFreeText.of("see https://evil.example/page, then www.example.org."))
                .isEqualTo("see (link removed), then (link removed).");
        assertThat(LinkFreeText.of("[https://a.example](https://b.example)")).isEqualTo("(link removed)");
    }

    @Test
    void textWithoutLinksIsUnchanged() {
        String text = "Mum (Sarah) will [always] ring nan: 3 times a week. file_name [x] (y)";
        assertThat(LinkFreeText.of(text)).isEqualTo(text);
        assertThat(LinkFreeText.of("[[[[(((( ]]]] www. ://")).isEqualTo("[[[[(((( ]]]] www. ://");
    }

    @Test
    void longHostileInputIsReadInLinearTime() {
        String hostile = "[".repeat(200_000) + "](" + "(".repeat(200_000);
        long started = System.nanoTime();
        LinkFreeText.of(hostile);
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(2_000);
    }
}
