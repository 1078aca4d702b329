package org.amicus.publications.internal.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.amicus.platform.Language;
import org.amicus.platform.NotFound;
import org.amicus.publications.internal.calendar.Calendar;
import org.amicus.publications.internal.calendar.CalendarEntry;
import org.amicus.platform.RejectedInput;
import org.amicus.publications.internal.press.PressItem;
import org.amicus.publications.internal.press.PressItems;
import org.amicus.publications.internal.press.PressStatus;
import org.amicus.publications.internal.record.Article;
import org.amicus.publications.internal.record.ArticleDraft;
import org.amicus.publications.internal.record.Edition;
import org.amicus.publications.internal.record.EditionDraft;
import org.amicus.publications.internal.record.Editions;
import org.amicus.publications.internal.record.Publication;
import org.amicus.publications.internal.render.Piece;
import org.amicus.publications.internal.render.Renderings;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Publications, published editions in their approved languages, released press items and the calendar; staff also read
 * every edition with its translations' status, press items in the workflow, the staff calendar, and write editions.
 * GET is open on the API chain, so the staff-only reads check the caller's role here.
 */
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

    record Created(long id) {
    }

    @Operation(summary = "The coalition's publications: name, kind, frequency, languages, readership, source")
    @GetMapping
    List<Publication> publications() {
        return editions.publications();
    }

    @Operation(summary = "Published editions with their approved languages, newest first; staff may ask for every edition (all=true)")
    @GetMapping("/editions")
    List<EditionJson> published(@RequestParam(defaultValue = "false") boolean all, Authentication who) {
        if (all) {
            staffOnly(who);
        }
        return editions.editions(!all).stream().map(EditionJson::of).toList();
    }

    record TranslationJson(String language, boolean source, boolean shortened, String status, String title, String assignee,
            long missingArticles, long outOfDateArticles) {
    }

    @Operation(summary = "Staff: an edition's translations: status, assignee, and the articles missing or out of date in each language")
    @GetMapping("/editions/{id}/translations")
    List<TranslationJson> translations(@PathVariable long id, Authentication who) {
        staffOnly(who);
        Edition e = editions.edition(id);
        List<Article> articles = editions.articles(id);
        return e.languages().stream().map(l -> new TranslationJson(l.language().code(), l.language() == e.sourceLanguage(), l.shortened(),
                l.status().name(), l.title(), l.assignee(), articles.stream().filter(a -> a.text(l.language()).isEmpty()).count(),
                articles.stream().filter(a -> a.outOfDate(l.language())).count())).toList();
    }

    @Operation(summary = "A published edition in an approved language (the source language by default), articles in order")
    @GetMapping("/editions/{id}")
    EditionText edition(@PathVariable long id,
            @Parameter(description = "Language code: en, fr, es, ar, pt") @RequestParam(required = false) String lang) {
        Edition e = editions.edition(id);
        if (e.publishedAt() == null) {
            throw new NotFound("publications.edition.notFound", id);
        }
        Language l = language(lang).filter(e::isApproved).orElse(e.sourceLanguage());
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

    @Operation(summary = "Released press items (releases, advisories, statements, talking points), newest first; "
            + "staff may ask for items in a workflow status (DRAFT, REVIEWED, APPROVED) or ALL")
    @GetMapping("/press")
    List<PressJson> press(@Parameter(description = "Language code; the source language where the item has no text in it")
            @RequestParam(required = false) String lang, @RequestParam(defaultValue = "PUBLISHED") String status, Authentication who) {
        Language l = language(lang).orElse(Language.EN);
        String wanted = status.trim().toUpperCase(java.util.Locale.ROOT);
        if (!wanted.equals("ALL") && java.util.Arrays.stream(PressStatus.values()).noneMatch(s -> s.name().equals(wanted))) {
            throw new RejectedInput("status", "publications.api.unknownValue", status);
        }
        if (!wanted.equals("PUBLISHED")) {
            staffOnly(who);
        }
        return press.all(wanted.equals("PUBLISHED")).stream().filter(i -> wanted.equals("ALL") || i.status().name().equals(wanted))
            .map(i -> PressJson.of(i, l)).toList();
    }

    @Operation(summary = "A press item: released items to anyone, others to staff only (with who drafted, reviewed and approved it)")
    @GetMapping("/press/{id}")
    PressJson pressItem(@PathVariable long id, @RequestParam(required = false) String lang, Authentication who) {
        PressItem i = press.get(id);
        if (i.status() != PressStatus.PUBLISHED && !isStaff(who)) {
            throw new NotFound("publications.press.notFound", id);
        }
        return PressJson.of(i, language(lang).orElse(i.sourceLanguage()));
    }

    record PressJson(long id, String kind, String status, String language, String title, String html, Instant embargoUntil,
            Instant publishedAt, String draftedBy, String reviewedBy, String approvedBy) {

        static PressJson of(PressItem i, Language l) {
            var t = i.text(l);
            boolean released = i.status() == PressStatus.PUBLISHED;
            return new PressJson(i.id(), i.kind().name(), i.status().name(), t.language().code(), t.title(), t.bodyHtml(), i.embargoUntil(),
                    i.publishedAt(), released ? null : i.draftedBy(), released ? null : i.reviewedBy(), released ? null : i.approvedBy());
        }
    }

    @Operation(summary = "Calendar events with their next date: the public ones, or a signed-in member's (MEMBERS) or staff's (STAFF) "
            + "view; campaign targets and election periods come from the treaty and Court records (also as iCalendar: /calendar.ics)")
    @GetMapping("/calendar")
    List<CalendarJson> calendar(@RequestParam(defaultValue = "PUBLIC") String audience, Authentication who) {
        String wanted = audience.trim().toUpperCase(java.util.Locale.ROOT);
        if (!CalendarEntry.AUDIENCES.contains(wanted)) {
            throw new RejectedInput("audience", "publications.api.unknownValue", audience);
        }
        if (wanted.equals("STAFF")) {
            staffOnly(who);
        } else if (wanted.equals("MEMBERS") && !has(who, "ROLE_MEMBER") && !isStaff(who)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return calendar.upcoming(wanted, today).stream().map(e -> CalendarJson.of(e, today)).toList();
    }

    record CalendarJson(String uid, String kind, String title, LocalDate next, LocalDate startsOn, LocalDate endsOn, boolean yearly,
            String audience, String source) {

        static CalendarJson of(CalendarEntry e, LocalDate today) {
            return new CalendarJson(e.uid(), e.kind(), e.title(), e.nextOn(today), e.startsOn(), e.endsOn(), e.yearly(), e.audience(),
                    e.source());
        }
    }

    /** A language asked for: empty when none is given, refused when the code is not one of the five. */
    private static java.util.Optional<Language> language(String code) {
        if (code == null || code.isBlank()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Language.fromCode(code).orElseThrow(() -> new RejectedInput("lang", "publications.language.unknown")));
    }

    private static void staffOnly(Authentication who) {
        if (!isStaff(who)) {
            throw new ResponseStatusException(who == null || !who.isAuthenticated() || who instanceof AnonymousAuthenticationToken
                    ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN);
        }
    }

    private static boolean isStaff(Authentication who) {
        return has(who, "ROLE_STAFF") || has(who, "ROLE_ADMIN");
    }

    private static boolean has(Authentication who, String role) {
        return who != null && who.getAuthorities().stream().anyMatch(a -> role.equals(a.getAuthority()));
    }
}
