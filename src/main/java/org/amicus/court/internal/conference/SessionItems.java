package org.amicus.court.internal.conference;

import java.util.ArrayList;
import java.util.List;

import org.amicus.court.internal.conference.SessionItem.Kind;
import static org.amicus.court.internal.Input.blank;
import static org.amicus.court.internal.Input.reject;

import org.amicus.platform.AuditTrail;
import org.amicus.platform.Change;
import org.amicus.platform.NotFound;
import org.amicus.platform.RejectedInput.Problem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The items of Assembly sessions and the coalition's positions on them, each change audited. */
@Service
public class SessionItems {

    static final String RECORD = "court-session-item";

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    SessionItems(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public List<SessionItem> all() {
        return jdbc.sql("select * from court_session_item where removed = false order by session_name, kind, id")
            .query((rs, n) -> new SessionItem(rs.getLong("id"), rs.getString("session_name"), Kind.valueOf(rs.getString("kind")),
                    rs.getString("title"), rs.getString("outcome_symbol"), rs.getString("outcome"), rs.getString("position"),
                    rs.getString("source")))
            .list();
    }

    public boolean isEmpty() {
        return jdbc.sql("select count(*) from court_session_item").query(Long.class).single() == 0;
    }

    @Transactional
    public void add(String sessionName, Kind kind, String title, String outcomeSymbol, String outcome, String source) {
        List<Problem> problems = new ArrayList<>();
        if (sessionName == null || sessionName.isBlank()) {
            problems.add(new Problem(0, "sessionName", "court.required.session"));
        }
        if (kind == null) {
            problems.add(new Problem(0, "kind", "court.required.kind"));
        }
        if (title == null || title.isBlank()) {
            problems.add(new Problem(0, "title", "court.required.title"));
        }
        if (source == null || source.isBlank()) {
            problems.add(new Problem(0, "source", "court.required.source"));
        }
        reject(problems);
        jdbc.sql("insert into court_session_item (session_name, kind, title, outcome_symbol, outcome, source) values (?, ?, ?, ?, ?, ?)")
            .params(sessionName.trim(), kind.name(), title.trim(), blank(outcomeSymbol), blank(outcome), source.trim()).update();
        audit.record(new Change(RECORD, sessionName.trim(), "added", null, title.trim(), source.trim(), "Session item: " + title.trim()));
    }

    /** The coalition's position on an item: a fact people argue about, so the audit keeps every version. */
    @Transactional
    public void setPosition(long id, String position) {
        SessionItem before = all().stream().filter(i -> i.id() == id).findFirst().orElseThrow(() -> new NotFound("court.item.notFound", id));
        jdbc.sql("update court_session_item set position = ? where id = ?").params(blank(position), id).update();
        audit.record(new Change(RECORD, String.valueOf(id), "position", before.position(), blank(position), null,
                "Coalition position on: " + before.title()));
    }
}
