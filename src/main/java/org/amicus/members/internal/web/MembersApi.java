package org.amicus.members.internal.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.amicus.members.internal.privacy.AccessLog;
import org.amicus.members.internal.privacy.Consents;
import org.amicus.members.internal.privacy.PersonalData;
import org.amicus.members.internal.record.Access;
import org.amicus.members.internal.record.Directory;
import org.amicus.members.internal.record.Links;
import org.amicus.members.internal.record.Merges;
import org.amicus.members.internal.record.Organisation;
import org.amicus.members.internal.record.Person;
import org.amicus.members.internal.search.MemberQuery;
import org.amicus.members.internal.search.Search;
import org.amicus.members.internal.search.SmartGroups;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The members record over HTTP, with the roles of the screens: staff read and change everything;
 * a MEMBER user reads and changes only their own organisation and its people. Nothing here is public.
 */
@RestController
@RequestMapping("/api/v1/members")
@Tag(name = "Members and contacts")
class MembersApi {

    private final Directory directory;
    private final Search search;
    private final SmartGroups smartGroups;
    private final Merges merges;
    private final Consents consents;
    private final PersonalData personalData;
    private final Links links;
    private final Access access;
    private final AccessLog accessLog;
    private final CsvExport csv;

    MembersApi(Directory directory, Search search, SmartGroups smartGroups, Merges merges, Consents consents,
            PersonalData personalData, Links links, Access access, AccessLog accessLog, CsvExport csv) {
        this.directory = directory;
        this.search = search;
        this.smartGroups = smartGroups;
        this.merges = merges;
        this.consents = consents;
        this.personalData = personalData;
        this.links = links;
        this.access = access;
        this.accessLog = accessLog;
        this.csv = csv;
    }

    @Operation(summary = "Staff: search organisations and people; filters combine (type, kind, country, region, language, team, tag, status)")
    @GetMapping("/search")
    Search.Page search(@RequestParam Map<String, String> params, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        access.requireStaff();
        Paging paging = Paging.of(page, size);
        MemberQuery q = MemberQuery.of(params);
        Search.Page result = search.page(q, paging.page(), paging.size());
        logPeople("search", q, result.hits());
        return result;
    }

