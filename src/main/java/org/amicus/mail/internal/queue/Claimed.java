package org.amicus.mail.internal.queue;

import java.util.Map;

import org.amicus.platform.Language;

/** A recipient a worker of this node holds under lease and is about to send to. */
public record Claimed(long id, long sendId, String address, String name, String domain, Language language,
        Map<String, String> fields, int attempts) {
}
