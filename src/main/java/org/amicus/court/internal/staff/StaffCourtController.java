package org.amicus.court.internal.staff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.amicus.court.internal.budget.Budgets;
import org.amicus.court.internal.budget.Figure;
import org.amicus.court.internal.budget.Programme;
import org.amicus.court.internal.budget.Recommendation;
import org.amicus.court.internal.budget.Recommendations;
import org.amicus.court.internal.budget.Stage;
import org.amicus.court.internal.election.Ballot;
import org.amicus.court.internal.election.Drafts.CandidateDraft;
import org.amicus.court.internal.election.Drafts.ElectionDraft;
import org.amicus.court.internal.election.Drafts.JudgeDraft;
import org.amicus.court.internal.election.Drafts.RoundDraft;
import org.amicus.court.internal.campaign.NominationCampaign;
import org.amicus.court.internal.election.Elections;
import org.amicus.court.internal.election.Gender;
import org.amicus.court.internal.election.JudgeList;
import org.amicus.court.internal.election.Office;
import org.amicus.court.internal.election.Procedure;
import org.amicus.court.internal.election.Region;
import org.amicus.cooperation.Situations;
import org.amicus.court.internal.conference.SessionItem;
import org.amicus.court.internal.conference.SessionItems;
import org.amicus.court.internal.conference.Teams;
import org.amicus.court.internal.organs.OfficeHolders;
import org.amicus.court.internal.organs.Organ;
import org.amicus.court.internal.proceedings.ProceedingStage;
import org.amicus.court.internal.proceedings.Proceedings;
import org.amicus.court.internal.questionnaire.Questionnaires;
import org.amicus.court.internal.victims.Project;
import org.amicus.court.internal.victims.Projects;
import org.amicus.court.internal.web.ElectionView;
import org.amicus.platform.Forms;
import org.amicus.platform.Language;
import org.amicus.platform.RejectedInput;
import org.amicus.platform.RejectedInput.Problem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff set up elections (vacancies, judges staying, candidates), write the questionnaire and send
 * its links, enter or import the rounds, check ballots, and record budget figures. Refused input
 * comes back beside its field with what was typed.
 */
@Controller
@RequestMapping("/staff/court")
class StaffCourtController {

    private final Elections elections;
    private final Questionnaires questionnaires;
    private final Budgets budgets;
    private final Proceedings proceedings;
    private final SessionItems sessionItems;
    private final Situations situations;
    private final OfficeHolders holders;
    private final Projects projects;
    private final Recommendations recommendations;
    private final Teams teams;
    private final NominationCampaign campaign;

    StaffCourtController(Elections elections, Questionnaires questionnaires, Budgets budgets, Proceedings proceedings,
            SessionItems sessionItems, Situations situations, OfficeHolders holders, Projects projects,
            Recommendations recommendations, Teams teams, NominationCampaign campaign) {
        this.campaign = campaign;
        this.teams = teams;
        this.recommendations = recommendations;
        this.projects = projects;
        this.holders = holders;
        this.proceedings = proceedings;
        this.sessionItems = sessionItems;
        this.situations = situations;
        this.elections = elections;
        this.questionnaires = questionnaires;
        this.budgets = budgets;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("offices", Office.values());
        model.addAttribute("genders", Gender.values());
        model.addAttribute("regions", Region.values());
        model.addAttribute("lists", JudgeList.values());
        model.addAttribute("procedures", Procedure.values());
        model.addAttribute("languages", Language.values());
        model.addAttribute("programmes", Programme.values());
        model.addAttribute("stages", Stage.values());
        model.addAttribute("proceedingStages", ProceedingStage.values());
        model.addAttribute("itemKinds", SessionItem.Kind.values());
        model.addAttribute("organs", Organ.values());
    }

    /** What the forms show when nothing was typed yet; a refused submission or its flash puts what was typed instead. */
    @ModelAttribute("typed")
    Map<String, String> typed() {
        return Map.of();
    }

    @GetMapping("/organs")
    String organs(Model model) {
        model.addAttribute("holders", holders.all());
        return "court/staff-organs";
    }

    @PostMapping("/organs")
    String addHolder(@RequestParam Map<String, String> form, RedirectAttributes flash, Model model) {
        model.addAttribute("typed", form);
        return Forms.submit(() -> {
            holders.add(new OfficeHolders.Draft(parse(form, "organ", Organ::valueOf), form.get("office"), form.get("personName"),
                    parse(form, "personId", Long::valueOf), parse(form, "from", LocalDate::parse), parse(form, "until", LocalDate::parse),
                    form.get("source")));
            return "redirect:/staff/court/organs";
        }, "court.notice.saved", flash, model, () -> organs(model));
    }

