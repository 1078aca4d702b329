package org.amicus.lists.internal;

import java.util.Locale;
import java.util.Optional;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/** One bare mailbox address, in lower case so that lists match it however it was typed. */
public final class MailAddress {

    private MailAddress() {
    }

    public static Optional<String> of(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 320 || raw.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return Optional.empty();
        }
        try {
            InternetAddress parsed = new InternetAddress(raw.trim(), true);
            parsed.validate();
            String address = parsed.getAddress();
            return parsed.getPersonal() == null && address.equals(raw.trim()) && address.indexOf('@') > 0
                    ? Optional.of(address.toLowerCase(Locale.ROOT)) : Optional.empty();
        } catch (AddressException e) {
            return Optional.empty();
        }
    }

    /** True for text that would break out of a mail header (header injection). */
    public static boolean breaksHeader(String text) {
        return text != null && text.chars().anyMatch(c -> c == '\r' || c == '\n' || c == 0);
    }
}
