package org.amicus.states.internal.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.amicus.platform.Language;
import org.amicus.states.StatesDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** What other modules learn from the treaty record through {@link StatesDirectory}. */
@SpringBootTest
class StatesDirectoryTest {

    @Autowired
    StatesDirectory directory;

    @Test
    void countsTheStatesPartiesOnADateAsThePlanDid() {
        // The 2009 plan: "There are currently 110 States Parties to the Rome Statute."
        assertThat(directory.statesPartiesCount(LocalDate.of(2009, 9, 9))).isEqualTo(110);
        assertThat(directory.isStateParty("ZAF", LocalDate.of(2015, 6, 13))).isTrue();
        assertThat(directory.isStateParty("BDI", LocalDate.of(2018, 1, 1))).isFalse();
        assertThat(directory.isStateParty("XXX", LocalDate.of(2018, 1, 1))).isFalse();
    }

    @Test
    void listsTheDepositsOfAPeriodWithTheirEntryIntoForce() {
        var deposits = directory.deposits(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        assertThat(deposits).extracting(StatesDirectory.Deposit::iso3).contains("UKR");
        assertThat(deposits).filteredOn(d -> d.iso3().equals("UKR")).first()
            .satisfies(d -> assertThat(d.entryIntoForce()).isEqualTo(LocalDate.of(2025, 1, 1)));
    }

    @Test
    void namesStatesInTheFiveLanguages() {
        var egypt = directory.state("egy").orElseThrow();
        assertThat(egypt.name(Language.AR)).isEqualTo("مصر");
        assertThat(egypt.unRegionalGroup()).isEqualTo("AFRICAN");
        assertThat(directory.states()).hasSize(197);
    }
}
