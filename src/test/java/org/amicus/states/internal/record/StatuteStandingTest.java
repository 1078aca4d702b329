package org.amicus.states.internal.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class StatuteStandingTest {

    private final List<TreatyEvent> events = new ArrayList<>();

    private StatuteStandingTest event(TreatyEventType type, String date, InstrumentType instrument, String effective) {
        events.add(new TreatyEvent(events.size() + 1, "XXX", type, LocalDate.parse(date), instrument,
                effective == null ? null : LocalDate.parse(effective), "a source", null, false, null, Instant.EPOCH, "test",
                null));
        return this;
    }

    private StatuteStandingTest event(TreatyEventType type, String date) {
        return event(type, date, null, null);
    }

    private Status statusOn(String date) {
        return StatuteStanding.asOf(events, LocalDate.parse(date)).status(LocalDate.parse(date));
    }

    @Test
    void article126GivesTheFirstDayOfTheMonthAfterTheSixtiethDay() {
        assertThat(RomeStatute.entryIntoForce(LocalDate.of(2024, 10, 25))).isEqualTo("2025-01-01"); // Ukraine
        assertThat(RomeStatute.entryIntoForce(LocalDate.of(2023, 11, 14))).isEqualTo("2024-02-01"); // Armenia
        assertThat(RomeStatute.entryIntoForce(LocalDate.of(2015, 1, 2))).isEqualTo("2015-04-01"); // Palestine
        assertThat(RomeStatute.entryIntoForce(LocalDate.of(2002, 6, 28))).isEqualTo("2002-09-01"); // Latvia
    }

    @Test
    void theFirstSixtyInstrumentsEnterIntoForceWithTheStatute() {
        assertThat(RomeStatute.entryIntoForce(LocalDate.of(1999, 2, 2))).isEqualTo("2002-07-01"); // Senegal, the first
        assertThat(RomeStatute.entryIntoForce(LocalDate.of(2002, 4, 11))).isEqualTo("2002-07-01");
    }

    @Test
    void aWithdrawalTakesEffectAYearLaterUnlessALaterDateIsNamed() {
        assertThat(RomeStatute.withdrawalEffective(LocalDate.of(2016, 10, 27), null)).isEqualTo("2017-10-27");
        assertThat(RomeStatute.withdrawalEffective(LocalDate.of(2016, 10, 27), LocalDate.of(2018, 1, 1))).isEqualTo("2018-01-01");
        assertThat(RomeStatute.withdrawalEffective(LocalDate.of(2016, 10, 27), LocalDate.of(2017, 1, 1))).isEqualTo("2017-10-27");
    }

    @Test
    void aStateMovesFromSignatoryToPartyToWithdrawn() {
        event(TreatyEventType.SIGNATURE, "1999-01-13").event(TreatyEventType.DEPOSIT, "2004-09-21", InstrumentType.RATIFICATION, null)
            .event(TreatyEventType.WITHDRAWAL_NOTIFIED, "2016-10-27"); // Burundi
        assertThat(statusOn("1998-12-31")).isEqualTo(Status.NON_PARTY);
        assertThat(statusOn("2000-01-01")).isEqualTo(Status.SIGNATORY);
        assertThat(statusOn("2004-10-01")).isEqualTo(Status.PARTY_PENDING);
        assertThat(statusOn("2004-12-01")).isEqualTo(Status.PARTY);
        assertThat(statusOn("2017-01-01")).isEqualTo(Status.WITHDRAWING);
        assertThat(statusOn("2017-10-26")).isEqualTo(Status.WITHDRAWING);
        assertThat(statusOn("2017-10-27")).isEqualTo(Status.WITHDRAWN);
        assertThat(StatuteStanding.violations(events)).isEmpty();
    }

    @Test
    void aRevokedWithdrawalLeavesTheStateAParty() {
        event(TreatyEventType.SIGNATURE, "1998-07-17").event(TreatyEventType.DEPOSIT, "2000-11-27", InstrumentType.RATIFICATION, null)
            .event(TreatyEventType.WITHDRAWAL_NOTIFIED, "2016-10-19").event(TreatyEventType.WITHDRAWAL_RETRACTED, "2017-03-07");
        assertThat(statusOn("2017-01-01")).isEqualTo(Status.WITHDRAWING);
        assertThat(statusOn("2018-01-01")).isEqualTo(Status.PARTY);
        assertThat(StatuteStanding.asOf(events, LocalDate.of(2018, 1, 1)).withdrawalNotified()).isNull();
    }

    @Test
    void anInstrumentWithdrawnBeforeEntryIntoForceLeavesNoParty() {
        event(TreatyEventType.DEPOSIT, "2019-03-04", InstrumentType.ACCESSION, null)
            .event(TreatyEventType.INSTRUMENT_WITHDRAWN, "2019-04-29"); // Malaysia
        assertThat(statusOn("2019-04-01")).isEqualTo(Status.PARTY_PENDING);
        assertThat(statusOn("2019-07-01")).isEqualTo(Status.NON_PARTY);
        assertThat(StatuteStanding.violations(events)).isEmpty();
    }

    @Test
    void aSignatureWithdrawnIsItsOwnStatus() {
        event(TreatyEventType.SIGNATURE, "2000-12-31").event(TreatyEventType.SIGNATURE_WITHDRAWN, "2002-05-06");
        assertThat(statusOn("2001-01-01")).isEqualTo(Status.SIGNATORY);
        assertThat(statusOn("2002-05-06")).isEqualTo(Status.SIGNATURE_WITHDRAWN);
    }

    @Test
    void aSuccessionsEffectiveDateOverridesArticle126() {
        event(TreatyEventType.DEPOSIT, "2006-10-23", InstrumentType.SUCCESSION, "2006-06-03"); // Montenegro
        var standing = StatuteStanding.asOf(events, LocalDate.of(2007, 1, 1));
        assertThat(standing.entryIntoForce()).isEqualTo("2006-06-03");
        assertThat(standing.entryIntoForceOverridden()).isTrue();
        assertThat(statusOn("2006-09-01")).as("before anyone could know of the deposit").isEqualTo(Status.NON_PARTY);
    }

    @Test
    void impossibleOrdersAreReportedWithTheirReason() {
        event(TreatyEventType.WITHDRAWAL_NOTIFIED, "2003-01-01")
            .event(TreatyEventType.DEPOSIT, "2004-01-01", InstrumentType.RATIFICATION, null)
            .event(TreatyEventType.DEPOSIT, "2005-01-01", InstrumentType.RATIFICATION, null)
            .event(TreatyEventType.SIGNATURE, "2006-01-01");
        assertThat(StatuteStanding.violations(events)).extracting(StatuteStanding.Violation::code)
            .containsExactly("event.notAParty", "event.alreadyParty", "event.signatureClosed");
    }

    @Test
    void aStateMayReturnAfterItsWithdrawalTookEffect() {
        event(TreatyEventType.DEPOSIT, "2011-08-30", InstrumentType.RATIFICATION, null)
            .event(TreatyEventType.WITHDRAWAL_NOTIFIED, "2018-03-17")
            .event(TreatyEventType.DEPOSIT, "2020-01-02", InstrumentType.ACCESSION, null);
        assertThat(StatuteStanding.violations(events)).isEmpty();
        assertThat(statusOn("2019-06-01")).isEqualTo(Status.WITHDRAWN);
        assertThat(statusOn("2020-05-01")).isEqualTo(Status.PARTY);
    }
}
