package org.amicus.portal.internal.blog;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.amicus.platform.AuditTrail;
import org.amicus.platform.Change;
import org.amicus.platform.NotFound;
import org.amicus.platform.RejectedInput;
import org.amicus.platform.RejectedInput.Problem;
import org.amicus.platform.Timestamps;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Readers' comments on posts that take them. Every comment is held until an editor approves it;
 * its text keeps no HTML. One address may leave a few comments an hour (counted in memory, per node).
 */
@Service
@Transactional
public class PostComments {

    public enum Status {
        HELD, APPROVED, REJECTED
    }

    public record Comment(long id, long postId, String name, String body, Status status, Instant createdAt) {
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final BlogPosts posts;
    private final int perHour;
    private final Cache<String, AtomicInteger> recent = Caffeine.newBuilder().expireAfterWrite(Duration.ofHours(1))
        .maximumSize(100_000).build();

    PostComments(JdbcClient jdbc, AuditTrail audit, BlogPosts posts,
            @Value("${amicus.portal.comments-per-address-per-hour:5}") int perHour) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.posts = posts;
        this.perHour = perHour;
    }

    /** A reader's comment, held for moderation; refused when the post takes none or the address has had its share. */
    public void submit(long postId, String name, String body, String address) {
        Post post = posts.visible(postId);
        if (!post.commentsOn()) {
            throw new RejectedInput("body", "insitu.comment.closed");
        }
        String who = RichText.plain(name);
        String text = RichText.plain(body);
        List<Problem> problems = new ArrayList<>();
        if (who.isBlank()) {
            problems.add(new Problem(0, "name", "insitu.required"));
        } else if (who.length() > 100) {
            problems.add(new Problem(0, "name", "insitu.tooLong", 100));
        }
        if (text.isBlank()) {
            problems.add(new Problem(0, "body", "insitu.required"));
        } else if (text.length() > 5000) {
            problems.add(new Problem(0, "body", "insitu.tooLong", 5000));
        }
        if (!problems.isEmpty()) {
            throw new RejectedInput(problems);
        }
        if (recent.get(address, a -> new AtomicInteger()).incrementAndGet() > perHour) {
            throw new RejectedInput("body", "insitu.comment.tooMany");
        }
        jdbc.sql("insert into blog_comment (post_id, name, body, status, created_at) values (?, ?, ?, 'HELD', ?)")
            .params(postId, who, text, Timestamps.now()).update();
    }

    public void decide(long commentId, boolean approve) {
        Comment before = jdbc.sql("select * from blog_comment where id = ?").param(commentId).query(PostComments::comment).optional()
            .orElseThrow(() -> new NotFound("insitu.comment.notFound", commentId));
        jdbc.sql("update blog_comment set status = ?, decided_by = ?, decided_at = ? where id = ?")
            .params(approve ? "APPROVED" : "REJECTED", AuditTrail.currentActor(), Timestamps.now(), commentId).update();
        audit.record(new Change(BlogPosts.RECORD, String.valueOf(before.postId()), approve ? "comment-approved" : "comment-rejected",
                before, null, null, (approve ? "Comment approved: " : "Comment rejected: ") + before.name()));
    }

    @Transactional(readOnly = true)
    public List<Comment> approved(long postId) {
        return jdbc.sql("select * from blog_comment where post_id = ? and status = 'APPROVED' order by created_at, id").param(postId)
            .query(PostComments::comment).list();
    }

    /** The comments waiting for an editor, oldest first. */
    @Transactional(readOnly = true)
    public List<Comment> held() {
        return jdbc.sql("select * from blog_comment where status = 'HELD' order by created_at, id fetch first 200 rows only")
            .query(PostComments::comment).list();
    }

    private static Comment comment(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Comment(rs.getLong("id"), rs.getLong("post_id"), rs.getString("name"), rs.getString("body"),
                Status.valueOf(rs.getString("status")), Timestamps.read(rs, "created_at"));
    }
}
