package org.amicus.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.core.io.ClassPathResource;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * A page of HTML laid out as a PDF by openhtmltopdf, with the Noto fonts the application ships under
 * {@code fonts/} (SIL Open Font License, see fonts/OFL.txt; Latin and Arabic), ICU's bidirectional
 * algorithm and Arabic shaping, right to left for Arabic. Editions and monitoring reports print through it.
 */
public final class PrintedPdf {

    private static final String[][] FONTS = { { "NotoSans-Regular.ttf", "Noto Sans", "400" }, { "NotoSans-Bold.ttf", "Noto Sans", "700" },
        { "NotoNaskhArabic-Regular.ttf", "Noto Naskh Arabic", "400" }, { "NotoNaskhArabic-Bold.ttf", "Noto Naskh Arabic", "700" } };

    private PrintedPdf() {
    }

    /** The PDF of {@code html}; relative addresses in it are read from {@code baseUrl}. */
    public static byte[] of(String html, boolean rightToLeft, String baseUrl) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            for (String[] f : FONTS) {
                builder.useFont(() -> {
                    try {
                        return new ClassPathResource("fonts/" + f[0]).getInputStream();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, f[1], Integer.valueOf(f[2]), BaseRendererBuilder.FontStyle.NORMAL, true);
            }
            builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
            builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
            builder.defaultTextDirection(rightToLeft ? BaseRendererBuilder.TextDirection.RTL : BaseRendererBuilder.TextDirection.LTR);
            builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), baseUrl + "/");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
