package org.amicus.states.internal.record;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.amicus.platform.Language;
import org.amicus.platform.ShippedCsv;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the shipped reference data on the first start (no state in the database yet): every
 * state, the Rome Statute events with their sources (through the same checks as staff input),
 * and the 2009 plan's target categories. docs/data.md says where each fact comes from. It runs
 * before the web server opens, so nobody is ever served an empty tracker.
 */
@Component
public class ReferenceData implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ReferenceData.class);

    private final TreatyRecords records;
    private final EventRecorder recorder;
    private final PlanTargets targets;

    ReferenceData(TreatyRecords records, EventRecorder recorder, PlanTargets targets) {
        this.records = records;
        this.recorder = recorder;
        this.targets = targets;
    }

    @Override
    public void afterSingletonsInstantiated() {
        ensureLoaded();
    }

    /** Loads the reference data unless the database has it; data that builds on the states calls this first. */
    @Transactional
    public void ensureLoaded() {
        try {
            loadOnFirstStart();
        } catch (IOException e) {
            throw new UncheckedIOException("The reference data shipped in the application cannot be read", e);
        }
    }

    private void loadOnFirstStart() throws IOException {
        if (records.hasStates()) {
            return;
        }
        List<State> states = new ArrayList<>();
        for (CSVRecord row : ShippedCsv.rows("data/states.csv")) {
            Map<Language, String> names = new EnumMap<>(Language.class);
            for (Language l : Language.values()) {
                names.put(l, row.get("name_" + l.code()));
            }
            states.add(new State(row.get("iso3"), row.get("iso2"), row.get("iso_numeric"), row.get("un_status"),
                    UnRegionalGroup.valueOf(row.get("un_regional_group")), names, decimal(row.get("lat")),
                    decimal(row.get("lon"))));
        }
        records.insertStates(states);
        var events = recorder.record(EventCsv.read(new ClassPathResource("data/rome-statute-events.csv").getContentAsByteArray()));
        int categories = 0;
        for (CSVRecord row : ShippedCsv.rows("data/target-categories-2009.csv")) {
            targets.assign(row.get("iso3"), TargetCategory.valueOf(row.get("category")), LocalDate.parse(row.get("valid_from")),
                    row.get("source"));
            categories++;
        }
        log.info("Reference data loaded: {} states, {} treaty events, {} target categories.", states.size(), events.size(),
                categories);
    }

    private static BigDecimal decimal(String s) {
        return s == null || s.isBlank() ? null : new BigDecimal(s.trim());
    }
}
