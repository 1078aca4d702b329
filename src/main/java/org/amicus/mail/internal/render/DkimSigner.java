package org.amicus.mail.internal.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.amicus.mail.internal.MailSettings;

/**
 * DKIM signatures (RFC 6376) on the bytes the renderer writes: rsa-sha256 with relaxed/relaxed
 * canonicalization, over the headers a reader sees and the list headers. The key is an RSA private
 * key in PKCS#8 PEM (amicus.mail.dkim.private-key-file); the public half is published in DNS at
 * selector._domainkey.domain. Only the JDK is used: the DKIM libraries on Maven Central sign a
 * Jakarta MimeMessage, which the renderer no longer builds.
 */
final class DkimSigner {

    static final List<String> SIGNED = List.of("from", "to", "subject", "date", "message-id", "reply-to",
            "mime-version", "content-type", "content-transfer-encoding", "content-language", "list-id",
            "list-unsubscribe", "list-unsubscribe-post", "list-archive", "list-post", "in-reply-to", "references");

    private final String domain;
    private final String selector;
    private final PrivateKey key;

    DkimSigner(String domain, String selector, PrivateKey key) {
        this.domain = domain;
        this.selector = selector;
        this.key = key;
    }

    /** The signer the settings ask for, or null when no DKIM domain is configured. */
    static DkimSigner from(MailSettings.Dkim settings) {
        if (settings == null || settings.domain() == null || settings.domain().isBlank()) {
            return null;
        }
        if (settings.selector() == null || settings.selector().isBlank() || settings.privateKeyFile() == null) {
            throw new IllegalStateException("amicus.mail.dkim needs domain, selector and private-key-file together");
        }
        return new DkimSigner(settings.domain().trim(), settings.selector().trim(), readKey(Path.of(settings.privateKeyFile())));
    }

    /** The message with a DKIM-Signature header in front. */
    byte[] sign(byte[] message) {
        String text = new String(message, StandardCharsets.ISO_8859_1);
        int split = text.indexOf("\r\n\r\n");
        String head = split < 0 ? text : text.substring(0, split + 2);
        String body = split < 0 ? "" : text.substring(split + 4);
        try {
            String bodyHash = Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(relaxedBody(body).getBytes(StandardCharsets.ISO_8859_1)));
            Map<String, String> headers = headers(head);
            List<String> names = SIGNED.stream().filter(headers::containsKey).toList();
            String value = "v=1; a=rsa-sha256; c=relaxed/relaxed; d=" + domain + "; s=" + selector + "; t="
                    + System.currentTimeMillis() / 1000 + "; h=" + String.join(":", names) + "; bh=" + bodyHash + "; b=";
            StringBuilder signed = new StringBuilder(2048);
            for (String name : names) {
                signed.append(relaxedHeader(name, headers.get(name))).append("\r\n");
            }
            signed.append(relaxedHeader("dkim-signature", value));
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update(signed.toString().getBytes(StandardCharsets.ISO_8859_1));
            String header = "DKIM-Signature: " + value + Base64.getEncoder().encodeToString(rsa.sign()) + "\r\n";
            byte[] signature = header.getBytes(StandardCharsets.US_ASCII);
            byte[] out = new byte[signature.length + message.length];
            System.arraycopy(signature, 0, out, 0, signature.length);
            System.arraycopy(message, 0, out, signature.length, message.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("DKIM signing failed", e);
        }
    }

    /** Header fields by lower-case name (the last of a repeated one, as a verifier reads from the bottom). */
    static Map<String, String> headers(String head) {
        Map<String, String> headers = new LinkedHashMap<>();
        List<String> fields = new ArrayList<>();
        for (String line : head.split("\r\n")) {
            if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t') && !fields.isEmpty()) {
                fields.set(fields.size() - 1, fields.get(fields.size() - 1) + "\r\n" + line);
            } else if (!line.isEmpty()) {
                fields.add(line);
            }
        }
        for (String field : fields) {
            int colon = field.indexOf(':');
            if (colon > 0) {
                headers.put(field.substring(0, colon).trim().toLowerCase(Locale.ROOT), field.substring(colon + 1));
            }
        }
        return headers;
    }

    /** RFC 6376 3.4.2: lower-case name, unfolded value with white space runs as one space, trimmed. */
    static String relaxedHeader(String name, String value) {
        return name.toLowerCase(Locale.ROOT) + ":" + value.replace("\r\n", "").replaceAll("[ \t]+", " ").trim();
    }

    /** RFC 6376 3.4.4: white space runs as one space, none at line ends, no empty lines at the end. */
    static String relaxedBody(String body) {
        String[] lines = body.split("\r\n", -1);
        int last = lines.length - 1;
        while (last >= 0 && lines[last].replaceAll("[ \t]+$", "").isEmpty()) {
            last--;
        }
        StringBuilder out = new StringBuilder(body.length());
        for (int i = 0; i <= last; i++) {
            out.append(lines[i].replaceAll("[ \t]+", " ").replaceAll(" $", "")).append("\r\n");
        }
        return out.toString();
    }

    private static PrivateKey readKey(Path file) {
        try {
            String pem = Files.readString(file, StandardCharsets.US_ASCII);
            if (pem.contains("BEGIN RSA PRIVATE KEY")) {
                throw new IllegalStateException("The DKIM key " + file + " is PKCS#1; convert it to PKCS#8 with "
                        + "'openssl pkcs8 -topk8 -nocrypt -in old.pem -out new.pem'");
            }
            String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the DKIM key " + file, e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("The DKIM key " + file + " is not an RSA private key in PKCS#8 PEM", e);
        }
    }
}
