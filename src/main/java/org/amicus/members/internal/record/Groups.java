package org.amicus.members.internal.record;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.amicus.platform.AuditTrail;
import org.amicus.platform.Change;
import org.amicus.platform.NotFound;
import org.amicus.platform.RejectedInput;
import org.amicus.platform.RejectedInput.Problem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who belongs to the coalitions, networks, the Steering Committee and the Issue Teams, with role
 * and dates, and who coordinates each. A membership that ends keeps its row (with its end date),
 * so the group's past members stay known; removing is for a row recorded by mistake. Every change
 * is in the group's history.
 */
@Service
public class Groups {

    /** A group with its members split into those of today and those of the past. */
    public record GroupPage(Links.Group group, List<Links.Membership> current, List<Links.Membership> past) {
    }

    private final Links links;
    private final Directory directory;
    private final AuditTrail audit;
    private final IndexFeed feed;

    Groups(Links links, Directory directory, AuditTrail audit, IndexFeed feed) {
        this.links = links;
        this.directory = directory;
        this.audit = audit;
        this.feed = feed;
    }

    public Links.Group group(long id) {
        return links.group(id).orElseThrow(() -> new NotFound("members.error.groupNotFound", id));
    }

    public GroupPage page(long id) {
        Links.Group g = group(id);
        LocalDate today = LocalDate.now();
        List<Links.Membership> current = new ArrayList<>();
        List<Links.Membership> past = new ArrayList<>();
        for (Links.Membership m : links.membersOf(id)) {
            (m.toDate() != null && m.toDate().isBefore(today) ? past : current).add(m);
        }
        return new GroupPage(g, current, past);
    }

    @Transactional
    public long create(String kind, String name, String country, String source) {
        List<Problem> problems = new ArrayList<>();
        String n = Clean.text(name);
        if (n == null) {
            problems.add(new Problem(0, "name", "members.error.required"));
        } else if (n.length() > 300) {
            problems.add(new Problem(0, "name", "members.error.tooLong", 300));
        }
        String k = Clean.upper(kind);
        if (k == null || java.util.Arrays.stream(GroupKind.values()).noneMatch(g -> g.name().equals(k))) {
            problems.add(new Problem(0, "kind", "members.error.unknownValue", String.valueOf(kind)));
        }
        String c = Clean.upper(country);
        if (c != null && !Checks.COUNTRIES.contains(c)) {
            problems.add(new Problem(0, "country", "members.error.country", c));
        }
        Directory.reject(problems);
        long id = links.createGroup(k, n, c, Clean.text(source));
        audit.record(new Change("group", String.valueOf(id), "created", null, group(id), Clean.text(source), n));
        return id;
    }

    /** Adds a person (personId) or an organisation (organisationId) to the group; exactly one of them. */
    @Transactional
    public Links.Membership add(long groupId, Long personId, Long organisationId, String role, LocalDate from, LocalDate until) {
        Links.Group g = group(groupId);
        List<Problem> problems = new ArrayList<>();
        if ((personId == null) == (organisationId == null)) {
            problems.add(new Problem(0, "member", "members.error.personOrOrganisation"));
        }
        problems.addAll(terms(role, from, until));
        Directory.reject(problems);
        String name = personId != null ? directory.person(personId).name() : directory.organisation(organisationId).name();
        long id = links.join(groupId, personId, organisationId, Clean.text(role), from, until);
        Links.Membership m = links.membership(id).orElseThrow();
        audit.record(new Change("group", String.valueOf(groupId), "member-added", null, m, null, g.name() + ": " + name));
        reindex(m);
        return m;
    }

    @Transactional
    public Links.Membership change(long groupId, long membershipId, String role, LocalDate from, LocalDate until) {
        Links.Membership before = membershipOf(groupId, membershipId);
        Directory.reject(terms(role, from, until));
        links.changeMembership(membershipId, Clean.text(role), from, until);
        Links.Membership after = links.membership(membershipId).orElseThrow();
        audit.record(new Change("group", String.valueOf(groupId), "member-changed", before, after, null, group(groupId).name()));
        reindex(after);
        return after;
    }

    @Transactional
    public void remove(long groupId, long membershipId) {
        Links.Membership before = membershipOf(groupId, membershipId);
        links.removeMembership(membershipId);
        audit.record(new Change("group", String.valueOf(groupId), "member-removed", before, null, null, group(groupId).name()));
        reindex(before);
    }

    /** The group's coordinator (a person), or none. */
    @Transactional
    public void coordinator(long groupId, Long personId) {
        Links.Group before = group(groupId);
        if (personId != null) {
            directory.person(personId);
        }
        links.setCoordinator(groupId, personId);
        audit.record(new Change("group", String.valueOf(groupId), "coordinator", before, group(groupId), null, before.name()));
    }

    private Links.Membership membershipOf(long groupId, long membershipId) {
        return links.membership(membershipId).filter(m -> m.groupId() == groupId)
            .orElseThrow(() -> new NotFound("members.error.membershipNotFound", membershipId));
    }

    private static List<Problem> terms(String role, LocalDate from, LocalDate until) {
        List<Problem> problems = new ArrayList<>();
        if (role != null && role.strip().length() > 200) {
            problems.add(new Problem(0, "role", "members.error.tooLong", 200));
        }
        if (from != null && until != null && until.isBefore(from)) {
            problems.add(new Problem(0, "until", "members.error.datesOrder"));
        }
        return problems;
    }

    private void reindex(Links.Membership m) {
        if (m.personId() != null) {
            feed.peopleChanged(List.of(m.personId()));
        } else {
            feed.organisationsChanged(List.of(m.organisationId()));
        }
    }

    /** For the page: the names of the people and organisations in these memberships. */
    public Map<String, String> names(List<Links.Membership> memberships, Long coordinator) {
        Map<String, String> names = new java.util.HashMap<>();
        List<Long> people = new ArrayList<>(memberships.stream().map(Links.Membership::personId).filter(x -> x != null).toList());
        if (coordinator != null) {
            people.add(coordinator);
        }
        List<Long> orgs = memberships.stream().map(Links.Membership::organisationId).filter(x -> x != null).toList();
        directory.people(people).forEach(p -> names.put("p" + p.id(), p.name()));
        directory.organisations(orgs).forEach(o -> names.put("o" + o.id(), o.name()));
        return names;
    }
}
