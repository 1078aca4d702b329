package org.amicus.publications.internal.staff;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

import org.amicus.platform.Forms;
import org.amicus.platform.Language;
import org.amicus.platform.RejectedInput;
import org.amicus.publications.internal.record.Article;
import org.amicus.publications.internal.record.ArticleDraft;
import org.amicus.publications.internal.record.Edition;
import org.amicus.publications.internal.record.EditionDraft;
import org.amicus.publications.internal.record.EditionImages;
import org.amicus.publications.internal.record.Editions;
import org.amicus.publications.internal.record.TranslationStatus;
import org.amicus.publications.internal.render.PrintPdf;
import org.amicus.publications.internal.render.Renderings;
import org.amicus.publications.internal.sending.EditionSends;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff build an edition: its languages and their translation status, ordered articles with authors,
 * images and calls to action, previews of every rendering in every language, the e-mail send with
 * its fallback warning, publication on the portal and the readership report.
 */
@Controller
@RequestMapping("/staff/publications")
class StaffEditionsController {

    private final Editions editions;
    private final EditionImages images;
    private final Renderings renderings;
    private final PrintPdf pdf;
    private final EditionSends sends;

    StaffEditionsController(Editions editions, EditionImages images, Renderings renderings, PrintPdf pdf, EditionSends sends) {
        this.editions = editions;
        this.images = images;
        this.renderings = renderings;
        this.pdf = pdf;
        this.sends = sends;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("languages", Language.values());
        model.addAttribute("statuses", TranslationStatus.values());
    }

    @GetMapping
    String list(Model model) {
        if (!model.containsAttribute("draft")) {
            model.addAttribute("draft", new EditionDraft(null, null, "en", null, List.of(), List.of()));
        }
        model.addAttribute("publications", editions.publications());
        model.addAttribute("editions", editions.editions(false));
        return "publications/staff-list";
    }

    @PostMapping("/editions")
    String create(@ModelAttribute("draft") EditionDraft draft, Model model, RedirectAttributes flash) {
        return Forms.submit(() -> "redirect:/staff/publications/editions/" + editions.create(draft), "publications.staff.created", flash,
                model, () -> list(model));
    }

    @GetMapping("/editions/{id}")
    String edition(@PathVariable long id, Model model) {
        Edition edition = editions.edition(id);
        List<Article> articles = editions.articles(id);
        model.addAttribute("edition", edition);
        model.addAttribute("articles", articles);
        model.addAttribute("images", images.of(id));
        model.addAttribute("outOfDate", edition.languages().stream().collect(Collectors.toMap(l -> l.language(),
                l -> articles.stream().filter(a -> a.outOfDate(l.language())).count())));
        model.addAttribute("missing", edition.languages().stream().collect(Collectors.toMap(l -> l.language(),
                l -> articles.stream().filter(a -> a.text(l.language()).isEmpty()).count())));
        if (!model.containsAttribute("article")) {
            model.addAttribute("article", new ArticleDraft(edition.sourceLanguage().code(), null, null, null, null, null, null));
        }
        return "publications/staff-edition";
    }

    @PostMapping("/editions/{id}/languages")
    String needLanguage(@PathVariable long id, @RequestParam String language, @RequestParam(defaultValue = "false") boolean shortened,
            Model model, RedirectAttributes flash) {
        return Forms.submit(() -> {
            editions.needLanguage(id, language, shortened);
            return "redirect:/staff/publications/editions/" + id;
        }, "publications.staff.saved", flash, model, () -> edition(id, model));
    }

    @PostMapping("/editions/{id}/translations/{lang}")
    String translation(@PathVariable long id, @PathVariable String lang, @RequestParam String status,
            @RequestParam(required = false) String title, @RequestParam(required = false) String assignee, Model model,
            RedirectAttributes flash) {
        return Forms.submit(() -> {
            editions.translation(id, lang, status, title, assignee);
            return "redirect:/staff/publications/editions/" + id;
        }, "publications.staff.saved", flash, model, () -> edition(id, model));
    }

    @PostMapping("/editions/{id}/articles")
    String addArticle(@PathVariable long id, @ModelAttribute("article") ArticleDraft draft, Model model, RedirectAttributes flash) {
        return Forms.submit(() -> {
            editions.saveArticle(id, null, draft);
            return "redirect:/staff/publications/editions/" + id;
        }, "publications.staff.articleAdded", flash, model, () -> edition(id, model));
    }

    @GetMapping("/editions/{id}/articles/{articleId}")
    String article(@PathVariable long id, @PathVariable long articleId, @RequestParam("in") String lang, Model model) {
        Edition edition = editions.edition(id);
        Article article = editions.article(id, articleId);
        Language language = Language.fromCode(lang).orElseThrow(() -> new RejectedInput("language", "publications.language.unknown"));
        model.addAttribute("edition", edition);
        model.addAttribute("entry", article);
        model.addAttribute("lang", language);
        model.addAttribute("source", article.text(edition.sourceLanguage()).orElseThrow());
        if (!model.containsAttribute("article")) {
            var text = article.text(language);
            model.addAttribute("article", new ArticleDraft(language.code(), text.map(t -> t.title()).orElse(null),
                    text.map(t -> t.bodyHtml()).orElse(null), text.map(t -> t.actionLabel()).orElse(null), article.actionUrl(),
                    article.authorPersonId(), article.authorOrganisationId()));
        }
        if (article.outOfDate(language)) {
            model.addAttribute("changes", editions.sourceChanges(id, articleId, language));
        }
        return "publications/staff-article";
    }