    @Operation(summary = "Staff: the whole search as CSV (formula-like cells are neutralised)")
    @GetMapping(value = "/search.csv", produces = "text/csv")
    ResponseEntity<String> export(@RequestParam Map<String, String> params) {
        access.requireStaff();
        MemberQuery q = MemberQuery.of(params);
        List<Search.Hit> hits = search.all(q);
        logPeople("export", q, hits);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
            .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"members-" + LocalDate.now() + ".csv\"")
            .body(csv.write(hits));
    }

    private void logPeople(String action, MemberQuery q, List<Search.Hit> hits) {
        int people = (int) hits.stream().filter(h -> h.type().equals("person")).count();
        if (people > 0) {
            accessLog.record(action, q.queryString(), people);
        }
    }

    @Operation(summary = "An organisation (staff, or a member user of that organisation)")
    @GetMapping("/organisations/{id}")
    Organisation organisation(@PathVariable long id) {
        access.requireOrganisation(id);
        return directory.organisation(id);
    }

    @Operation(summary = "The people at an organisation with their roles over time")
    @GetMapping("/organisations/{id}/people")
    List<Links.Affiliation> organisationPeople(@PathVariable long id) {
        access.requireOrganisation(id);
        return links.affiliationsAt(id);
    }

    @Operation(summary = "Staff: record an organisation")
    @PostMapping("/organisations")
    ResponseEntity<Organisation> createOrganisation(@RequestBody Organisation input) {
        access.requireStaff();
        return ResponseEntity.status(201).body(directory.save(input.withId(0)));
    }

    @Operation(summary = "Change an organisation (staff, or a member user of that organisation)")
    @PutMapping("/organisations/{id}")
    Organisation updateOrganisation(@PathVariable long id, @RequestBody Organisation input) {
        access.requireOrganisation(id);
        Organisation current = directory.organisation(id);
        Organisation changed = input.withId(id);
        if (!access.isStaff()) {
            changed = Profiles.keepStaffFields(current, changed);
        }
        return directory.save(changed);
    }

    @Operation(summary = "Staff: delete an organisation (kept aside, can be restored)")
    @DeleteMapping("/organisations/{id}")
    ResponseEntity<Void> deleteOrganisation(@PathVariable long id) {
        access.requireStaff();
        directory.deleteOrganisation(id);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "A person (staff, or a member user of the organisation the person works at)")
    @GetMapping("/people/{id}")
    Person person(@PathVariable long id) {
        access.requirePerson(id);
        Person p = directory.person(id);
        accessLog.viewed("person-api", id);
        return p;
    }

    /** A person to record, optionally with a role at an organisation. */
    record NewPerson(Person person, Long organisationId, String role) {
    }

    @Operation(summary = "Record a person (staff; a member user only at their own organisation)")
    @PostMapping("/people")
    ResponseEntity<Person> createPerson(@RequestBody NewPerson input) {
        if (input.organisationId() == null) {
            access.requireStaff();
        } else {
            access.requireOrganisation(input.organisationId());
        }
        return ResponseEntity.status(201).body(directory.createWithRole(input.person().withId(0), input.organisationId(), input.role(), LocalDate.now()));
    }

    @Operation(summary = "Change a person (staff, or a member user of the person's organisation)")
    @PutMapping("/people/{id}")
    Person updatePerson(@PathVariable long id, @RequestBody Person input) {
        access.requirePerson(id);
        return directory.save(input.withId(id));
    }

    @Operation(summary = "Staff: delete a person (kept aside, can be restored)")
    @DeleteMapping("/people/{id}")
    ResponseEntity<Void> deletePerson(@PathVariable long id) {
        access.requireStaff();
        directory.deletePerson(id);
        return ResponseEntity.noContent().build();
    }

    record ConsentInput(String purpose, boolean granted, LocalDate givenOn, String source) {
    }

    @Operation(summary = "Record a consent (or its withdrawal) for a purpose, with date and source")
    @PostMapping("/people/{id}/consents")
    List<Consents.Consent> consent(@PathVariable long id, @RequestBody ConsentInput input) {
        access.requirePerson(id);
        directory.person(id);
        consents.record(id, input.purpose(), input.granted(), input.givenOn(), input.source());
        return consents.history(id);
    }

    @Operation(summary = "Everything the record holds about a person, as JSON")
    @GetMapping("/people/{id}/export")
    Map<String, Object> personalData(@PathVariable long id) {
        return personalData.export(id);
    }

    record Erasure(String reason) {
    }

    @Operation(summary = "Staff: erase a person's personal data; counts stay")
    @PostMapping("/people/{id}/erasure")
    ResponseEntity<Void> erase(@PathVariable long id, @RequestBody Erasure input) {
        personalData.erase(id, input.reason());
        return ResponseEntity.noContent().build();
    }

    record MergeInput(String type, long keptId, long mergedId) {
    }

    @Operation(summary = "Staff: merge two people or two organisations (type person or organisation)")
    @PostMapping("/merges")
    ResponseEntity<Merges.Merge> merge(@RequestBody MergeInput input) {
        access.requireStaff();
        return ResponseEntity.status(201).body(merges.merge(input.type(), input.keptId(), input.mergedId()));
    }

    @Operation(summary = "Staff: undo a merge")
    @PostMapping("/merges/{id}/undo")
    Merges.Merge undo(@PathVariable long id) {
        access.requireStaff();
        return merges.undo(id);
    }

    @Operation(summary = "Staff: the smart groups")
    @GetMapping("/smart-groups")
    List<SmartGroups.SmartGroup> smartGroups() {
        access.requireStaff();
        return smartGroups.all();
    }

    record SmartGroupInput(String name, String query) {
    }

    @Operation(summary = "Staff: save a search as a smart group (query as a query string, e.g. country=KEN&kind=NGO)")
    @PostMapping("/smart-groups")
    ResponseEntity<SmartGroups.SmartGroup> createSmartGroup(@RequestBody SmartGroupInput input) {
        access.requireStaff();
        return ResponseEntity.status(201).body(smartGroups.create(input.name(), MemberQuery.parse(input.query() == null ? "" : input.query())));
    }

    @Operation(summary = "Staff: the people a smart group finds now")
    @GetMapping("/smart-groups/{id}/people")
    List<Person> smartGroupPeople(@PathVariable long id) {
        access.requireStaff();
        List<Long> ids = smartGroups.people(id);
        accessLog.record("smart-group", "smart group " + id, ids.size());
        return ids.stream().limit(Paging.MAX * 50L).map(directory::person).toList();
    }
}
