package org.amicus.portal.internal.blog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.amicus.members.Members;
import org.amicus.platform.AuditTrail;
import org.amicus.platform.Change;
import org.amicus.platform.Language;
import org.amicus.platform.NotFound;
import org.amicus.platform.RejectedInput;
import org.amicus.platform.RejectedInput.Problem;
import org.amicus.platform.Timestamps;
import org.amicus.states.StatesDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The In Situ blog's posts through their review: a member submits, an editor asks for changes (the
 * author reads the note) or approves for a time, the post appears then. Every step is in the audit trail.
 */
@Service
@Transactional
public class BlogPosts {

    public static final String RECORD = "blog-post";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Members members;
    private final StatesDirectory states;

    BlogPosts(JdbcClient jdbc, AuditTrail audit, Members members, StatesDirectory states) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.members = members;
        this.states = states;
    }

    /** A member's new post, waiting for an editor; their organisation is the one their account speaks for today. */
    public long submit(String author, PostDraft draft) {
        Checked c = check(draft, null);
        Long organisation = members.organisationOf(author).map(o -> o.id()).orElse(null);
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into blog_post (author, organisation_id, language, translation_of, title, summary, body_html, status,
                created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, 'SUBMITTED', ?, ?)""")
            .params(author, organisation, c.language().code(), c.translationOf(), c.title(), c.summary(), c.body(), Timestamps.now(),
                    Timestamps.now())
            .update(key, "id");
        long id = key.getKey().longValue();
        audit.record(new Change(RECORD, String.valueOf(id), "submitted", null, get(id), null, "Submitted: " + c.title()));
        return id;
    }

    /** The author changes their post while it waits or was sent back; it goes back to the editors. */
    public void revise(long id, String author, PostDraft draft) {
        Post before = get(id);
        if (!before.author().equalsIgnoreCase(author)) {
            throw new NotFound("insitu.post.notFound", id);
        }
        if (!before.status().editableByAuthor()) {
            throw new RejectedInput("status", "insitu.post.notEditable");
        }
        Checked c = check(draft, id);
        jdbc.sql("""
                update blog_post set language = ?, translation_of = ?, title = ?, summary = ?, body_html = ?, status = 'SUBMITTED',
                updated_at = ? where id = ?""")
            .params(c.language().code(), c.translationOf(), c.title(), c.summary(), c.body(), Timestamps.now(), id).update();
        audit.record(new Change(RECORD, String.valueOf(id), "revised", before, get(id), null, "Revised: " + c.title()));
    }

    public void requestChanges(long id, String note) {
        Post before = get(id);
        if (note == null || note.isBlank()) {
            throw new RejectedInput("note", "insitu.required");
        }
        if (before.status() != PostStatus.SUBMITTED) {
            throw new RejectedInput("status", "insitu.post.notSubmitted");
        }
        setStatus(before, PostStatus.CHANGES_REQUESTED, note.strip(), "changes-requested");
    }

    /** Publishes now, or schedules for a later time; a story needs a known organisation and state. */
    public void approve(long id, Approval approval) {
        Post before = get(id);
        if (before.status() != PostStatus.SUBMITTED && before.status() != PostStatus.CHANGES_REQUESTED) {
            throw new RejectedInput("status", "insitu.post.notSubmitted");
        }
        List<Problem> problems = new ArrayList<>();
        String country = approval.storyCountry() == null || approval.storyCountry().isBlank() ? null
                : approval.storyCountry().strip().toUpperCase(java.util.Locale.ROOT);
        if (approval.story() && approval.storyOrganisationId() != null && members.organisation(approval.storyOrganisationId()).isEmpty()) {
            problems.add(new Problem(0, "storyOrganisationId", "insitu.story.unknownOrganisation", approval.storyOrganisationId()));
        }
        if (approval.story() && country != null && states.state(country).isEmpty()) {
            problems.add(new Problem(0, "storyCountry", "insitu.story.unknownState", country));
        }
        if (approval.story() && approval.storyOrganisationId() == null && country == null) {
            problems.add(new Problem(0, "storyCountry", "insitu.story.needsSubject"));
        }
        if (!problems.isEmpty()) {
            throw new RejectedInput(problems);
        }
        Instant now = Instant.now();
        boolean later = approval.publishAt() != null && approval.publishAt().isAfter(now);
        jdbc.sql("""
                update blog_post set status = ?, comments = ?, story = ?, story_organisation_id = ?, story_country = ?, publish_at = ?,
                published_at = ?, reviewed_by = ?, editor_note = null, updated_at = ? where id = ?""")
            .params(later ? "SCHEDULED" : "PUBLISHED", approval.commentsOn() ? "MODERATED" : "OFF", approval.story(),
                    approval.story() ? approval.storyOrganisationId() : null, approval.story() ? country : null,
                    Timestamps.param(later ? approval.publishAt() : now), later ? null : Timestamps.param(now), AuditTrail.currentActor(),
                    Timestamps.now(), id)
            .update();
        audit.record(new Change(RECORD, String.valueOf(id), later ? "scheduled" : "published", before, get(id), null,
                (later ? "Scheduled: " : "Published: ") + before.title()));
    }

    /** Takes a post off the blog, or refuses it, with a note for the author. */
    public void withdraw(long id, String note) {
        setStatus(get(id), PostStatus.WITHDRAWN, note == null || note.isBlank() ? null : note.strip(), "withdrawn");
    }

    /** Publishes the scheduled posts whose time has come; the audit row moves the record version, so caches follow. */
    @Scheduled(fixedDelayString = "${amicus.portal.publish-check:PT30S}")
    public void publishDue() {
        List<Long> due = jdbc.sql("select id from blog_post where status = 'SCHEDULED' and publish_at <= ? and removed = false")
            .param(Timestamps.now()).query(Long.class).list();
        for (long id : due) {
            Post before = get(id);
            jdbc.sql("update blog_post set status = 'PUBLISHED', published_at = publish_at where id = ? and status = 'SCHEDULED'")
                .param(id).update();
            audit.record(new Change(RECORD, String.valueOf(id), "published", before, get(id), null, "Published as scheduled: " + before.title()));
        }
    }

    @Transactional(readOnly = true)
    public Post get(long id) {
        return jdbc.sql("select * from blog_post where id = ? and removed = false").param(id).query(BlogPosts::post).optional()
            .orElseThrow(() -> new NotFound("insitu.post.notFound", id));
    }

    /** A post as the public may read it: published, else not found. */
    @Transactional(readOnly = true)
    public Post visible(long id) {
        Post post = get(id);
        if (!post.isPublic()) {
            throw new NotFound("insitu.post.notFound", id);
        }
        return post;
    }

    @Transactional(readOnly = true)
    public boolean isPublished(long id) {
        return jdbc.sql("select count(*) from blog_post where id = ? and status = 'PUBLISHED' and removed = false").param(id)
            .query(Long.class).single() > 0;
    }

    /** Published posts, newest first: in one language (or every language when null), stories only when asked. */
    @Transactional(readOnly = true)
    public List<Post> published(Language language, boolean storiesOnly, int limit) {
        List<Object> params = new ArrayList<>();
        if (language != null) {
            params.add(language.code());
        }
        params.add(limit);
        return jdbc.sql("select * from blog_post where status = 'PUBLISHED' and removed = false"
                + (language == null ? "" : " and language = ?") + (storiesOnly ? " and story = true" : "")
                + " order by published_at desc, id desc fetch first ? rows only")
            .params(params).query(BlogPosts::post).list();
    }

    /** The published versions of a post in other languages (the original and its translations). */
    @Transactional(readOnly = true)
    public List<Post> translations(Post post) {
        return jdbc.sql("""
                select * from blog_post where status = 'PUBLISHED' and removed = false and id <> ? and (id = ? or translation_of = ?)
                order by language""")
            .params(post.id(), post.family(), post.family()).query(BlogPosts::post).list();
    }

    @Transactional(readOnly = true)
    public List<Post> byAuthor(String author) {
        return jdbc.sql("select * from blog_post where lower(author) = lower(?) and removed = false order by updated_at desc, id desc")
            .param(author).query(BlogPosts::post).list();
    }

    /** The editors' list: waiting posts first, then the rest, newest first. */
    @Transactional(readOnly = true)
    public List<Post> forEditors(int limit) {
        return jdbc.sql("""
                select * from blog_post where removed = false
                order by case status when 'SUBMITTED' then 0 when 'CHANGES_REQUESTED' then 1 when 'SCHEDULED' then 2 else 3 end,
                updated_at desc, id desc fetch first ? rows only""")
            .param(limit).query(BlogPosts::post).list();
    }

    private void setStatus(Post before, PostStatus status, String note, String action) {
        jdbc.sql("update blog_post set status = ?, editor_note = ?, reviewed_by = ?, updated_at = ? where id = ?")
            .params(status.name(), note, AuditTrail.currentActor(), Timestamps.now(), before.id()).update();
        audit.record(new Change(RECORD, String.valueOf(before.id()), action, before, get(before.id()), null,
                action + ": " + before.title() + (note == null ? "" : " (" + note + ")")));
    }

    private record Checked(Language language, Long translationOf, String title, String summary, String body) {
    }

    private Checked check(PostDraft draft, Long self) {
        List<Problem> problems = new ArrayList<>();
        Optional<Language> language = Language.fromCode(draft.language());
        if (language.isEmpty()) {
            problems.add(new Problem(0, "language", "insitu.language.unknown"));
        }
        String title = draft.title() == null ? "" : RichText.plain(draft.title());
        if (title.isBlank()) {
            problems.add(new Problem(0, "title", "insitu.required"));
        } else if (title.length() > 300) {
            problems.add(new Problem(0, "title", "insitu.tooLong", 300));
        }
        String summary = draft.summary() == null || draft.summary().isBlank() ? null : RichText.plain(draft.summary());
        if (summary != null && summary.length() > 1000) {
            problems.add(new Problem(0, "summary", "insitu.tooLong", 1000));
        }
        String body = RichText.sanitise(draft.body());
        if (RichText.words(body).isBlank()) {
            problems.add(new Problem(0, "body", "insitu.required"));
        }
        Long original = null;
        if (draft.translationOf() != null) {
            Optional<Post> of = jdbc.sql("select * from blog_post where id = ? and removed = false").param(draft.translationOf())
                .query(BlogPosts::post).optional();
            if (of.isEmpty() || of.get().id() == (self == null ? -1 : self)) {
                problems.add(new Problem(0, "translationOf", "insitu.post.unknownOriginal", draft.translationOf()));
            } else {
                original = of.get().family();
                if (language.isPresent() && of.get().language() == language.get()) {
                    problems.add(new Problem(0, "language", "insitu.post.sameLanguage"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RejectedInput(problems);
        }
        return new Checked(language.get(), original, title, summary, body);
    }

    static Post post(ResultSet rs, int row) throws SQLException {
        return new Post(rs.getLong("id"), rs.getString("author"), rs.getObject("organisation_id", Long.class),
                Language.fromCode(rs.getString("language")).orElse(Language.EN), rs.getObject("translation_of", Long.class),
                rs.getString("title"), rs.getString("summary"), rs.getString("body_html"), PostStatus.valueOf(rs.getString("status")),
                rs.getString("editor_note"), "MODERATED".equals(rs.getString("comments")), rs.getBoolean("story"),
                rs.getObject("story_organisation_id", Long.class), rs.getString("story_country"), Timestamps.read(rs, "publish_at"),
                Timestamps.read(rs, "published_at"), rs.getString("reviewed_by"), Timestamps.read(rs, "created_at"),
                Timestamps.read(rs, "updated_at"));
    }
}
