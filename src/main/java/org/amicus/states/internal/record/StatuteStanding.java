package org.amicus.states.internal.record;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One state's standing towards the Rome Statute, built by replaying its events in date order.
 * The replay is also the rule book: an event that cannot follow the ones before it (a withdrawal
 * before any deposit, a second deposit while a party) is reported, never silently applied.
 */
public final class StatuteStanding {

    /** Date order; on one day, the order of {@link TreatyEventType}; then the order of recording. */
    public static final Comparator<TreatyEvent> CHRONOLOGICAL = Comparator.comparing(TreatyEvent::date)
        .thenComparing(TreatyEvent::type)
        .thenComparingLong(TreatyEvent::id);

    /** An event the rules refuse, with the message code that says why. */
    public record Violation(TreatyEvent event, String code) {
    }

    private LocalDate signed;
    private LocalDate signatureWithdrawn;
    private LocalDate deposited;
    private InstrumentType instrumentType;
    private LocalDate entryIntoForceOverride;
    private LocalDate withdrawalNotified;
    private LocalDate withdrawalEffective;
    private final List<Violation> violations = new ArrayList<>();

    /** The standing on {@code asOf}, from the state's events (those dated later are ignored). */
    public static StatuteStanding asOf(List<TreatyEvent> events, LocalDate asOf) {
        StatuteStanding standing = new StatuteStanding();
        events.stream().sorted(CHRONOLOGICAL).filter(e -> !e.date().isAfter(asOf)).forEach(standing::apply);
        return standing;
    }

    /** Every event that breaks the rules, replaying the whole sequence. */
    public static List<Violation> violations(List<TreatyEvent> events) {
        return asOf(events, LocalDate.MAX).violations;
    }

    private void apply(TreatyEvent e) {
        Optional<String> refusal = refusal(e);
        if (refusal.isPresent()) {
            violations.add(new Violation(e, refusal.get()));
            return;
        }
        switch (e.type()) {
            case SIGNATURE -> signed = e.date();
            case SIGNATURE_WITHDRAWN -> signatureWithdrawn = e.date();
            case DEPOSIT -> {
                deposited = e.date();
                instrumentType = e.instrumentType();
                entryIntoForceOverride = e.effectiveDate();
                withdrawalNotified = null;
                withdrawalEffective = null;
            }
            case INSTRUMENT_WITHDRAWN -> {
                deposited = null;
                instrumentType = null;
                entryIntoForceOverride = null;
            }
            case WITHDRAWAL_NOTIFIED -> {
                withdrawalNotified = e.date();
                withdrawalEffective = RomeStatute.withdrawalEffective(e.date(), e.effectiveDate());
            }
            case WITHDRAWAL_RETRACTED -> {
                withdrawalNotified = null;
                withdrawalEffective = null;
            }
        }
    }

    private Optional<String> refusal(TreatyEvent e) {
        LocalDate d = e.date();
        boolean party = partyOn(d);
        return Optional.ofNullable(switch (e.type()) {
            case SIGNATURE -> d.isAfter(RomeStatute.SIGNATURE_CLOSED_AFTER) ? "event.signatureClosed"
                    : signed != null ? "event.alreadySigned" : party ? "event.alreadyParty" : null;
            case DEPOSIT -> party ? "event.alreadyParty" : null;
            case INSTRUMENT_WITHDRAWN -> !party ? "event.notAParty"
                    : !d.isBefore(entryIntoForce()) ? "event.alreadyInForce" : null;
            case WITHDRAWAL_NOTIFIED -> !party ? "event.notAParty" : withdrawalNotified != null ? "event.withdrawalPending" : null;
            case WITHDRAWAL_RETRACTED -> !party || withdrawalNotified == null ? "event.noWithdrawalPending" : null;
            case SIGNATURE_WITHDRAWN -> signed == null ? "event.notSigned"
                    : party ? "event.alreadyParty" : signatureWithdrawn != null ? "event.signatureAlreadyWithdrawn" : null;
        });
    }

    /** An instrument deposited and no withdrawal effective on {@code date}. */
    private boolean partyOn(LocalDate date) {
        return deposited != null && (withdrawalEffective == null || withdrawalEffective.isAfter(date));
    }

    public Status status(LocalDate asOf) {
        if (deposited != null) {
            if (withdrawalEffective != null) {
                return withdrawalEffective.isAfter(asOf) ? Status.WITHDRAWING : Status.WITHDRAWN;
            }
            return entryIntoForce().isAfter(asOf) ? Status.PARTY_PENDING : Status.PARTY;
        }
        if (signatureWithdrawn != null) {
            return Status.SIGNATURE_WITHDRAWN;
        }
        return signed != null ? Status.SIGNATORY : Status.NON_PARTY;
    }

    /** Article 126's date, or the date recorded with a source where it differs. */
    public LocalDate entryIntoForce() {
        if (deposited == null) {
            return null;
        }
        return entryIntoForceOverride != null ? entryIntoForceOverride : RomeStatute.entryIntoForce(deposited);
    }

    public boolean entryIntoForceOverridden() {
        return entryIntoForceOverride != null;
    }

    public LocalDate signed() {
        return signed;
    }

    public LocalDate signatureWithdrawn() {
        return signatureWithdrawn;
    }

    public LocalDate deposited() {
        return deposited;
    }

    public InstrumentType instrumentType() {
        return instrumentType;
    }

    public LocalDate withdrawalNotified() {
        return withdrawalNotified;
    }

    public LocalDate withdrawalEffective() {
        return withdrawalEffective;
    }
}
