package org.amicus.publications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;

import javax.imageio.ImageIO;

import org.amicus.platform.RejectedInput;
import org.amicus.publications.internal.record.ArticleHtml;
import org.amicus.publications.internal.record.ImageCheck;
import org.junit.jupiter.api.Test;

/** What an article may carry, and images accepted for what their bytes are. */
class ArticleHtmlAndImagesTest {

    @Test
    void scriptsHandlersAndJavascriptLinksAreRemovedAndFormattingKept() {
        String clean = ArticleHtml.sanitise("<p onclick=\"steal()\">Justice <strong>now</strong><script>alert(1)</script></p>"
                + "<a href=\"javascript:alert(2)\">x</a> <a href=\"https://www.iccnow.org\">CICC</a><iframe src=\"https://evil\"></iframe>");
        assertThat(clean).contains("<p>Justice <strong>now</strong></p>").contains("href=\"https://www.iccnow.org\"")
            .doesNotContain("script").doesNotContain("onclick").doesNotContain("javascript").doesNotContain("iframe");
        assertThat(ArticleHtml.text("<p>One</p><ul><li>two</li><li>three &amp; four</li></ul>")).isEqualTo("One\ntwo\nthree & four");
    }

    static byte[] png(int width, int height) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    @Test
    void aRealImageIsReadForItsTypeAndSize() throws Exception {
        ImageCheck.Checked checked = ImageCheck.check(png(40, 30));
        assertThat(checked).isEqualTo(new ImageCheck.Checked("image/png", 40, 30));
    }

    @Test
    void aFileThatIsNotAnImageOrIsHugeIsRefused() throws Exception {
        assertThatThrownBy(() -> ImageCheck.check("%PDF-1.7 pretending to be a picture".getBytes()))
            .isInstanceOfSatisfying(RejectedInput.class, e -> assertThat(e.problems().get(0).code()).isEqualTo("publications.image.notAnImage"));
        assertThatThrownBy(() -> ImageCheck.check(new byte[ImageCheck.MAX_BYTES + 1]))
            .isInstanceOfSatisfying(RejectedInput.class, e -> assertThat(e.problems().get(0).code()).isEqualTo("publications.image.tooLarge"));
        assertThatThrownBy(() -> ImageCheck.check(png(ImageCheck.MAX_SIDE + 1, 2)))
            .isInstanceOfSatisfying(RejectedInput.class, e -> assertThat(e.problems().get(0).code()).isEqualTo("publications.image.tooManyPixels"));
    }
}