    @PostMapping("/organs/{id}/remove")
    String removeHolder(@PathVariable long id, RedirectAttributes flash) {
        holders.remove(id);
        flash.addFlashAttribute("notice", "court.notice.saved");
        return "redirect:/staff/court/organs";
    }

    @GetMapping("/stages")
    String stages(Model model) {
        model.addAttribute("entries", proceedings.entries());
        model.addAttribute("projects", projects.all());
        model.addAttribute("mandates", Project.Mandate.values());
        model.addAttribute("projectStatuses", Project.Status.values());
        model.addAttribute("situations", situations.situations());
        return "court/staff-stages";
    }

    @PostMapping("/stages")
    String recordStage(@RequestParam Map<String, String> form, RedirectAttributes flash, Model model) {
        model.addAttribute("typed", form);
        return Forms.submit(() -> {
            proceedings.record(form.get("situation"), form.get("caseNumber"), parse(form, "stage", ProceedingStage::valueOf),
                    parse(form, "date", LocalDate::parse), form.get("source"));
            return "redirect:/staff/court/stages";
        }, "court.notice.saved", flash, model, () -> stages(model));
    }

    @PostMapping("/projects")
    String addProject(@RequestParam Map<String, String> form, RedirectAttributes flash, Model model) {
        model.addAttribute("typed", form);
        return Forms.submit(() -> {
            projects.add(new Project(0, form.get("situation"), form.get("caseNumber"), parse(form, "mandate", Project.Mandate::valueOf),
                    form.get("name"), form.get("location"), form.get("partner"), parse(form, "beneficiaries", Integer::valueOf),
                    parse(form, "budgetEur", Long::valueOf), parse(form, "status", Project.Status::valueOf), form.get("source")));
            return "redirect:/staff/court/stages";
        }, "court.notice.saved", flash, model, () -> stages(model));
    }

    @PostMapping("/stages/{id}/void")
    String voidStage(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes flash, Model model) {
        return Forms.submit(() -> {
            proceedings.voidEntry(id, form.get("reason"));
            return "redirect:/staff/court/stages";
        }, "court.notice.saved", flash, model, () -> stages(model));
    }

    @GetMapping("/sessions")
    String sessions(Model model) {
        model.addAttribute("items", sessionItems.all());
        model.addAttribute("teams", teams.byItem());
        model.addAttribute("otherLanguages", java.util.Arrays.stream(Language.values()).filter(l -> l != Language.EN).toList());
        return "court/staff-sessions";
    }

    @PostMapping("/sessions")
    String addItem(@RequestParam Map<String, String> form, RedirectAttributes flash, Model model) {
        model.addAttribute("typed", form);
        return Forms.submit(() -> {
            sessionItems.add(form.get("sessionName"), parse(form, "kind", SessionItem.Kind::valueOf), form.get("title"),
                    form.get("outcomeSymbol"), form.get("outcome"), form.get("source"));
            return "redirect:/staff/court/sessions";
        }, "court.notice.saved", flash, model, () -> sessions(model));
    }

    /** A member organisation or a group (by its number in the members record) follows the item. */
    @PostMapping("/sessions/{id}/teams")
    String addTeam(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes flash, Model model) {
        model.addAttribute("typed", form);
        return Forms.submit(() -> {
            teams.add(id, parse(form, "groupId", Long::valueOf), parse(form, "organisationId", Long::valueOf), form.get("role"));
            return "redirect:/staff/court/sessions";
        }, "court.notice.saved", flash, model, () -> sessions(model));
    }

    @PostMapping("/sessions/teams/{teamId}/remove")
    String removeTeam(@PathVariable long teamId, RedirectAttributes flash) {
        teams.remove(teamId);
        flash.addFlashAttribute("notice", "court.notice.saved");
        return "redirect:/staff/court/sessions";
    }

    /** The item's session, title and outcome in another language. */
    @PostMapping("/sessions/{id}/text")
    String setText(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes flash, Model model) {
        model.addAttribute("typed", form);
        return Forms.submit(() -> {
            sessionItems.setText(id, Language.fromCode(form.get("lang")).orElse(null), form.get("sessionName"), form.get("title"),
                    form.get("outcome"));
            return "redirect:/staff/court/sessions";
        }, "court.notice.saved", flash, model, () -> sessions(model));
    }

    @PostMapping("/sessions/{id}/position")
    String position(@PathVariable long id, @RequestParam(required = false) String position, RedirectAttributes flash) {
        sessionItems.setPosition(id, position);
        flash.addFlashAttribute("notice", "court.notice.saved");
        return "redirect:/staff/court/sessions";
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("elections", elections.all());
        model.addAttribute("typed", model.getAttribute("typed") == null ? Map.of() : model.getAttribute("typed"));
        return "court/staff-list";
    }

