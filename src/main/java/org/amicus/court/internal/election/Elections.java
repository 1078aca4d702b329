package org.amicus.court.internal.election;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.amicus.court.internal.election.Drafts.CandidateDraft;
import org.amicus.court.internal.election.Drafts.ElectionDraft;
import org.amicus.court.internal.election.Drafts.JudgeDraft;
import org.amicus.court.internal.election.Drafts.RoundDraft;
import static org.amicus.court.internal.Input.blank;
import static org.amicus.court.internal.Input.reject;
import static org.amicus.court.internal.Input.require;

import org.amicus.members.Members;
import org.amicus.members.PersonRef;
import org.amicus.platform.AuditTrail;
import org.amicus.platform.Change;
import org.amicus.platform.Language;
import org.amicus.platform.NotFound;
import org.amicus.platform.RejectedInput.Problem;
import org.amicus.states.StatesDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Elections, their candidates and their rounds. Every change is checked first (a candidate's
 * nominating state must be a State Party; a round must replay with all earlier ones), then written
 * with its audit row in one transaction.
 */
@Service
public class Elections {

    static final String ELECTION = "court-election";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final StatesDirectory states;
    private final Members members;

    Elections(JdbcClient jdbc, AuditTrail audit, StatesDirectory states, Members members) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.states = states;
        this.members = members;
    }

    public List<Election> all() {
        return jdbc.sql("select * from court_election where removed = false order by coalesce(nominations_close, nominations_open) desc, id desc")
            .query(Elections::election).list();
    }

    public Election get(long id) {
        return jdbc.sql("select * from court_election where id = ? and removed = false").param(id).query(Elections::election)
            .optional().orElseThrow(() -> new NotFound("court.election.notFound", id));
    }

    public List<StayingJudge> staying(long electionId) {
        return jdbc.sql("select * from court_staying_judge where election_id = ? order by id").param(electionId)
            .query((rs, n) -> new StayingJudge(rs.getLong("id"), rs.getString("name"), profile(rs))).list();
    }

    public List<Candidate> candidates(long electionId) {
        return jdbc.sql("select * from court_candidate where election_id = ? order by name, id").param(electionId)
            .query(Elections::candidate).list();
    }

    public Optional<Candidate> candidate(long id) {
        return jdbc.sql("select * from court_candidate where id = ?").param(id).query(Elections::candidate).optional();
    }

    @Transactional
    public Election create(ElectionDraft d) {
        List<Problem> problems = new ArrayList<>();
        require(problems, d.office(), "office");
        require(problems, blank(d.title()), "title");
        require(problems, blank(d.source()), "source");
        if (d.vacancies() == null || d.vacancies() < 1 || d.vacancies() > 18) {
            problems.add(new Problem(0, "vacancies", "court.election.vacancies"));
        }
        if (d.nominationsOpen() != null && d.nominationsClose() != null && d.nominationsClose().isBefore(d.nominationsOpen())) {
            problems.add(new Problem(0, "nominationsClose", "court.election.closeBeforeOpen"));
        }
        reject(problems);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into court_election (office, title, session_name, vacancies, nominations_open, nominations_close, source)
                values (?, ?, ?, ?, ?, ?, ?)""")
            .params(d.office().name(), d.title().trim(), blank(d.sessionName()), d.vacancies(), d.nominationsOpen(),
                    d.nominationsClose(), d.source().trim())
            .update(keys, "id");
        Election e = get(keys.getKey().longValue());
        audit.record(new Change(ELECTION, String.valueOf(e.id()), "created", null, e, e.source(), "Election: " + e.title()));
        return e;
    }

    @Transactional
    public StayingJudge addStayingJudge(long electionId, JudgeDraft d) {
        Election e = get(electionId);
        List<Problem> problems = new ArrayList<>();
        require(problems, blank(d.name()), "name");
        require(problems, d.gender(), "gender");
        require(problems, d.region(), "region");
        require(problems, d.list(), "list");
        if (staying(electionId).size() >= 18 - e.vacancies()) {
            problems.add(new Problem(0, "name", "court.judge.benchFull", 18 - e.vacancies()));
        }
        reject(problems);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into court_staying_judge (election_id, name, gender, region, judge_list) values (?, ?, ?, ?, ?)")
            .params(electionId, d.name().trim(), d.gender().name(), d.region().name(), d.list().name()).update(keys, "id");
        StayingJudge j = new StayingJudge(keys.getKey().longValue(), d.name().trim(), new Profile(d.gender(), d.region(), d.list()));
        audit.record(new Change(ELECTION, String.valueOf(electionId), "judge staying", null, j, e.source(),
                "Judge remaining in office: " + j.name()));
        return j;
    }

    /**
     * Adds a candidate. The nominating state must be a State Party on the day nominations close (or
     * today); the region comes from the nationality's UN regional group; judges need a list and the
     * nomination procedure. With a CRM person, name and e-mail default to the person's.
     */
    @Transactional
    public Candidate addCandidate(long electionId, CandidateDraft d) {
        Election e = get(electionId);
        List<Problem> problems = new ArrayList<>();
        PersonRef person = null;
        if (d.personId() != null) {
            person = members.person(d.personId()).orElse(null);
            if (person == null) {
                problems.add(new Problem(0, "personId", "court.candidate.noPerson", d.personId()));
            }
        }
        String name = firstNonBlank(d.name(), person == null ? null : person.name());
        String email = firstNonBlank(d.email(), person == null ? null : person.primaryEmail());
        require(problems, name, "name");
        require(problems, blank(d.source()), "source");
        require(problems, d.gender(), "gender");
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.add(new Problem(0, "email", "court.candidate.email", email));
        }
        String nominating = iso(d.nominatingIso3());
        LocalDate on = e.nominationsClose() != null ? e.nominationsClose() : LocalDate.now();
        if (nominating == null || states.state(nominating).isEmpty()) {
            problems.add(new Problem(0, "nominatingIso3", "court.candidate.unknownState", String.valueOf(d.nominatingIso3())));
        } else if (!states.isStateParty(nominating, on)) {
            problems.add(new Problem(0, "nominatingIso3", "court.candidate.notParty", states.state(nominating).get().name(Language.EN), on));
        }
        String nationality = iso(d.nationalityIso3());
        Region region = nationality == null ? null
                : states.state(nationality).flatMap(s -> region(s.unRegionalGroup())).orElse(null);
        if (region == null) {
            problems.add(new Problem(0, "nationalityIso3", "court.candidate.unknownState", String.valueOf(d.nationalityIso3())));
        }
        if (e.ofJudges()) {
            require(problems, d.list(), "list");
            require(problems, d.procedure(), "procedure");
        }
        reject(problems);
        Language language = Language.fromCode(firstNonBlank(d.language(), person == null ? null : person.preferredLanguage()))
            .orElse(Language.EN);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into court_candidate (election_id, name, person_id, email, language, nominating_iso3, nationality_iso3,
                    gender, region, judge_list, nomination_procedure, source)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(electionId, name, d.personId(), email, language.code(), nominating, nationality, d.gender().name(), region.name(),
                    e.ofJudges() ? d.list().name() : null, e.ofJudges() ? d.procedure().name() : null, d.source().trim())
            .update(keys, "id");
        Candidate c = candidate(keys.getKey().longValue()).orElseThrow();
        audit.record(new Change(ELECTION, String.valueOf(electionId), "candidate added", null, c, c.source(), "Candidate: " + c.name()));
        return c;
    }

    /** Records that a candidate withdrew before the given round (rounds already recorded still count their votes). */
    @Transactional
    public void withdraw(long candidateId, Integer beforeRound, String source) {
        Candidate c = candidate(candidateId).orElseThrow(() -> new NotFound("court.candidate.notFound", candidateId));
        List<Problem> problems = new ArrayList<>();
        if (beforeRound == null || beforeRound < 1 || beforeRound <= rounds(c.electionId()).size()) {
            problems.add(new Problem(0, "beforeRound", "court.candidate.withdrawRound", rounds(c.electionId()).size() + 1));
        }
        require(problems, blank(source), "source");
        reject(problems);
        jdbc.sql("update court_candidate set withdrawn_before_round = ? where id = ?").params(beforeRound, candidateId).update();
        audit.record(new Change(ELECTION, String.valueOf(c.electionId()), "candidate withdrew", c,
                candidate(candidateId).orElseThrow(), source, "Withdrawal: " + c.name()));
    }

    /** The recorded rounds, in order. */
    public List<Tally.RoundResult> rounds(long electionId) {
        Map<Long, Map<Long, Integer>> votes = new HashMap<>();
        jdbc.sql("select v.round_id, v.candidate_id, v.votes from court_round_vote v join court_round r on r.id = v.round_id where r.election_id = ?")
            .param(electionId)
            .query(rs -> {
                votes.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getLong(2), rs.getInt(3));
            });
        List<Candidate> candidates = candidates(electionId);
        return jdbc.sql("select * from court_round where election_id = ? order by number").param(electionId)
            .query((rs, n) -> {
                int number = rs.getInt("number");
                return new Tally.RoundResult(number, rs.getInt("ballots_cast"), rs.getInt("invalid"), rs.getInt("abstentions"),
                        votes.getOrDefault(rs.getLong("id"), Map.of()), withdrawnBefore(candidates, number));
            }).list();
    }

    private static Set<Long> withdrawnBefore(List<Candidate> candidates, int round) {
        Set<Long> ids = new java.util.HashSet<>();
        for (Candidate c : candidates) {
            if (c.withdrawnBeforeRound() != null && c.withdrawnBeforeRound() <= round) {
                ids.add(c.id());
            }
        }
        return ids;
    }

    /** The election as the rules see it before the first ballot. */
    public Tally.Setup setup(long electionId) {
        Election e = get(electionId);
        Map<Region, Integer> parties = new EnumMap<>(Region.class);
        Set<String> party = states.statesParties(LocalDate.now());
        for (StatesDirectory.StateFacts s : states.states()) {
            if (party.contains(s.iso3())) {
                region(s.unRegionalGroup()).ifPresent(r -> parties.merge(r, 1, Integer::sum));
            }
        }
        return new Tally.Setup(staying(electionId).stream().map(StayingJudge::profile).toList(), parties, e.vacancies(),
                candidates(electionId).stream().map(Candidate::nominee).toList());
    }

    /** The replayed rounds; an election without rounds has none. */
    public List<Tally.Outcome> tally(long electionId) {
        return Tally.replay(setup(electionId), rounds(electionId));
    }

    /** What the next ballot is checked against: seats left, candidates standing, requirements in force. */
    public VotingRules.Seats nextRound(long electionId) {
        Tally.Setup setup = setup(electionId);
        List<Tally.Outcome> outcomes = tally(electionId);
        List<Profile> inOffice = new ArrayList<>(setup.remainingInOffice());
        List<Nominee> standing = new ArrayList<>(setup.candidates());
        int seatsLeft = setup.vacancies();
        for (Tally.Outcome o : outcomes) {
            o.elected().forEach(n -> inOffice.add(n.profile()));
            standing.removeAll(o.elected());
            seatsLeft = o.seatsLeftAfter();
        }
        if (!outcomes.isEmpty()) {
            standing.removeAll(outcomes.get(outcomes.size() - 1).cutOff());
        }
        int round = outcomes.size() + 1;
        Set<Long> withdrawn = withdrawnBefore(candidates(electionId), round);
        standing.removeIf(n -> withdrawn.contains(n.id()));
        return new VotingRules.Seats(inOffice, setup.statesPartiesPerRegion(), seatsLeft, standing, round);
    }

    /** Records rounds (one from a form, several from an import): all of them replay with the earlier ones, or none is written. */
    @Transactional
    public void recordRounds(long electionId, List<RoundDraft> drafts) {
        Election e = get(electionId);
        List<Tally.RoundResult> rounds = new ArrayList<>(rounds(electionId));
        List<Problem> problems = new ArrayList<>();
        List<Candidate> candidates = candidates(electionId);
        int line = 0;
        for (RoundDraft d : drafts) {
            line++;
            int expected = rounds.size() + 1;
            if (d.number() == null || d.number() != expected) {
                problems.add(new Problem(line, "number", "court.round.number", expected));
            }
            if (d.ballotsCast() == null || d.ballotsCast() < 1) {
                problems.add(new Problem(line, "ballotsCast", "court.round.noBallots"));
            }
            if (blank(d.source()) == null) {
                problems.add(new Problem(line, "source", "court.required.source"));
            }
            if (!problems.isEmpty()) {
                continue;
            }
            rounds.add(new Tally.RoundResult(expected, d.ballotsCast(), zero(d.invalid()), zero(d.abstentions()),
                    Map.copyOf(d.votes()), withdrawnBefore(candidates, expected)));
        }
        reject(problems);
        Tally.replay(setup(electionId), rounds);
        for (RoundDraft d : drafts) {
            var keys = new GeneratedKeyHolder();
            jdbc.sql("insert into court_round (election_id, number, ballots_cast, invalid, abstentions, source) values (?, ?, ?, ?, ?, ?)")
                .params(electionId, d.number(), d.ballotsCast(), zero(d.invalid()), zero(d.abstentions()), d.source().trim())
                .update(keys, "id");
            long roundId = keys.getKey().longValue();
            d.votes().forEach((candidateId, votes) -> jdbc.sql("insert into court_round_vote (round_id, candidate_id, votes) values (?, ?, ?)")
                .params(roundId, candidateId, votes).update());
            audit.record(new Change(ELECTION, String.valueOf(electionId), "round recorded", null, d, d.source(),
                    "Round " + d.number() + " of " + e.title()));
        }
    }

    static Optional<Region> region(String unRegionalGroup) {
        try {
            return Optional.of(Region.valueOf(unRegionalGroup));
        } catch (RuntimeException notAGroup) {
            return Optional.empty();
        }
    }

    private static int zero(Integer n) {
        return n == null ? 0 : n;
    }

    private static String iso(String s) {
        return s == null || s.isBlank() ? null : s.trim().toUpperCase(java.util.Locale.ROOT);
    }

    private static String firstNonBlank(String a, String b) {
        return blank(a) != null ? a.trim() : blank(b);
    }

    private static Election election(ResultSet rs, int n) throws SQLException {
        return new Election(rs.getLong("id"), Office.valueOf(rs.getString("office")), rs.getString("title"), rs.getString("session_name"),
                rs.getInt("vacancies"), rs.getObject("nominations_open", LocalDate.class), rs.getObject("nominations_close", LocalDate.class),
                rs.getString("source"));
    }

    private static Profile profile(ResultSet rs) throws SQLException {
        String list = rs.getString("judge_list");
        return new Profile(Gender.valueOf(rs.getString("gender")), Region.valueOf(rs.getString("region")),
                list == null ? null : JudgeList.valueOf(list));
    }

    private static Candidate candidate(ResultSet rs, int n) throws SQLException {
        String procedure = rs.getString("nomination_procedure");
        return new Candidate(rs.getLong("id"), rs.getLong("election_id"), rs.getString("name"), (Long) rs.getObject("person_id", Long.class),
                rs.getString("email"), Language.fromCode(rs.getString("language")).orElse(Language.EN), rs.getString("nominating_iso3"),
                rs.getString("nationality_iso3"), profile(rs), procedure == null ? null : Procedure.valueOf(procedure),
                (Integer) rs.getObject("withdrawn_before_round", Integer.class), rs.getString("source"));
    }

    /** Rows of a round import: round,ballots_cast,invalid,abstentions,candidate_id,votes,source (one row per candidate and round). */
    public static List<RoundDraft> parseRounds(String csv) {
        List<Problem> problems = new ArrayList<>();
        Map<Integer, RoundDraft> rounds = new LinkedHashMap<>();
        try {
            var records = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(csv == null ? "" : csv)).getRecords();
            for (var r : records) {
                int line = (int) r.getRecordNumber() + 1;
                try {
                    int number = Integer.parseInt(r.get("round").trim());
                    RoundDraft d = rounds.computeIfAbsent(number, k -> new RoundDraft(number, Integer.parseInt(r.get("ballots_cast").trim()),
                            Integer.parseInt(r.get("invalid").trim()), Integer.parseInt(r.get("abstentions").trim()), new LinkedHashMap<>(),
                            r.get("source")));
                    if (d.votes().put(Long.parseLong(r.get("candidate_id").trim()), Integer.parseInt(r.get("votes").trim())) != null) {
                        problems.add(new Problem(line, "candidate_id", "court.import.twice", line));
                    }
                } catch (IllegalArgumentException | IllegalStateException bad) {
                    problems.add(new Problem(line, "csv", "court.import.badRow", line));
                }
            }
        } catch (java.io.IOException | IllegalArgumentException | java.io.UncheckedIOException bad) {
            problems.add(new Problem(1, "csv", "court.import.badHeader"));
        }
        reject(problems);
        if (rounds.isEmpty()) {
            reject(List.of(new Problem(1, "csv", "court.import.empty")));
        }
        return new ArrayList<>(rounds.values());
    }
}
