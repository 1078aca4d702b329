package org.amicus.members.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.amicus.members.Journalist;
import org.amicus.members.Members;
import org.amicus.members.OrganisationRef;
import org.amicus.members.PersonRef;
import org.amicus.members.Purpose;
import org.amicus.members.internal.coalitions.NationalCoalitions;
import org.amicus.members.internal.privacy.Consents;
import org.amicus.members.internal.record.MemberAccounts;
import org.amicus.members.internal.record.Directory;
import org.amicus.members.internal.record.Organisations;
import org.amicus.members.internal.record.People;
import org.amicus.members.internal.record.Person;
import org.amicus.members.internal.search.SmartGroups;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The members record as the other modules see it. */
@Service
class MembersService implements Members {

    private final Organisations organisations;
    private final People people;
    private final SmartGroups smartGroups;
    private final Consents consents;
    private final NationalCoalitions coalitions;
    private final MemberAccounts accounts;
    private final Directory directory;

    MembersService(Organisations organisations, People people, SmartGroups smartGroups, Consents consents,
            NationalCoalitions coalitions, MemberAccounts accounts, Directory directory) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.people = people;
        this.smartGroups = smartGroups;
        this.consents = consents;
        this.coalitions = coalitions;
        this.directory = directory;
    }

    @Override
    public Optional<OrganisationRef> organisation(long id) {
        return organisations.byId(id)
            .map(o -> new OrganisationRef(o.id(), o.kind(), o.name(), o.nameLatin(), o.acronym(), o.country()));
    }

    @Override
    public Optional<PersonRef> person(long id) {
        return people.byId(id).map(MembersService::ref);
    }

    @Override
    public Optional<OrganisationRef> organisationOf(String username) {
        return accounts.organisationOf(username).flatMap(this::organisation);
    }

    @Override
    public List<PersonRef> audience(long smartGroupId) {
        List<Long> ids = smartGroups.people(smartGroupId);
        List<PersonRef> refs = new java.util.ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i += 1000) {
            people.byIds(ids.subList(i, Math.min(ids.size(), i + 1000))).forEach(p -> refs.add(ref(p)));
        }
        return refs;
    }

    @Override
    public boolean hasConsent(long personId, Purpose purpose) {
        return consents.has(personId, purpose);
    }

    @Override
    public java.util.Set<Long> consenting(java.util.Collection<Long> personIds, Purpose purpose) {
        return consents.granted(personIds, purpose);
    }

    @Override
    public java.util.Set<Long> declining(java.util.Collection<Long> personIds, Purpose purpose) {
        return consents.withdrawn(personIds, purpose);
    }

    @Override
    public List<Journalist> journalists() {
        List<Long> ids = people.journalists();
        List<Journalist> journalists = new java.util.ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i += 1000) {
            people.byIds(ids.subList(i, Math.min(ids.size(), i + 1000))).forEach(p -> journalists.add(new Journalist(ref(p),
                    p.languages() == null ? List.of() : p.languages(), p.beat(), p.situations() == null ? List.of() : p.situations())));
        }
        return journalists;
    }

    @Override
    @Transactional
    public long recordConsent(String email, String name, String country, String language, Purpose purpose, LocalDate givenOn,
            String source) {
        String address = email.strip().toLowerCase(Locale.ROOT);
        long personId = people.withEmail(address).stream().min(Long::compare).orElseGet(() -> directory.save(new Person(0, name, null,
                country, List.of(), language, null, List.of(address), List.of(), List.of(), List.of(), null, null, null, null, null,
                null, List.of(), List.of())).id());
        consents.record(personId, purpose.name(), true, givenOn, source);
        return personId;
    }

    @Override
    public boolean inNationalCoalition(String username, String iso3) {
        return coalitions.includes(username, iso3);
    }

    static PersonRef ref(Person p) {
        return new PersonRef(p.id(), p.name(), p.country(), p.preferredLanguage(), p.primaryEmail());
    }
}
