package org.amicus.members.internal.web;

import java.time.LocalDate;
import java.util.Map;

import org.amicus.members.Purpose;
import org.amicus.members.internal.privacy.AccessLog;
import org.amicus.members.internal.privacy.Consents;
import org.amicus.members.internal.privacy.PersonalData;
import org.amicus.members.internal.record.Access;
import org.amicus.members.internal.record.CustomFields;
import org.amicus.members.internal.record.Directory;
import org.amicus.members.internal.record.GroupKind;
import org.amicus.members.internal.record.Links;
import org.amicus.members.internal.record.MembershipStatus;
import org.amicus.members.internal.record.Merges;
import org.amicus.members.internal.record.Organisation;
import org.amicus.members.internal.record.OrganisationKind;
import org.amicus.members.internal.record.People;
import org.amicus.members.internal.record.Person;
import org.amicus.members.internal.search.MemberQuery;
import org.amicus.platform.Forms;
import org.amicus.platform.Language;
import org.amicus.platform.RejectedInput;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tools.jackson.databind.json.JsonMapper;

/**
 * An organisation's and a person's pages. Staff see and change every record; a member user only
 * their own organisation and its people (anything else answers 403).
 */
@Controller
@RequestMapping("/members")
class RecordPages {

    private final Directory directory;
    private final Links links;
    private final People people;
    private final Access access;
    private final Merges merges;
    private final Consents consents;
    private final PersonalData personalData;
    private final JsonMapper json;
    private final AccessLog accessLog;
    private final CustomFields customFields;

    RecordPages(Directory directory, Links links, People people, Access access, Merges merges, Consents consents,
            PersonalData personalData, JsonMapper json, AccessLog accessLog, CustomFields customFields) {
        this.customFields = customFields;
        this.accessLog = accessLog;
        this.directory = directory;
        this.links = links;
        this.people = people;
        this.access = access;
        this.merges = merges;
        this.consents = consents;
        this.personalData = personalData;
        this.json = json;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("organisationKinds", OrganisationKind.values());
        model.addAttribute("membershipStatuses", MembershipStatus.values());
        model.addAttribute("mailLanguages", Language.values());
        model.addAttribute("purposes", Purpose.values());
        model.addAttribute("groupKinds", GroupKind.values());
        model.addAttribute("staff", access.isStaff());
    }

    @GetMapping("/organisations/new")
    String newOrganisation(Model model) {
        access.requireStaff();
        model.addAttribute("form", new OrganisationForm());
        return "members/organisation-new";
    }

    @PostMapping("/organisations/new")
    String create(@ModelAttribute("form") OrganisationForm form, BindingResult errors, Model model) {
        access.requireStaff();
        try {
            Organisation o = directory.save(form.toOrganisation(0, null));
            return "redirect:/members/organisations/" + o.id();
        } catch (RejectedInput e) {
            e.bindTo(errors);
            return "members/organisation-new";
        }
    }

    @GetMapping("/organisations/{id}")
    String organisation(@PathVariable long id, Model model) {
        access.requireOrganisation(id);
        Organisation o = directory.organisation(id);
        model.addAttribute("form", OrganisationForm.of(o));
        model.addAttribute("personForm", new PersonForm());
        return organisationPage(o, model);
    }

    private String organisationPage(Organisation o, Model model) {
        model.addAttribute("organisation", o);
        var affiliations = links.affiliationsAt(o.id());
        model.addAttribute("affiliations", affiliations);
        model.addAttribute("people", people.byIds(affiliations.stream().map(Links.Affiliation::personId).distinct().toList())
            .stream().collect(java.util.stream.Collectors.toMap(Person::id, p -> p)));
        model.addAttribute("merges", merges.recent("organisation", o.id()));
        custom("organisation", o.id(), model);
        return "members/organisation";
    }

