package org.amicus.states.internal.legislation;

import java.util.ArrayList;
import java.util.List;

import org.amicus.platform.ShippedCsv;
import org.amicus.states.internal.record.ReferenceData;
import org.amicus.states.internal.watch.WatchDraft;
import org.amicus.states.internal.watch.WatchList;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the shipped legislation data on the first start (no stage recorded yet): the 2009 plan's
 * implementation categories and the enacted laws with their citations, through the same checks as
 * staff input, and the plan's watch list. docs/legislation.md says where each fact comes from.
 */
@Component
class LegislationData implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(LegislationData.class);

    private final ReferenceData referenceData;
    private final LegislationRecords records;
    private final StageRecorder recorder;
    private final WatchList watchList;

    LegislationData(ReferenceData referenceData, LegislationRecords records, StageRecorder recorder, WatchList watchList) {
        this.referenceData = referenceData;
        this.records = records;
        this.recorder = recorder;
        this.watchList = watchList;
    }

    @Override
    @Transactional
    public void afterSingletonsInstantiated() {
        referenceData.ensureLoaded();
        if (!records.isEmpty() || !watchList.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        List<StageDraft> stages = new ArrayList<>();
        for (CSVRecord r : ShippedCsv.rows("data/legislation-stages.csv")) {
            stages.add(new StageDraft((int) r.getRecordNumber() + 1, r.get("iso3"), r.get("component"), r.get("stage"),
                    r.get("date"), r.get("source"), r.get("moved_by"), r.get("obstacles"), r.get("reason"),
                    r.get("law_title"), r.get("law_number"), r.get("law_date"), null, false));
        }
        List<WatchDraft> watched = new ArrayList<>();
        for (CSVRecord r : ShippedCsv.rows("data/watch-list-2009.csv")) {
            watched.add(new WatchDraft((int) r.getRecordNumber() + 1, r.get("iso3"), r.get("valid_from"), null,
                    r.get("staff_lead"), r.get("national_coalition"), r.get("partners"), r.get("next_step"),
                    r.get("next_step_due"), r.get("source")));
        }
        int recorded = recorder.record(stages).size();
        int onList = watchList.save(watched).size();
        log.info("Legislation data loaded: {} stages, {} states on the watch list, in {} ms.", recorded, onList,
                (System.nanoTime() - started) / 1_000_000);
    }

}
