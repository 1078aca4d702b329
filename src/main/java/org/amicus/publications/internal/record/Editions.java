package org.amicus.publications.internal.record;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.amicus.members.Members;
import org.amicus.platform.AuditTrail;
import org.amicus.platform.Change;
import org.amicus.platform.Language;
import org.amicus.platform.NotFound;
import org.amicus.platform.RejectedInput;
import org.amicus.platform.RejectedInput.Problem;
import org.amicus.platform.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;

/**
 * Editions, their articles and translations. The source text of an article carries a revision; a
 * translation records the revision (and text) of the source it was made from, which is how an
 * out-of-date translation is found and its difference shown. Every change is in the audit trail.
 */
@Service
@Transactional
public class Editions {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Members members;

    Editions(JdbcClient jdbc, AuditTrail audit, Members members) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.members = members;
    }

    @Transactional(readOnly = true)
    public List<Publication> publications() {
        return jdbc.sql("select * from publication order by id").query(Editions::publication).list();
    }

    @Transactional(readOnly = true)
    public Publication publication(long id) {
        return jdbc.sql("select * from publication where id = ?").param(id).query(Editions::publication).optional()
            .orElseThrow(() -> new NotFound("publications.notFound", id));
    }

    /** The editions of every publication, newest first; only published ones when asked. */
    @Transactional(readOnly = true)
    public List<Edition> editions(boolean publishedOnly) {
        return jdbc.sql("select id from edition where removed = false" + (publishedOnly ? " and published_at is not null" : "")
                + " order by created_at desc, id desc")
            .query(Long.class).list().stream().map(this::edition).toList();
    }

    @Transactional(readOnly = true)
    public Edition edition(long id) {
        return find(id).orElseThrow(() -> new NotFound("publications.edition.notFound", id));
    }

    /** An edition, if it exists and is not removed. */
    @Transactional(readOnly = true)
    public Optional<Edition> find(long id) {
        return jdbc.sql("select * from edition where id = ? and removed = false").param(id)
            .query((rs, n) -> new Edition(rs.getLong("id"), publication(rs.getLong("publication_id")), rs.getString("label"),
                    language(rs.getString("source_language")), Timestamps.read(rs, "created_at"),
                    Timestamps.read(rs, "published_at"), languages(id)))
            .optional();
    }

    private List<EditionLanguage> languages(long editionId) {
        List<EditionLanguage> all = jdbc.sql("select * from edition_language where edition_id = ?").param(editionId)
            .query((rs, n) -> new EditionLanguage(language(rs.getString("language")), rs.getBoolean("shortened"),
                    rs.getString("title"), TranslationStatus.valueOf(rs.getString("status")), rs.getString("assignee")))
            .list();
        return all.stream().sorted(java.util.Comparator.comparing(EditionLanguage::language)).toList();
    }

    @Transactional(readOnly = true)
    public List<Article> articles(long editionId) {
        Map<Long, Map<Language, ArticleText>> texts = new LinkedHashMap<>();
        jdbc.sql("""
                select t.* from article_text t join article a on a.id = t.article_id
                where a.edition_id = ? and a.removed = false""").param(editionId)
            .query(rs -> {
                texts.computeIfAbsent(rs.getLong("article_id"), k -> new LinkedHashMap<>())
                    .put(language(rs.getString("language")), text(rs));
            });
        return jdbc.sql("select * from article where edition_id = ? and removed = false order by position, id").param(editionId)
            .query((rs, n) -> new Article(rs.getLong("id"), rs.getInt("position"), (Long) rs.getObject("author_person_id", Long.class),
                    (Long) rs.getObject("author_organisation_id", Long.class), rs.getString("action_url"), rs.getInt("revision"),
                    texts.getOrDefault(rs.getLong("id"), Map.of())))
            .list();
    }

    /** The edition an article belongs to, removed or not. */
    @Transactional(readOnly = true)
    public Optional<Long> editionOfArticle(long articleId) {
        return jdbc.sql("select edition_id from article where id = ?").param(articleId).query(Long.class).optional();
    }

    @Transactional(readOnly = true)
    public Article article(long editionId, long articleId) {
        return articles(editionId).stream().filter(a -> a.id() == articleId).findFirst()
            .orElseThrow(() -> new NotFound("publications.article.notFound", articleId));
    }

    public long create(EditionDraft draft) {
        List<Problem> problems = new ArrayList<>();
        if (draft.publicationId() == null || jdbc.sql("select count(*) from publication where id = ?").param(draft.publicationId())
            .query(Long.class).single() == 0) {
            problems.add(new Problem(0, "publicationId", "publications.required"));
        }
        if (blank(draft.label())) {
            problems.add(new Problem(0, "label", "publications.required"));
        }
        if (blank(draft.title())) {
            problems.add(new Problem(0, "title", "publications.required"));
        }
        Language source = Language.fromCode(draft.sourceLanguage()).orElse(null);
        if (source == null) {
            problems.add(new Problem(0, "sourceLanguage", "publications.language.unknown"));
        }
        List<Language> needed = codes(draft.languages(), "languages", problems);
        List<Language> shortened = codes(draft.shortened(), "shortened", problems);
        if (!problems.isEmpty()) {
            throw new RejectedInput(problems);
        }
        long id = insert(jdbc.sql("insert into edition (publication_id, label, source_language, created_at) values (?, ?, ?, ?)")
            .params(draft.publicationId(), draft.label().trim(), source.code(), Timestamps.now()));
        addLanguage(id, source, false, draft.title().trim(), TranslationStatus.APPROVED);
        for (Language l : Language.values()) {
            if (l != source && (needed.contains(l) || shortened.contains(l))) {
                addLanguage(id, l, shortened.contains(l), null, TranslationStatus.TO_DO);
            }
        }
        audit.record(new Change("edition", String.valueOf(id), "created", null, draft, null,
                "Edition " + draft.label().trim() + " created in " + source.code()));
        return id;
    }

    /** Runs an insert and returns the generated id. */
    static long insert(JdbcClient.StatementSpec insert) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        insert.update(keys, "id");
        return keys.getKey().longValue();
    }

    private void addLanguage(long editionId, Language language, boolean shortened, String title, TranslationStatus status) {
        jdbc.sql("insert into edition_language (edition_id, language, shortened, title, status) values (?, ?, ?, ?, ?)")
            .params(editionId, language.code(), shortened, title, status.name()).update();
    }

    /** Adds a language the edition needs, or changes whether it is a shortened version. */
    public void needLanguage(long editionId, String code, boolean shortened) {
        Edition edition = edition(editionId);
        Language language = Language.fromCode(code).orElseThrow(() -> new RejectedInput("language", "publications.language.unknown"));
        if (language == edition.sourceLanguage()) {
            throw new RejectedInput("language", "publications.language.isSource");
        }
        if (edition.in(language).isPresent()) {
            jdbc.sql("update edition_language set shortened = ? where edition_id = ? and language = ?")
                .params(shortened, editionId, language.code()).update();
        } else {
            addLanguage(editionId, language, shortened, null, TranslationStatus.TO_DO);
        }
        audit.record(new Change("edition", String.valueOf(editionId), "language-needed", null,
                Map.of("language", language.code(), "shortened", shortened), null, "Needs " + language.code()));
    }

    /**
     * Writes an article's text in one language (a new article is written in the source language).
     * HTML is sanitised; a change to the source text moves the article's revision on, which leaves
     * the translations made from the earlier revision out of date.
     *
     * @return the article's id
     */
    public long saveArticle(long editionId, Long articleId, ArticleDraft draft) {
        Edition edition = edition(editionId);
        List<Problem> problems = new ArrayList<>();
        Language language = Language.fromCode(draft.language()).orElse(null);
        if (language == null || edition.in(language).isEmpty()) {
            problems.add(new Problem(0, "language", "publications.language.notNeeded"));
        }
        String body = ArticleHtml.sanitise(draft.body());
        if (blank(draft.title())) {
            problems.add(new Problem(0, "title", "publications.required"));
        } else if (draft.title().trim().length() > 300) {
            problems.add(new Problem(0, "title", "publications.tooLong", 300));
        }
        if (ArticleHtml.text(body).isBlank()) {
            problems.add(new Problem(0, "body", "publications.required"));
        }
        if (!blank(draft.actionUrl()) && !draft.actionUrl().trim().matches("(?i)https?://\\S+")) {
            problems.add(new Problem(0, "actionUrl", "publications.url.invalid"));
        }
        if (draft.authorPersonId() != null && members.person(draft.authorPersonId()).isEmpty()) {
            problems.add(new Problem(0, "authorPersonId", "publications.author.unknownPerson", draft.authorPersonId()));
        }
        if (draft.authorOrganisationId() != null && members.organisation(draft.authorOrganisationId()).isEmpty()) {
            problems.add(new Problem(0, "authorOrganisationId", "publications.author.unknownOrganisation", draft.authorOrganisationId()));
        }
        if (articleId == null && language != null && language != edition.sourceLanguage()) {
            problems.add(new Problem(0, "language", "publications.article.newInSource", edition.sourceLanguage().code()));
        }
        if (!problems.isEmpty()) {
            throw new RejectedInput(problems);
        }
        String title = draft.title().trim();
        String label = blank(draft.actionLabel()) ? null : draft.actionLabel().trim();
        long id;
        Article before = null;
        if (articleId == null) {
            int position = jdbc.sql("select coalesce(max(position), 0) + 1 from article where edition_id = ?").param(editionId)
                .query(Integer.class).single();
            id = insert(jdbc.sql("insert into article (edition_id, position, author_person_id, author_organisation_id, action_url) values (?, ?, ?, ?, ?)")
                .params(editionId, position, draft.authorPersonId(), draft.authorOrganisationId(), trimmed(draft.actionUrl())));
        } else {
            before = article(editionId, articleId);
            id = articleId;
            jdbc.sql("update article set author_person_id = ?, author_organisation_id = ?, action_url = ? where id = ?")
                .params(draft.authorPersonId(), draft.authorOrganisationId(), trimmed(draft.actionUrl()), id).update();
        }
        if (language == edition.sourceLanguage()) {
            int revision = before == null ? 1 : before.revision();
            ArticleText old = before == null ? null : before.text(language).orElse(null);
            if (old != null && (!old.title().equals(title) || !old.bodyHtml().equals(body) || !Objects.equals(old.actionLabel(), label))) {
                revision++;
                jdbc.sql("update article set revision = ? where id = ?").params(revision, id).update();
                // An approved translation of the changed article is no longer approved: it goes back to review.
                jdbc.sql("""
                        update edition_language set status = ? where edition_id = ? and status = ? and language <> ?
                        and language in (select language from article_text where article_id = ?)""")
                    .params(TranslationStatus.IN_REVIEW.name(), editionId, TranslationStatus.APPROVED.name(), language.code(), id).update();
            }
            writeText(id, language, title, body, label, revision, null, null);
        } else {
            ArticleText source = before.text(edition.sourceLanguage())
                .orElseThrow(() -> new RejectedInput("language", "publications.article.noSource"));
            writeText(id, language, title, body, label, before.revision(), source.title(), source.bodyHtml());
            jdbc.sql("update edition_language set status = ? where edition_id = ? and language = ? and status = ?")
                .params(TranslationStatus.IN_TRANSLATION.name(), editionId, language.code(), TranslationStatus.TO_DO.name()).update();
        }
        audit.record(new Change("article", String.valueOf(id), articleId == null ? "created" : "edited",
                before == null ? null : before.text(language).orElse(null), Map.of("language", language.code(), "title", title, "body", body),
                null, "Article \"" + title + "\" (" + language.code() + ")"));
        return id;
    }

    private void writeText(long articleId, Language language, String title, String body, String label, int sourceRevision,
            String sourceTitle, String sourceBody) {
        int updated = jdbc.sql("""
                update article_text set title = ?, body_html = ?, action_label = ?, source_revision = ?, source_title = ?,
                source_body = ?, updated_at = ?, updated_by = ? where article_id = ? and language = ?""")
            .params(title, body, label, sourceRevision, sourceTitle, sourceBody, Timestamps.now(), AuditTrail.currentActor(),
                    articleId, language.code())
            .update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into article_text (article_id, language, title, body_html, action_label, source_revision, source_title,
                    source_body, updated_at, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(articleId, language.code(), title, body, label, sourceRevision, sourceTitle, sourceBody, Timestamps.now(),
                        AuditTrail.currentActor())
                .update();
        }
    }

    /** Moves an article one place up (-1) or down (+1). */
    public void move(long editionId, long articleId, int delta) {
        List<Article> articles = articles(editionId);
        int at = indexOf(articles, articleId);
        int to = at + Integer.signum(delta);
        if (to < 0 || to >= articles.size()) {
            return;
        }
        List<Article> order = new ArrayList<>(articles);
        java.util.Collections.swap(order, at, to);
        for (int i = 0; i < order.size(); i++) {
            jdbc.sql("update article set position = ? where id = ?").params(i + 1, order.get(i).id()).update();
        }
        audit.record(new Change("article", String.valueOf(articleId), "moved", at + 1, to + 1, null, "Article moved to " + (to + 1)));
    }

    /** Takes an article out of the edition; it stays in the database and the history. */
    public void remove(long editionId, long articleId) {
        indexOf(articles(editionId), articleId);
        jdbc.sql("update article set removed = true where id = ?").param(articleId).update();
        audit.record(new Change("article", String.valueOf(articleId), "removed", null, null, null, "Article removed"));
    }

    private static int indexOf(List<Article> articles, long articleId) {
        for (int i = 0; i < articles.size(); i++) {
            if (articles.get(i).id() == articleId) {
                return i;
            }
        }
        throw new NotFound("publications.article.notFound", articleId);
    }

    /**
     * Moves a translation along (to do, in translation, in review, approved) and names who does it.
     * Approval needs every article translated from the current source.
     */
    public void translation(long editionId, String code, String status, String title, String assignee) {
        Edition edition = edition(editionId);
        Language language = Language.fromCode(code).filter(l -> edition.in(l).isPresent())
            .orElseThrow(() -> new RejectedInput("language", "publications.language.notNeeded"));
        TranslationStatus next = Arrays.stream(TranslationStatus.values()).filter(s -> s.name().equals(status)).findFirst()
            .orElseThrow(() -> new RejectedInput("status", "publications.required"));
        if (language == edition.sourceLanguage() && next != TranslationStatus.APPROVED) {
            throw new RejectedInput("status", "publications.language.isSource");
        }
        if (next == TranslationStatus.APPROVED) {
            List<Problem> problems = new ArrayList<>();
            for (Article a : articles(editionId)) {
                String name = a.text(edition.sourceLanguage()).map(ArticleText::title).orElse("#" + a.id());
                if (a.text(language).isEmpty()) {
                    problems.add(new Problem(0, "status", "publications.translation.missing", name));
                } else if (a.outOfDate(language)) {
                    problems.add(new Problem(0, "status", "publications.translation.outOfDate", name));
                }
            }
            if (blank(title) && blank(edition.in(language).get().title())) {
                problems.add(new Problem(0, "title", "publications.required"));
            }
            if (!problems.isEmpty()) {
                throw new RejectedInput(problems);
            }
        }
        EditionLanguage before = edition.in(language).get();
        jdbc.sql("update edition_language set status = ?, assignee = ?, title = coalesce(?, title) where edition_id = ? and language = ?")
            .params(next.name(), trimmed(assignee), trimmed(title), editionId, language.code()).update();
        audit.record(new Change("edition", String.valueOf(editionId), "translation", before,
                Map.of("language", language.code(), "status", next.name(), "assignee", Objects.toString(trimmed(assignee), "")), null,
                "Translation " + language.code() + ": " + next.name()));
    }

    /** The source as the translation was made from it, beside the source now, paragraph by paragraph. */
    @Transactional(readOnly = true)
    public List<DiffRow> sourceChanges(long editionId, long articleId, Language language) {
        Edition edition = edition(editionId);
        Article article = article(editionId, articleId);
        ArticleText translation = article.text(language).orElseThrow(() -> new NotFound("publications.article.notFound", articleId));
        ArticleText source = article.text(edition.sourceLanguage()).orElseThrow();
        List<String> then = lines(translation.sourceTitle(), translation.sourceBody());
        List<String> now = lines(source.title(), source.bodyHtml());
        return DiffRowGenerator.create().showInlineDiffs(true).mergeOriginalRevised(false).inlineDiffByWord(true)
            .oldTag(f -> f ? "<del>" : "</del>").newTag(f -> f ? "<ins>" : "</ins>").build().generateDiffRows(then, now);
    }

    private static List<String> lines(String title, String body) {
        List<String> lines = new ArrayList<>();
        lines.add(title == null ? "" : title);
        lines.addAll(Arrays.asList(ArticleHtml.text(body).split("\n")));
        return lines;
    }

    public void publish(long editionId) {
        Edition edition = edition(editionId);
        if (edition.publishedAt() == null) {
            jdbc.sql("update edition set published_at = ? where id = ?").params(Timestamps.now(), editionId).update();
            audit.record(new Change("edition", String.valueOf(editionId), "published", null, null, null, "Edition published"));
        }
    }

    /** Counts one reading of the public page in a language. */
    public void viewed(long editionId, Language language) {
        if (jdbc.sql("update edition_view set views = views + 1 where edition_id = ? and language = ?")
            .params(editionId, language.code()).update() == 0) {
            jdbc.sql("insert into edition_view (edition_id, language, views) values (?, ?, 1)").params(editionId, language.code()).update();
        }
    }

    @Transactional(readOnly = true)
    public Map<Language, Long> views(long editionId) {
        Map<Language, Long> views = new LinkedHashMap<>();
        jdbc.sql("select language, views from edition_view where edition_id = ?").param(editionId)
            .query(rs -> {
                views.put(language(rs.getString("language")), rs.getLong("views"));
            });
        return views;
    }

    /** An author's name as the CRM has it now: the person, else the organisation, else nothing. */
    @Transactional(readOnly = true)
    public String author(Article article) {
        if (article.authorPersonId() != null) {
            return members.person(article.authorPersonId()).map(p -> p.name()).orElse(null);
        }
        if (article.authorOrganisationId() != null) {
            return members.organisation(article.authorOrganisationId()).map(o -> o.name()).orElse(null);
        }
        return null;
    }

    private static List<Language> codes(List<String> codes, String field, List<Problem> problems) {
        List<Language> out = new ArrayList<>();
        for (String c : codes == null ? List.<String>of() : codes) {
            Language.fromCode(c).ifPresentOrElse(out::add, () -> problems.add(new Problem(0, field, "publications.language.unknown")));
        }
        return out;
    }

    static Language language(String code) {
        return Language.fromCode(code).orElseThrow();
    }

    private static ArticleText text(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ArticleText(language(rs.getString("language")), rs.getString("title"), rs.getString("body_html"),
                rs.getString("action_label"), rs.getInt("source_revision"), rs.getString("source_title"), rs.getString("source_body"),
                Timestamps.read(rs, "updated_at"), rs.getString("updated_by"));
    }

    private static Publication publication(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Publication(rs.getLong("id"), rs.getString("slug"), rs.getString("name"), rs.getString("kind"),
                rs.getString("frequency"), rs.getString("languages"), rs.getString("readership"), rs.getString("source"));
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trimmed(String s) {
        return blank(s) ? null : s.trim();
    }
}
