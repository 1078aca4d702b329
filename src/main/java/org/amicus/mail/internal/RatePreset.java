package org.amicus.mail.internal;

/**
 * Sending rates of common relays, so that a person can pick one instead of guessing
 * (amicus.mail.rate.preset). Each names where the number comes from; a relay's own limit for an
 * account can differ, and the configured per-second rate is used when no preset is chosen.
 */
public enum RatePreset {
    OWN_RELAY(0, "No limit: a relay the coalition runs itself (Postfix) takes what it can"),
    AMAZON_SES_SANDBOX(1, "In the sandbox, no more than one message per second: the Amazon SES FAQ as quoted at "
            + "https://brainscape.com/flashcards/amazon-simple-email-service-ses-limits-a-6688815/packs/10626532"),
    AMAZON_SES_PRODUCTION_START(14, "Initial production maximum send rate 14 per second, as reported by "
            + "https://rate-limits.apis.io/rate-limits/amazon-ses/amazon-ses-rate-limits/ (see docs.aws.amazon.com/ses/latest/dg/manage-sending-quotas.html for your account's own rate)");

    private final double perSecond;
    private final String source;

    RatePreset(double perSecond, String source) {
        this.perSecond = perSecond;
        this.source = source;
    }

    public double perSecond() {
        return perSecond;
    }

    public String source() {
        return source;
    }
}
