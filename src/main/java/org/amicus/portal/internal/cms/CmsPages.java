package org.amicus.portal.internal.cms;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.amicus.platform.AuditTrail;
import org.amicus.platform.Change;
import org.amicus.platform.Language;
import org.amicus.platform.NotFound;
import org.amicus.platform.RejectedInput;
import org.amicus.platform.RejectedInput.Problem;
import org.amicus.platform.Timestamps;
import org.amicus.portal.internal.blog.RichText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;

/**
 * The site's pages that staff write without a deploy. Every saved draft is a numbered revision (who,
 * when), kept for ever to compare and restore; publishing copies the draft to what the public reads,
 * now or at a set time, after a check of the page's links to this site.
 */
@Service
@Transactional
public class CmsPages {

    public static final String RECORD = "cms-page";
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final InternalLinks links;

    CmsPages(JdbcClient jdbc, AuditTrail audit, InternalLinks links) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.links = links;
    }

    public long create(String slug) {
        String s = slug == null ? "" : slug.strip().toLowerCase(java.util.Locale.ROOT);
        if (s.isEmpty() || s.length() > 100 || !SLUG.matcher(s).matches()) {
            throw new RejectedInput("slug", "insitu.page.slugFormat");
        }
        if (jdbc.sql("select count(*) from cms_page where slug = ?").param(s).query(Long.class).single() > 0) {
            throw new RejectedInput("slug", "insitu.page.slugTaken", s);
        }
        var key = new GeneratedKeyHolder();
        jdbc.sql("insert into cms_page (slug, created_by, created_at) values (?, ?, ?)")
            .params(s, AuditTrail.currentActor(), Timestamps.now()).update(key, "id");
        long id = key.getKey().longValue();
        audit.record(new Change(RECORD, String.valueOf(id), "created", null, s, null, "Page /pages/" + s));
        return id;
    }

    /** Saves the draft in a language as a new revision; the public keeps reading the published text. */
    public int saveDraft(long id, String languageCode, String title, String body, String note) {
        CmsPage page = get(id);
        Language language = Language.fromCode(languageCode).orElseThrow(() -> new RejectedInput("language", "insitu.language.unknown"));
        String cleanTitle = RichText.plain(title);
        String cleanBody = RichText.sanitise(body);
        List<Problem> problems = new ArrayList<>();
        if (cleanTitle.isBlank()) {
            problems.add(new Problem(0, "title", "insitu.required"));
        } else if (cleanTitle.length() > 300) {
            problems.add(new Problem(0, "title", "insitu.tooLong", 300));
        }
        if (RichText.words(cleanBody).isBlank()) {
            problems.add(new Problem(0, "body", "insitu.required"));
        }
        if (!problems.isEmpty()) {
            throw new RejectedInput(problems);
        }
        PageText before = page.in(language).orElse(null);
        int revision = before == null ? 1 : before.revision() + 1;
        if (before == null) {
            jdbc.sql("insert into cms_page_text (page_id, language, title, body_html, revision) values (?, ?, ?, ?, ?)")
                .params(id, language.code(), cleanTitle, cleanBody, revision).update();
        } else {
            jdbc.sql("update cms_page_text set title = ?, body_html = ?, revision = ? where page_id = ? and language = ?")
                .params(cleanTitle, cleanBody, revision, id, language.code()).update();
        }
        String why = note == null || note.isBlank() ? null : RichText.plain(note);
        jdbc.sql("""
                insert into cms_revision (page_id, language, revision, title, body_html, saved_by, saved_at, note)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(id, language.code(), revision, cleanTitle, cleanBody, AuditTrail.currentActor(), Timestamps.now(),
                    why == null ? null : why.substring(0, Math.min(300, why.length())))
            .update();
        audit.record(new Change(RECORD, String.valueOf(id), "draft-saved", before == null ? null : before.title(), cleanTitle, null,
                "/pages/" + page.slug() + " (" + language.code() + ") revision " + revision));
        return revision;
    }

    /**
     * Publishes the draft in a language now, or schedules it. Links to this site that lead nowhere stop
     * it with {@link BrokenLinks} unless the editor has seen them and confirms.
     */
    public void publish(long id, String languageCode, Instant at, boolean confirmed) {
        CmsPage page = get(id);
        Language language = Language.fromCode(languageCode).orElseThrow(() -> new RejectedInput("language", "insitu.language.unknown"));
        PageText text = page.in(language).orElseThrow(() -> new RejectedInput("language", "insitu.page.noDraft"));
        List<String> broken = links.broken(text.bodyHtml(), slug -> slug.equals(page.slug()) || isPublished(slug));
        if (!broken.isEmpty() && !confirmed) {
            throw new BrokenLinks(broken);
        }
        if (at != null && at.isAfter(Instant.now())) {
            jdbc.sql("update cms_page_text set publish_at = ? where page_id = ? and language = ?")
                .params(Timestamps.param(at), id, language.code()).update();
            audit.record(new Change(RECORD, String.valueOf(id), "scheduled", null, at.toString(), null,
                    "/pages/" + page.slug() + " (" + language.code() + ") revision " + text.revision() + " at " + at));
            return;
        }
        copyDraftToPublic(page, text);
    }

    public void unpublish(long id, String languageCode) {
        CmsPage page = get(id);
        Language language = Language.fromCode(languageCode).orElseThrow(() -> new RejectedInput("language", "insitu.language.unknown"));
        jdbc.sql("""
                update cms_page_text set published_title = null, published_body = null, published_revision = null, published_at = null,
                publish_at = null where page_id = ? and language = ?""")
            .params(id, language.code()).update();
        audit.record(new Change(RECORD, String.valueOf(id), "unpublished", null, null, null, "/pages/" + page.slug() + " (" + language.code() + ")"));
    }

    /** A page is removed softly: its slug stays taken and its history kept; an administrator can bring it back in the database. */
    public void remove(long id) {
        CmsPage page = get(id);
        jdbc.sql("update cms_page set removed = true where id = ?").param(id).update();
        audit.record(new Change(RECORD, String.valueOf(id), "removed", page.slug(), null, null, "/pages/" + page.slug() + " removed"));
    }

    /** An earlier revision becomes the draft again, as a new revision that says where it came from. */
    public int restore(long id, String languageCode, int revision) {
        Revision old = revision(id, languageCode, revision);
        return saveDraft(id, languageCode, old.title(), old.bodyHtml(), "restored revision " + revision);
    }

    @Scheduled(fixedDelayString = "${amicus.portal.publish-check:PT30S}")
    public void publishDue() {
        record Due(long id, String language) {
        }
        List<Due> due = jdbc.sql("select page_id, language from cms_page_text where publish_at <= ?").param(Timestamps.now())
            .query((rs, n) -> new Due(rs.getLong(1), rs.getString(2))).list();
        for (Due d : due) {
            CmsPage page = get(d.id());
            page.in(Language.fromCode(d.language()).orElseThrow()).ifPresent(text -> copyDraftToPublic(page, text));
        }
    }

    private void copyDraftToPublic(CmsPage page, PageText text) {
        jdbc.sql("""
                update cms_page_text set published_title = title, published_body = body_html, published_revision = revision,
                published_at = ?, publish_at = null where page_id = ? and language = ?""")
            .params(Timestamps.now(), page.id(), text.language().code()).update();
        audit.record(new Change(RECORD, String.valueOf(page.id()), "published", text.publishedRevision(), text.revision(), null,
                "/pages/" + page.slug() + " (" + text.language().code() + ") revision " + text.revision() + " published"));
    }

    @Transactional(readOnly = true)
    public CmsPage get(long id) {
        return find(id).orElseThrow(() -> new NotFound("insitu.page.notFound", id));
    }

    /** A page, if it exists and is not removed. */
    @Transactional(readOnly = true)
    public java.util.Optional<CmsPage> find(long id) {
        return jdbc.sql("select * from cms_page where id = ? and removed = false").param(id).query((rs, n) -> page(rs)).optional();
    }

    /** A page by its slug, if it exists and is not removed (published or not: callers decide what the reader may see). */
    @Transactional(readOnly = true)
    public java.util.Optional<CmsPage> bySlug(String slug) {
        return jdbc.sql("select * from cms_page where slug = ? and removed = false").param(slug).query((rs, n) -> page(rs)).optional();
    }

    @Transactional(readOnly = true)
    public boolean isPublished(String slug) {
        return bySlug(slug).map(p -> !p.publishedLanguages().isEmpty()).orElse(false);
    }

    @Transactional(readOnly = true)
    public List<CmsPage> all() {
        return jdbc.sql("select * from cms_page where removed = false order by slug").query((rs, n) -> page(rs)).list();
    }

    @Transactional(readOnly = true)
    public List<Revision> revisions(long id, String languageCode) {
        return jdbc.sql("select * from cms_revision where page_id = ? and language = ? order by revision desc")
            .params(id, languageCode).query((rs, n) -> revision(rs)).list();
    }

    @Transactional(readOnly = true)
    public Revision revision(long id, String languageCode, int revision) {
        return jdbc.sql("select * from cms_revision where page_id = ? and language = ? and revision = ?")
            .params(id, languageCode, revision).query((rs, n) -> revision(rs)).optional()
            .orElseThrow(() -> new NotFound("insitu.page.revisionNotFound", revision));
    }

    /** Two revisions side by side, paragraph by paragraph, with the changed words marked. */
    @Transactional(readOnly = true)
    public List<DiffRow> compare(long id, String languageCode, int older, int newer) {
        Revision a = revision(id, languageCode, older);
        Revision b = revision(id, languageCode, newer);
        return DiffRowGenerator.create().showInlineDiffs(true).mergeOriginalRevised(false).inlineDiffByWord(true)
            .oldTag(f -> f ? "<del>" : "</del>").newTag(f -> f ? "<ins>" : "</ins>").build()
            .generateDiffRows(paragraphs(a), paragraphs(b));
    }

    private static List<String> paragraphs(Revision r) {
        List<String> lines = new ArrayList<>();
        lines.add(r.title());
        org.jsoup.Jsoup.parseBodyFragment(r.bodyHtml()).body().children().forEach(e -> lines.add(e.text()));
        return lines;
    }

    private CmsPage page(java.sql.ResultSet rs) throws java.sql.SQLException {
        long id = rs.getLong("id");
        Map<Language, PageText> texts = new EnumMap<>(Language.class);
        jdbc.sql("select * from cms_page_text where page_id = ?").param(id).query((r, n) -> new PageText(
                Language.fromCode(r.getString("language")).orElseThrow(), r.getString("title"), r.getString("body_html"), r.getInt("revision"),
                Timestamps.read(r, "publish_at"), r.getString("published_title"), r.getString("published_body"),
                r.getObject("published_revision", Integer.class), Timestamps.read(r, "published_at")))
            .list().forEach(t -> texts.put(t.language(), t));
        return new CmsPage(id, rs.getString("slug"), rs.getString("created_by"), Timestamps.read(rs, "created_at"), texts);
    }

    private static Revision revision(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Revision(rs.getInt("revision"), rs.getString("title"), rs.getString("body_html"), rs.getString("saved_by"),
                Timestamps.read(rs, "saved_at"), rs.getString("note"));
    }
}
