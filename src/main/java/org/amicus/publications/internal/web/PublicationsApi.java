package org.amicus.publications.internal.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.amicus.platform.Language;
import org.amicus.platform.NotFound;
import org.amicus.publications.internal.calendar.Calendar;
import org.amicus.publications.internal.calendar.CalendarEntry;
import org.amicus.publications.internal.press.PressItems;
import org.amicus.publications.internal.record.ArticleDraft;
import org.amicus.publications.internal.record.Edition;
import org.amicus.publications.internal.record.EditionDraft;
import org.amicus.publications.internal.record.Editions;
import org.amicus.publications.internal.record.Publication;
import org.amicus.publications.internal.render.Piece;
import org.amicus.publications.internal.render.Renderings;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Publications, published editions in their approved languages, released press items and the public calendar; staff write editions. */
@RestController
@RequestMapping("/api/v1/publications")
@Tag(name = "Publications")
class PublicationsApi {

    private final Editions editions;
    private final Renderings renderings;
    private final PressItems press;
    private final Calendar calendar;

    PublicationsApi(Editions editions, Renderings renderings, PressItems press, Calendar calendar) {
        this.editions = editions;
        this.renderings = renderings;
        this.press = press;
        this.calendar = calendar;
    }

    record EditionJson(long id, String publication, String label, String sourceLanguage, List<String> languages, Instant publishedAt) {

        static EditionJson of(Edition e) {
            return new EditionJson(e.id(), e.publication().slug(), e.label(), e.sourceLanguage().code(),
                    e.approvedLanguages().stream().map(Language::code).toList(), e.publishedAt());
        }
    }

    record ArticleJson(long id, String title, String author, String html, String actionLabel, String actionUrl) {
    }

    record EditionText(EditionJson edition, String language, String title, List<ArticleJson> articles) {
    }

    record PressJson(long id, String kind, String language, String title, String html, Instant publishedAt) {
    }

    record Created(long id) {
    }

    @Operation(summary = "The coalition's publications: name, kind, frequency, languages, readership, source")
    @GetMapping
    List<Publication> publications() {
        return editions.publications();
    }

    @Operation(summary = "Published editions with their approved languages, newest first")
    @GetMapping("/editions")
    List<EditionJson> published() {
        return editions.editions(true).stream().map(EditionJson::of).toList();
    }

    @Operation(summary = "A published edition in an approved language (the source language by default), articles in order")
    @GetMapping("/editions/{id}")
    EditionText edition(@PathVariable long id,
            @Parameter(description = "Language code: en, fr, es, ar, pt") @RequestParam(required = false) String lang) {
        Edition e = editions.edition(id);
        if (e.publishedAt() == null) {
            throw new NotFound("publications.edition.notFound", id);
        }
        Language l = Language.fromCode(lang).filter(e::isApproved).orElse(e.sourceLanguage());
        List<ArticleJson> articles = renderings.web(e, l).stream()
            .map((Piece p) -> new ArticleJson(p.id(), p.title(), p.author(), p.bodyHtml(), p.actionLabel(), p.actionUrl())).toList();
        return new EditionText(EditionJson.of(e), l.code(), e.title(l), articles);
    }

    @Operation(summary = "Staff: create an edition (publicationId, label, sourceLanguage, title, languages, shortened)")
    @PostMapping("/editions")
    ResponseEntity<Created> create(@RequestBody EditionDraft draft) {
        return ResponseEntity.status(201).body(new Created(editions.create(draft)));
    }

    @Operation(summary = "Staff: add an article in the edition's source language; its HTML is sanitised")
    @PostMapping("/editions/{id}/articles")
    ResponseEntity<Created> addArticle(@PathVariable long id, @RequestBody ArticleDraft draft) {
        return ResponseEntity.status(201).body(new Created(editions.saveArticle(id, null, draft)));
    }

    @Operation(summary = "Released press items (releases, advisories, statements, talking points), newest first")
    @GetMapping("/press")
    List<PressJson> press(@Parameter(description = "Language code; the source language where the item has no text in it")
            @RequestParam(required = false) String lang) {
        Language l = Language.fromCode(lang).orElse(Language.EN);
        return press.all(true).stream().map(i -> {
            var t = i.text(l);
            return new PressJson(i.id(), i.kind().name(), t.language().code(), t.title(), t.bodyHtml(), i.publishedAt());
        }).toList();
    }

    @Operation(summary = "The public calendar: days and events with their next date and source (also as /calendar.ics)")
    @GetMapping("/calendar")
    List<CalendarJson> calendar() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return calendar.upcoming("PUBLIC", today).stream().map(e -> CalendarJson.of(e, today)).toList();
    }

    record CalendarJson(long id, String kind, String title, LocalDate next, boolean yearly, String source) {

        static CalendarJson of(CalendarEntry e, LocalDate today) {
            return new CalendarJson(e.id(), e.kind(), e.title(), e.nextOn(today), e.yearly(), e.source());
        }
    }
}
