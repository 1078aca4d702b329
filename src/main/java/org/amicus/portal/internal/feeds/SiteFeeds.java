package org.amicus.portal.internal.feeds;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.amicus.platform.Language;
import org.amicus.platform.NotFound;
import org.amicus.platform.RecordVersion;
import org.amicus.platform.VersionedView;
import org.amicus.portal.internal.blog.BlogPosts;
import org.amicus.portal.internal.blog.RichText;
import org.amicus.publications.PublishedTexts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;

/**
 * RSS 2.0 and Atom feeds per language of the coalition's news (press releases and media advisories),
 * its statements and the In Situ blog, at /feeds/{lang}/{news|statements|blog}.{rss|atom}. Each
 * holds the newest 30 items written in that language.
 */
@RestController
class SiteFeeds {

    private static final int ITEMS = 30;
    private static final Set<String> NEWS = Set.of("PRESS_RELEASE", "MEDIA_ADVISORY");

    /** One item of a feed, whatever it came from. */
    record Item(String title, String path, String summary, java.time.Instant date) {
    }

    private final BlogPosts posts;
    private final PublishedTexts publications;
    private final String baseUrl;
    private final VersionedView<List<PublishedTexts.Text>> press;

    SiteFeeds(BlogPosts posts, PublishedTexts publications, RecordVersion version,
            @Value("${amicus.mail.base-url:http://localhost:8080}") String baseUrl) {
        this.posts = posts;
        this.publications = publications;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.press = new VersionedView<>(version, v -> publications.pressItems());
    }

    @GetMapping("/feeds/{lang}/{stream}.{format}")
    ResponseEntity<String> feed(@PathVariable String lang, @PathVariable String stream, @PathVariable String format) {
        Language language = Language.fromCode(lang).filter(l -> l.code().equals(lang))
            .orElseThrow(() -> new NotFound("insitu.feed.notFound", lang));
        if (!format.equals("rss") && !format.equals("atom")) {
            throw new NotFound("insitu.feed.notFound", format);
        }
        List<Item> items = switch (stream) {
            case "blog" -> posts.published(language, false, ITEMS).stream()
                .map(p -> new Item(p.title(), "/blog/" + p.id(), p.summary() != null ? p.summary() : summary(p.bodyHtml()), p.publishedAt()))
                .toList();
            case "news" -> pressItems(language, NEWS);
            case "statements" -> pressItems(language, Set.of("STATEMENT"));
            default -> throw new NotFound("insitu.feed.notFound", stream);
        };
        String xml = write(language, stream, format, items);
        MediaType type = MediaType.parseMediaType((format.equals("rss") ? "application/rss+xml" : "application/atom+xml") + ";charset=UTF-8");
        return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.noCache().cachePublic()).body(xml);
    }

    private List<Item> pressItems(Language language, Set<String> kinds) {
        return press.get().stream().filter(t -> t.language() == language && kinds.contains(t.kind())).limit(ITEMS)
            .map(t -> new Item(t.title(), t.path(), summary(t.bodyHtml()), t.publishedAt())).toList();
    }

    private String write(Language language, String stream, String format, List<Item> items) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(format.equals("rss") ? "rss_2.0" : "atom_1.0");
        feed.setTitle("Amicus · " + stream + " (" + language.nativeName() + ")");
        feed.setLink(baseUrl + (stream.equals("blog") ? "/blog" : "/press") + "?lang=" + language.code());
        feed.setUri(baseUrl + "/feeds/" + language.code() + "/" + stream + "." + format);
        feed.setDescription(stream + " · " + language.nativeName());
        feed.setLanguage(language.code());
        feed.setPublishedDate(items.isEmpty() || items.get(0).date() == null ? new Date(0) : Date.from(items.get(0).date()));
        List<SyndEntry> entries = new ArrayList<>();
        for (Item item : items) {
            SyndEntry entry = new SyndEntryImpl();
            entry.setTitle(item.title());
            entry.setLink(baseUrl + item.path() + "?lang=" + language.code());
            entry.setUri(baseUrl + item.path() + "?lang=" + language.code());
            if (item.date() != null) {
                entry.setPublishedDate(Date.from(item.date()));
                entry.setUpdatedDate(Date.from(item.date()));
            }
            var description = new SyndContentImpl();
            description.setType("text/plain");
            description.setValue(item.summary());
            entry.setDescription(description);
            entries.add(entry);
        }
        feed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("feed " + stream + " could not be written", e);
        }
    }

    private static String summary(String html) {
        String words = RichText.words(html);
        return words.length() <= 400 ? words : words.substring(0, 400) + "…";
    }
}
