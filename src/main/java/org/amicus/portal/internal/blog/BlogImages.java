package org.amicus.portal.internal.blog;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.amicus.platform.AuditTrail;
import org.amicus.platform.Change;
import org.amicus.platform.NotFound;
import org.amicus.platform.RejectedInput;
import org.apache.tika.Tika;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pictures of a post. Each needs a text alternative; the type is read from the bytes (PNG, JPEG
 * or GIF), at most 2 MB, and it must decode, so a renamed file or a script posing as an image is refused.
 */
@Service
@Transactional
public class BlogImages {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final int MAX_SIDE = 4000;
    private static final Set<String> TYPES = Set.of("image/png", "image/jpeg", "image/gif");
    private static final Tika TIKA = new Tika();

    /** An image without its bytes. */
    public record Image(long id, long postId, String contentType, int width, int height, String alt) {
    }

    /** What a reader's browser is sent. */
    public record Stored(String contentType, byte[] bytes) {
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    BlogImages(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public long add(long postId, byte[] bytes, String alt) {
        if (alt == null || alt.isBlank()) {
            throw new RejectedInput("alt", "insitu.image.altRequired");
        }
        if (bytes == null || bytes.length == 0) {
            throw new RejectedInput("image", "insitu.image.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new RejectedInput("image", "insitu.image.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        String type = TIKA.detect(bytes);
        BufferedImage decoded = TYPES.contains(type) ? decode(bytes) : null;
        if (decoded == null) {
            throw new RejectedInput("image", "insitu.image.notAnImage");
        }
        String text = RichText.plain(alt);
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into blog_image (post_id, content_type, width, height, alt, bytes) values (?, ?, ?, ?, ?, ?)")
            .params(postId, type, decoded.getWidth(), decoded.getHeight(), text, bytes).update(key, "id");
        long id = key.getKey().longValue();
        audit.record(new Change(BlogPosts.RECORD, String.valueOf(postId), "image-added", null,
                new Image(id, postId, type, decoded.getWidth(), decoded.getHeight(), text), null, "Image: " + text));
        return id;
    }

    public void remove(long postId, long imageId) {
        Image before = of(postId).stream().filter(i -> i.id() == imageId).findFirst()
            .orElseThrow(() -> new NotFound("insitu.image.notFound", imageId));
        jdbc.sql("delete from blog_image where id = ?").param(imageId).update();
        audit.record(new Change(BlogPosts.RECORD, String.valueOf(postId), "image-removed", before, null, null, "Image removed: " + before.alt()));
    }

    @Transactional(readOnly = true)
    public List<Image> of(long postId) {
        return jdbc.sql("select id, post_id, content_type, width, height, alt from blog_image where post_id = ? order by id")
            .param(postId)
            .query((rs, n) -> new Image(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getString(6)))
            .list();
    }

    @Transactional(readOnly = true)
    public Stored stored(long imageId) {
        return jdbc.sql("select content_type, bytes from blog_image where id = ?").param(imageId)
            .query((rs, n) -> new Stored(rs.getString(1), rs.getBytes(2))).optional()
            .orElseThrow(() -> new NotFound("insitu.image.notFound", imageId));
    }

    /** Which post an image belongs to, so that only published posts' images are served to the public. */
    @Transactional(readOnly = true)
    public long postOf(long imageId) {
        return jdbc.sql("select post_id from blog_image where id = ?").param(imageId).query(Long.class).optional()
            .orElseThrow(() -> new NotFound("insitu.image.notFound", imageId));
    }

    /** Decodes the image, refusing before decoding one whose sides would take more memory than a web page needs. */
    private static BufferedImage decode(byte[] bytes) {
        try (var in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            var readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            var reader = readers.next();
            reader.setInput(in);
            if (reader.getWidth(0) > MAX_SIDE || reader.getHeight(0) > MAX_SIDE) {
                throw new RejectedInput("image", "insitu.image.tooManyPixels", MAX_SIDE);
            }
            return reader.read(0);
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            return null;
        }
    }
}
