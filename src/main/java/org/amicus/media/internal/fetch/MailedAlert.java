package org.amicus.media.internal.fetch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * Reads a news alert forwarded by e-mail (Google Alerts, Talkwalker, an outlet's newsletter): each
 * article link with its headline (the link's text) and its snippet (the rest of the block the link
 * sits in). Redirecting links (google.com/url?url=...) are unwrapped; links to the alert service
 * itself (settings, unsubscribe, "see more results") and links with fewer than three words of
 * text are left out. A plain-text mail gives each URL with the line before it as the headline.
 */
public final class MailedAlert {

    private static final int MAX_ITEMS = 100;
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");
    private static final Pattern SERVICE = Pattern.compile("(^|\\.)(google\\.[a-z.]+|talkwalker\\.com|feedburner\\.com)$");

    private MailedAlert() {
    }

    /** The articles of an alert message (RFC 5322 bytes); the message's date dates them. */
    public static List<FeedItem> read(byte[] raw) throws FetchFailure {
        try {
            MimeMessage m = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
            Instant sent = m.getSentDate() == null ? null : m.getSentDate().toInstant();
            String html = part(m, "text/html");
            if (html != null) {
                return fromHtml(html, sent);
            }
            String text = part(m, "text/plain");
            if (text != null) {
                return fromText(text, sent);
            }
        } catch (MessagingException | IOException | RuntimeException e) {
            throw new FetchFailure("media.error.notMail", e.getMessage());
        }
        throw new FetchFailure("media.error.notMail", "no text part");
    }

    private static String part(Part p, String type) throws MessagingException, IOException {
        if (p.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(p.getDisposition())) {
            return p.getContent().toString();
        }
        if (p.isMimeType("multipart/*")) {
            Multipart multi = (Multipart) p.getContent();
            for (int i = 0; i < multi.getCount(); i++) {
                BodyPart child = multi.getBodyPart(i);
                String found = part(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    static List<FeedItem> fromHtml(String html, Instant sent) {
        Document doc = Jsoup.parse(html);
        Map<String, FeedItem> items = new LinkedHashMap<>();
        for (Element a : doc.select("a[href]")) {
            String link = article(a.attr("href"));
            String title = a.text().strip();
            if (link == null || title.split("\\s+").length < 3 || items.containsKey(link)) {
                continue;
            }
            items.put(link, new FeedItem(title, link, snippet(a, title), "", sent));
            if (items.size() == MAX_ITEMS) {
                break;
            }
        }
        return new ArrayList<>(items.values());
    }

    /** The text of the smallest block around the link that says more than the link, the headline and the outlet's line removed. */
    private static String snippet(Element a, String title) {
        for (Element block = a.parent(); block != null && !block.tagName().equals("body"); block = block.parent()) {
            if (block.select("a[href]").size() > 3) {
                break;
            }
            String text = block.text().strip();
            if (text.length() > title.length() + 20) {
                return text.replace(title, "").strip();
            }
        }
        return "";
    }

    static List<FeedItem> fromText(String text, Instant sent) {
        List<FeedItem> items = new ArrayList<>();
        String[] lines = text.split("\\r?\\n");
        for (int i = 0; i < lines.length && items.size() < MAX_ITEMS; i++) {
            Matcher m = URL.matcher(lines[i]);
            while (m.find()) {
                String link = article(m.group());
                String before = lines[i].substring(0, m.start()).replaceAll("[<(:\\-\\s]+$", "").strip();
                String title = !before.isEmpty() ? before : i > 0 ? lines[i - 1].strip() : "";
                if (link != null && title.split("\\s+").length >= 3) {
                    String next = i + 1 < lines.length && !URL.matcher(lines[i + 1]).find() ? lines[i + 1].strip() : "";
                    items.add(new FeedItem(title, link, next, "", sent));
                }
            }
        }
        return items;
    }

    /** The article a link leads to: redirects unwrapped; null for the alert service's own pages and anything not on the web. */
    static String article(String href) {
        try {
            URI uri = URI.create(href.strip());
            String query = uri.getRawQuery();
            if (query != null) {
                for (String pair : query.split("&")) {
                    int eq = pair.indexOf('=');
                    String name = eq < 0 ? pair : pair.substring(0, eq);
                    if ((name.equals("url") || name.equals("q") || name.equals("u")) && eq > 0) {
                        String target = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                        if (target.startsWith("http://") || target.startsWith("https://")) {
                            return article(target);
                        }
                    }
                }
            }
            String host = uri.getHost();
            if (host == null || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    || SERVICE.matcher(host.toLowerCase(Locale.ROOT)).find()) {
                return null;
            }
            return uri.toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
