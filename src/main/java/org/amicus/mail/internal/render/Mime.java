package org.amicus.mail.internal.render;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.amicus.mail.internal.Chars;

/**
 * The bits of RFC 5322, 2045 and 2047 the renderer writes by hand: header values in UTF-8 as
 * encoded words (folded at 78 columns), display names as atoms, quoted strings or encoded words,
 * and text bodies with CRLF line ends, 7bit when they are plain ASCII, else base64.
 */
final class Mime {

    static final byte[] CRLF = { '\r', '\n' };
    private static final Base64.Encoder BASE64 = Base64.getEncoder();
    private static final Base64.Encoder BODY_BASE64 = Base64.getMimeEncoder(76, CRLF);
    /** UTF-8 bytes per encoded word: base64 of 45 bytes is 60 characters, within the 75 RFC 2047 allows. */
    private static final int WORD_BYTES = 45;
    private static final String ATOM_SPECIALS = "()<>[]:;@\\,.\"";

    private Mime() {
    }

    /** A text body in transfer form: its Content-Transfer-Encoding and bytes, ending in CRLF. */
    record Body(String encoding, byte[] bytes) {
    }

    /** One header line (with CRLF) for unstructured text: as is when short plain ASCII, else encoded words. */
    static String header(String name, String value) {
        String text = oneLine(value);
        if (isPlainAscii(text) && name.length() + 2 + text.length() <= 78) {
            return name + ": " + text + "\r\n";
        }
        return name + ": " + encodedWords(text) + "\r\n";
    }

    /** "address" or "display name <address>", the name as an atom phrase, a quoted string or encoded words. */
    static String mailbox(String address, String name) {
        if (name == null || name.isBlank()) {
            return address;
        }
        String text = oneLine(name).trim();
        if (!isPlainAscii(text) || text.length() > 60) {
            return encodedWords(text) + " <" + address + ">";
        }
        if (!Chars.anyOf(text, ATOM_SPECIALS)) {
            return text + " <" + address + ">";
        }
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\" <" + address + ">";
    }

    /** A merged value may hold a line break or a NUL; a header must not (header injection). */
    static String oneLine(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r' || c == '\n' || c == 0) {
                return s.replaceAll("[\\r\\n\\x00]+", " ");
            }
        }
        return s;
    }

    /** RFC 2047 B-encoded words of whole characters, separated by folding white space. */
    static String encodedWords(String text) {
        StringBuilder out = new StringBuilder(text.length() * 2);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int start = 0;
        while (start < bytes.length) {
            int end = Math.min(bytes.length, start + WORD_BYTES);
            // Never split a character: back up to the first byte of a UTF-8 sequence.
            while (end < bytes.length && end > start && (bytes[end] & 0xC0) == 0x80) {
                end--;
            }
            if (start > 0) {
                out.append("\r\n ");
            }
            out.append("=?UTF-8?B?").append(BASE64.encodeToString(java.util.Arrays.copyOfRange(bytes, start, end))).append("?=");
            start = end;
        }
        return out.toString();
    }

    /**
     * A multipart/digest body part (RFC 2046 5.1.5) with its own header: each message a message/rfc822 part
     * with From, Subject, Date, Message-ID when well formed, and its text.
     */
    static byte[] digest(java.util.List<org.amicus.mail.Outgoing.Digested> messages) {
        String boundary = "=_amicus_digest_" + java.util.HexFormat.of().toHexDigits(java.util.concurrent.ThreadLocalRandom.current().nextLong());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(4096);
        ascii(out, "Content-Type: multipart/digest; boundary=\"" + boundary + "\"\r\n\r\n");
        for (org.amicus.mail.Outgoing.Digested m : messages) {
            Body body = body(m.text() == null ? "" : m.text());
            // message/rfc822 is a digest's default, but readers (Jakarta Mail among them) want it said.
            StringBuilder h = new StringBuilder(256).append("--").append(boundary).append("\r\nContent-Type: message/rfc822\r\n\r\n");
            h.append("From: ").append(mailbox(m.fromAddress(), m.fromName())).append("\r\n");
            h.append(header("Subject", m.subject() == null ? "" : m.subject()));
            if (m.date() != null) {
                h.append("Date: ").append(java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(m.date().atOffset(java.time.ZoneOffset.UTC)))
                    .append("\r\n");
            }
            if (org.amicus.mail.Outgoing.Conversation.wellFormed(m.messageId())) {
                h.append("Message-ID: ").append(m.messageId()).append("\r\n");
            }
            h.append("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: ")
                .append(body.encoding()).append("\r\n\r\n");
            out.writeBytes(h.toString().getBytes(StandardCharsets.UTF_8));
            out.writeBytes(body.bytes());
        }
        ascii(out, "--" + boundary + "--\r\n");
        return out.toByteArray();
    }

    static void ascii(java.io.ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
    }

    /** The body with CRLF line ends: 7bit when plain ASCII with lines of at most 998 bytes, else base64. */
    static Body body(String text) {
        return body(crlf(text).getBytes(StandardCharsets.UTF_8));
    }

    /** A body already in UTF-8 with CRLF line ends and a CRLF at the end: as is when 7bit will do, else base64. */
    static Body body(byte[] canonical) {
        if (isSevenBit(canonical)) {
            return new Body("7bit", canonical);
        }
        byte[] encoded = BODY_BASE64.encode(canonical);
        byte[] withEnd = java.util.Arrays.copyOf(encoded, encoded.length + 2);
        withEnd[encoded.length] = '\r';
        withEnd[encoded.length + 1] = '\n';
        return new Body("base64", withEnd);
    }

    /** Every line break as CRLF, and a CRLF at the end. */
    static String crlf(String text) {
        String lines = lineBreaks(text);
        return lines.endsWith("\r\n") ? lines : lines + "\r\n";
    }

    /** Every line break (CR, LF or CRLF) as CRLF. */
    static String lineBreaks(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean crlf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
            if (c == '\r' && !crlf || c == '\n') {
                if (out == null) {
                    out = new StringBuilder(text.length() + 64).append(text, 0, i);
                }
                out.append("\r\n");
            } else if (out != null) {
                out.append(c);
                if (crlf) {
                    out.append('\n');
                }
            }
            if (crlf) {
                i++;
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean isPlainAscii(String s) {
        return !Chars.any(s, c -> c < 0x20 || c > 0x7e);
    }

    private static boolean isSevenBit(byte[] canonical) {
        int line = 0;
        for (byte b : canonical) {
            if (b == '\n') {
                line = 0;
            } else if (b != '\r' && (b <= 0 || ++line > 998)) {
                return false;
            }
        }
        return true;
    }
}
