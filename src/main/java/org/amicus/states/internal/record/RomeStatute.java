package org.amicus.states.internal.record;

import java.time.LocalDate;

/** Dates the Statute itself fixes. */
public final class RomeStatute {

    /** Adopted in Rome; no event can precede it. */
    public static final LocalDate ADOPTED = LocalDate.of(1998, 7, 17);
    /** Article 125(1): open for signature until this day. */
    public static final LocalDate SIGNATURE_CLOSED_AFTER = LocalDate.of(2000, 12, 31);
    /** Article 126(1): in force on the first day of the month after the 60th day after the 60th instrument. */
    public static final LocalDate ENTRY_INTO_FORCE = LocalDate.of(2002, 7, 1);

    private RomeStatute() {
    }

    /**
     * Article 126: the first day of the month after the 60th day following the deposit, and never
     * before the Statute itself entered into force (1 July 2002 for the first 60 instruments).
     */
    public static LocalDate entryIntoForce(LocalDate deposit) {
        LocalDate computed = deposit.plusDays(60).withDayOfMonth(1).plusMonths(1);
        return computed.isBefore(ENTRY_INTO_FORCE) ? ENTRY_INTO_FORCE : computed;
    }

    /** Article 127(1): one year after the notification, unless the notification names a later date. */
    public static LocalDate withdrawalEffective(LocalDate notified, LocalDate named) {
        LocalDate earliest = notified.plusYears(1);
        return named != null && named.isAfter(earliest) ? named : earliest;
    }
}
