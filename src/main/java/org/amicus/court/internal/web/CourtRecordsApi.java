package org.amicus.court.internal.web;

import java.util.List;
import java.util.Map;

import org.amicus.court.internal.budget.AssessedContributions;
import org.amicus.court.internal.conference.Team;
import org.amicus.court.internal.conference.Teams;
import org.amicus.court.internal.victims.LegalAid;
import org.amicus.court.internal.victims.ReparationsOrder;
import org.amicus.court.internal.victims.ReparationsOrders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The open API of the Court's victims record, the contributions and the teams following session items. Writing needs staff. */
@RestController
@RequestMapping("/api/v1/court")
@Tag(name = "Court monitoring")
class CourtRecordsApi {

    private final ReparationsOrders orders;
    private final AssessedContributions contributions;
    private final Teams teams;

    CourtRecordsApi(ReparationsOrders orders, AssessedContributions contributions, Teams teams) {
        this.orders = orders;
        this.contributions = contributions;
        this.teams = teams;
    }

    @Operation(summary = "The Court's reparations orders: case, date, amount, individual or collective, the Trust Fund's role, source")
    @GetMapping("/reparations-orders")
    List<ReparationsOrder> reparationsOrders() {
        return orders.orders();
    }

    @Operation(summary = "Record a reparations order (staff)")
    @PostMapping("/reparations-orders")
    ReparationsOrder addReparationsOrder(@RequestBody ReparationsOrder order) {
        return orders.addOrder(order);
    }

    @Operation(summary = "The Registry's legal aid: budget lines and policy documents, with sources")
    @GetMapping("/legal-aid")
    List<LegalAid> legalAid() {
        return orders.legalAid();
    }

    @Operation(summary = "States Parties' assessed contributions and what is outstanding, per year and state, with sources")
    @GetMapping("/contributions")
    List<AssessedContributions.Contribution> contributions() {
        return contributions.current();
    }

    @Operation(summary = "Assessed contributions per year and UN regional group: share of the year's assessments and arrears")
    @GetMapping("/contributions/groups")
    List<AssessedContributions.GroupTotal> contributionsByGroup() {
        return contributions.byGroup();
    }

    @Operation(summary = "Import contributions as CSV (staff); one bad line refuses the file, every problem with its line")
    @PostMapping(value = "/contributions", consumes = "text/csv")
    Map<String, Integer> importContributions(@RequestBody String csv) {
        return Map.of("recorded", contributions.importCsv(csv));
    }

    @Operation(summary = "The member organisations and groups (Issue Teams) following each session item, by item")
    @GetMapping("/session-items/teams")
    Map<Long, List<Team>> sessionTeams() {
        return teams.byItem();
    }
}
