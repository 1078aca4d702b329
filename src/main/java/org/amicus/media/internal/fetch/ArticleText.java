package org.amicus.media.internal.fetch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article's own text from its page: the {@code <article>} or main element if there is one,
 * else the block with the most paragraph text, navigation, asides, scripts and forms left out. The
 * page's charset is read from its header, byte-order mark or meta tag (jsoup).
 */
public final class ArticleText {

    private ArticleText() {
    }

    /** The page's title, main text, byline, and the language its {@code <html lang>} declares (null for none). */
    public record Article(String title, String text, String byline, String language) {
    }

    public static Article extract(Fetched page) {
        String charset = charset(page.contentType());
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(page.body()), charset, page.uri().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String byline = doc.select("meta[name=author]").attr("content");
        if (byline.isBlank()) {
            byline = doc.select("[rel=author], .byline, .author").text();
        }
        doc.select("script, style, nav, header, footer, aside, form, noscript, iframe, figure figcaption").remove();
        Element main = doc.selectFirst("article");
        if (main == null) {
            main = doc.selectFirst("main, [role=main]");
        }
        if (main == null) {
            main = densest(doc);
        }
        StringBuilder text = new StringBuilder();
        for (Element p : main.select("p")) {
            if (!p.text().isBlank()) {
                text.append(p.text()).append('\n');
            }
        }
        String title = doc.select("meta[property=og:title]").attr("content");
        Element html = doc.selectFirst("html");
        return new Article(title.isBlank() ? doc.title() : title, text.isEmpty() ? main.text() : text.toString().trim(), byline.trim(),
                FeedItem.declared(html == null ? null : html.attr("lang")));
    }

    /** The element whose direct paragraphs hold the most text. */
    private static Element densest(Document doc) {
        Element best = doc.body();
        int bestLength = 0;
        for (Element p : doc.select("p")) {
            Element parent = p.parent();
            if (parent == null) {
                continue;
            }
            int length = parent.children().stream().filter(c -> c.tagName().equals("p")).mapToInt(c -> c.text().length()).sum();
            if (length > bestLength) {
                bestLength = length;
                best = parent;
            }
        }
        return best;
    }

    private static String charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.trim();
            if (p.toLowerCase(java.util.Locale.ROOT).startsWith("charset=")) {
                return p.substring(8).replace("\"", "").trim();
            }
        }
        return null;
    }
}
