package org.amicus.publications.internal.sending;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Signs the per-reader tokens of tracked e-mails ({@code TRACKING-PERSON-SIGNATURE}) so that nobody
 * can count an opening or a click for someone else. The key is made at first use and kept in the
 * database, so every application node signs alike.
 */
@Component
class TrackingTokens {

    private static final Pattern TOKEN = Pattern.compile("(\\d{1,18})-(\\d{1,18})-([A-Za-z0-9_-]{22})");

    record Reader(long trackingId, long personId) {
    }

    private final JdbcClient jdbc;
    private volatile byte[] key;

    TrackingTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String token(long trackingId, long personId) {
        return trackingId + "-" + personId + "-" + sign(trackingId, personId);
    }

    /** The reader a token names, when its signature is right. */
    Optional<Reader> reader(String token) {
        Matcher m = TOKEN.matcher(token == null ? "" : token);
        if (!m.matches()) {
            return Optional.empty();
        }
        long tracking = Long.parseLong(m.group(1));
        long person = Long.parseLong(m.group(2));
        boolean right = MessageDigest.isEqual(sign(tracking, person).getBytes(StandardCharsets.US_ASCII),
                m.group(3).getBytes(StandardCharsets.US_ASCII));
        return right ? Optional.of(new Reader(tracking, person)) : Optional.empty();
    }

    private String sign(long trackingId, long personId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            byte[] full = mac.doFinal(("reader:" + trackingId + ":" + personId).getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(full).substring(0, 22);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] key() {
        byte[] k = key;
        if (k == null) {
            k = stored().orElseGet(() -> {
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                try {
                    jdbc.sql("insert into publications_secret (name, secret) values ('tracking', ?)")
                        .param(Base64.getEncoder().encodeToString(fresh)).update();
                    return fresh;
                } catch (DuplicateKeyException another) {
                    return stored().orElseThrow();
                }
            });
            key = k;
        }
        return k;
    }

    private Optional<byte[]> stored() {
        return jdbc.sql("select secret from publications_secret where name = 'tracking'").query(String.class).optional()
            .map(Base64.getDecoder()::decode);
    }
}
