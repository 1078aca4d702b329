package org.amicus.publications.internal.record;

import java.util.List;

import org.amicus.platform.AuditTrail;
import org.amicus.platform.Change;
import org.amicus.platform.NotFound;
import org.amicus.platform.RejectedInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The images of an edition, each checked by its content before it is kept, optionally placed with an article. */
@Service
@Transactional
public class EditionImages {

    /** An image without its bytes. */
    public record Image(long id, Long articleId, String contentType, int width, int height, String alt) {
    }

    /** An image's type and content, to serve. */
    public record Stored(String contentType, byte[] bytes) {
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Editions editions;

    EditionImages(JdbcClient jdbc, AuditTrail audit, Editions editions) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.editions = editions;
    }

    public long add(long editionId, Long articleId, byte[] bytes, String alt) {
        editions.edition(editionId);
        if (articleId != null) {
            editions.article(editionId, articleId);
        }
        if (alt == null || alt.isBlank()) {
            throw new RejectedInput("alt", "publications.required");
        }
        ImageCheck.Checked checked = ImageCheck.check(bytes);
        long id = Editions.insert(jdbc.sql("""
                insert into edition_image (edition_id, article_id, content_type, width, height, alt, bytes) values (?, ?, ?, ?, ?, ?, ?)""")
            .params(editionId, articleId, checked.contentType(), checked.width(), checked.height(), alt.trim(), bytes));
        audit.record(new Change("edition", String.valueOf(editionId), "image-added", null,
                new Image(id, articleId, checked.contentType(), checked.width(), checked.height(), alt.trim()), null, "Image " + alt.trim()));
        return id;
    }

    @Transactional(readOnly = true)
    public List<Image> of(long editionId) {
        return jdbc.sql("select id, article_id, content_type, width, height, alt from edition_image where edition_id = ? and removed = false order by id")
            .param(editionId)
            .query((rs, n) -> new Image(rs.getLong("id"), rs.getObject("article_id", Long.class), rs.getString("content_type"),
                    rs.getInt("width"), rs.getInt("height"), rs.getString("alt")))
            .list();
    }

    @Transactional(readOnly = true)
    public Stored stored(long editionId, long imageId) {
        return jdbc.sql("select content_type, bytes from edition_image where id = ? and edition_id = ? and removed = false")
            .params(imageId, editionId).query((rs, n) -> new Stored(rs.getString(1), rs.getBytes(2))).optional()
            .orElseThrow(() -> new NotFound("publications.image.notFound", imageId));
    }
}
