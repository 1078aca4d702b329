package org.amicus.publications.internal.press;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.amicus.members.Journalist;
import org.amicus.members.Members;
import org.amicus.members.PersonRef;
import org.amicus.members.Purpose;
import org.amicus.platform.AuditTrail;
import org.amicus.platform.Change;
import org.amicus.platform.Language;
import org.amicus.platform.RejectedInput;
import org.amicus.states.StatesDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Journalist segments for press sends: by UN regional group (of the journalist's country), language,
 * beat and the situations they cover, read from the CRM's journalists. With the item's smart group
 * they make its audience, counted before sending: only people with an address whose newest press
 * list consent is a grant are sent anything.
 */
@Service
public class JournalistSegments {

    public static final List<String> REGIONS = List.of("AFRICAN", "ASIA_PACIFIC", "EASTERN_EUROPEAN", "LATIN_AMERICAN_CARIBBEAN",
            "WESTERN_EUROPEAN_OTHERS");

    /** A segment: each criterion a set of values, any of which matches; an empty criterion matches everyone. */
    public record Segment(List<String> regions, List<String> languages, List<String> beats, List<String> situations) {

        public static Segment of(List<String> regions, List<String> languages, String beats, String situations) {
            return new Segment(clean(regions), clean(languages), words(beats), words(situations));
        }

        public String beatsText() {
            return String.join(", ", beats);
        }

        public String situationsText() {
            return String.join(", ", situations);
        }
    }

    /** Who an item would reach: the audience found, and those of them left out for want of an address or of press list consent. */
    public record Reach(List<PersonRef> recipients, int found, int withoutAddress, int withoutConsent) {
    }

    private final Members members;
    private final StatesDirectory states;
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    JournalistSegments(Members members, StatesDirectory states, JdbcClient jdbc, AuditTrail audit) {
        this.members = members;
        this.states = states;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public Optional<Segment> of(long pressId) {
        return jdbc.sql("select * from press_segment where press_id = ?").param(pressId)
            .query((rs, n) -> new Segment(words(rs.getString("regions")), words(rs.getString("languages")), words(rs.getString("beats")),
                    words(rs.getString("situations"))))
            .optional();
    }

    /** Saves the item's segment (null: journalists are not chosen by segment); refused unless the item is a draft. */
    public void save(PressItem item, Segment segment) {
        if (item.status() != PressStatus.DRAFT) {
            throw new RejectedInput("segment", "publications.segment.draftOnly");
        }
        if (segment != null) {
            check(segment);
        }
        jdbc.sql("delete from press_segment where press_id = ?").param(item.id()).update();
        if (segment != null) {
            jdbc.sql("insert into press_segment (press_id, regions, languages, beats, situations) values (?, ?, ?, ?, ?)")
                .params(item.id(), String.join(",", segment.regions()), String.join(",", segment.languages()), String.join(",", segment.beats()),
                        String.join(",", segment.situations()))
                .update();
        }
        audit.record(new Change("press", String.valueOf(item.id()), "segment", null, segment == null ? Map.of() : segment, null,
                "Journalist segment " + (segment == null ? "removed" : "saved")));
    }

    private static void check(Segment s) {
        List<RejectedInput.Problem> problems = new ArrayList<>();
        if (!REGIONS.containsAll(s.regions())) {
            problems.add(new RejectedInput.Problem(0, "regions", "publications.segment.unknown"));
        }
        if (!s.languages().stream().allMatch(l -> Language.fromCode(l).isPresent())) {
            problems.add(new RejectedInput.Problem(0, "languages", "publications.segment.unknown"));
        }
        if (!problems.isEmpty()) {
            throw new RejectedInput(problems);
        }
    }

    /** The journalists in a segment. */
    public List<PersonRef> journalists(Segment segment) {
        Map<String, String> regionOf = segment.regions().isEmpty() ? Map.of()
                : states.states().stream().collect(Collectors.toMap(StatesDirectory.StateFacts::iso3, f -> String.valueOf(f.unRegionalGroup())));
        return members.journalists().stream().filter(j -> matches(j, segment, regionOf)).map(Journalist::person).toList();
    }

    static boolean matches(Journalist j, Segment s, Map<String, String> regionOf) {
        String country = j.person().country() == null ? "" : j.person().country().trim();
        if (!s.regions().isEmpty() && !s.regions().contains(regionOf.get(country))) {
            return false;
        }
        if (!s.languages().isEmpty()) {
            List<String> works = new ArrayList<>(j.languages());
            works.add(j.person().preferredLanguage());
            if (works.stream().noneMatch(l -> l != null && s.languages().contains(l.toLowerCase(Locale.ROOT)))) {
                return false;
            }
        }
        String beat = j.beat() == null ? "" : j.beat().toLowerCase(Locale.ROOT);
        if (!s.beats().isEmpty() && s.beats().stream().noneMatch(b -> beat.contains(b.toLowerCase(Locale.ROOT)))) {
            return false;
        }
        return s.situations().isEmpty()
                || j.situations().stream().anyMatch(c -> s.situations().stream().anyMatch(w -> w.equalsIgnoreCase(c.trim())));
    }

    /** The item's audience: its smart group's people and its segment's journalists, once each. */
    public Reach reach(Long smartGroupId, Segment segment) {
        Map<Long, PersonRef> found = new LinkedHashMap<>();
        if (smartGroupId != null) {
            members.audience(smartGroupId).forEach(p -> found.putIfAbsent(p.id(), p));
        }
        if (segment != null) {
            journalists(segment).forEach(p -> found.putIfAbsent(p.id(), p));
        }
        List<PersonRef> withAddress = found.values().stream().filter(p -> p.primaryEmail() != null && !p.primaryEmail().isBlank()).toList();
        Set<Long> consenting = members.consenting(withAddress.stream().map(PersonRef::id).toList(), Purpose.PRESS_LIST);
        List<PersonRef> recipients = withAddress.stream().filter(p -> consenting.contains(p.id())).toList();
        return new Reach(recipients, found.size(), found.size() - withAddress.size(), withAddress.size() - recipients.size());
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::trim).distinct().toList();
    }

    private static List<String> words(String typed) {
        return typed == null ? List.of() : clean(Arrays.asList(typed.split(",")));
    }
}
