package org.amicus.portal.internal.blog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The common XSS vectors leave nothing that runs; the formatting a writer needs stays. */
class RichTextTest {

    @ParameterizedTest
    @ValueSource(strings = { "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<a href=\"javascript:alert(1)\">go</a>",
            "<svg onload=alert(1)><circle/></svg>", "<p style=\"background:url(javascript:alert(1));width:expression(alert(1))\">t</p>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">d</a>", "<iframe src=\"https://evil.example\"></iframe>",
            "<div onmouseover=\"alert(1)\">hover</div>", "<a href=\"JaVaScRiPt:alert(1)\">x</a>", "<object data=\"x.swf\"></object>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", "<form action=\"https://evil.example\"><button>go</button></form>" })
    void nothingThatRunsSurvives(String attack) {
        String safe = RichText.sanitise(attack).toLowerCase(java.util.Locale.ROOT);
        assertThat(safe).doesNotContain("<script", "onerror", "onload", "onmouseover", "javascript:", "data:", "expression(", "<svg",
                "<iframe", "<object", "<style", "<form", "<img");
    }

    @Test
    void theFormattingAWriterNeedsStays() {
        String html = "<h2>Bunia</h2><p>The <strong>Court</strong> sat in <em>Ituri</em>.</p><ul><li>one</li></ul>"
                + "<blockquote>quote</blockquote><a href=\"https://www.icc-cpi.int/drc\">ICC</a> <a href=\"/pages/about\">about</a>";
        String safe = RichText.sanitise(html);
        assertThat(safe).contains("<h2>Bunia</h2>", "<strong>Court</strong>", "<em>Ituri</em>", "<li>one</li>", "<blockquote>",
                "href=\"https://www.icc-cpi.int/drc\"", "href=\"/pages/about\"", "rel=\"noopener");
    }

    @Test
    void plainTextKeepsWordsAndNoTags() {
        assertThat(RichText.plain("<b>Thank</b> you <script>x()</script> & 1 < 2")).isEqualTo("Thank you  & 1 < 2");
    }
}