    @PostMapping("/organisations/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") OrganisationForm form, BindingResult errors, Model model,
            RedirectAttributes flash) {
        access.requireOrganisation(id);
        Organisation current = directory.organisation(id);
        Organisation changed = form.toOrganisation(id, current.coalitionId());
        if (!access.isStaff()) {
            changed = Profiles.keepStaffFields(current, changed);
        }
        try {
            directory.save(changed);
            flash.addFlashAttribute("notice", "members.saved");
            return "redirect:/members/organisations/" + id;
        } catch (RejectedInput e) {
            e.bindTo(errors);
            model.addAttribute("personForm", new PersonForm());
            return organisationPage(current, model);
        }
    }

    @PostMapping("/organisations/{id}/people")
    String addPerson(@PathVariable long id, @ModelAttribute("personForm") PersonForm form, BindingResult errors, Model model) {
        access.requireOrganisation(id);
        try {
            Person p = directory.createWithRole(form.toPerson(0), id, form.getRole(), LocalDate.now());
            return "redirect:/members/people/" + p.id();
        } catch (RejectedInput e) {
            e.bindTo(errors);
            Organisation o = directory.organisation(id);
            model.addAttribute("form", OrganisationForm.of(o));
            return organisationPage(o, model);
        }
    }

    @GetMapping("/people/{id}")
    String person(@PathVariable long id, Model model) {
        access.requirePerson(id);
        Person p = directory.person(id);
        accessLog.viewed("person-page", id);
        model.addAttribute("form", PersonForm.of(p));
        return personPage(p, model);
    }

    private String personPage(Person p, Model model) {
        model.addAttribute("person", p);
        model.addAttribute("affiliations", links.affiliationsOfPerson(p.id()));
        model.addAttribute("consents", consents.current(p.id()));
        model.addAttribute("merges", merges.recent("person", p.id()));
        custom("person", p.id(), model);
        return "members/person";
    }

    @PostMapping("/people/{id}")
    String updatePerson(@PathVariable long id, @ModelAttribute("form") PersonForm form, BindingResult errors, Model model,
            RedirectAttributes flash) {
        access.requirePerson(id);
        try {
            directory.save(form.toPerson(id));
            flash.addFlashAttribute("notice", "members.saved");
            return "redirect:/members/people/" + id;
        } catch (RejectedInput e) {
            e.bindTo(errors);
            return personPage(directory.person(id), model);
        }
    }

    private void custom(String recordType, long id, Model model) {
        model.addAttribute("customFields", customFields.fields(recordType));
        if (!model.containsAttribute("customValues")) {
            model.addAttribute("customValues", customFields.values(recordType, id));
        }
    }

    @PostMapping("/{type:people|organisations}/{id}/fields")
    String customValues(@PathVariable String type, @PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes flash) {
        boolean person = type.equals("people");
        if (person) {
            access.requirePerson(id);
        } else {
            access.requireOrganisation(id);
        }
        Map<String, String> typed = new java.util.LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith(MemberQuery.CUSTOM)) {
                typed.put(k.substring(MemberQuery.CUSTOM.length()), v);
            }
        });
        return Forms.submit(() -> {
            customFields.set(person ? "person" : "organisation", id, typed);
            return "redirect:/members/" + type + "/" + id;
        }, "members.saved", flash, model, () -> {
            model.addAttribute("customValues", typed);
            return person ? person(id, model) : organisation(id, model);
        });
    }

    @PostMapping("/people/{id}/consents")
    String consent(@PathVariable long id, @RequestParam String purpose, @RequestParam boolean granted,
            @RequestParam(required = false) LocalDate givenOn, @RequestParam String source, RedirectAttributes flash) {
        access.requirePerson(id);
        consents.record(id, purpose, granted, givenOn, source);
        flash.addFlashAttribute("notice", "members.saved");
        return "redirect:/members/people/" + id;
    }

    @GetMapping(value = "/people/{id}/export", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<String> export(@PathVariable long id) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"person-" + id + ".json\"")
            .contentType(MediaType.APPLICATION_JSON).body(json.writerWithDefaultPrettyPrinter().writeValueAsString(personalData.export(id)));
    }

    @PostMapping("/people/{id}/erase")
    String erase(@PathVariable long id, @RequestParam String reason, RedirectAttributes flash) {
        personalData.erase(id, reason);
        flash.addFlashAttribute("notice", "members.erased");
        return "redirect:/staff/members";
    }

    @PostMapping("/{type:people|organisations}/{id}/merge")
    String merge(@PathVariable String type, @PathVariable long id, @RequestParam long mergedId, RedirectAttributes flash) {
        access.requireStaff();
        merges.merge(type.equals("people") ? "person" : "organisation", id, mergedId);
        flash.addFlashAttribute("notice", "members.merged");
        return "redirect:/members/" + type + "/" + id;
    }

    @PostMapping("/merges/{mergeId}/undo")
    String undo(@PathVariable long mergeId, RedirectAttributes flash) {
        access.requireStaff();
        Merges.Merge m = merges.undo(mergeId);
        flash.addFlashAttribute("notice", "members.mergeUndone");
        return "redirect:/members/" + (m.recordType().equals("person") ? "people" : "organisations") + "/" + m.mergedId();
    }
}
