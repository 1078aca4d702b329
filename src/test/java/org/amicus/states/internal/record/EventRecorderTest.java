package org.amicus.states.internal.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.amicus.states.TreatyEventRecorded;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

/** What a recorded treaty event tells the other modules (alerts, mail); rolled back, the record is left as shipped. */
@SpringBootTest
@RecordApplicationEvents
@Transactional
class EventRecorderTest {

    @Autowired
    EventRecorder recorder;
    @Autowired
    ApplicationEvents events;

    @Test
    void aNewEventThenItsCorrectionAreAnnouncedAsTheAlertsNameThem() {
        TreatyEvent deposit = recorder.record(List.of(new Draft(1, "TKM", "DEPOSIT", "2025-03-03", "ACCESSION", null,
                "https://example.org/turkmenistan", null, null, false))).get(0);
        recorder.record(List.of(new Draft(1, "TKM", "DEPOSIT", "2025-03-04", "ACCESSION", null,
                "https://example.org/turkmenistan-corrected", null, deposit.id(), false)));
        assertThat(events.stream(TreatyEventRecorded.class)).extracting(TreatyEventRecorded::action)
            .containsExactly("created", "corrected");
    }
}
