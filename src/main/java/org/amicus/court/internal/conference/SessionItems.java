package org.amicus.court.internal.conference;

import java.util.ArrayList;
import java.util.List;

import org.amicus.court.internal.conference.SessionItem.Kind;
import static org.amicus.court.internal.Input.blank;
import static org.amicus.court.internal.Input.reject;

import org.amicus.platform.AuditTrail;
import org.amicus.platform.Change;
import org.amicus.platform.Language;
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

    /** The items as recorded, in English. */
    public List<SessionItem> all() {
        return all(Language.EN);
    }

    /** The items with their session, title and outcome in the reader's language, English where not translated. */
    public List<SessionItem> all(Language language) {
        return jdbc.sql("""
                select i.*, t.session_name t_session, t.title t_title, t.outcome t_outcome from court_session_item i
                left join court_session_item_text t on t.item_id = i.id and t.lang = ?
                where i.removed = false order by i.session_name, i.kind, i.id""")
            .param(language.code())
            .query((rs, n) -> new SessionItem(rs.getLong("id"), or(rs.getString("t_session"), rs.getString("session_name")),
                    Kind.valueOf(rs.getString("kind")), or(rs.getString("t_title"), rs.getString("title")), rs.getString("outcome_symbol"),
                    or(rs.getString("t_outcome"), rs.getString("outcome")), rs.getString("position"), rs.getString("source")))
            .list();
    }

    private static String or(String translated, String english) {
        return translated == null || translated.isBlank() ? english : translated;
    }

    /**
     * Sets an item's session name, title and outcome in another language (English is the record
     * itself); the earlier text stays in the audit trail.
     */
    @Transactional
    public void setText(long id, Language language, String sessionName, String title, String outcome) {
        SessionItem item = all().stream().filter(i -> i.id() == id).findFirst().orElseThrow(() -> new NotFound("court.item.notFound", id));
        List<Problem> problems = new ArrayList<>();
        if (language == null || language == Language.EN) {
            problems.add(new Problem(0, "lang", "court.text.notEnglish"));
        }
        if (title == null || title.isBlank()) {
            problems.add(new Problem(0, "title", "court.required.title"));
        }
        reject(problems);
        SessionItem before = all(language).stream().filter(i -> i.id() == id).findFirst().orElseThrow();
        jdbc.sql("delete from court_session_item_text where item_id = ? and lang = ?").params(id, language.code()).update();
        jdbc.sql("insert into court_session_item_text (item_id, lang, session_name, title, outcome) values (?, ?, ?, ?, ?)")
            .params(id, language.code(), blank(sessionName), title.trim(), blank(outcome)).update();
        audit.record(new Change(RECORD, String.valueOf(id), "text " + language.code(), before.title(), title.trim(), null,
                "Translation of: " + item.title()));
    }

    /** Whether the item has a text in that language. */
    boolean hasText(long id, Language language) {
        return jdbc.sql("select count(*) from court_session_item_text where item_id = ? and lang = ?").params(id, language.code())
            .query(Long.class).single() > 0;
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
