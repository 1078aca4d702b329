package org.amicus.mail.internal.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The body a reader's mail program decodes: line ends, merged values and the transfer encoding. */
class MimeTest {

    @Test
    void everyKindOfLineBreakBecomesCrlfAndTheBodyEndsWithOne() {
        assertThat(Mime.crlf("a\nb\rc\r\nd")).isEqualTo("a\r\nb\r\nc\r\nd\r\n");
        assertThat(Mime.crlf("done\r\n")).isEqualTo("done\r\n");
        assertThat(Mime.lineBreaks("one line")).isEqualTo("one line");
    }

    @Test
    void mergedValuesAreEscapedInHtmlAndTheirLineBreaksMadeCrlf() {
        MergeTemplate html = MergeTemplate.body("<p>Dear {{name}},</p>\n<p>{{note}}</p>", true);
        byte[] copy = html.fillBody(Map.of("name", "Ana <O'Neil> & co", "note", "first\nsecond"));
        assertThat(new String(copy, StandardCharsets.UTF_8))
            .isEqualTo("<p>Dear Ana &lt;O&#39;Neil&gt; &amp; co,</p>\r\n<p>first\r\nsecond</p>\r\n");
        MergeTemplate text = MergeTemplate.body("Dear {{name}},\nbye {{unknown}}", false);
        assertThat(new String(text.fillBody(Map.of("name", "<Ana>")), StandardCharsets.UTF_8)).isEqualTo("Dear <Ana>,\r\nbye \r\n");
    }

    @Test
    void plainAsciiGoesAs7bitAndAnythingElseAsBase64ThatDecodesBackToTheText() {
        assertThat(Mime.body("Dear reader,\n").encoding()).isEqualTo("7bit");
        String arabic = "عزيزتي/عزيزي قارئ،\nالحملة مستمرة.";
        Mime.Body body = Mime.body(arabic);
        assertThat(body.encoding()).isEqualTo("base64");
        String decoded = new String(Base64.getMimeDecoder().decode(body.bytes()), StandardCharsets.UTF_8);
        assertThat(decoded).isEqualTo(Mime.crlf(arabic));
        // RFC 5322 caps a line at 998 characters: a longer ASCII line cannot travel as 7bit.
        assertThat(Mime.body("x".repeat(999)).encoding()).isEqualTo("base64");
        assertThat(Mime.body("x".repeat(998)).encoding()).isEqualTo("7bit");
    }
}
