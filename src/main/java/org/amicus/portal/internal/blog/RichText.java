package org.amicus.portal.internal.blog;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * What HTML a blog post or a CMS page may carry: formatting, headings, paragraphs, lists, quotes,
 * tables and links to web or mail addresses or to this site. Scripts, styles, event handlers,
 * frames, SVG and data: or javascript: addresses are removed on the way in. Comments keep no HTML.
 */
public final class RichText {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.TABLES)
        .and(new HtmlPolicyBuilder().allowElements("a").allowAttributes("href").onElements("a")
            .allowUrlProtocols("https", "http", "mailto").allowStandardUrlProtocols().requireRelsOnLinks("noopener")
            .toFactory());

    private static final PolicyFactory NO_HTML = new HtmlPolicyBuilder().toFactory();

    private RichText() {
    }

    public static String sanitise(String html) {
        return html == null ? "" : POLICY.sanitize(html).trim();
    }

    /** The words only, every tag removed (the sanitiser escapes what is left, so the result is safe as text or HTML). */
    public static String plain(String text) {
        return text == null ? "" : org.jsoup.parser.Parser.unescapeEntities(NO_HTML.sanitize(text), false).trim();
    }

    /** The words of the HTML, for search and feed summaries. */
    public static String words(String html) {
        return html == null ? "" : org.jsoup.Jsoup.parse(html).text();
    }
}