    @PostMapping("/elections")
    String create(@RequestParam Map<String, String> form, RedirectAttributes flash, Model model) {
        model.addAttribute("typed", form);
        return Forms.submit(() -> {
            var e = elections.create(new ElectionDraft(parse(form, "office", Office::valueOf), form.get("title"), form.get("sessionName"),
                    parse(form, "vacancies", Integer::valueOf), parse(form, "nominationsOpen", LocalDate::parse),
                    parse(form, "nominationsClose", LocalDate::parse), form.get("source")));
            return "redirect:/staff/court/elections/" + e.id();
        }, "court.notice.saved", flash, model, () -> list(model));
    }

    @GetMapping("/elections/{id}")
    String election(@PathVariable long id, Model model) {
        model.addAttribute("view", ElectionView.of(elections, id));
        model.addAttribute("questions", questionnaires.questions(id));
        model.addAttribute("invitations", questionnaires.invitations(id));
        model.addAttribute("assessments", campaign.assessments(id));
        model.addAttribute("statements", campaign.statements(id));
        return "court/staff-election";
    }

    /** The Advisory Committee on Nominations' assessment of a candidate: qualified=true|false, its words, the report. */
    @PostMapping("/elections/{id}/candidates/{candidateId}/assessment")
    String assess(@PathVariable long id, @PathVariable long candidateId, @RequestParam Map<String, String> form, RedirectAttributes flash,
            Model model) {
        return change(id, form, flash, model, () -> campaign.assess(id, candidateId, parse(form, "qualified", Boolean::valueOf),
                form.get("words"), form.get("source")));
    }

    @PostMapping("/elections/{id}/statements")
    String addStatement(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes flash, Model model) {
        return change(id, form, flash, model, () -> campaign.addStatement(id, parse(form, "publishedOn", LocalDate::parse),
                form.get("statementLanguage"), form.get("title"), form.get("body"), form.get("url")));
    }

    @PostMapping("/elections/{id}/statements/{statementId}/remove")
    String removeStatement(@PathVariable long id, @PathVariable long statementId, @RequestParam Map<String, String> form,
            RedirectAttributes flash, Model model) {
        return change(id, form, flash, model, () -> {
            campaign.removeStatement(id, statementId, form.get("reason"));
            return null;
        });
    }

    @PostMapping("/elections/{id}/judges")
    String addJudge(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes flash, Model model) {
        return change(id, form, flash, model, () -> elections.addStayingJudge(id, new JudgeDraft(form.get("name"),
                parse(form, "gender", Gender::valueOf), parse(form, "region", Region::valueOf), parse(form, "list", JudgeList::valueOf))));
    }

    @PostMapping("/elections/{id}/candidates")
    String addCandidate(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes flash, Model model) {
        return change(id, form, flash, model, () -> elections.addCandidate(id, new CandidateDraft(form.get("name"),
                parse(form, "personId", Long::valueOf), form.get("email"), form.get("language"), form.get("nominatingIso3"),
                form.get("nationalityIso3"), parse(form, "gender", Gender::valueOf), parse(form, "list", JudgeList::valueOf),
                parse(form, "procedure", Procedure::valueOf), form.get("source"))));
    }

    @PostMapping("/elections/{id}/candidates/{candidateId}/withdraw")
    String withdraw(@PathVariable long id, @PathVariable long candidateId, @RequestParam Map<String, String> form, RedirectAttributes flash,
            Model model) {
        return change(id, form, flash, model, () -> {
            elections.withdraw(candidateId, parse(form, "beforeRound", Integer::valueOf), form.get("source"));
            return null;
        });
    }