    @PostMapping("/editions/{id}/articles/{articleId}")
    String saveArticle(@PathVariable long id, @PathVariable long articleId, @ModelAttribute("article") ArticleDraft draft, Model model,
            RedirectAttributes flash) {
        return Forms.submit(() -> {
            editions.saveArticle(id, articleId, draft);
            return "redirect:/staff/publications/editions/" + id;
        }, "publications.staff.saved", flash, model, () -> article(id, articleId, draft.language(), model));
    }

    @PostMapping("/editions/{id}/articles/{articleId}/move")
    String move(@PathVariable long id, @PathVariable long articleId, @RequestParam int delta) {
        editions.move(id, articleId, delta);
        return "redirect:/staff/publications/editions/" + id;
    }

    @PostMapping("/editions/{id}/articles/{articleId}/remove")
    String remove(@PathVariable long id, @PathVariable long articleId, RedirectAttributes flash) {
        editions.remove(id, articleId);
        flash.addFlashAttribute("notice", "publications.staff.articleRemoved");
        return "redirect:/staff/publications/editions/" + id;
    }

    @PostMapping("/editions/{id}/images")
    String addImage(@PathVariable long id, @RequestParam(required = false) Long articleId, @RequestParam("image") MultipartFile file,
            @RequestParam(required = false) String alt, Model model, RedirectAttributes flash) throws IOException {
        byte[] bytes = file.getBytes();
        return Forms.submit(() -> {
            images.add(id, articleId, bytes, alt);
            return "redirect:/staff/publications/editions/" + id;
        }, "publications.staff.imageAdded", flash, model, () -> edition(id, model));
    }

    @PostMapping("/editions/{id}/publish")
    String publish(@PathVariable long id, RedirectAttributes flash) {
        editions.publish(id);
        flash.addFlashAttribute("notice", "publications.staff.published");
        return "redirect:/staff/publications/editions/" + id;
    }

    @GetMapping("/editions/{id}/preview/{lang}")
    String preview(@PathVariable long id, @PathVariable String lang, Model model) {
        Edition edition = editions.edition(id);
        Language language = language(lang);
        model.addAttribute("edition", edition);
        model.addAttribute("lang", language);
        model.addAttribute("editionTitle", edition.title(language));
        model.addAttribute("pieces", renderings.web(edition, language));
        model.addAttribute("mail", renderings.mail(edition, language));
        return "publications/staff-preview";
    }

    @GetMapping(value = "/editions/{id}/preview/{lang}/mail", produces = MediaType.TEXT_HTML_VALUE)
    @org.springframework.web.bind.annotation.ResponseBody
    String previewMail(@PathVariable long id, @PathVariable String lang) {
        return renderings.mail(editions.edition(id), language(lang)).html();
    }

    @GetMapping("/editions/{id}/preview/{lang}.pdf")
    ResponseEntity<byte[]> previewPdf(@PathVariable long id, @PathVariable String lang) {
        return pdf.response(editions.edition(id), language(lang));
    }

    @GetMapping("/editions/{id}/send")
    String sendForm(@PathVariable long id, @RequestParam(required = false) Long smartGroupId,
            @RequestParam(required = false) String fallback, Model model) {
        Edition edition = editions.edition(id);
        model.addAttribute("edition", edition);
        model.addAttribute("smartGroupId", smartGroupId);
        Language chosen = Language.fromCode(fallback).orElse(edition.sourceLanguage());
        model.addAttribute("fallback", chosen);
        if (smartGroupId != null) {
            model.addAttribute("plan", sends.plan(id, smartGroupId, chosen));
        }
        return "publications/staff-send";
    }

    @PostMapping("/editions/{id}/send")
    String send(@PathVariable long id, @RequestParam Long smartGroupId, @RequestParam String fallback,
            @RequestParam(defaultValue = "false") boolean fallbackAccepted, @RequestParam(defaultValue = "false") boolean track, Model model,
            RedirectAttributes flash) {
        return Forms.submit(() -> {
            sends.send(id, smartGroupId, language(fallback), fallbackAccepted, track);
            return "redirect:/staff/publications/editions/" + id + "/readership";
        }, "publications.staff.sent", flash, model, () -> sendForm(id, smartGroupId, fallback, model));
    }

    @GetMapping("/editions/{id}/readership")
    String readership(@PathVariable long id, Model model) {
        model.addAttribute("edition", editions.edition(id));
        model.addAttribute("rows", sends.readership(id));
        return "publications/staff-readership";
    }

    @GetMapping(value = "/editions/{id}/readership.csv", produces = "text/csv")
    ResponseEntity<String> readershipCsv(@PathVariable long id) {
        editions.edition(id);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
            .header("Content-Disposition", "attachment; filename=\"edition-" + id + "-readership.csv\"")
            .body(EditionSends.csv(sends.readership(id)));
    }

    private static Language language(String code) {
        return Language.fromCode(code).orElseThrow(() -> new RejectedInput("language", "publications.language.unknown"));
    }
}
