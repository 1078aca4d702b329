package org.amicus.publications.internal.web;

import java.time.Duration;

import org.amicus.platform.Language;
import org.amicus.platform.NotFound;
import org.amicus.publications.internal.record.Edition;
import org.amicus.publications.internal.record.EditionImages;
import org.amicus.publications.internal.record.Editions;
import org.amicus.publications.internal.render.PrintPdf;
import org.amicus.publications.internal.render.Renderings;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The portal's publications: each published edition in every approved language (the reader's
 * language when approved, else the source), its PDF, its images. Each reading is counted.
 */
@Controller
class PublicationPages {

    private final Editions editions;
    private final EditionImages images;
    private final Renderings renderings;
    private final PrintPdf pdf;

    PublicationPages(Editions editions, EditionImages images, Renderings renderings, PrintPdf pdf) {
        this.editions = editions;
        this.images = images;
        this.renderings = renderings;
        this.pdf = pdf;
    }

    @GetMapping("/publications")
    String list(Model model) {
        model.addAttribute("editions", editions.editions(true));
        return "publications/list";
    }

    @GetMapping("/publications/editions/{id}")
    String edition(@PathVariable long id, Model model) {
        Edition edition = published(id);
        Language wanted = Language.of(LocaleContextHolder.getLocale());
        Language shown = edition.isApproved(wanted) ? wanted : edition.sourceLanguage();
        editions.viewed(id, shown);
        model.addAttribute("edition", edition);
        model.addAttribute("lang", shown);
        model.addAttribute("editionTitle", edition.title(shown));
        model.addAttribute("pieces", renderings.web(edition, shown));
        return "publications/edition";
    }

    @GetMapping("/publications/editions/{id}/{lang}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @PathVariable String lang) {
        Edition edition = published(id);
        Language language = Language.fromCode(lang).filter(edition::isApproved)
            .orElseThrow(() -> new NotFound("publications.edition.notFound", id));
        return pdf.response(edition, language);
    }

    @GetMapping("/publications/editions/{id}/images/{imageId}")
    ResponseEntity<byte[]> image(@PathVariable long id, @PathVariable long imageId) {
        EditionImages.Stored stored = images.stored(id, imageId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(stored.contentType()))
            .cacheControl(CacheControl.maxAge(Duration.ofDays(7))).header("X-Content-Type-Options", "nosniff").body(stored.bytes());
    }

    private Edition published(long id) {
        Edition edition = editions.edition(id);
        if (edition.publishedAt() == null) {
            throw new NotFound("publications.edition.notFound", id);
        }
        return edition;
    }
}
