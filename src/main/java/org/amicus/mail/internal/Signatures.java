package org.amicus.mail.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Signs what Amicus puts in mail so that it cannot be forged: the one-click unsubscribe token and the
 * per-recipient return path (VERP). The key is amicus.mail.secret, or else a random key generated
 * into the data directory on the first start (never in the repository).
 */
@Component
public class Signatures {

    private static final Pattern VERP = Pattern.compile("bounces\\+(\\d+)\\.([0-9a-f]{10})@.*", Pattern.CASE_INSENSITIVE);

    private final byte[] key;
    private final String bounceDomain;
    private final ThreadLocal<Mac> mac = ThreadLocal.withInitial(this::newMac);

    Signatures(MailSettings settings, @Value("${amicus.data-dir}") String dataDir) {
        this.key = settings.secret() != null && !settings.secret().isBlank()
                ? settings.secret().getBytes(StandardCharsets.UTF_8)
                : keyFile(Path.of(dataDir, "mail-secret"));
        this.bounceDomain = settings.bounceDomain();
    }

    /** The envelope sender for one recipient: bounces+ID.SIGNATURE@bounce-domain. */
    public String returnPath(long recipientId) {
        return "bounces+" + recipientId + "." + sign("verp:" + recipientId, 5) + "@" + bounceDomain;
    }

    /** The recipient a bounce address names, when its signature is right. */
    public Optional<Long> recipientOfReturnPath(String address) {
        Matcher m = VERP.matcher(address == null ? "" : address.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        long id = Long.parseLong(m.group(1));
        return same(sign("verp:" + id, 5), m.group(2).toLowerCase(Locale.ROOT)) ? Optional.of(id) : Optional.empty();
    }

    public String unsubscribeToken(long recipientId) {
        return recipientId + "-" + sign("unsubscribe:" + recipientId, 16);
    }

    public Optional<Long> recipientOfUnsubscribeToken(String token) {
        int dash = token == null ? -1 : token.indexOf('-');
        if (dash < 1 || !token.substring(0, dash).chars().allMatch(Character::isDigit) || dash > 18) {
            return Optional.empty();
        }
        long id = Long.parseLong(token.substring(0, dash));
        return same(sign("unsubscribe:" + id, 16), token.substring(dash + 1)) ? Optional.of(id) : Optional.empty();
    }

    private String sign(String payload, int bytes) {
        byte[] full = mac.get().doFinal(payload.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(full, 0, bytes);
    }

    /** One keyed MAC per thread: the workers sign two values per message, and a Mac is not thread-safe. */
    private Mac newMac() {
        try {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(new SecretKeySpec(key, "HmacSHA256"));
            return m;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] keyFile(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                // Owner-only from the first byte where the file system has POSIX permissions; elsewhere
                // (Windows) the data directory's own access rules protect it.
                if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                }
                Files.writeString(file, Base64.getEncoder().encodeToString(fresh));
            }
            return Base64.getDecoder().decode(Files.readString(file).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the mail secret " + file, e);
        }
    }
}
