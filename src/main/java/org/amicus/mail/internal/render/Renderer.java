package org.amicus.mail.internal.render;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.amicus.mail.Outgoing;
import org.amicus.mail.internal.MailSettings;
import org.amicus.mail.internal.Signatures;
import org.amicus.mail.internal.queue.Claimed;
import org.amicus.mail.internal.queue.SendTemplate;
import org.amicus.platform.Language;
import org.springframework.stereotype.Component;

/**
 * Writes one recipient's message as RFC 5322 bytes: the content in their language with their merge
 * fields, plain text and HTML as multipart/alternative (or a MIME digest), UTF-8 throughout (RFC 2047 encoded words in
 * headers), the list headers with RFC 8058 one-click unsubscribe, a return path that names the
 * recipient (VERP), and a DKIM signature when a key is configured. The copies of a list post keep the
 * post's Message-ID, In-Reply-To and References. Everything a send's recipients
 * share (headers, parsed templates, boundary) is prepared once per send and language.
 */
@Component
public class Renderer {

    private static final DateTimeFormatter DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

    private final Signatures signatures;
    private final String baseUrl;
    private final String messageIdDomain;
    /** Null when no DKIM key is configured. */
    private final DkimSigner dkim;
    private volatile String date = "";
    private volatile long dateSecond = -1;

    Renderer(Signatures signatures, MailSettings settings) {
        this.signatures = signatures;
        this.baseUrl = settings.baseUrl().replaceAll("/+$", "");
        this.messageIdDomain = settings.bounceDomain();
        this.dkim = DkimSigner.from(settings.dkim());
    }

    /** A message ready for the relay: envelope sender (VERP), envelope recipient and the bytes. */
    public record Rendered(String envelopeFrom, String recipient, byte[] message) {
    }

    /** What every recipient of a send shares, per language. */
    public final class Prepared {
        private final SendTemplate send;
        private final Map<Language, Skeleton> byLanguage = new EnumMap<>(Language.class);

        private Prepared(SendTemplate send) {
            this.send = send;
            send.contents().keySet().forEach(language -> byLanguage.put(language, new Skeleton(send, language)));
        }

        public String listId() {
            return send.list() == null ? null : send.list().id();
        }

        Skeleton skeleton(Language language) {
            Skeleton s = byLanguage.get(language);
            return s != null ? s : byLanguage.get(send.fallback());
        }
    }

    /** One language of a send: its templates and the header lines that do not change per recipient. */
    private final class Skeleton {
        final MergeTemplate subject;
        final MergeTemplate text;
        final MergeTemplate html;
        final String mailtoUnsubscribe;
        final byte[] sharedHeaders;
        final String boundary;
        /** The multipart/digest part of a MIME digest (the same for every recipient), or null. */
        final byte[] digest;

