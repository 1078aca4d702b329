package org.amicus.media.internal.web;

import java.security.Principal;
import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.amicus.cooperation.Situations;
import org.amicus.media.internal.story.Collector;
import org.amicus.media.internal.story.DailySummary;
import org.amicus.media.internal.story.MonitoringReports;
import org.amicus.media.internal.story.SavedSearches;
import org.amicus.media.internal.story.Sources;
import org.amicus.media.internal.story.Stance;
import org.amicus.media.internal.story.StanceLearning;
import org.amicus.media.internal.story.Stories;
import org.amicus.media.internal.story.StoryIndex;
import org.amicus.platform.Forms;
import org.amicus.platform.Language;
import org.amicus.states.StatesDirectory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff's media screens: sources and their health, items entered by hand, search with saved
 * searches, a story with its appearances, the review queue with the classifier's measured accuracy,
 * and the monitoring report per situation.
 */
@Controller
@RequestMapping("/staff/media")
class StaffMediaController {

    private static final int PAGE = 25;

    private final Sources sources;
    private final Collector collector;
    private final Stories stories;
    private final StoryIndex index;
    private final StanceLearning learning;
    private final MonitoringReports reports;
    private final SavedSearches saved;
    private final Situations situations;
    private final StatesDirectory states;
    private final DailySummary summary;
    private final org.thymeleaf.ITemplateEngine templates;
    private final String baseUrl;

    StaffMediaController(Sources sources, Collector collector, Stories stories, StoryIndex index, StanceLearning learning,
            MonitoringReports reports, SavedSearches saved, Situations situations, StatesDirectory states, DailySummary summary,
            org.thymeleaf.ITemplateEngine templates, @org.springframework.beans.factory.annotation.Value("${amicus.mail.base-url}") String baseUrl) {
        this.summary = summary;
        this.templates = templates;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.sources = sources;
        this.collector = collector;
        this.stories = stories;
        this.index = index;
        this.learning = learning;
        this.reports = reports;
        this.saved = saved;
        this.situations = situations;
        this.states = states;
    }

    @ModelAttribute
    void choices(Model model) {
        var locale = LocaleContextHolder.getLocale();
        Language language = Language.of(locale);
        model.addAttribute("situations", situations.situations());
        model.addAttribute("allStates", states.states().stream()
            .sorted(Comparator.comparing((StatesDirectory.StateFacts s) -> s.name(language), Collator.getInstance(locale))).toList());
        model.addAttribute("stances", Stance.values());
        model.addAttribute("kinds", List.of("FEED", "SITEMAP", "EMAIL"));
    }

    @GetMapping
    String sourcesPage(Model model) {
        if (!model.containsAttribute("source")) {
            model.addAttribute("source", new Sources.Draft(null, "FEED", null, null, null, null, 60));
        }
        if (!model.containsAttribute("item")) {
            model.addAttribute("item", new ItemForm(null, null, null));
        }
        model.addAttribute("sources", sources.all());
        return "media/sources";
    }

    /** An item a staff member enters: a URL, pasted text, or both. */
    record ItemForm(String url, String title, String text) {
    }

    @PostMapping("/sources")
    String addSource(@ModelAttribute("source") Sources.Draft draft, Model model, RedirectAttributes flash) {
        return Forms.submit(() -> {
            sources.add(draft);
            return "redirect:/staff/media";
        }, "media.source.added", flash, model, () -> sourcesPage(model));
    }

    @PostMapping("/sources/{id}/poll")
    String poll(@PathVariable long id, RedirectAttributes flash) {
        var outcome = collector.poll(id);
        flash.addFlashAttribute("notice", "media.source.polled");
        flash.addFlashAttribute("noticeArgs", new Object[] { outcome.stories() });
        return "redirect:/staff/media";
    }

    @PostMapping("/sources/{id}/remove")
    String remove(@PathVariable long id, RedirectAttributes flash) {
        sources.remove(id);
        flash.addFlashAttribute("notice", "media.source.removed");
        return "redirect:/staff/media";
    }

    @PostMapping("/items")
    String enter(@ModelAttribute("item") ItemForm item, Model model, RedirectAttributes flash) {
        return Forms.submit(() -> {
            var outcome = collector.enterByHand(item.url(), item.title(), item.text());
            flash.addFlashAttribute("noticeArgs", new Object[] { outcome.stories() });
            return "redirect:/staff/media/stories";
        }, "media.enter.done", flash, model, () -> sourcesPage(model));
    }

    @GetMapping("/stories")
    String search(SearchForm form, Principal who, Model model, jakarta.servlet.http.HttpServletRequest request) {
        model.addAttribute("queryString", request.getQueryString() == null ? "" : request.getQueryString());
        StoryIndex.Found found = index.search(form.criteria(), form.offset(PAGE), PAGE);
        model.addAttribute("form", form);
        model.addAttribute("found", found);
        model.addAttribute("sources", sources.all());
        model.addAttribute("saved", saved.of(who.getName()));
        model.addAttribute("pages", (found.total() + PAGE - 1) / PAGE);
        return "media/stories";
    }

    @PostMapping("/searches")
    String saveSearch(@RequestParam String name, @RequestParam(defaultValue = "") String query,
            @RequestParam(defaultValue = "false") boolean alert, Principal who, Model model, RedirectAttributes flash,
            jakarta.servlet.http.HttpServletRequest request) {
        return Forms.submit(() -> {
            saved.save(who.getName(), name, query, alert);
            return "redirect:/staff/media/stories?" + query;
        }, "media.search.saved", flash, model, () -> search(SearchForm.EMPTY, who, model, request));
    }

