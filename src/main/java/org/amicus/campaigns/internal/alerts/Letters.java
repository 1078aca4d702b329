package org.amicus.campaigns.internal.alerts;

import java.util.Locale;
import java.util.Optional;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.amicus.campaigns.internal.strategy.Checks;

/**
 * What a supporter types that ends up in a mail header: an address, a name, a subject. A line break
 * there would let them add headers of their own (header injection), so it is refused, as the mail
 * engine would refuse it, but before anything is saved.
 */
final class Letters {

    private Letters() {
    }

    static boolean hasLineBreak(String text) {
        return text != null && text.chars().anyMatch(c -> c == '\r' || c == '\n' || c == 0);
    }

    /** The address with its domain in lower case, or empty unless it is one bare, valid mailbox. */
    static Optional<String> address(String raw) {
        if (raw == null || raw.isBlank() || raw.strip().length() > 320 || raw.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return Optional.empty();
        }
        String trimmed = raw.strip();
        try {
            InternetAddress parsed = new InternetAddress(trimmed, true);
            parsed.validate();
            int at = trimmed.lastIndexOf('@');
            if (!trimmed.equals(parsed.getAddress()) || parsed.getPersonal() != null || at < 1 || trimmed.indexOf('.', at) < 0) {
                return Optional.empty();
            }
            return Optional.of(trimmed.substring(0, at) + "@" + trimmed.substring(at + 1).toLowerCase(Locale.ROOT));
        } catch (AddressException e) {
            return Optional.empty();
        }
    }

    /** A header field typed by a supporter: required, short, on one line. */
    static String headerField(Checks checks, String field, String value, int max) {
        String v = checks.required(field, value, max);
        if (v != null && hasLineBreak(value.strip())) {
            checks.fail(field, "alerts.lineBreak");
        }
        return v;
    }

    static String email(Checks checks, String value) {
        if (hasLineBreak(value)) {
            checks.fail("email", "alerts.lineBreak");
            return null;
        }
        Optional<String> a = address(value);
        if (a.isEmpty()) {
            checks.fail("email", "alerts.badEmail", value == null ? "" : value);
        }
        return a.orElse(null);
    }
}
