package org.amicus.portal.internal.opendata;

import java.util.List;

import org.amicus.platform.AuditTrail;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Every dataset the coalition publishes, with its downloads, licence, sources and date. The date is
 * the newest change to the records it is made of (the audit trail's, so it moves with every correction).
 */
@Controller
class OpenDataPage {

    /**
     * A dataset: its message key, the API answers (JSON) and CSV files (null where the API has none),
     * where each fact comes from (a message key), and the audit record types it is made of.
     */
    record Dataset(String key, List<String> json, List<String> csv, String sourcesKey, List<String> recordTypes) {
    }

    record Dated(Dataset dataset, java.time.Instant newest) {
    }

    static final List<Dataset> DATASETS = List.of(
            new Dataset("states", List.of("/api/v1/states", "/api/v1/rome-statute/timeline"), List.of("/api/v1/states.csv"),
                    "states", List.of("state", "campaign-target")),
            new Dataset("legislation", List.of("/api/v1/legislation", "/api/v1/watch-list"), List.of("/api/v1/legislation.csv"),
                    "legislation", List.of("legislation", "watch-list")),
            new Dataset("cooperation", List.of("/api/v1/cooperation/warrants", "/api/v1/cooperation/findings"),
                    List.of("/api/v1/cooperation/warrants.csv", "/api/v1/cooperation/findings.csv"), "cooperation",
                    List.of("warrant", "finding", "travel", "council-action")),
            new Dataset("elections", List.of("/api/v1/court/elections"), List.of("/api/v1/court/elections.csv"), "court",
                    List.of("court-election", "court-questionnaire")),
            new Dataset("budget", List.of("/api/v1/court/budget", "/api/v1/court/budget/recommendations"),
                    List.of("/api/v1/court/budget.csv"), "court", List.of("court-budget", "court-budget-recommendation")),
            new Dataset("situations", List.of("/api/v1/cooperation/situations", "/api/v1/court/stages"),
                    List.of("/api/v1/cooperation/situations.csv"), "cooperation", List.of("situation", "case", "court-stage")));

    private final AuditTrail audit;

    OpenDataPage(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/open-data")
    String openData(Model model) {
        model.addAttribute("datasets", DATASETS.stream()
            .map(d -> new Dated(d, audit.newestChange(d.recordTypes()).orElse(null))).toList());
        return "portal/open-data";
    }
}
