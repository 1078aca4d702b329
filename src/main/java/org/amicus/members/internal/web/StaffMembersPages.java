package org.amicus.members.internal.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.amicus.members.internal.privacy.AccessLog;
import org.amicus.members.internal.record.CustomFields;
import org.amicus.members.internal.record.GroupKind;
import org.amicus.members.internal.record.Links;
import org.amicus.members.internal.record.MemberAccounts;
import org.amicus.members.internal.record.MembershipStatus;
import org.amicus.members.internal.record.OrganisationKind;
import org.amicus.members.internal.search.MemberQuery;
import org.amicus.members.internal.search.Search;
import org.amicus.members.internal.search.SmartGroups;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff screens: search with filters, export, smart groups, member accounts and the personal-data access log. */
@Controller
@RequestMapping("/staff/members")
class StaffMembersPages {

    static final List<String> PERSON_KINDS = List.of("CONTACT", "EXPERT", "OFFICIAL", "JOURNALIST");

    private final Search search;
    private final SmartGroups smartGroups;
    private final Links links;
    private final MemberAccounts accounts;
    private final AccessLog accessLog;
    private final CsvExport csv;
    private final CustomFields customFields;

    StaffMembersPages(Search search, SmartGroups smartGroups, Links links, MemberAccounts accounts, AccessLog accessLog,
            CsvExport csv, CustomFields customFields) {
        this.customFields = customFields;
        this.search = search;
        this.smartGroups = smartGroups;
        this.links = links;
        this.accounts = accounts;
        this.accessLog = accessLog;
        this.csv = csv;
    }

    @GetMapping
    String search(@RequestParam Map<String, String> params, @RequestParam(required = false) Integer page, Model model) {
        MemberQuery q = MemberQuery.of(params);
        Paging paging = Paging.of(page, 25);
        Search.Page result = search.page(q, paging.page(), paging.size());
        long people = result.hits().stream().filter(h -> h.type().equals("person")).count();
        if (people > 0) {
            accessLog.record("search", q.queryString(), (int) people);
        }
        model.addAttribute("query", q);
        model.addAttribute("queryString", q.queryString());
        model.addAttribute("result", result);
        model.addAttribute("organisationKinds", OrganisationKind.values());
        model.addAttribute("personKinds", PERSON_KINDS);
        model.addAttribute("statuses", MembershipStatus.values());
        model.addAttribute("groups", links.groups());
        model.addAttribute("smartGroups", smartGroups.all());
        model.addAttribute("ready", search.ready());
        model.addAttribute("customFields", customFields.fields(q.type() == null || q.type().isBlank() ? null : q.type()));
        return "members/search";
    }

    @GetMapping(value = "/export", produces = "text/csv")
    ResponseEntity<String> export(@RequestParam Map<String, String> params) {
        MemberQuery q = MemberQuery.of(params);
        List<Search.Hit> hits = search.all(q);
        accessLog.record("export", q.queryString(), (int) hits.stream().filter(h -> h.type().equals("person")).count());
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
            .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"members-" + LocalDate.now() + ".csv\"")
            .body(csv.write(hits));
    }

    @PostMapping("/smart-groups")
    String saveSmartGroup(@RequestParam String name, @RequestParam String query, RedirectAttributes flash) {
        var g = smartGroups.create(name, MemberQuery.parse(query));
        flash.addFlashAttribute("notice", "members.smartGroupSaved");
        return "redirect:/staff/members/smart-groups/" + g.id();
    }

    @GetMapping("/smart-groups/{id}")
    String smartGroup(@PathVariable long id, Model model) {
        var g = smartGroups.get(id);
        List<Long> people = smartGroups.people(id);
        accessLog.record("smart-group", "smart group " + id, people.size());
        model.addAttribute("group", g);
        model.addAttribute("count", people.size());
        model.addAttribute("members", new java.util.ArrayList<>(search.page(g.query(), 0, Paging.MAX).hits()));
        return "members/smart-group";
    }

    @PostMapping("/smart-groups/{id}/delete")
    String deleteSmartGroup(@PathVariable long id) {
        smartGroups.delete(id);
        return "redirect:/staff/members";
    }

    @GetMapping("/accounts")
    String accounts(Model model) {
        model.addAttribute("accounts", accounts.all());
        return "members/accounts";
    }

    @PostMapping("/accounts")
    String link(@RequestParam String username, @RequestParam long organisationId, RedirectAttributes flash) {
        accounts.link(username, organisationId);
        flash.addFlashAttribute("notice", "members.saved");
        return "redirect:/staff/members/accounts";
    }

    @GetMapping("/access-log")
    String accessLog(@RequestParam(required = false) String actor, @RequestParam(required = false) Long person, Model model) {
        model.addAttribute("actor", actor);
        model.addAttribute("person", person);
        model.addAttribute("entries", accessLog.recent(actor, person, 200));
        return "members/access-log";
    }

    @GetMapping("/groups")
    String groups(Model model) {
        model.addAttribute("groups", links.groups());
        model.addAttribute("groupKinds", GroupKind.values());
        return "members/groups";
    }
}
