package org.amicus.states.internal.record;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.amicus.platform.RejectedInput;
import org.amicus.platform.RejectedInput.Problem;

/**
 * What the treaty record and the legislation record share: rows are appended, never edited; a
 * correction is a new row superseding the one it corrects, voiding retracts an entry made in error.
 * A change (one or many drafts) is checked field by field, then each affected state's entries are
 * replayed with the drafts in place by the record's own rule book, then written all or nothing.
 *
 * @param <E> the record's entry
 */
public final class Ledger<E extends Ledger.Entry> {

    /** An entry as the ledger needs to see it. */
    public interface Entry {
        long id();

        String iso3();

        Long supersedesId();

        boolean voided();

        Instant supersededAt();
    }

    /** Where a record's rows are kept. */
    public interface Rows<E> {
        E append(E entry);

        /** Marks the row superseded; false when another change superseded it first. */
        boolean supersede(long id, Instant at);
    }

    /** The audit row and the event of one change; action is "created", "corrected" or "voided". */
    public interface Announcer<E> {
        void announce(E entry, E replaced, String action);
    }

    /** Each draft's line and candidate entry (null when the draft has problems), with ids no row has yet. */
    private final List<Integer> lines = new ArrayList<>();
    private final List<E> candidates = new ArrayList<>();
    private final Map<Long, E> replaced = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private long provisionalId = Long.MAX_VALUE;

    public List<Problem> problems() {
        return problems;
    }

    /** The id a draft's candidate gets until it is written: the highest ids, which no row has. */
    public long nextProvisionalId() {
        return provisionalId--;
    }

    public void add(int line, E candidate) {
        lines.add(line);
        candidates.add(candidate);
    }

    /** The state a draft names, upper case, or null with a problem when it is missing or unknown. */
    public String state(String raw, TreatyRecord states, int line) {
        String iso3 = DraftFields.trim(raw) == null ? null : raw.trim().toUpperCase(Locale.ROOT);
        if (iso3 == null) {
            problems.add(new Problem(line, "iso3", "event.required"));
        } else if (states.state(iso3).isEmpty()) {
            problems.add(new Problem(line, "iso3", "event.unknownState", iso3));
            return null;
        }
        return iso3;
    }

    /** A draft's date: required, not before the Statute was adopted, not in the future. */
    public LocalDate date(String raw, int line, LocalDate today) {
        LocalDate date = DraftFields.date(raw, line, "date", problems, true);
        if (date != null && date.isBefore(RomeStatute.ADOPTED)) {
            problems.add(new Problem(line, "date", "event.beforeStatute", date));
        } else if (date != null && date.isAfter(today)) {
            problems.add(new Problem(line, "date", "event.inFuture", date));
        }
        return date;
    }

    /** The entry a correction or voiding supersedes: it must exist for that state and still be current. */
    public void supersedes(Long id, List<E> stateEntries, int line) {
        if (id == null) {
            return;
        }
        E entry = stateEntries.stream().filter(e -> e.id() == id).findFirst().orElse(null);
        if (entry == null) {
            problems.add(new Problem(line, "supersedes", "event.unknownEntry", id));
        } else if (entry.supersededAt() != null) {
            problems.add(new Problem(line, "supersedes", "event.alreadyCorrected"));
        } else {
            replaced.put(entry.id(), entry);
        }
    }

    /**
     * Each affected state's current entries with the drafts in place (a correction takes the place of
     * the entry it supersedes, a voiding removes it), for the rule book to replay.
     */
    public Collection<List<E>> withDrafts(Function<String, List<E>> current) {
        Map<String, List<E>> sequences = new LinkedHashMap<>();
        for (E candidate : candidates) {
            if (candidate == null) {
                continue;
            }
            List<E> sequence = sequences.computeIfAbsent(candidate.iso3(), iso3 -> new ArrayList<>(current.apply(iso3)));
            if (candidate.supersedesId() != null) {
                sequence.removeIf(e -> e.id() == candidate.supersedesId());
            }
            if (!candidate.voided()) {
                sequence.add(candidate);
            }
        }
        return sequences.values();
    }

    /** The line of the draft whose candidate broke a rule; the first line when an entry already recorded did. */
    public int lineOf(E entry) {
        int i = candidates.indexOf(entry);
        return lines.get(Math.max(i, 0));
    }

    /**
     * Writes every candidate (as {@code stamp} makes it a row recorded at {@code now}), or throws
     * {@link RejectedInput} with every problem and writes nothing.
     */
    public List<E> write(Rows<E> rows, BiFunction<E, Instant, E> stamp, Announcer<E> announcer, Instant now) {
        if (!problems.isEmpty()) {
            throw new RejectedInput(problems);
        }
        List<E> saved = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            E candidate = candidates.get(i);
            E superseded = candidate.supersedesId() == null ? null : replaced.get(candidate.supersedesId());
            if (superseded != null && !rows.supersede(superseded.id(), now)) {
                throw new RejectedInput(List.of(new Problem(lines.get(i), "supersedes", "event.alreadyCorrected")));
            }
            E entry = rows.append(stamp.apply(candidate, now));
            announcer.announce(entry, superseded, entry.voided() ? "voided" : superseded != null ? "corrected" : "created");
            saved.add(entry);
        }
        return saved;
    }
}
