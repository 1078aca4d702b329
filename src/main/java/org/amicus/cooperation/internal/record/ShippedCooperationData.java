package org.amicus.cooperation.internal.record;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.amicus.cooperation.internal.record.Drafts.CouncilDraft;
import org.amicus.cooperation.internal.record.Drafts.FindingDraft;
import org.amicus.cooperation.internal.record.Drafts.SituationDraft;
import org.amicus.cooperation.internal.record.Drafts.StatusDraft;
import org.amicus.cooperation.internal.record.Drafts.TravelDraft;
import org.amicus.cooperation.internal.record.Drafts.WarrantDraft;
import org.amicus.platform.ShippedCsv;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records the shipped public record of cooperation (data/cooperation/*.csv, sources in
 * docs/cooperation.md) on the first start, through the same checks as staff input, all or nothing.
 * A lifecycle bean in an early phase: it runs after every singleton is ready (the states' reference
 * data is loaded by then) and before the web server opens.
 */
@Component
class ShippedCooperationData implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ShippedCooperationData.class);
    private static final String DIR = "data/cooperation/";

    private final CooperationRecords records;
    private final CooperationLedger ledger;
    private final TransactionTemplate transaction;
    private volatile boolean running;

    ShippedCooperationData(CooperationRecords records, CooperationLedger ledger, TransactionTemplate transaction) {
        this.records = records;
        this.ledger = ledger;
        this.transaction = transaction;
    }

    @Override
    public void start() {
        transaction.executeWithoutResult(status -> {
            if (records.isEmpty()) {
                load();
            }
        });
        running = true;
    }

    private void load() {
        long started = System.nanoTime();
        for (CSVRecord r : ShippedCsv.rows(DIR + "situations.csv")) {
            ledger.addSituation(new SituationDraft(r.get("code"), r.get("icc_number"), r.get("iso3"), r.get("trigger"),
                    r.get("opened"), r.get("name_en"), r.get("name_fr"), r.get("name_es"), r.get("name_ar"), r.get("name_pt"),
                    r.get("source")), line(r));
        }
        for (CSVRecord r : ShippedCsv.rows(DIR + "council-actions.csv")) {
            ledger.recordCouncilAction(new CouncilDraft(r.get("action_type"), r.get("resolution"), r.get("adopted"),
                    r.get("situation"), r.get("obliged_iso3"), r.get("source"), r.get("note")), line(r));
        }
        Map<String, Long> warrants = new HashMap<>();
        for (CSVRecord r : ShippedCsv.rows(DIR + "warrants.csv")) {
            warrants.put(r.get("ref"), ledger.addWarrant(new WarrantDraft(r.get("situation"), r.get("case_number"),
                    r.get("case_name"), r.get("suspect"), r.get("kind"), r.get("issued"),
                    Arrays.asList(r.get("crimes").split(" ")), null, r.get("source")), line(r)).id());
        }
        List<CSVRecord> statuses = ShippedCsv.rows(DIR + "warrant-status.csv");
        for (CSVRecord r : statuses) {
            ledger.changeStatus(warrants.get(r.get("ref")), new StatusDraft(r.get("status"), r.get("date"), r.get("source"),
                    r.get("note")), line(r));
        }
        List<CSVRecord> travel = ShippedCsv.rows(DIR + "travel.csv");
        for (CSVRecord r : travel) {
            ledger.reportTravel(warrants.get(r.get("ref")), new TravelDraft(r.get("iso3"), r.get("arrived"), r.get("departed"),
                    r.get("source"), r.get("note")), line(r));
        }
        List<CSVRecord> findings = ShippedCsv.rows(DIR + "findings.csv");
        for (CSVRecord r : findings) {
            ledger.recordFinding(new FindingDraft(r.get("case_number"), r.get("iso3"), r.get("decided"),
                    Boolean.parseBoolean(r.get("referred_to_asp")), Boolean.parseBoolean(r.get("referred_to_council")),
                    r.get("document"), r.get("source"), r.get("note")), line(r));
        }
        log.info("Cooperation record loaded: {} warrants and summonses, {} status changes, {} reported visits, {} findings in {} ms.",
                warrants.size(), statuses.size(), travel.size(), findings.size(), (System.nanoTime() - started) / 1_000_000);
    }

    private static int line(CSVRecord r) {
        return (int) r.getRecordNumber() + 1;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the web server, which starts in a late phase. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }
}
