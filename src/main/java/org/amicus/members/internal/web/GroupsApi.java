package org.amicus.members.internal.web;

import java.time.LocalDate;
import java.util.List;

import org.amicus.members.internal.record.Access;
import org.amicus.members.internal.record.Groups;
import org.amicus.members.internal.record.Links;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Staff: groups (national coalitions, regional networks, the Steering Committee, Issue Teams), their members and coordinators. */
@RestController
@RequestMapping("/api/v1/members/groups")
@Tag(name = "Members and contacts")
class GroupsApi {

    private final Groups groups;
    private final Links links;
    private final Access access;

    GroupsApi(Groups groups, Links links, Access access) {
        this.groups = groups;
        this.links = links;
        this.access = access;
    }

    record NewGroup(String kind, String name, String country, String source) {
    }

    /** A person (personId) or an organisation (organisationId), with role and dates; until null while it lasts. */
    record MemberInput(Long personId, Long organisationId, String role, LocalDate from, LocalDate until) {
    }

    record CoordinatorInput(Long personId) {
    }

    @Operation(summary = "Staff: every group")
    @GetMapping
    List<Links.Group> all() {
        access.requireStaff();
        return links.groups();
    }

    @Operation(summary = "Staff: record a group (kind NATIONAL_COALITION, REGIONAL_NETWORK, STEERING_COMMITTEE or ISSUE_TEAM)")
    @PostMapping
    ResponseEntity<Links.Group> create(@RequestBody NewGroup input) {
        access.requireStaff();
        return ResponseEntity.status(201).body(groups.group(groups.create(input.kind(), input.name(), input.country(), input.source())));
    }

    @Operation(summary = "Staff: a group with its coordinator, current members and past members")
    @GetMapping("/{id}")
    Groups.GroupPage group(@PathVariable long id) {
        access.requireStaff();
        return groups.page(id);
    }

    @Operation(summary = "Staff: add a person or an organisation to a group")
    @PostMapping("/{id}/members")
    ResponseEntity<Links.Membership> add(@PathVariable long id, @RequestBody MemberInput input) {
        access.requireStaff();
        return ResponseEntity.status(201)
            .body(groups.add(id, input.personId(), input.organisationId(), input.role(), input.from(), input.until()));
    }

    @Operation(summary = "Staff: change a membership's role and dates (an end date makes it a past membership)")
    @PutMapping("/{id}/members/{membershipId}")
    Links.Membership change(@PathVariable long id, @PathVariable long membershipId, @RequestBody MemberInput input) {
        access.requireStaff();
        return groups.change(id, membershipId, input.role(), input.from(), input.until());
    }

    @Operation(summary = "Staff: remove a membership recorded by mistake (it stays in the group's history)")
    @DeleteMapping("/{id}/members/{membershipId}")
    ResponseEntity<Void> remove(@PathVariable long id, @PathVariable long membershipId) {
        access.requireStaff();
        groups.remove(id, membershipId);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Staff: set (or clear, with personId null) the group's coordinator")
    @PutMapping("/{id}/coordinator")
    Links.Group coordinator(@PathVariable long id, @RequestBody CoordinatorInput input) {
        access.requireStaff();
        groups.coordinator(id, input.personId());
        return groups.group(id);
    }
}
