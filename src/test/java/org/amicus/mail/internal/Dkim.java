package org.amicus.mail.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A DKIM verifier for tests, written from RFC 6376 apart from the signer (relaxed/relaxed,
 * rsa-sha256 only): checks the body hash and the signature over the signed headers.
 */
final class Dkim {

    private Dkim() {
    }

    /** The unfolded value of the last header of that name (case-insensitive), or null. */
    static String header(String message, String name) {
        String found = null;
        for (String field : fields(message)) {
            int colon = field.indexOf(':');
            if (field.substring(0, colon).trim().equalsIgnoreCase(name)) {
                found = field.substring(colon + 1);
            }
        }
        return found;
    }

    static Map<String, String> tags(String value) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (String tag : value.replaceAll("\\s+", "").split(";")) {
            int eq = tag.indexOf('=');
            if (eq > 0) {
                tags.put(tag.substring(0, eq), tag.substring(eq + 1));
            }
        }
        return tags;
    }

    static boolean verifies(String message, PublicKey key) throws Exception {
        String dkim = header(message, "DKIM-Signature");
        Map<String, String> tags = tags(dkim);
        String body = message.substring(message.indexOf("\r\n\r\n") + 4);
        // Relaxed body: white space runs become one space, none before a line end, no empty lines at the end.
        // A body that does not end in a line break gets one (as the test relay stores it, the last CRLF is gone).
        String canonical = (body.replaceAll("[ \t]+", " ").replace(" \r\n", "\r\n") + "\r\n").replaceAll("(\r\n)+$", "\r\n");
        String bodyHash = Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.ISO_8859_1)));
        if (!bodyHash.equals(tags.get("bh"))) {
            return false;
        }
        StringBuilder signed = new StringBuilder();
        for (String name : tags.get("h").split(":")) {
            String value = header(message, name);
            if (value != null) {
                signed.append(relaxed(name, value)).append("\r\n");
            }
        }
        signed.append(relaxed("dkim-signature", dkim.replaceAll("(^|;)(\\s*)b=[^;]*", "$1$2b=")));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(key);
        rsa.update(signed.toString().getBytes(StandardCharsets.ISO_8859_1));
        return rsa.verify(Base64.getDecoder().decode(tags.get("b")));
    }

    private static String relaxed(String name, String value) {
        return name.toLowerCase(Locale.ROOT) + ":" + value.replaceAll("\r\n([ \t])", "$1").replaceAll("[ \t]+", " ").trim();
    }

    /** Header fields with their continuation lines. */
    private static List<String> fields(String message) {
        List<String> fields = new ArrayList<>();
        for (String line : message.substring(0, message.indexOf("\r\n\r\n")).split("\r\n")) {
            if ((line.startsWith(" ") || line.startsWith("\t")) && !fields.isEmpty()) {
                fields.set(fields.size() - 1, fields.get(fields.size() - 1) + "\r\n" + line);
            } else {
                fields.add(line);
            }
        }
        return fields;
    }
}
