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

    @Test
    void anHtmlAnchorKeepsItsWordsAndLosesItsAddress() {
        assertThat(LinkFreeText.of("see the <a href=\"https://example.org/plan\">family's plan</a> before Friday"))
                .isEqualTo("see the family's plan before Friday");
        assertThat(LinkFreeText.of("<A HREF='javascript:alert(1)'>click me</A>!")).isEqualTo("click me!");
        assertThat(LinkFreeText.of("<a href=\"https://x.example\">https://x.example</a>")).isEqualTo(LinkFreeText.REMOVED);
        assertThat(LinkFreeText.of("an unclosed <a href=\"https://x.example\">tag and more")).isEqualTo("an unclosed tag and more");
    }

    @Test
    void anEmailAddressIsRemovedButTheSentenceStays() {
        assertThat(LinkFreeText.of("email jo.bloggs+cp@council.gov.uk about it."))
                .isEqualTo("email (e-mail removed) about it.");
        assertThat(LinkFreeText.of("<a href=\"mailto:sam@example.org\">sam@example.org</a>")).isEqualTo(LinkFreeText.EMAIL_REMOVED);
        assertThat(LinkFreeText.of("meet @ 3pm, or @school; a@b is no address")).isEqualTo("meet @ 3pm, or @school; a@b is no address");
    }

    @Test
    void searchedTextLosesLinksAndAddressesWithoutAPlaceholder() {
        assertThat(LinkFreeText.forSearch("what goes in a <a href=\"https://x.example\">safety plan</a>? ask me@example.org"))
                .isEqualTo("what goes in a safety plan? ask");
        assertThat(LinkFreeText.forSearch("what is a core group")).isEqualTo("what is a core group");
    }

    @Test
    void lessThanSignsAndAtSignsInOrdinaryTextStay() {
        String text = "Leo <3 years, mum @ nan's; scale <5 means worry; <b>bold</b> and <abbr>CP</abbr>";
        assertThat(LinkFreeText.of(text)).isEqualTo(text);
    }

    @Test
    void longHostileAnchorsAndAddressesAreReadInLinearTime() {
        String hostile = "<a ".repeat(100_000) + "a".repeat(100_000) + "@".repeat(100_000) + "x.".repeat(100_000)
                + "a@b ".repeat(50_000) + "<a href=".repeat(50_000);
        long started = System.nanoTime();
        LinkFreeText.of(hostile);
        LinkFreeText.forSearch(hostile);
        // A quadratic pass over these 1.1 million characters takes minutes; a linear one well under a second on a quiet
        // machine. 10 s tells the two apart even on a 2-core build machine at load 10, where 2 s flaked at 2,001 ms.
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(10_000);
    }
}
