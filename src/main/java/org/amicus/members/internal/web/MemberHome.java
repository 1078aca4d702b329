package org.amicus.members.internal.web;

import java.time.LocalDate;

import org.amicus.members.internal.record.Access;
import org.amicus.members.internal.record.GroupKind;
import org.amicus.members.internal.record.Groups;
import org.amicus.members.internal.record.IndexFeed;
import org.amicus.members.internal.record.Links;
import org.amicus.platform.AuditTrail;
import org.amicus.platform.Change;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The members' own page: their organisation, the Issue Teams it belongs to and can join. Signed-in users only. */
@Controller
@RequestMapping("/members")
class MemberHome {

    private final Access access;
    private final Links links;
    private final AuditTrail audit;
    private final IndexFeed feed;

    private final Groups groups;

    MemberHome(Access access, Links links, AuditTrail audit, IndexFeed feed, Groups groups) {
        this.groups = groups;
        this.feed = feed;
        this.access = access;
        this.links = links;
        this.audit = audit;
    }

    @GetMapping
    String home(Model model) {
        var own = access.ownOrganisation();
        model.addAttribute("organisationId", own.orElse(null));
        var teams = links.groups().stream().filter(g -> g.kind().equals(GroupKind.ISSUE_TEAM.name())).toList();
        model.addAttribute("teams", teams);
        model.addAttribute("joined", own.map(o -> links.membershipsOf("organisation_id", o).stream()
            .filter(m -> m.toDate() == null).map(Links.Membership::groupId).toList()).orElse(java.util.List.of()));
        return "members/home";
    }

    @PostMapping("/teams/{groupId}/join")
    @Transactional
    String join(@PathVariable long groupId, RedirectAttributes flash) {
        long own = access.ownOrganisation().orElseThrow(Access.Forbidden::new);
        var team = links.groups().stream().filter(g -> g.id() == groupId && g.kind().equals(GroupKind.ISSUE_TEAM.name()))
            .findFirst().orElseThrow(Access.Forbidden::new);
        links.join(groupId, null, own, "member", LocalDate.now());
        audit.record(new Change("organisation", String.valueOf(own), "joined-team", null, team.name(), null, team.name()));
        feed.organisationsChanged(java.util.List.of(own));
        flash.addFlashAttribute("notice", "members.joined");
        return "redirect:/members";
    }

    @PostMapping("/groups")
    String createGroup(@RequestParam String kind, @RequestParam String name, @RequestParam(required = false) String country,
            @RequestParam(required = false) String source) {
        access.requireStaff();
        return "redirect:/staff/members/groups/" + groups.create(kind, name, country, source);
    }
}
