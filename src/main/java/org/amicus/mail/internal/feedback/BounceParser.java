package org.amicus.mail.internal.feedback;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.amicus.mail.DeliveryFeedback.Kind;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;

/**
 * Reads bounces and complaints: delivery status notifications (RFC 3464, as Postfix, Sendmail,
 * Exchange and Gmail send them), ARF feedback reports (RFC 5965), and the plain-text bounces of
 * servers that send no report (Exim's and qmail's classic formats). A message that is none of
 * these (a vacation reply, say) yields nothing.
 */
public final class BounceParser {

    /** One finding: what happened to which address, with the status code and the server's words. */
    public record Finding(Kind kind, String address, String status, String detail) {
    }

    private static final Pattern ENHANCED = Pattern.compile("\\b([245])\\.(\\d{1,3})\\.(\\d{1,3})\\b");
    private static final Pattern BASIC = Pattern.compile("(?m)^\\s*([45]\\d\\d)[ -]");
    private static final Pattern ADDRESS = Pattern.compile("<?([^\\s<>\"@:;]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,})>?");
    private static final Pattern PERMANENT = Pattern.compile(
            "permanent error|could not be delivered|undeliverable|delivery has failed|failed permanently|"
                    + "this is a permanent|user unknown|does not exist|address rejected", Pattern.CASE_INSENSITIVE);
    private static final Pattern TEMPORARY = Pattern.compile(
            "has not yet been delivered|temporary (error|failure)|will be retried|delayed", Pattern.CASE_INSENSITIVE);

    private BounceParser() {
    }

    public static List<Finding> parse(byte[] raw) {
        try {
            MimeMessage message = new MimeMessage(null, new ByteArrayInputStream(raw));
            List<Finding> findings = new ArrayList<>();
            if (message.isMimeType("multipart/report")) {
                report((Multipart) message.getContent(), findings);
            }
            if (findings.isEmpty()) {
                plainText(text(message), findings);
            }
            return findings;
        } catch (MessagingException | IOException | RuntimeException e) {
            return List.of();
        }
    }

    private static void report(Multipart report, List<Finding> findings) throws MessagingException, IOException {
        String originalTo = null;
        for (int i = 0; i < report.getCount(); i++) {
            BodyPart part = report.getBodyPart(i);
            if (part.isMimeType("message/delivery-status") || part.isMimeType("message/global-delivery-status")) {
                deliveryStatus(read(part), findings);
            } else if (part.isMimeType("message/feedback-report")) {
                feedbackReport(read(part), findings);
            } else if (part.isMimeType("message/rfc822") || part.isMimeType("text/rfc822-headers")) {
                InternetHeaders original = new InternetHeaders(new ByteArrayInputStream(read(part).getBytes(StandardCharsets.UTF_8)));
                originalTo = original.getHeader("To", ",");
            }
        }
        // An ARF report without Original-Rcpt-To names the recipient only in the original message.
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            if (f.kind() == Kind.COMPLAINT && f.address() == null && originalTo != null) {
                Matcher m = ADDRESS.matcher(originalTo);
                findings.set(i, new Finding(f.kind(), m.find() ? m.group(1) : null, f.status(), f.detail()));
            }
        }
        findings.removeIf(f -> f.address() == null);
    }

    /** The per-recipient blocks of an RFC 3464 report; delivered, relayed and expanded ones are no bounce. */
    private static void deliveryStatus(String body, List<Finding> findings) throws MessagingException {
        String[] blocks = body.replace("\r\n", "\n").split("\n\\s*\n");
        for (int i = 1; i < blocks.length; i++) {
            InternetHeaders h = new InternetHeaders(new ByteArrayInputStream((blocks[i].trim() + "\n\n").getBytes(StandardCharsets.UTF_8)));
            String recipient = h.getHeader("Final-Recipient", null);
            if (recipient == null) {
                recipient = h.getHeader("Original-Recipient", null);
            }
            String action = lower(h.getHeader("Action", null));
            if (recipient == null || action == null || !(action.startsWith("failed") || action.startsWith("delayed"))) {
                continue;
            }
            String status = value(h.getHeader("Status", null));
            String diagnostic = value(h.getHeader("Diagnostic-Code", null));
            boolean hard = action.startsWith("failed") && (status == null || status.startsWith("5"));
            findings.add(new Finding(hard ? Kind.HARD_BOUNCE : Kind.SOFT_BOUNCE, typed(recipient), status,
                    diagnostic == null ? action : diagnostic));
        }
    }

    private static void feedbackReport(String body, List<Finding> findings) throws MessagingException {
        InternetHeaders h = new InternetHeaders(new ByteArrayInputStream((body.trim() + "\n\n").getBytes(StandardCharsets.UTF_8)));
        String type = value(h.getHeader("Feedback-Type", null));
        String rcpt = h.getHeader("Original-Rcpt-To", null);
        findings.add(new Finding(Kind.COMPLAINT, rcpt == null ? null : typed(rcpt), null, type == null ? "abuse" : type));
    }

    /** Classic plain-text bounces: the addresses on indented lines after the explanation, with a reply code. */
    private static void plainText(String text, List<Finding> findings) {
        boolean permanent = PERMANENT.matcher(text).find();
        boolean temporary = !permanent && TEMPORARY.matcher(text).find();
        if (!permanent && !temporary) {
            return;
        }
        Matcher enhanced = ENHANCED.matcher(text);
        Matcher basic = BASIC.matcher(text);
        String status = enhanced.find() ? enhanced.group() : basic.find() ? basic.group(1) : null;
        Kind kind = permanent && (status == null || status.startsWith("5")) ? Kind.HARD_BOUNCE : Kind.SOFT_BOUNCE;
        for (String line : text.split("\r?\n")) {
            Matcher m = ADDRESS.matcher(line);
            boolean listed = line.startsWith(" ") || line.startsWith("\t") || line.startsWith("<");
            if (listed && m.find() && !line.toLowerCase(Locale.ROOT).contains("rcpt to") && m.start() < 6
                    && findings.stream().noneMatch(f -> f.address().equalsIgnoreCase(m.group(1)))) {
                findings.add(new Finding(kind, m.group(1), status, firstReply(text)));
            }
        }
    }

    private static String firstReply(String text) {
        Matcher m = Pattern.compile("(?m)^\\s*([45]\\d\\d[ -].*)$").matcher(text);
        return m.find() ? m.group(1).trim() : null;
    }

    /** "rfc822; someone@example.org" -> someone@example.org */
    private static String typed(String value) {
        String v = value.contains(";") ? value.substring(value.indexOf(';') + 1) : value;
        return v.trim().replaceAll("^<|>$", "");
    }

    private static String value(String header) {
        return header == null ? null : header.replaceAll("\\s+", " ").trim();
    }

    private static String lower(String s) {
        return s == null ? null : s.trim().toLowerCase(Locale.ROOT);
    }

    private static String text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/*")) {
            return read(part);
        }
        if (part.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) part.getContent();
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < mp.getCount(); i++) {
                all.append(text(mp.getBodyPart(i))).append('\n');
            }
            return all.toString();
        }
        return "";
    }

    private static String read(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            byte[] bytes = in.readNBytes(1_000_000);
            ContentType type = new ContentType(part.getContentType());
            String charset = type.getParameter("charset");
            try {
                return new String(bytes, charset == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(charset));
            } catch (RuntimeException unknownCharset) {
                return new String(bytes, StandardCharsets.ISO_8859_1);
            }
        }
    }
}
