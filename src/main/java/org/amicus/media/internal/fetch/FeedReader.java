package org.amicus.media.internal.fetch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.jsoup.Jsoup;
import org.jsoup.internal.StringUtil;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

/**
 * Reads RSS 0.9x, 1.0 and 2.0 and Atom (Rome) and news sitemaps into items. XML never resolves a
 * document type: a DOCTYPE is refused, which stops external entities and entity-expansion bombs
 * before they are read. A feed whose bytes break its declared encoding is read as Windows-1252.
 */
public final class FeedReader {

    /** Bounds what one answer can add, whatever it holds (a feed repeating one item a thousand times). */
    public static final int MAX_ITEMS = 500;

    private FeedReader() {
    }

    public static List<FeedItem> read(Fetched answer) throws FetchFailure {
        String xml = decode(answer.body(), answer.contentType());
        String head = xml.substring(0, Math.min(xml.length(), 2000));
        String lower = head.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("<html")) {
            throw new FetchFailure("media.error.notAFeed", "a web page, not a feed, at " + answer.uri());
        }
        if (lower.contains("<!doctype")) {
            throw new FetchFailure("media.error.doctype", "document type declaration in " + answer.uri());
        }
        if (head.contains("<urlset") || head.contains(":urlset")) {
            return sitemap(xml, answer.uri());
        }
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            input.setXmlHealerOn(needsHealing(xml));
            SyndFeed feed = input.build(new StringReader(xml));
            URI base = feed.getLink() == null ? answer.uri() : answer.uri().resolve(feed.getLink().trim());
            String language = FeedItem.declared(feed.getLanguage() != null ? feed.getLanguage() : atomLanguage(head));
            return feed.getEntries().stream().limit(MAX_ITEMS).map(e -> item(e, base, language)).filter(i -> i != null).toList();
        } catch (FeedException | IllegalArgumentException e) {
            throw new FetchFailure("media.error.notAFeed", answer.uri() + ": " + e.getMessage());
        }
    }

    /** The xml:lang of an Atom feed's root element (Rome reads RSS's language and RDF's dc:language, not this). */
    private static final Pattern ATOM_LANGUAGE = Pattern.compile("<(?:\\w+:)?feed\\b[^>]*\\sxml:lang\\s*=\\s*[\"']([^\"']*)[\"']");

    private static String atomLanguage(String head) {
        Matcher m = ATOM_LANGUAGE.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    /** An entity or character reference XML knows. */
    private static final Pattern XML_REFERENCE = Pattern.compile("&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);");

    /**
     * Whether Rome's XML healer would change the text: it drops what comes before the first element
     * (blanks, comments), makes HTML's entities numeric and a bare ampersand {@code &amp;}. It reads
     * one character at a time (a third of a feed's parse), so a feed it would leave as it is skips
     * it: every ampersand starts a reference XML knows, and none is in a CDATA section (where the
     * healer would rewrite even those).
     */
    static boolean needsHealing(String xml) {
        if (!xml.startsWith("<") || xml.startsWith("<!")) {
            return true;
        }
        Matcher reference = XML_REFERENCE.matcher(xml);
        for (int amp = xml.indexOf('&'); amp >= 0; amp = xml.indexOf('&', amp + 1)) {
            if (!reference.region(amp, xml.length()).lookingAt()) {
                return true;
            }
        }
        for (int open = xml.indexOf("<![CDATA["); open >= 0; open = xml.indexOf("<![CDATA[", open + 1)) {
            int close = xml.indexOf("]]>", open);
            int amp = xml.indexOf('&', open);
            if (amp >= 0 && (close < 0 || amp < close)) {
                return true;
            }
        }
        return false;
    }

    private static FeedItem item(SyndEntry e, URI base, String language) {
        String title = plain(e.getTitle());
        String link = UrlNormaliser.resolve(base, e.getLink() != null ? e.getLink() : e.getUri());
        String text = e.getContents().stream().map(SyndContent::getValue).filter(v -> v != null).collect(Collectors.joining("\n"));
        if (text.isBlank() && e.getDescription() != null) {
            text = e.getDescription().getValue();
        }
        String byline = e.getAuthor() != null && !e.getAuthor().isBlank() ? e.getAuthor()
                : e.getAuthors().stream().map(SyndPerson::getName).filter(n -> n != null).collect(Collectors.joining(", "));
        var date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
        if (title.isBlank() && (text == null || text.isBlank())) {
            return null;
        }
        return new FeedItem(title, link, plain(text), plain(byline), date == null ? null : date.toInstant(), language);
    }

    /**
     * Text without markup: titles and summaries often carry HTML, escaped or not. Text with no tag,
     * entity or NUL is only whitespace-normalised, exactly as jsoup's text() would: a jsoup
     * document per field was an eighth of a feed's reading time.
     */
    public static String plain(String html) {
        if (html == null) {
            return "";
        }
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0 && html.indexOf('\0') < 0) {
            return normalised(html) ? html : StringUtil.normaliseWhitespace(html).trim();
        }
        String once = Jsoup.parse(html).text();
        return once.contains("<") && once.contains(">") ? Jsoup.parse(once).text() : once;
    }

    /**
     * Whether jsoup's whitespace normalisation and a trim would leave the text as it is (most feed
     * texts): single spaces between words, none at the ends, no other control or whitespace
     * character, no no-break space, soft hyphen or zero-width space (which jsoup turns or drops).
     */
    static boolean normalised(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean changed = c <= ' ' ? c != ' ' || i == 0 || i == s.length() - 1 || s.charAt(i - 1) == ' '
                    : c == '\u00a0' || c == '\u00ad' || c == '\u200b';
            if (changed) {
                return false;
            }
        }
        return true;
    }

    private static List<FeedItem> sitemap(String xml, URI base) throws FetchFailure {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            var doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
            NodeList urls = doc.getElementsByTagNameNS("*", "url");
            List<FeedItem> items = new ArrayList<>();
            for (int i = 0; i < urls.getLength() && items.size() < MAX_ITEMS; i++) {
                Element url = (Element) urls.item(i);
                String link = UrlNormaliser.resolve(base, child(url, "loc"));
                String title = plain(child(url, "title"));
                if (link != null && !title.isBlank()) {
                    items.add(new FeedItem(title, link, "", "", date(child(url, "publication_date")),
                            FeedItem.declared(child(url, "language"))));
                }
            }
            return items;
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new FetchFailure("media.error.notAFeed", base + ": " + e.getMessage());
        }
    }

    private static String child(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS("*", name);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().trim();
    }

    /** W3C dates as sitemaps write them: a day, or a time with its offset; read as UTC. */
    static Instant date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The encoding the HTTP header, byte-order mark or XML prolog declares; Windows-1252 if the bytes break it. */
    static String decode(byte[] body, String contentType) throws FetchFailure {
        String declared;
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(body), contentType, true)) {
            declared = reader.getEncoding();
        } catch (IOException e) {
            throw new FetchFailure("media.error.notAFeed", e.getMessage());
        }
        Charset charset;
        try {
            charset = Charset.forName(declared);
        } catch (IllegalArgumentException e) {
            charset = Charset.forName("windows-1252");
        }
        try {
            String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return new String(body, Charset.forName("windows-1252"));
        }
    }
}