        Skeleton(SendTemplate send, Language language) {
            Outgoing.Content content = send.contents().get(language);
            subject = MergeTemplate.parse(content.subject(), false);
            text = MergeTemplate.body(content.text(), false);
            digest = content.digest().isEmpty() ? null : Mime.digest(content.digest());
            html = digest != null || content.html() == null || content.html().isBlank() ? null : MergeTemplate.body(content.html(), true);
            mailtoUnsubscribe = send.list() == null || send.list().unsubscribe() == null ? ""
                    : "<mailto:" + send.list().unsubscribe() + "?subject=unsubscribe>, ";
            boundary = "=_amicus_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
            StringBuilder h = new StringBuilder(1024);
            h.append("From: ").append(Mime.mailbox(send.fromAddress(), send.fromName())).append("\r\n");
            if (send.replyTo() != null) {
                h.append("Reply-To: ").append(send.replyTo()).append("\r\n");
            }
            h.append("MIME-Version: 1.0\r\n");
            h.append("Content-Language: ").append(language.code()).append("\r\n");
            h.append("Auto-Submitted: auto-generated\r\n");
            h.append("Precedence: list\r\n");
            h.append("X-Amicus-Send: ").append(send.id()).append("\r\n");
            h.append("X-Loop: ").append(messageIdDomain).append("\r\n");
            h.append("List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n");
            Outgoing.Conversation c = send.conversation();
            if (c != null && c.inReplyTo() != null) {
                h.append("In-Reply-To: ").append(c.inReplyTo()).append("\r\n");
            }
            if (c != null && !c.references().isEmpty()) {
                // One Message-ID to a folded line keeps every line far below 998 characters.
                h.append("References: ").append(String.join("\r\n ", c.references())).append("\r\n");
            }
            if (send.list() != null) {
                h.append("List-Id: ").append(send.list().id()).append("\r\n");
                if (send.list().archive() != null) {
                    h.append("List-Archive: <").append(send.list().archive()).append(">\r\n");
                }
                h.append("List-Post: ").append(send.list().post() == null ? "NO" : "<mailto:" + send.list().post() + ">")
                    .append("\r\n");
            }
            if (html != null || digest != null) {
                h.append("Content-Type: multipart/").append(digest != null ? "mixed" : "alternative").append("; boundary=\"")
                    .append(boundary).append("\"\r\n");
            }
            sharedHeaders = h.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    public Prepared prepare(SendTemplate send) {
        return new Prepared(send);
    }

    public Rendered render(Prepared prepared, Claimed to) {
        Skeleton s = prepared.skeleton(to.language());
        String unsubscribeUrl = baseUrl + "/mail/unsubscribe/" + signatures.unsubscribeToken(to.id());
        Map<String, String> fields = new HashMap<>(to.fields());
        fields.put("email", to.address());
        fields.put("name", to.name() == null ? "" : to.name());
        fields.put("unsubscribe_url", unsubscribeUrl);

        Outgoing.Conversation c = prepared.send.conversation();
        String own = "Message-ID: " + (c != null ? c.messageId()
                : "<" + prepared.send.id() + "." + to.id() + "." + randomHex() + "@" + messageIdDomain + ">") + "\r\n"
                + "Date: " + now() + "\r\n"
                + "To: " + Mime.mailbox(to.address(), to.name()) + "\r\n"
                + Mime.header("Subject", s.subject.fill(fields))
                + "List-Unsubscribe: " + s.mailtoUnsubscribe + "<" + unsubscribeUrl + ">\r\n";
        Mime.Body plain = Mime.body(s.text.fillBody(fields));
        Mime.Body html = s.html == null ? null : Mime.body(s.html.fillBody(fields));
        Pieces out = new Pieces().add(own.getBytes(StandardCharsets.UTF_8)).add(s.sharedHeaders);
        if (s.digest != null || html != null) {
            // A multipart body: the plain text first, then the digest or the HTML.
            out.ascii("\r\n" + part(s.boundary, "text/plain", plain)).add(plain.bytes());
            if (s.digest != null) {
                out.ascii("--" + s.boundary + "\r\n").add(s.digest);
            } else {
                out.ascii(part(s.boundary, "text/html", html)).add(html.bytes());
            }
            out.ascii("--" + s.boundary + "--\r\n");
        } else {
            out.ascii(contentHeaders("text/plain", plain));
            out.add(plain.bytes());
        }
        byte[] message = out.toArray();
        return new Rendered(signatures.returnPath(to.id()), to.address(), dkim == null ? message : dkim.sign(message));
    }

    /** A part's boundary line and headers, up to the blank line before its body. */
    private static String part(String boundary, String type, Mime.Body body) {
        return "--" + boundary + "\r\n" + contentHeaders(type, body);
    }

    private static String contentHeaders(String type, Mime.Body body) {
        return "Content-Type: " + type + "; charset=UTF-8\r\nContent-Transfer-Encoding: " + body.encoding() + "\r\n\r\n";
    }

    private static String randomHex() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return HexFormat.of().toHexDigits(r.nextLong()) + HexFormat.of().toHexDigits(r.nextLong());
    }

    /** The Date header's value, formatted once a second. */
    private String now() {
        long second = System.currentTimeMillis() / 1000;
        if (second != dateSecond) {
            date = DATE.format(ZonedDateTime.now(ZoneOffset.UTC));
            dateSecond = second;
        }
        return date;
    }
}
