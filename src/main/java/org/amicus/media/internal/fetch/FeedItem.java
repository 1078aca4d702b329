package org.amicus.media.internal.fetch;

import java.time.Instant;

/** One item of a feed or sitemap: plain-text title and text, an absolute link, the byline, the date if given (UTC). */
public record FeedItem(String title, String link, String text, String byline, Instant published) {
}
