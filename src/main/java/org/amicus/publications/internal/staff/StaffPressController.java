package org.amicus.publications.internal.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.amicus.platform.Forms;
import org.amicus.platform.Language;
import org.amicus.platform.RejectedInput;
import java.util.List;

import org.amicus.media.PressCoverage;
import org.amicus.publications.internal.press.Citation;
import org.amicus.publications.internal.press.Experts;
import org.amicus.publications.internal.press.JournalistSegments;
import org.amicus.publications.internal.press.JournalistSegments.Segment;
import org.amicus.publications.internal.press.PressDraft;
import org.amicus.publications.internal.press.PressItem;
import org.amicus.publications.internal.press.PressItems;
import org.amicus.publications.internal.press.PressKind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;

/** The press office: draft, review (another person), approve with an embargo (an administrator, a third person), citations. */
@Controller
@RequestMapping("/staff/press")
class StaffPressController {

    private final PressItems items;
    private final Experts experts;
    private final JournalistSegments segments;
    private final PressCoverage coverage;
    private final String baseUrl;

    StaffPressController(PressItems items, Experts experts, JournalistSegments segments, PressCoverage coverage,
            @Value("${amicus.mail.base-url:http://localhost:8080}") String baseUrl) {
        this.items = items;
        this.experts = experts;
        this.segments = segments;
        this.coverage = coverage;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("kinds", PressKind.values());
        model.addAttribute("languages", Language.values());
    }

    @GetMapping
    String list(Model model) {
        if (!model.containsAttribute("draft")) {
            model.addAttribute("draft", new PressDraft("PRESS_RELEASE", "en", null, null, null, null));
        }
        model.addAttribute("items", items.all(false));
        return "publications/staff-press-list";
    }

    @PostMapping
    String create(@ModelAttribute("draft") PressDraft draft, Model model, RedirectAttributes flash) {
        return Forms.submit(() -> "redirect:/staff/press/" + items.create(draft), "publications.staff.saved", flash, model, () -> list(model));
    }

    @GetMapping("/{id}")
    String item(@PathVariable long id, @RequestParam(name = "in", required = false) String lang, Model model) {
        PressItem item = items.get(id);
        Language language = Language.fromCode(lang).orElse(item.sourceLanguage());
        model.addAttribute("item", item);
        model.addAttribute("lang", language);
        model.addAttribute("printable", experts.printable(item.experts()));
        var citations = items.citations(id);
        model.addAttribute("citations", citations);
        model.addAttribute("found", found(item, citations));
        Segment saved = segments.of(id).orElse(null);
        model.addAttribute("regions", JournalistSegments.REGIONS);
        model.addAttribute("reach", segments.reach(item.smartGroupId(), saved));
        if (!model.containsAttribute("segment")) {
            model.addAttribute("segment", saved == null ? Segment.of(null, null, null, null) : saved);
        }
        if (!model.containsAttribute("draft")) {
            PressItem.Text text = item.texts().get(language);
            model.addAttribute("draft", new PressDraft(item.kind().name(), language.code(), text == null ? null : text.title(),
                    text == null ? null : text.bodyHtml(), String.join(", ", item.experts().stream().map(String::valueOf).toList()),
                    item.smartGroupId()));
        }
        return "publications/staff-press";
    }

    /** Monitored coverage that cites the released item by its title or address and is not kept yet. */
    private List<PressCoverage.Item> found(PressItem item, List<Citation> kept) {
        if (item.publishedAt() == null) {
            return List.of();
        }
        var keptUrls = kept.stream().map(Citation::url).collect(java.util.stream.Collectors.toSet());
        return coverage.citing(item.text(item.sourceLanguage()).title(), baseUrl + "/press/" + item.id(), item.publishedAt(), 50).stream()
            .filter(c -> !keptUrls.contains(c.url())).toList();
    }

    @PostMapping("/{id}")
    String edit(@PathVariable long id, @ModelAttribute("draft") PressDraft draft, Model model, RedirectAttributes flash) {
        return Forms.submit(() -> {
            items.edit(id, draft);
            return "redirect:/staff/press/" + id + "?in=" + draft.language();
        }, "publications.staff.saved", flash, model, () -> item(id, draft.language(), model));
    }

    /** Counts who a segment would reach ({@code count}), saves it, or clears it; the count is shown before anything is saved. */
    @PostMapping("/{id}/segment")
    String segment(@PathVariable long id, @RequestParam(required = false) List<String> regions,
            @RequestParam(name = "segmentLanguages", required = false) List<String> languages, @RequestParam(required = false) String beats,
            @RequestParam(required = false) String situations, @RequestParam(defaultValue = "count") String action, Model model,
            RedirectAttributes flash) {
        Segment segment = Segment.of(regions, languages, beats, situations);
        if (action.equals("count")) {
            PressItem item = items.get(id);
            model.addAttribute("segment", segment);
            model.addAttribute("checked", segments.reach(item.smartGroupId(), segment));
            return item(id, null, model);
        }
        return Forms.submit(() -> {
            segments.save(items.get(id), action.equals("clear") ? null : segment);
            return "redirect:/staff/press/" + id;
        }, "publications.staff.saved", flash, model, () -> {
            model.addAttribute("segment", segment);
            return item(id, null, model);
        });
    }

    @PostMapping("/{id}/review")
    String review(@PathVariable long id, Model model, RedirectAttributes flash) {
        return Forms.submit(() -> {
            items.review(id);
            return "redirect:/staff/press/" + id;
        }, "publications.press.reviewed", flash, model, () -> item(id, null, model));
    }

    /** The embargo is typed as a date and time in UTC. */
    @PostMapping("/{id}/approve")
    String approve(@PathVariable long id, @RequestParam(required = false) String embargo, HttpServletRequest request, Model model,
            RedirectAttributes flash) {
        if (!request.isUserInRole("ADMIN")) {
            throw new AccessDeniedException("approval needs an administrator");
        }
        return Forms.submit(() -> {
            items.approve(id, embargo(embargo));
            return "redirect:/staff/press/" + id;
        }, "publications.press.approved", flash, model, () -> item(id, null, model));
    }

    @PostMapping("/{id}/citations")
    String cite(@PathVariable long id, @RequestParam(required = false) String url, @RequestParam(required = false) String outlet,
            @RequestParam(required = false) String headline, @RequestParam(required = false) LocalDate citedOn, Model model,
            RedirectAttributes flash) {
        return Forms.submit(() -> {
            items.cite(id, url, outlet, headline, citedOn);
            return "redirect:/staff/press/" + id;
        }, "publications.staff.saved", flash, model, () -> item(id, null, model));
    }

    static Instant embargo(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(typed.trim()).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new RejectedInput("embargo", "publications.press.embargoFormat");
        }
    }
}
