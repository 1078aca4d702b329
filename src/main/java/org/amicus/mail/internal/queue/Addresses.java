package org.amicus.mail.internal.queue;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.amicus.mail.internal.Chars;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/** One bare mailbox address, checked strictly: no display name, no group, no line break, a domain. */
public final class Addresses {

    private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
    private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
    private static final Pattern PLAIN = Pattern.compile(ATOM + "(?:\\." + ATOM + ")*@" + LABEL + "(?:\\." + LABEL + ")+");

    private Addresses() {
    }

    /** The address normalised (domain in lower case), or empty when it is not one valid mailbox. */
    public static Optional<String> normalise(String raw) {
        if (raw == null || raw.length() > 320 || Chars.any(raw, c -> c < 0x20 || c == 0x7f)) {
            return Optional.empty();
        }
        String trimmed = raw.trim();
        if (PLAIN.matcher(trimmed).matches() && trimmed.indexOf('@') <= 64) {
            // The common case, a dot-atom at a dot-atom domain: what the full parser would accept as it is.
            return Optional.of(lowerDomain(trimmed, trimmed.indexOf('@')));
        }
        try {
            InternetAddress parsed = new InternetAddress(trimmed, true);
            parsed.validate();
            String address = parsed.getAddress();
            int at = address.lastIndexOf('@');
            if (!address.equals(trimmed) || at < 1 || at == address.length() - 1 || parsed.getPersonal() != null) {
                return Optional.empty();
            }
            return Optional.of(lowerDomain(address, at));
        } catch (AddressException e) {
            return Optional.empty();
        }
    }

    private static String lowerDomain(String address, int at) {
        return address.substring(0, at) + "@" + address.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    public static String domain(String address) {
        return address.substring(address.lastIndexOf('@') + 1);
    }

    /** True for text that would break out of a header: a line break or another control character. */
    public static boolean breaksHeader(String text) {
        return text != null && Chars.any(text, c -> c == '\r' || c == '\n' || c == 0);
    }
}