    @PostMapping("/elections/{id}/questions")
    String addQuestion(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes flash, Model model) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            texts.put(l, form.get("text" + Character.toUpperCase(l.code().charAt(0)) + l.code().substring(1)));
        }
        return change(id, form, flash, model, () -> questionnaires.addQuestion(id, texts));
    }

    @PostMapping("/elections/{id}/invite")
    String invite(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes flash, Model model) {
        return change(id, form, flash, model, () -> {
            Integer days = parse(form, "validDays", Integer::valueOf);
            return questionnaires.invite(id, days == null ? 0 : days);
        });
    }

    @PostMapping("/elections/{id}/remind")
    String remind(@PathVariable long id, RedirectAttributes flash, Model model) {
        return change(id, Map.of(), flash, model, () -> questionnaires.remind(id));
    }

    /** One round from the form: the votes of each standing candidate in fields v{id}. */
    @PostMapping("/elections/{id}/rounds")
    String round(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes flash, Model model) {
        return change(id, form, flash, model, () -> {
            Map<Long, Integer> votes = new LinkedHashMap<>();
            List<Problem> problems = new ArrayList<>();
            form.forEach((k, v) -> {
                if (k.matches("v\\d+") && v != null && !v.isBlank()) {
                    try {
                        votes.put(Long.valueOf(k.substring(1)), Integer.valueOf(v.trim()));
                    } catch (NumberFormatException e) {
                        problems.add(new Problem(0, "votes", "court.round.notANumber", v));
                    }
                }
            });
            if (!problems.isEmpty()) {
                throw new RejectedInput(problems);
            }
            elections.recordRounds(id, List.of(new RoundDraft(parse(form, "number", Integer::valueOf), parse(form, "ballotsCast", Integer::valueOf),
                    parse(form, "invalid", Integer::valueOf), parse(form, "abstentions", Integer::valueOf), votes, form.get("source"))));
            return null;
        });
    }

    @PostMapping("/elections/{id}/rounds/import")
    String importRounds(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes flash, Model model) {
        return change(id, form, flash, model, () -> {
            elections.recordRounds(id, Elections.parseRounds(form.get("csv")));
            return null;
        });
    }

    /** Checks a ballot for the next round: the boxes b{id} ticked. Shows the verdict; records nothing. */
    @PostMapping("/elections/{id}/ballot-check")
    String checkBallot(@PathVariable long id, @RequestParam Map<String, String> form, Model model) {
        List<Long> votes = form.keySet().stream().filter(k -> k.matches("b\\d+")).map(k -> Long.valueOf(k.substring(1))).toList();
        model.addAttribute("ballot", votes);
        model.addAttribute("ballotProblems", Ballot.check(Ballot.Round.of(elections.nextRound(id)), votes));
        return election(id, model);
    }

    @GetMapping("/budget")
    String budget(Model model) {
        model.addAttribute("figures", budgets.figures());
        model.addAttribute("recommendations", recommendations.all());
        model.addAttribute("outcomes", Recommendation.Outcome.values());
        return "court/staff-budget";
    }

    @PostMapping("/budget/recommendations")
    String addRecommendation(@RequestParam Map<String, String> form, RedirectAttributes flash, Model model) {
        model.addAttribute("typed", form);
        return Forms.submit(() -> {
            recommendations.add(parse(form, "year", Integer::valueOf), parse(form, "programme", Programme::valueOf), form.get("recommendation"),
                    parse(form, "outcome", Recommendation.Outcome::valueOf), form.get("outcomeNote"), form.get("source"));
            return "redirect:/staff/court/budget";
        }, "court.notice.saved", flash, model, () -> budget(model));
    }

    @PostMapping("/budget/recommendations/{id}/outcome")
    String recommendationOutcome(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes flash, Model model) {
        return Forms.submit(() -> {
            recommendations.setOutcome(id, parse(form, "outcome", Recommendation.Outcome::valueOf), form.get("outcomeNote"));
            return "redirect:/staff/court/budget";
        }, "court.notice.saved", flash, model, () -> budget(model));
    }

    /** A figure with its lines, one "name; amount in euros" per line of the text box. */
    @PostMapping("/budget")
    String recordBudget(@RequestParam Map<String, String> form, RedirectAttributes flash, Model model) {
        model.addAttribute("typed", form);
        return Forms.submit(() -> {
            List<Figure.Line> lines = new ArrayList<>();
            List<Problem> problems = new ArrayList<>();
            String text = form.getOrDefault("lines", "");
            int n = 0;
            for (String row : text.split("\\R")) {
                n++;
                if (row.isBlank()) {
                    continue;
                }
                int cut = row.lastIndexOf(';');
                try {
                    lines.add(new Figure.Line(row.substring(0, cut).trim(), Long.parseLong(row.substring(cut + 1).trim())));
                } catch (RuntimeException e) {
                    problems.add(new Problem(n, "lines", "court.budget.badLine", n));
                }
            }
            if (!problems.isEmpty()) {
                throw new RejectedInput(problems);
            }
            budgets.record(new Budgets.Draft(parse(form, "year", Integer::valueOf), parse(form, "programme", Programme::valueOf),
                    parse(form, "stage", Stage::valueOf), parse(form, "totalEur", Long::valueOf), form.get("source"), lines));
            return "redirect:/staff/court/budget";
        }, "court.notice.saved", flash, model, () -> budget(model));
    }

    private String change(long id, Map<String, String> form, RedirectAttributes flash, Model model, java.util.function.Supplier<Object> change) {
        model.addAttribute("typed", form);
        return Forms.submit(() -> {
            Object result = change.get();
            if (result instanceof Integer sent) {
                flash.addFlashAttribute("sent", sent);
            }
            return "redirect:/staff/court/elections/" + id;
        }, "court.notice.saved", flash, model, () -> election(id, model));
    }

    /** A field parsed, null when blank; a value that does not parse is refused beside its field. */
    static <T> T parse(Map<String, String> form, String field, Function<String, T> parser) {
        String v = form.get(field);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return parser.apply(v.trim());
        } catch (RuntimeException e) {
            throw new RejectedInput(field, "court.invalid", v);
        }
    }
}
