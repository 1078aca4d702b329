package org.amicus.members.internal.record;

import java.util.List;

import org.amicus.platform.AuditTrail;
import org.amicus.platform.Change;
import org.amicus.platform.NotFound;
import org.amicus.platform.RejectedInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change to organisations and people goes through here: tidied, checked field by field,
 * written with its audit row (before and after) in one transaction, then the search index follows.
 */
@Service
public class Directory {

    private final Organisations organisations;
    private final People people;
    private final AuditTrail audit;
    private final IndexFeed feed;
    private final Links links;

    Directory(Organisations organisations, People people, AuditTrail audit, IndexFeed feed, Links links) {
        this.links = links;
        this.organisations = organisations;
        this.people = people;
        this.audit = audit;
        this.feed = feed;
    }

    public Organisation organisation(long id) {
        return organisations.byId(id).orElseThrow(() -> new NotFound("members.error.organisationNotFound", id));
    }

    public Person person(long id) {
        return people.byId(id).orElseThrow(() -> new NotFound("members.error.personNotFound", id));
    }

    /** Live people among these ids. */
    public List<Person> people(List<Long> ids) {
        return people.byIds(ids);
    }

    /** Organisations with these ids, deleted ones too (for names in lists). */
    public List<Organisation> organisations(List<Long> ids) {
        return organisations.byIds(ids);
    }

    @Transactional
    public Organisation save(Organisation input) {
        Organisation o = Clean.organisation(input);
        reject(Checks.organisation(o, 0));
        if (o.id() == 0) {
            o = o.withId(organisations.insert(o));
            audit.record(new Change("organisation", String.valueOf(o.id()), "created", null, o, o.source(), o.name()));
        } else {
            Organisation before = organisation(o.id());
            organisations.update(o);
            audit.record(new Change("organisation", String.valueOf(o.id()), "updated", before, o, o.source(), o.name()));
        }
        feed.organisationsChanged(List.of(o.id()));
        return o;
    }

    @Transactional
    public Person save(Person input) {
        Person p = Clean.person(input);
        reject(Checks.person(p, 0));
        if (p.outletId() != null) {
            organisation(p.outletId());
        }
        if (p.id() == 0) {
            p = p.withId(people.insert(p));
            audit.record(new Change("person", String.valueOf(p.id()), "created", null, p, null, p.name()));
        } else {
            Person before = person(p.id());
            people.update(p);
            audit.record(new Change("person", String.valueOf(p.id()), "updated", before, p, null, p.name()));
        }
        feed.peopleChanged(List.of(p.id()));
        return p;
    }

    /** A new person with, when an organisation is given, their current role there. */
    @Transactional
    public Person createWithRole(Person person, Long organisationId, String role, java.time.LocalDate from) {
        if (organisationId != null) {
            organisation(organisationId);
        }
        Person saved = save(person);
        if (organisationId != null) {
            links.affiliate(saved.id(), organisationId, Clean.text(role), from);
            audit.record(new Change("person", String.valueOf(saved.id()), "affiliated", null,
                    java.util.Map.of("organisation", organisationId, "role", String.valueOf(Clean.text(role))), null, saved.name()));
        }
        return saved;
    }

    @Transactional
    public void deleteOrganisation(long id) {
        Organisation before = organisation(id);
        organisations.markDeleted(id, null);
        audit.record(new Change("organisation", String.valueOf(id), "deleted", before, null, null, before.name()));
        feed.organisationsChanged(List.of(id));
    }

    @Transactional
    public void deletePerson(long id) {
        Person before = person(id);
        people.markDeleted(id, null);
        audit.record(new Change("person", String.valueOf(id), "deleted", before, null, null, before.name()));
        feed.peopleChanged(List.of(id));
    }

    /** A person as typed, tidied the way every save tidies it (for checks before saving, as imports do). */
    public static Person tidy(Person p) {
        return Clean.person(p);
    }

    /** An organisation as typed, tidied the way every save tidies it. */
    public static Organisation tidy(Organisation o) {
        return Clean.organisation(o);
    }

    static void reject(List<RejectedInput.Problem> problems) {
        if (!problems.isEmpty()) {
            throw new RejectedInput(problems);
        }
    }
}