    @PostMapping("/searches/{id}/remove")
    String removeSearch(@PathVariable long id, Principal who) {
        saved.remove(who.getName(), id);
        return "redirect:/staff/media/stories";
    }

    @PostMapping("/searches/{id}/alert")
    String alertSearch(@PathVariable long id, @RequestParam boolean on, Principal who, RedirectAttributes flash) {
        saved.alert(who.getName(), id, on);
        flash.addFlashAttribute("notice", on ? "media.alert.on" : "media.alert.off");
        return "redirect:/staff/media/stories";
    }

    /** What a search's alert found, newest first (looking marks them seen). */
    @GetMapping("/searches/{id}")
    String matches(@PathVariable long id, Principal who, Model model) {
        model.addAttribute("search", saved.saved(who.getName(), id));
        model.addAttribute("matches", saved.matches(who.getName(), id));
        return "media/matches";
    }

    @GetMapping("/stories/{id}")
    String story(@PathVariable long id, Model model) {
        model.addAttribute("story", stories.story(id));
        return "media/story";
    }

    @PostMapping("/stories/{id}/stance")
    String label(@PathVariable long id, @RequestParam Stance stance, @RequestParam(required = false) String next, Principal who,
            RedirectAttributes flash) {
        learning.label(id, stance, who.getName());
        flash.addFlashAttribute("notice", "media.review.labelled");
        return "review".equals(next) ? "redirect:/staff/media/review" : "redirect:/staff/media/stories/" + id;
    }

    @GetMapping("/review")
    String review(Model model) {
        model.addAttribute("queue", stories.unreviewed(20));
        model.addAttribute("evaluation", learning.evaluate());
        return "media/review";
    }

    @GetMapping("/reports")
    String report(@RequestParam(required = false) String situation, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, Model model) {
        LocalDate end = to == null ? LocalDate.now(java.time.ZoneOffset.UTC) : to;
        LocalDate start = from == null ? end.minusDays(30) : from;
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("situation", situation);
        if (situation != null && !situation.isBlank()) {
            model.addAttribute("report", reports.report(situation, start, end));
        }
        model.addAttribute("situationNames", situationNames());
        return "media/report";
    }

    private java.util.Map<String, String> situationNames() {
        Language language = Language.of(LocaleContextHolder.getLocale());
        java.util.Map<String, String> names = new java.util.HashMap<>();
        situations.situations().forEach(s -> names.put(s.code(), s.name(language)));
        return names;
    }

    /** The report as a PDF in the reader's language, for the Secretariat. */
    @GetMapping("/reports.pdf")
    ResponseEntity<byte[]> reportPdf(@RequestParam String situation, @RequestParam LocalDate from, @RequestParam LocalDate to,
            jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response) {
        Language language = Language.of(LocaleContextHolder.getLocale());
        var exchange = org.thymeleaf.web.servlet.JakartaServletWebApplication.buildApplication(request.getServletContext())
            .buildExchange(request, response);
        var context = new org.thymeleaf.context.WebContext(exchange, LocaleContextHolder.getLocale());
        context.setVariable("report", reports.report(situation, from, to));
        context.setVariable("situation", situation);
        context.setVariable("situationNames", situationNames());
        context.setVariable("from", from);
        context.setVariable("to", to);
        context.setVariable("stances", Stance.values());
        context.setVariable("language", language);
        context.setVariable("generated", java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).withNano(0));
        String html = templates.process("media/report-pdf", context);
        return ResponseEntity.ok().contentType(org.springframework.http.MediaType.APPLICATION_PDF)
            .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"media-" + situation.replaceAll("[^A-Za-z0-9_]", "") + "-" + from
                    + "-" + to + ".pdf\"")
            .body(org.amicus.platform.PrintedPdf.of(html, language.rightToLeft(), baseUrl));
    }

    @GetMapping("/reports.csv")
    ResponseEntity<String> reportCsv(@RequestParam String situation, @RequestParam LocalDate from, @RequestParam LocalDate to) {
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_TYPE, "text/csv; charset=utf-8")
            .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"media-" + situation.replaceAll("[^A-Za-z0-9_]", "")
                    + "-" + from + "-" + to + ".csv\"")
            .body(ReportCsv.of(reports.report(situation, from, to)));
    }

    @GetMapping("/summary")
    String summaryPage(@RequestParam(required = false) LocalDate day, Model model) {
        LocalDate d = day == null ? LocalDate.now(java.time.ZoneOffset.UTC) : day;
        model.addAttribute("day", d);
        model.addAttribute("suggestions", summary.suggestions(d));
        return "media/summary";
    }

    /** Each story's position comes as rank.{id}: a number picks the story and orders it, blank leaves it out. */
    @PostMapping("/summary")
    String sendSummary(@RequestParam LocalDate day, @RequestParam(required = false) Long smartGroup, @RequestParam String fromAddress,
            @RequestParam java.util.Map<String, String> all, Model model, RedirectAttributes flash) {
        List<Long> picked = all.entrySet().stream()
            .filter(e -> e.getKey().startsWith("rank.") && e.getValue() != null && e.getValue().matches("\\d{1,4}"))
            .sorted(Comparator.comparing((java.util.Map.Entry<String, String> e) -> Integer.parseInt(e.getValue())))
            .map(e -> Long.parseLong(e.getKey().substring(5)))
            .toList();
        return Forms.submit(() -> "redirect:/staff/mail/" + summary.send(day, picked, smartGroup, fromAddress),
                "media.summary.sent", flash, model, () -> summaryPage(day, model));
    }
}
