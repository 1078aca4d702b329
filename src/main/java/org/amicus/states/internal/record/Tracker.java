package org.amicus.states.internal.record;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.amicus.platform.RecordVersion;
import org.amicus.platform.VersionedView;
import org.springframework.stereotype.Service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Answers the tracker's questions from an in-memory {@link TreatyRecord}, reloaded when the
 * record version moves, and keeps recent answers: the date scrubber asks for many dates.
 */
@Service
public class Tracker {

    /** "As the record stands now": later than any recording time. */
    public static final Instant NOW = Instant.MAX;

    private record Key(long version, String question, LocalDate asOf, Instant knownAt) {
    }

    private final Cache<Key, Object> answers = Caffeine.newBuilder().maximumSize(2_000).build();
    private final VersionedView<TreatyRecord> current;

    Tracker(TreatyRecords records, RecordVersion version) {
        this.current = new VersionedView<>(version, records::load);
    }

    public TreatyRecord record() {
        return current.get();
    }

    @SuppressWarnings("unchecked")
    public List<StateStanding> standings(LocalDate asOf, Instant knownAt) {
        TreatyRecord r = record();
        return (List<StateStanding>) answers.get(new Key(r.version(), "standings", asOf, knownAt),
                k -> r.standings(asOf, knownAt));
    }

    public Summary summary(LocalDate asOf, Instant knownAt) {
        TreatyRecord r = record();
        return (Summary) answers.get(new Key(r.version(), "summary", asOf, knownAt), k -> r.summary(asOf, knownAt));
    }

    @SuppressWarnings("unchecked")
    public List<Summary> timeline(Instant knownAt, LocalDate until) {
        TreatyRecord r = record();
        return (List<Summary>) answers.get(new Key(r.version(), "timeline", until, knownAt), k -> r.timeline(knownAt, until));
    }
}
