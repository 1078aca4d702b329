package org.amicus.states.internal.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.amicus.platform.AuditTrail;
import org.amicus.platform.Change;
import org.amicus.platform.RejectedInput;
import org.amicus.platform.RejectedInput.Problem;
import org.amicus.platform.Timestamps;
import org.amicus.states.internal.record.DraftFields;
import org.amicus.states.internal.record.Tracker;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Documents of implementation processes: uploaded files (type checked from their bytes, size
 * limited, kept under the data directory by SHA-256, text extracted with Tika, language detected)
 * and links; search over the extracted text; expert comments.
 *
 * Search is SQL (a case-insensitive LIKE over the extracted text) rather than a Lucene index: the
 * coalition's documents number in the hundreds, which a scan answers in milliseconds, and there
 * is then no second store to keep in step with the database.
 */
@Service
public class Documents {

    public static final long MAX_BYTES = 5L * 1024 * 1024;

    /** What staff send: a file (bytes and name) or a link. */
    public record Upload(String kind, String title, String bill, String versionLabel, String url, String fileName,
            byte[] bytes, String source) {
    }

    private final JdbcClient jdbc;
    private final Tracker tracker;
    private final TextExtraction extraction;
    private final AuditTrail audit;
    private final Path folder;

    Documents(JdbcClient jdbc, Tracker tracker, TextExtraction extraction, AuditTrail audit,
            @Value("${amicus.data-dir}") String dataDir) {
        this.jdbc = jdbc;
        this.tracker = tracker;
        this.extraction = extraction;
        this.audit = audit;
        this.folder = Path.of(dataDir, "documents");
    }

