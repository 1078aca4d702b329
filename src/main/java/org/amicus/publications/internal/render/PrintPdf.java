package org.amicus.publications.internal.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.amicus.platform.Language;
import org.amicus.publications.internal.record.Edition;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The print-ready PDF: the print document laid out by openhtmltopdf with the bundled Noto fonts
 * (SIL Open Font License, see publications/fonts/OFL.txt), ICU's bidirectional algorithm and Arabic
 * shaping, right to left for Arabic.
 */
@Service
public class PrintPdf {

    private static final String[][] FONTS = { { "NotoSans-Regular.ttf", "Noto Sans", "400" }, { "NotoSans-Bold.ttf", "Noto Sans", "700" },
        { "NotoNaskhArabic-Regular.ttf", "Noto Naskh Arabic", "400" }, { "NotoNaskhArabic-Bold.ttf", "Noto Naskh Arabic", "700" } };

    private final Renderings renderings;

    PrintPdf(Renderings renderings) {
        this.renderings = renderings;
    }

    public byte[] pdf(Edition edition, Language language) {
        return pdf(renderings.print(edition, language), language.rightToLeft(), renderings.baseUrl());
    }

    /** The PDF as a response, named after the publication, the edition and the language. */
    public org.springframework.http.ResponseEntity<byte[]> response(Edition edition, Language language) {
        return org.springframework.http.ResponseEntity.ok().contentType(org.springframework.http.MediaType.APPLICATION_PDF)
            .header("Content-Disposition", "inline; filename=\"" + edition.publication().slug() + "-" + edition.id() + "-"
                    + language.code() + ".pdf\"")
            .body(pdf(edition, language));
    }

    static byte[] pdf(String html, boolean rightToLeft, String baseUrl) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            for (String[] f : FONTS) {
                builder.useFont(() -> {
                    try {
                        return new ClassPathResource("publications/fonts/" + f[0]).getInputStream();
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
