package org.amicus.campaigns.internal.alerts;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.amicus.platform.RateLimits;
import org.amicus.platform.RateLimits.Limit;
import org.amicus.platform.RejectedInput;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What keeps bots and floods off the public alert forms: a signed time stamp in each form (a form
 * sent back sooner than a person can read it, or a day later, is refused), and limits on the
 * submissions from one address and from one network (IPv4 /24, IPv6 /48) per hour, counted by the
 * platform's {@link RateLimits} in the database so that every node shares them; the honeypot field is
 * checked by the desk that takes the submission.
 */
@Component
public class AbuseGuard {

    private final RateLimits limits;
    private final Limit perAddress;
    private final Limit perNetwork;
    private final Duration minimum;
    private final Duration maximum = Duration.ofDays(1);
    private final byte[] secret;
    private final Clock clock;

    AbuseGuard(RateLimits limits, @Value("${amicus.campaigns.alerts.per-address-per-hour:10}") int perAddress,
            @Value("${amicus.campaigns.alerts.per-network-per-hour:100}") int perNetwork,
            @Value("${amicus.campaigns.alerts.min-seconds:3}") int minSeconds,
            @Value("${amicus.campaigns.alerts.form-secret:}") String secret) {
        this.limits = limits;
        this.perAddress = new Limit("alerts-address", perAddress, Duration.ofHours(1));
        this.perNetwork = new Limit("alerts-network", perNetwork, Duration.ofHours(1));
        this.minimum = Duration.ofSeconds(minSeconds);
        this.secret = secret.isBlank() ? SecureRandom.getSeed(32) : secret.getBytes(StandardCharsets.UTF_8);
        this.clock = Clock.systemUTC();
    }

    /** The stamp a form carries: when it was made, signed for this alert. */
    public String stamp(String slug) {
        return stampAt(slug, clock.millis());
    }

    String stampAt(String slug, long epochMillis) {
        String millis = Long.toString(epochMillis);
        return millis + "." + sign(slug + ":" + millis);
    }

    /** Refuses a form sent back too soon (a bot) or too late, or whose stamp was not made here. */
    public void checkStamp(String slug, String stamp) {
        int dot = stamp == null ? -1 : stamp.indexOf('.');
        if (dot < 1 || !MessageDigest.isEqual(sign(slug + ":" + stamp.substring(0, dot)).getBytes(StandardCharsets.US_ASCII),
                stamp.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
            throw new RejectedInput("stamp", "alerts.formStale");
        }
        long age = clock.millis() - Long.parseLong(stamp.substring(0, dot));
        if (age < minimum.toMillis()) {
            throw new RejectedInput("stamp", "alerts.tooFast");
        }
        if (age > maximum.toMillis()) {
            throw new RejectedInput("stamp", "alerts.formStale");
        }
    }

    /** Counts a submission from this address; false once the address or its network has had its share this hour. */
    public boolean admit(String address) {
        boolean fromAddress = limits.admit(perAddress, address);
        return limits.admit(perNetwork, network(address)) && fromAddress;
    }

    /** The /24 of an IPv4 address, the /48 of an IPv6 address. */
    static String network(String address) {
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            int keep = bytes.length == 4 ? 3 : 6;
            StringBuilder net = new StringBuilder();
            for (int i = 0; i < keep; i++) {
                net.append(bytes[i] & 0xff).append('.');
            }
            return net.append('/').append(keep * 8).toString();
        } catch (UnknownHostException e) {
            return address;
        }
    }

    private String sign(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
