package org.amicus.court.internal.campaign;

import static org.amicus.court.internal.Input.blank;
import static org.amicus.court.internal.Input.reject;
import static org.amicus.court.internal.Input.require;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.amicus.court.internal.election.Candidate;
import org.amicus.court.internal.election.Elections;
import org.amicus.platform.AuditTrail;
import org.amicus.platform.Change;
import org.amicus.platform.Language;
import org.amicus.platform.NotFound;
import org.amicus.platform.RejectedInput.Problem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The nomination campaign around an election: the Advisory Committee on Nominations' assessment of
 * each candidate and the coalition's statements. Both are audited; a statement is removed softly.
 */
@Service
public class NominationCampaign {

    static final String ASSESSMENT = "court-candidate-assessment";
    static final String STATEMENT = "court-election-statement";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Elections elections;

    NominationCampaign(JdbcClient jdbc, AuditTrail audit, Elections elections) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.elections = elections;
    }

    /** The assessments of an election's candidates, by candidate id (candidates not assessed are absent). */
    public Map<Long, Assessment> assessments(long electionId) {
        Map<Long, Assessment> out = new LinkedHashMap<>();
        jdbc.sql("""
                select a.* from court_candidate_assessment a join court_candidate c on c.id = a.candidate_id
                where c.election_id = ? order by c.name, c.id""")
            .param(electionId)
            .query((rs, n) -> new Assessment(rs.getLong("candidate_id"), rs.getBoolean("qualified"), rs.getString("words"), rs.getString("source")))
            .list().forEach(a -> out.put(a.candidateId(), a));
        return out;
    }

    /** Records (or replaces, the earlier one kept in the audit trail) the Committee's assessment of a candidate of this election. */
    @Transactional
    public Assessment assess(long electionId, long candidateId, Boolean qualified, String words, String source) {
        Candidate candidate = elections.candidate(candidateId).filter(c -> c.electionId() == electionId)
            .orElseThrow(() -> new NotFound("court.candidate.notFound", candidateId));
        List<Problem> problems = new ArrayList<>();
        require(problems, qualified, "qualified");
        require(problems, source, "source");
        reject(problems);
        Assessment before = assessments(electionId).get(candidateId);
        Assessment after = new Assessment(candidateId, qualified, blank(words), source.trim());
        jdbc.sql("delete from court_candidate_assessment where candidate_id = ?").param(candidateId).update();
        jdbc.sql("insert into court_candidate_assessment (candidate_id, qualified, words, source) values (?, ?, ?, ?)")
            .params(candidateId, after.qualified(), after.words(), after.source()).update();
        audit.record(new Change(ASSESSMENT, String.valueOf(candidateId), before == null ? "added" : "changed", before, after, after.source(),
                "Advisory Committee on Nominations: " + candidate.name()));
        return after;
    }

    public List<Statement> statements(long electionId) {
        return jdbc.sql("select * from court_election_statement where election_id = ? and removed = false order by published_on desc, id desc")
            .param(electionId)
            .query((rs, n) -> new Statement(rs.getLong("id"), rs.getLong("election_id"), rs.getObject("published_on", LocalDate.class),
                    Language.fromCode(rs.getString("language")).orElse(Language.EN), rs.getString("title"), rs.getString("body"),
                    rs.getString("url")))
            .list();
    }

    /** Publishes a statement: a date not in the future, its language, a title, and a text or a link (http or https). */
    @Transactional
    public Statement addStatement(long electionId, LocalDate publishedOn, String language, String title, String body, String url) {
        elections.get(electionId);
        List<Problem> problems = new ArrayList<>();
        require(problems, publishedOn, "publishedOn");
        if (publishedOn != null && publishedOn.isAfter(LocalDate.now())) {
            problems.add(new Problem(0, "publishedOn", "court.stage.date"));
        }
        Language lang = blank(language) == null ? null : Language.fromCode(language.trim()).orElse(null);
        if (lang == null) {
            problems.add(new Problem(0, "language", "court.statement.language"));
        }
        require(problems, title, "title");
        String link = blank(url);
        if (link != null && !link.matches("(?i)https?://\\S+")) {
            problems.add(new Problem(0, "url", "court.statement.url"));
        }
        if (blank(body) == null && link == null) {
            problems.add(new Problem(0, "body", "court.statement.empty"));
        }
        reject(problems);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into court_election_statement (election_id, published_on, language, title, body, url) values (?, ?, ?, ?, ?, ?)")
            .params(electionId, publishedOn, lang.code(), title.trim(), blank(body), link)
            .update(keys, "id");
        Statement saved = new Statement(keys.getKey().longValue(), electionId, publishedOn, lang, title.trim(), blank(body), link);
        audit.record(new Change(STATEMENT, String.valueOf(saved.id()), "added", null, saved, link, "Coalition statement: " + saved.title()));
        return saved;
    }

    @Transactional
    public void removeStatement(long electionId, long id, String reason) {
        if (jdbc.sql("update court_election_statement set removed = true where id = ? and election_id = ? and removed = false")
            .params(id, electionId).update() == 0) {
            throw new NotFound("court.item.notFound", id);
        }
        audit.record(new Change(STATEMENT, String.valueOf(id), "removed", null, null, blank(reason), "Removed: statement " + id));
    }
}
