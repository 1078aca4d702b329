package org.amicus.publications.internal.render;

import org.amicus.platform.Language;
import org.amicus.platform.PrintedPdf;
import org.amicus.publications.internal.record.Edition;
import org.springframework.stereotype.Service;

/** The print-ready PDF of an edition in one language: its print document through platform's {@link PrintedPdf}. */
@Service
public class PrintPdf {

    private final Renderings renderings;

    PrintPdf(Renderings renderings) {
        this.renderings = renderings;
    }

    public byte[] pdf(Edition edition, Language language) {
        return PrintedPdf.of(renderings.print(edition, language), language.rightToLeft(), renderings.baseUrl());
    }

    /** The PDF as a response, named after the publication, the edition and the language. */
    public org.springframework.http.ResponseEntity<byte[]> response(Edition edition, Language language) {
        return org.springframework.http.ResponseEntity.ok().contentType(org.springframework.http.MediaType.APPLICATION_PDF)
            .header("Content-Disposition", "inline; filename=\"" + edition.publication().slug() + "-" + edition.id() + "-"
                    + language.code() + ".pdf\"")
            .body(pdf(edition, language));
    }
}