    @Transactional
    public LegislationDocument add(String iso3, Upload u) {
        List<Problem> problems = new ArrayList<>();
        String state = DraftFields.trim(iso3) == null ? null : iso3.trim().toUpperCase(Locale.ROOT);
        if (state == null || tracker.record().state(state).isEmpty()) {
            problems.add(new Problem(0, "iso3", "event.unknownState", iso3));
        }
        DocumentKind kind = DraftFields.enumValue(DocumentKind.class, u.kind(), 0, "kind", "document.unknownKind", problems);
        String title = DraftFields.text(u.title(), 500, 0, "title", problems);
        if (title == null) {
            problems.add(new Problem(0, "title", "event.required"));
        }
        String source = DraftFields.text(u.source(), 1000, 0, "source", problems);
        if (source == null) {
            problems.add(new Problem(0, "source", "event.sourceRequired"));
        }
        String bill = DraftFields.text(u.bill(), 200, 0, "bill", problems);
        String version = DraftFields.text(u.versionLabel(), 100, 0, "versionLabel", problems);
        String url = DraftFields.text(u.url(), 1000, 0, "url", problems);
        boolean file = u.bytes() != null && u.bytes().length > 0;
        if (file == (url != null)) {
            problems.add(new Problem(0, "file", "document.fileOrLink"));
        } else if (url != null && !isWebAddress(url)) {
            problems.add(new Problem(0, "url", "document.badUrl"));
        }
        String type = null;
        if (file) {
            if (u.bytes().length > MAX_BYTES) {
                problems.add(new Problem(0, "file", "document.tooLarge", MAX_BYTES / (1024 * 1024)));
            } else {
                type = extraction.detectType(u.bytes(), u.fileName());
                if (!TextExtraction.ACCEPTED.contains(type)) {
                    problems.add(new Problem(0, "file", "document.typeNotAccepted", type));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RejectedInput(problems);
        }
        String sha = null;
        String text = null;
        String language = null;
        if (file) {
            sha = sha256(u.bytes());
            store(sha, u.bytes());
            text = extraction.text(u.bytes(), u.fileName());
            language = extraction.language(text);
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into legislation_document (iso3, kind, title, bill, version_label, url, file_name, content_type,
                    size_bytes, sha256, language, extracted_text, source, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(state, kind.name(), title, bill, version, url, file ? fileName(u.fileName()) : null, type,
                    file ? (long) u.bytes().length : null, sha, language, text, source, Timestamps.now(),
                    AuditTrail.currentActor())
            .update(keys, "id");
        long id = keys.getKey().longValue();
        audit.record(new Change("legislation", state, "document-added", null,
                Map.of("document", id, "kind", kind.name(), "title", title), source, "Document: " + title));
        return get(id).orElseThrow();
    }

    public Optional<LegislationDocument> get(long id) {
        return jdbc.sql("select * from legislation_document where id = ? and deleted_at is null").param(id)
            .query(Documents::document).optional();
    }

    /** A state's documents, newest first. */
    public List<LegislationDocument> of(String iso3) {
        return jdbc.sql("select * from legislation_document where iso3 = ? and deleted_at is null order by id desc")
            .param(iso3).query(Documents::document).list();
    }

    /** The versions of the bill a document belongs to, in the order they were added. */
    public List<LegislationDocument> versions(LegislationDocument d) {
        if (d.bill() == null) {
            return List.of(d);
        }
        return jdbc.sql("""
                select * from legislation_document where iso3 = ? and bill = ? and deleted_at is null order by id""")
            .params(d.iso3(), d.bill()).query(Documents::document).list();
    }

    /** Documents whose title or extracted text contains every word of the query, newest first. */
    public List<LegislationDocument> search(String query) {
        List<String> words = query == null ? List.of()
                : List.of(query.trim().toLowerCase(Locale.ROOT).split("\\s+")).stream().filter(w -> !w.isBlank()).toList();
        if (words.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("select * from legislation_document where deleted_at is null");
        List<Object> params = new ArrayList<>();
        for (String w : words) {
            sql.append(" and (lower(title) like ? or lower(extracted_text) like ?)");
            String like = "%" + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            params.add(like);
            params.add(like);
        }
        sql.append(" order by id desc fetch first 100 rows only");
        return jdbc.sql(sql.toString()).params(params).query(Documents::document).list();
    }

    /** The stored bytes of an uploaded document. */
    public byte[] content(LegislationDocument d) {
        try {
            return Files.readAllBytes(folder.resolve(d.sha256()));
        } catch (IOException e) {
            throw new UncheckedIOException("A stored document cannot be read: " + d.sha256(), e);
        }
    }

    @Transactional
    public void remove(long id) {
        LegislationDocument d = get(id).orElseThrow(() -> new RejectedInput("document", "event.unknownEntry", id));
        jdbc.sql("update legislation_document set deleted_at = ? where id = ?").params(Timestamps.now(), id).update();
        audit.record(new Change("legislation", d.iso3(), "document-removed", Map.of("document", id, "title", d.title()),
                null, null, "Document removed: " + d.title()));
    }

    @Transactional
    public ExpertComment comment(long documentId, String body) {
        LegislationDocument d = get(documentId).orElseThrow(() -> new RejectedInput("document", "event.unknownEntry", documentId));
        List<Problem> problems = new ArrayList<>();
        String text = DraftFields.text(body, 10_000, 0, "body", problems);
        if (text == null) {
            problems.add(new Problem(0, "body", "event.required"));
        }
        if (!problems.isEmpty()) {
            throw new RejectedInput(problems);
        }
        var keys = new GeneratedKeyHolder();
        var now = Timestamps.now();
        String author = AuditTrail.currentActor();
        jdbc.sql("insert into expert_comment (document_id, author, body, created_at) values (?, ?, ?, ?)")
            .params(documentId, author, text, now).update(keys, "id");
        audit.record(new Change("legislation", d.iso3(), "comment-added", null, Map.of("document", documentId),
                null, "Expert comment on " + d.title()));
        return new ExpertComment(keys.getKey().longValue(), documentId, author, text, now.toInstant());
    }

    public List<ExpertComment> comments(long documentId) {
        return jdbc.sql("select * from expert_comment where document_id = ? and deleted_at is null order by id")
            .param(documentId)
            .query((rs, row) -> new ExpertComment(rs.getLong("id"), rs.getLong("document_id"), rs.getString("author"),
                    rs.getString("body"), Timestamps.read(rs, "created_at")))
            .list();
    }

    private void store(String sha, byte[] bytes) {
        try {
            Files.createDirectories(folder);
            Path target = folder.resolve(sha);
            if (!Files.exists(target)) {
                Path partial = Files.createTempFile(folder, sha, ".part");
                Files.write(partial, bytes);
                Files.move(partial, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The document cannot be stored under " + folder, e);
        }
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = URI.create(url);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String fileName(String name) {
        String n = name == null ? "document" : Path.of(name.replace('\\', '/')).getFileName().toString();
        return n.length() > 300 ? n.substring(n.length() - 300) : n;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LegislationDocument document(ResultSet rs, int row) throws SQLException {
        return new LegislationDocument(rs.getLong("id"), rs.getString("iso3"), DocumentKind.valueOf(rs.getString("kind")),
                rs.getString("title"), rs.getString("bill"), rs.getString("version_label"), rs.getString("url"),
                rs.getString("file_name"), rs.getString("content_type"), rs.getObject("size_bytes", Long.class),
                rs.getString("sha256"), rs.getString("language"), rs.getString("extracted_text"), rs.getString("source"),
                Timestamps.read(rs, "recorded_at"), rs.getString("recorded_by"));
    }
}
