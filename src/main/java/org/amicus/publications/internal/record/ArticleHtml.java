package org.amicus.publications.internal.record;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * What HTML an article may carry: text formatting, paragraphs and lists, tables, and links to web or
 * mail addresses. Everything else (scripts, styles, event handlers, frames) is removed on the way in.
 */
public final class ArticleHtml {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.TABLES)
        .and(new HtmlPolicyBuilder().allowElements("a").allowAttributes("href").onElements("a")
            .allowUrlProtocols("https", "http", "mailto").requireRelsOnLinks("noopener").toFactory());

    private ArticleHtml() {
    }

    public static String sanitise(String html) {
        return html == null ? "" : POLICY.sanitize(html).trim();
    }

    /** The words of the HTML, one paragraph a line, for differences and plain-text mail. */
    public static String text(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(html);
        doc.outputSettings().prettyPrint(false);
        doc.select("p, li, h1, h2, h3, h4, tr, br, blockquote").forEach(e -> e.prepend("\n"));
        return org.jsoup.parser.Parser.unescapeEntities(doc.body().wholeText(), false).replaceAll("[ \\t]+", " ")
            .replaceAll(" ?\\n ?", "\n").replaceAll("\\n{2,}", "\n").strip();
    }
}
