package org.amicus.publications.internal.press;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.amicus.platform.AuditTrail;
import org.amicus.platform.Change;
import org.amicus.platform.Language;
import org.amicus.platform.NotFound;
import org.amicus.platform.RejectedInput;
import org.amicus.platform.RejectedInput.Problem;
import org.amicus.platform.Timestamps;
import org.amicus.publications.internal.record.ArticleHtml;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Press items and their workflow: a draft is reviewed by someone other than its author, approved by
 * a third person with an embargo that is not in the past, and released by {@link PressRelease} when
 * the embargo lifts. Editing a reviewed or approved item sends it back to draft.
 */
@Service
@Transactional
public class PressItems {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Experts experts;

    PressItems(JdbcClient jdbc, AuditTrail audit, Experts experts) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.experts = experts;
    }

    @Transactional(readOnly = true)
    public List<PressItem> all(boolean publishedOnly) {
        return jdbc.sql("select id from press_item where removed = false" + (publishedOnly ? " and status = 'PUBLISHED'" : "")
                + " order by coalesce(published_at, created_at) desc, id desc")
            .query(Long.class).list().stream().map(this::get).toList();
    }

    @Transactional(readOnly = true)
    public PressItem get(long id) {
        return find(id).orElseThrow(() -> new NotFound("publications.press.notFound", id));
    }

    /** A press item, if it exists and is not removed. */
    @Transactional(readOnly = true)
    public Optional<PressItem> find(long id) {
        Map<Language, PressItem.Text> texts = new LinkedHashMap<>();
        jdbc.sql("select * from press_text where press_id = ?").param(id).query(rs -> {
            Language l = Language.fromCode(rs.getString("language")).orElseThrow();
            texts.put(l, new PressItem.Text(l, rs.getString("title"), rs.getString("body_html")));
        });
        List<Long> named = jdbc.sql("select person_id from press_expert where press_id = ? order by position").param(id).query(Long.class).list();
        return jdbc.sql("select * from press_item where id = ? and removed = false").param(id)
            .query((rs, n) -> new PressItem(id, PressKind.valueOf(rs.getString("kind")), Language.fromCode(rs.getString("source_language")).orElseThrow(),
                    PressStatus.valueOf(rs.getString("status")), Timestamps.read(rs, "embargo_until"), rs.getObject("smart_group_id", Long.class),
                    rs.getString("drafted_by"), rs.getString("reviewed_by"), rs.getString("approved_by"), Timestamps.read(rs, "created_at"),
                    Timestamps.read(rs, "published_at"), texts, named))
            .optional();
    }

    public long create(PressDraft draft) {
        Checked c = check(draft, null);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into press_item (kind, source_language, status, smart_group_id, drafted_by, created_at) values (?, ?, ?, ?, ?, ?)")
            .params(c.kind().name(), c.language().code(), PressStatus.DRAFT.name(), draft.smartGroupId(), AuditTrail.currentActor(), Timestamps.now())
            .update(keys, "id");
        long id = keys.getKey().longValue();
        write(id, c, draft);
        audit.record(new Change("press", String.valueOf(id), "drafted", null, draft, null, c.kind() + ": " + draft.title().trim()));
        return id;
    }

    /** Writes the item's text in a language (and its experts and audience); a reviewed or approved item goes back to draft. */
    public void edit(long id, PressDraft draft) {
        PressItem before = get(id);
        if (before.status() == PressStatus.PUBLISHED) {
            throw new RejectedInput("status", "publications.press.alreadyPublished");
        }
        Checked c = check(draft, before);
        jdbc.sql("update press_item set kind = ?, smart_group_id = ?, status = ?, reviewed_by = null, approved_by = null, embargo_until = null where id = ?")
            .params(c.kind().name(), draft.smartGroupId(), PressStatus.DRAFT.name(), id).update();
        write(id, c, draft);
        audit.record(new Change("press", String.valueOf(id), "edited", before, draft, null, "Edited (" + c.language().code() + ")"));
    }

    private record Checked(PressKind kind, Language language, String body, List<Long> experts) {
    }

    private Checked check(PressDraft draft, PressItem existing) {
        List<Problem> problems = new ArrayList<>();
        PressKind kind = Arrays.stream(PressKind.values()).filter(k -> k.name().equals(draft.kind())).findFirst().orElse(null);
        if (kind == null) {
            problems.add(new Problem(0, "kind", "publications.required"));
        }
        Language language = Language.fromCode(draft.language()).orElse(null);
        if (language == null) {
            problems.add(new Problem(0, "language", "publications.language.unknown"));
        } else if (existing != null && language != existing.sourceLanguage() && !existing.texts().containsKey(existing.sourceLanguage())) {
            problems.add(new Problem(0, "language", "publications.article.noSource"));
        }
        if (draft.title() == null || draft.title().isBlank()) {
            problems.add(new Problem(0, "title", "publications.required"));
        }
        String body = ArticleHtml.sanitise(draft.body());
        if (ArticleHtml.text(body).isBlank()) {
            problems.add(new Problem(0, "body", "publications.required"));
        }
        List<Long> named = new ArrayList<>();
        for (String part : (draft.experts() == null ? "" : draft.experts()).split("[,\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                long personId = Long.parseLong(part.trim());
                if (!experts.exists(personId)) {
                    problems.add(new Problem(0, "experts", "publications.author.unknownPerson", personId));
                } else if (!named.contains(personId)) {
                    named.add(personId);
                }
            } catch (NumberFormatException e) {
                problems.add(new Problem(0, "experts", "publications.press.expertNumber", part.trim()));
            }
        }
        if (!problems.isEmpty()) {
            throw new RejectedInput(problems);
        }
        return new Checked(kind, language, body, named);
    }

    private void write(long id, Checked c, PressDraft draft) {
        if (jdbc.sql("update press_text set title = ?, body_html = ? where press_id = ? and language = ?")
            .params(draft.title().trim(), c.body(), id, c.language().code()).update() == 0) {
            jdbc.sql("insert into press_text (press_id, language, title, body_html) values (?, ?, ?, ?)")
                .params(id, c.language().code(), draft.title().trim(), c.body()).update();
        }
        jdbc.sql("delete from press_expert where press_id = ?").param(id).update();
        for (int i = 0; i < c.experts().size(); i++) {
            jdbc.sql("insert into press_expert (press_id, position, person_id) values (?, ?, ?)").params(id, i, c.experts().get(i)).update();
        }
    }

    public void review(long id) {
        PressItem item = get(id);
        String actor = AuditTrail.currentActor();
        if (item.status() != PressStatus.DRAFT) {
            throw new RejectedInput("status", "publications.press.notDraft");
        }
        if (actor.equals(item.draftedBy())) {
            throw new RejectedInput("status", "publications.press.reviewerIsAuthor");
        }
        jdbc.sql("update press_item set status = ?, reviewed_by = ? where id = ?").params(PressStatus.REVIEWED.name(), actor, id).update();
        audit.record(new Change("press", String.valueOf(id), "reviewed", null, null, null, "Reviewed"));
    }

    /** Approves a reviewed item for release at the embargo (now when none is given); an embargo in the past is refused. */
    public void approve(long id, Instant embargo) {
        PressItem item = get(id);
        String actor = AuditTrail.currentActor();
        if (item.status() != PressStatus.REVIEWED) {
            throw new RejectedInput("status", "publications.press.notReviewed");
        }
        if (actor.equals(item.draftedBy()) || actor.equals(item.reviewedBy())) {
            throw new RejectedInput("status", "publications.press.approverNotThird");
        }
        Instant now = Instant.now();
        if (embargo != null && embargo.isBefore(now)) {
            throw new RejectedInput("embargo", "publications.press.embargoPast");
        }
        jdbc.sql("update press_item set status = ?, approved_by = ?, embargo_until = ? where id = ?")
            .params(PressStatus.APPROVED.name(), actor, Timestamps.param(embargo == null ? now : embargo), id).update();
        audit.record(new Change("press", String.valueOf(id), "approved", null, Map.of("embargo", Objects.toString(embargo, "none")), null,
                "Approved, embargoed until " + (embargo == null ? "now" : embargo)));
    }

    /** Approved items whose embargo has lifted. */
    @Transactional(readOnly = true)
    public List<Long> due(Instant now) {
        return jdbc.sql("select id from press_item where status = ? and removed = false and embargo_until <= ? order by embargo_until")
            .params(PressStatus.APPROVED.name(), Timestamps.param(now)).query(Long.class).list();
    }

    /** Marks an item published, once: false when another node got there first. The audit row moves the record version, so public pages and search follow. */
    public boolean markPublished(long id) {
        if (jdbc.sql("update press_item set status = ?, published_at = ? where id = ? and status = ?")
            .params(PressStatus.PUBLISHED.name(), Timestamps.now(), id, PressStatus.APPROVED.name()).update() != 1) {
            return false;
        }
        audit.record(new Change("press", String.valueOf(id), "released", null, null, null, "Released on the portal"));
        return true;
    }

    public void recordSend(long id, Language language, long sendId, int recipients) {
        jdbc.sql("insert into press_send (press_id, language, send_id, recipients) values (?, ?, ?, ?)")
            .params(id, language.code(), sendId, recipients).update();
    }

    public void cite(long id, String url, String outlet, String headline, LocalDate citedOn) {
        get(id);
        if (url == null || !url.trim().matches("(?i)https?://\\S+")) {
            throw new RejectedInput("url", "publications.url.invalid");
        }
        jdbc.sql("insert into press_citation (press_id, url, outlet, headline, cited_on, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?)")
            .params(id, url.trim(), blankToNull(outlet), blankToNull(headline), citedOn, Timestamps.now(), AuditTrail.currentActor()).update();
        audit.record(new Change("press", String.valueOf(id), "cited", null, Map.of("url", url.trim()), url.trim(), "Cited by " + url.trim()));
    }

    @Transactional(readOnly = true)
    public List<Citation> citations(long id) {
        return jdbc.sql("select * from press_citation where press_id = ? order by id").param(id)
            .query((rs, n) -> new Citation(rs.getLong("id"), rs.getString("url"), rs.getString("outlet"), rs.getString("headline"),
                    rs.getObject("cited_on", LocalDate.class), Timestamps.read(rs, "recorded_at"), rs.getString("recorded_by")))
            .list();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
