package org.amicus.mail.internal.render;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.amicus.mail.Outgoing;
import org.amicus.mail.internal.MailSettings;
import org.amicus.mail.internal.Signatures;
import org.amicus.mail.internal.queue.Claimed;
import org.amicus.mail.internal.queue.SendTemplate;
import org.eclipse.angus.mail.smtp.SMTPMessage;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;

/**
 * Builds one recipient's message: the content in their language with their merge fields, plain text
 * and HTML as multipart/alternative, UTF-8 throughout (RFC 2047 encoded words in headers), the list
 * headers with RFC 8058 one-click unsubscribe, and a return path that names the recipient (VERP).
 */
@Component
public class Renderer {

    private static final Pattern FIELD = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_.-]+)\\s*}}");

    private final Signatures signatures;
    private final String baseUrl;
    private final String messageIdDomain;

    Renderer(Signatures signatures, MailSettings settings) {
        this.signatures = signatures;
        this.baseUrl = settings.baseUrl().replaceAll("/+$", "");
        this.messageIdDomain = settings.bounceDomain();
    }

    public SMTPMessage render(Session session, SendTemplate send, Claimed to) throws MessagingException {
        Outgoing.Content content = send.content(to.language());
        String unsubscribeUrl = baseUrl + "/mail/unsubscribe/" + signatures.unsubscribeToken(to.id());
        Map<String, String> fields = new HashMap<>(to.fields());
        fields.put("email", to.address());
        fields.put("name", to.name() == null ? "" : to.name());
        fields.put("unsubscribe_url", unsubscribeUrl);

        SMTPMessage m = new SMTPMessage(session);
        m.setEnvelopeFrom(signatures.returnPath(to.id()));
        m.setFrom(address(send.fromAddress(), send.fromName()));
        m.setRecipient(jakarta.mail.Message.RecipientType.TO, address(to.address(), to.name()));
        if (send.replyTo() != null) {
            m.setReplyTo(new InternetAddress[] { address(send.replyTo(), null) });
        }
        m.setSubject(oneLine(merge(content.subject(), fields, false)), "UTF-8");
        m.setSentDate(new Date());
        m.setHeader("Content-Language", to.language().code());
        m.setHeader("Auto-Submitted", "auto-generated");
        m.setHeader("Precedence", "list");
        m.setHeader("X-Amicus-Send", String.valueOf(send.id()));
        m.setHeader("X-Loop", messageIdDomain);
        m.setHeader("List-Unsubscribe", listUnsubscribe(send, unsubscribeUrl));
        m.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        if (send.list() != null) {
            m.setHeader("List-Id", send.list().id());
            if (send.list().archive() != null) {
                m.setHeader("List-Archive", "<" + send.list().archive() + ">");
            }
            m.setHeader("List-Post", send.list().post() == null ? "NO" : "<mailto:" + send.list().post() + ">");
        }
        String text = merge(content.text(), fields, false);
        if (content.html() == null || content.html().isBlank()) {
            m.setText(text, "UTF-8");
        } else {
            MimeMultipart alternative = new MimeMultipart("alternative");
            MimeBodyPart plain = new MimeBodyPart();
            plain.setText(text, "UTF-8");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(merge(content.html(), fields, true), "UTF-8", "html");
            alternative.addBodyPart(plain);
            alternative.addBodyPart(html);
            m.setContent(alternative);
        }
        m.saveChanges();
        // saveChanges sets its own Message-ID; ours names the recipient row so replies can be traced.
        m.setHeader("Message-ID", "<" + send.id() + "." + to.id() + "." + UUID.randomUUID() + "@" + messageIdDomain + ">");
        return m;
    }

    private static String listUnsubscribe(SendTemplate send, String url) {
        String mailto = send.list() == null || send.list().unsubscribe() == null ? null
                : "<mailto:" + send.list().unsubscribe() + "?subject=unsubscribe>";
        return (mailto == null ? "" : mailto + ", ") + "<" + url + ">";
    }

    /** Replaces {{field}} with the recipient's value, HTML-escaped in HTML; unknown fields become empty. */
    static String merge(String template, Map<String, String> fields, boolean html) {
        Matcher m = FIELD.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 64);
        while (m.find()) {
            String value = fields.getOrDefault(m.group(1), "");
            m.appendReplacement(out, Matcher.quoteReplacement(html ? HtmlUtils.htmlEscape(value, "UTF-8") : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A merged value may hold a line break; a header must not (header injection). */
    private static String oneLine(String s) {
        return s.replaceAll("[\\r\\n\\x00]+", " ");
    }

    private static InternetAddress address(String address, String name) {
        try {
            return new InternetAddress(address, name == null || name.isBlank() ? null : oneLine(name),
                    StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
