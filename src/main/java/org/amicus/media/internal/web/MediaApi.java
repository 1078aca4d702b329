package org.amicus.media.internal.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;

import org.amicus.media.internal.story.Collector;
import org.amicus.media.internal.story.Ingestion;
import org.amicus.media.internal.story.MonitoringReports;
import org.amicus.media.internal.story.Source;
import org.amicus.media.internal.story.Sources;
import org.amicus.media.internal.story.Stance;
import org.amicus.media.internal.story.StanceLearning;
import org.amicus.media.internal.story.Stories;
import org.amicus.media.internal.story.Story;
import org.amicus.media.internal.story.StoryIndex;
import org.amicus.platform.RejectedInput;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Media monitoring for staff: sources, stories and their search, stance labels, the classifier's accuracy, reports. */
@RestController
@RequestMapping("/api/v1/media")
@Tag(name = "Media monitoring (staff)")
class MediaApi {

    private final Sources sources;
    private final Collector collector;
    private final Stories stories;
    private final StoryIndex index;
    private final StanceLearning learning;
    private final MonitoringReports reports;

    MediaApi(Sources sources, Collector collector, Stories stories, StoryIndex index, StanceLearning learning, MonitoringReports reports) {
        this.sources = sources;
        this.collector = collector;
        this.stories = stories;
        this.index = index;
        this.learning = learning;
        this.reports = reports;
    }

    @Operation(summary = "Every source with its health: last success, last error, failures in a row, items per day (last 7 days)")
    @GetMapping("/sources")
    List<Source> sources() {
        return sources.all();
    }

    @Operation(summary = "Adds a feed (RSS or Atom) or a news sitemap; rejected input answers 400 with every problem")
    @PostMapping("/sources")
    ResponseEntity<Source> addSource(@RequestBody Sources.Draft draft) {
        return ResponseEntity.status(HttpStatus.CREATED).body(sources.add(draft));
    }

    @Operation(summary = "Polls a source now; answers how many stories, appearances and duplicates it gave")
    @PostMapping("/sources/{id}/poll")
    Ingestion.Outcome poll(@PathVariable long id) {
        return collector.poll(id);
    }

    /** An item entered by hand: a URL whose page is read, and/or pasted text. */
    record Item(String url, String title, String text) {
    }

    @Operation(summary = "Enters an item by hand (a URL, pasted text or both)")
    @PostMapping("/items")
    Ingestion.Outcome enter(@RequestBody Item item) {
        return collector.enterByHand(item.url(), item.title(), item.text());
    }

    @Operation(summary = "Searches stories: words in any language, filters on source, language, country (ISO3), situation code, "
            + "stance, dates (ISO, inclusive); highlighted snippets when words are given")
    @GetMapping("/stories")
    StoryIndex.Found search(@RequestParam(required = false) String q, @RequestParam(required = false) Long source,
            @RequestParam(required = false) String language, @RequestParam(required = false) String country,
            @RequestParam(required = false) String situation, @RequestParam(required = false) Stance stance,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "25") int size) {
        if (size < 1 || size > 200 || page < 1) {
            throw new RejectedInput("size", "media.search.badPage");
        }
        var form = new SearchForm(q, source, language, country, situation, stance, from, to, page);
        return index.search(form.criteria(), form.offset(size), size);
    }

    @Operation(summary = "One story with every appearance (outlet, URL, byline) and its tags")
    @GetMapping("/stories/{id}")
    Story story(@PathVariable long id) {
        return stories.story(id);
    }

    /** A reviewer's stance. */
    record Label(Stance stance) {
    }

    @Operation(summary = "Sets a story's stance as a reviewer; the classifier retrains. heldOut: the label measures, never teaches")
    @PutMapping("/stories/{id}/stance")
    java.util.Map<String, Object> label(@PathVariable long id, @RequestBody Label label, Principal who) {
        if (label.stance() == null) {
            throw new RejectedInput("stance", "media.review.stanceRequired");
        }
        stories.story(id);
        return java.util.Map.of("stance", label.stance(), "heldOut", learning.label(id, label.stance(), who.getName()));
    }

    @Operation(summary = "The review queue: stories nobody reviewed, least confident first")
    @GetMapping("/review/queue")
    List<Story> queue(@RequestParam(defaultValue = "20") int size) {
        return stories.unreviewed(Math.max(1, Math.min(size, 200)));
    }

    @Operation(summary = "The classifier's accuracy per language on the held-out sets, and every story it got wrong")
    @GetMapping("/review/evaluation")
    StanceLearning.Evaluation evaluation() {
        return learning.evaluate();
    }

    @Operation(summary = "The monitoring report of a situation over days from..to (inclusive)")
    @GetMapping("/reports/{situation}")
    MonitoringReports.Report report(@PathVariable String situation, @RequestParam LocalDate from, @RequestParam LocalDate to) {
        return reports.report(situation, from, to);
    }

    @Operation(summary = "The same report as CSV")
    @GetMapping(value = "/reports/{situation}.csv", produces = "text/csv")
    ResponseEntity<String> reportCsv(@PathVariable String situation, @RequestParam LocalDate from, @RequestParam LocalDate to) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, "text/csv; charset=utf-8")
            .body(ReportCsv.of(reports.report(situation, from, to)));
    }
}
