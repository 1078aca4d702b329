package org.amicus.lists.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.amicus.platform.NotFound;
import org.amicus.platform.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A list's posted messages on the web: threads (by In-Reply-To and References, kept when each post
 * was stored), one message with its thread and attachments, and a search of subjects, senders and
 * text. The search is SQL (lower(...) like): a list's archive is thousands of messages, not
 * millions, and SQL keeps it in the same transaction and the same visibility rule as the pages.
 */
@Component
public class Archive {

    public record Message(long id, long threadId, Long parentId, String subject, String fromName, String fromAddress,
            Instant receivedAt, String body, String language) {

        /** The sender as the archive shows them: the name, else the address with its domain hidden from harvesters. */
        public String sender() {
            return fromName != null && !fromName.isBlank() ? fromName : fromAddress.replaceAll("@.*", "@…");
        }
    }

    /** A message and how deep it sits in its thread. */
    public record Entry(Message message, int depth) {
    }

    public record Attachment(long id, long messageId, String filename, String contentType, long size) {
    }

    private final JdbcClient jdbc;

    Archive(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Threads newest first (by their latest message), each in reply order; or the messages matching the search. */
    public List<List<Entry>> threads(MailingList list, String query, int limit) {
        List<Message> all = query == null || query.isBlank()
                ? jdbc.sql("select * from list_message where list_id = ? and state = 'POSTED' order by id").param(list.id())
                    .query(Archive::row).list()
                : search(list, query);
        Map<Long, List<Message>> byThread = new LinkedHashMap<>();
        for (Message m : all) {
            byThread.computeIfAbsent(m.threadId(), k -> new ArrayList<>()).add(m);
        }
        List<List<Message>> threads = new ArrayList<>(byThread.values());
        threads.sort((a, b) -> Long.compare(b.get(b.size() - 1).id(), a.get(a.size() - 1).id()));
        return threads.stream().limit(limit).map(Archive::nest).toList();
    }

    private List<Message> search(MailingList list, String query) {
        String like = "%" + query.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql("""
                select * from list_message where list_id = ? and state = 'POSTED'
                and (lower(subject) like ? escape '\\' or lower(body) like ? escape '\\' or lower(coalesce(from_name, '')) like ? escape '\\')
                order by id""")
            .params(list.id(), like, like, like).query(Archive::row).list();
    }

    public Message message(MailingList list, long id) {
        return jdbc.sql("select * from list_message where list_id = ? and id = ? and state = 'POSTED'").params(list.id(), id)
            .query(Archive::row).optional().orElseThrow(() -> new NotFound("lists.error.messageNotFound", id));
    }

    public List<Entry> thread(MailingList list, long threadId) {
        return nest(jdbc.sql("select * from list_message where list_id = ? and thread_id = ? and state = 'POSTED' order by id")
            .params(list.id(), threadId).query(Archive::row).list());
    }

    public List<Attachment> attachments(long messageId) {
        return jdbc.sql("select id, message_id, filename, content_type, size_bytes from list_attachment where message_id = ? order by id")
            .param(messageId)
            .query((rs, n) -> new Attachment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5))).list();
    }

    /** An attachment of a posted message of this list, with its bytes. */
    public Optional<Map.Entry<Attachment, byte[]>> attachment(MailingList list, long id) {
        return jdbc.sql("""
                select a.id, a.message_id, a.filename, a.content_type, a.size_bytes, a.data from list_attachment a
                join list_message m on m.id = a.message_id where a.id = ? and m.list_id = ? and m.state = 'POSTED'""")
            .params(id, list.id())
            .query((rs, n) -> Map.entry(new Attachment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5)),
                    rs.getBytes(6)))
            .optional();
    }

    /** Depth-first in reply order: each reply under the message it answers. */
    private static List<Entry> nest(List<Message> thread) {
        Map<Long, List<Message>> children = new HashMap<>();
        List<Message> roots = new ArrayList<>();
        var ids = thread.stream().map(Message::id).toList();
        for (Message m : thread) {
            if (m.parentId() != null && ids.contains(m.parentId())) {
                children.computeIfAbsent(m.parentId(), k -> new ArrayList<>()).add(m);
            } else {
                roots.add(m);
            }
        }
        List<Entry> out = new ArrayList<>();
        roots.forEach(r -> walk(r, 0, children, out));
        return out;
    }

    private static void walk(Message m, int depth, Map<Long, List<Message>> children, List<Entry> out) {
        out.add(new Entry(m, Math.min(depth, 8)));
        children.getOrDefault(m.id(), List.of()).forEach(c -> walk(c, depth + 1, children, out));
    }

    private static Message row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Message(rs.getLong("id"), rs.getLong("thread_id"), rs.getObject("parent_id", Long.class), rs.getString("subject"),
                rs.getString("from_name"), rs.getString("from_address"), Timestamps.read(rs, "received_at"), rs.getString("body"),
                rs.getString("language"));
    }
}
