package org.amicus.media.internal.story;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.amicus.media.internal.fetch.ArticleText;
import org.amicus.media.internal.fetch.FeedItem;
import org.amicus.media.internal.fetch.FeedReader;
import org.amicus.media.internal.fetch.FetchFailure;
import org.amicus.media.internal.fetch.Fetched;
import org.amicus.media.internal.fetch.MailedAlert;
import org.amicus.media.internal.fetch.PoliteFetcher;
import org.amicus.mail.InboundMessage;
import org.amicus.platform.RejectedInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Polls the sources that are due, a few at a time on a small pool, each source at most once at a
 * time: fetch (conditional), read the feed, fetch the article page of items that carry only a
 * summary, and hand the items to {@link Ingestion}. A failure is written on the source's health and
 * backs it off; it never stops the others. Also takes items entered by hand.
 */
@Component
public class Collector implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Collector.class);
    /** Items with less text than this get their article page fetched. */
    private static final int SHORT = 400;
    /** Article pages fetched per poll, at most: the rest keep their summary. */
    private static final int PAGES_PER_POLL = 30;

    private final Sources sources;
    private final Ingestion ingestion;
    private final PoliteFetcher fetcher;
    private final boolean polling;
    private final ExecutorService pool;
    private final Set<Long> running = ConcurrentHashMap.newKeySet();

    Collector(Sources sources, Ingestion ingestion, PoliteFetcher fetcher,
            @Value("${amicus.media.polling.enabled:true}") boolean polling, @Value("${amicus.media.polling.threads:4}") int threads) {
        this.sources = sources;
        this.ingestion = ingestion;
        this.fetcher = fetcher;
        this.polling = polling;
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "media-poll");
            t.setDaemon(true);
            return t;
        });
    }

    @Scheduled(fixedDelayString = "${amicus.media.polling.every:PT30S}", initialDelayString = "PT30S")
    void pollDue() {
        if (!polling) {
            return;
        }
        for (Source s : sources.due(Instant.now(), 50)) {
            if (running.add(s.id())) {
                pool.submit(() -> {
                    try {
                        poll(s);
                    } finally {
                        running.remove(s.id());
                    }
                });
            }
        }
    }

    /** Polls one source now and records the outcome on its health. */
    public Ingestion.Outcome poll(Source s) {
        try {
            Fetched answer = fetcher.get(URI.create(s.url()), s.etag(), s.lastModified());
            Ingestion.Outcome outcome = answer.notModified() ? new Ingestion.Outcome(0, 0, 0)
                    : ingestion.ingest(s, withArticles(FeedReader.read(answer)));
            sources.succeeded(s, answer.etag(), answer.lastModified(), Instant.now());
            return outcome;
        } catch (FetchFailure e) {
            log.info("Media source {} ({}) failed: {}", s.id(), s.url(), e.getMessage());
            sources.failed(s, e.code(), e.getMessage(), Instant.now());
        } catch (RuntimeException e) {
            log.warn("Media source {} ({}) failed unexpectedly", s.id(), s.url(), e);
            sources.failed(s, "media.error.unexpected", e.toString(), Instant.now());
        }
        return new Ingestion.Outcome(0, 0, 0);
    }

    public Ingestion.Outcome poll(long sourceId) {
        return poll(sources.source(sourceId));
    }

    private List<FeedItem> withArticles(List<FeedItem> items) {
        List<FeedItem> full = new ArrayList<>(items.size());
        int pages = 0;
        for (FeedItem item : items) {
            if (item.text().length() < SHORT && item.link() != null && pages < PAGES_PER_POLL) {
                pages++;
                full.add(withArticle(item));
            } else {
                full.add(item);
            }
        }
        return full;
    }

    private FeedItem withArticle(FeedItem item) {
        try {
            Fetched page = fetcher.get(URI.create(item.link()), null, null);
            ArticleText.Article a = ArticleText.extract(page);
            String text = a.text().length() > item.text().length() ? a.text() : item.text();
            return new FeedItem(item.title().isBlank() ? a.title() : item.title(), item.link(), text,
                    item.byline().isBlank() ? a.byline() : item.byline(), item.published(),
                    item.language() != null ? item.language() : a.language());
        } catch (FetchFailure | IllegalArgumentException e) {
            return item;
        }
    }

    /** An item a staff member entered: a URL (its page is fetched for the text) and/or pasted text. */
    public Ingestion.Outcome enterByHand(String url, String title, String text) {
        boolean hasUrl = url != null && !url.isBlank();
        boolean hasText = text != null && !text.isBlank();
        if (!hasUrl && !hasText) {
            throw new RejectedInput("text", "media.enter.nothing");
        }
        FeedItem item = new FeedItem(title == null ? "" : FeedReader.plain(title), hasUrl ? url.trim() : null,
                hasText ? FeedReader.plain(text) : "", "", null);
        if (hasUrl && org.amicus.media.internal.fetch.UrlNormaliser.normalise(url) == null) {
            throw new RejectedInput("url", "media.source.badUrl");
        }
        if (hasUrl && !hasText) {
            try {
                ArticleText.Article a = ArticleText.extract(fetcher.get(URI.create(url.trim()), null, null));
                item = new FeedItem(item.title().isBlank() ? a.title() : item.title(), item.link(), a.text(), a.byline(), null,
                        a.language());
            } catch (FetchFailure e) {
                throw new RejectedInput("url", e.code());
            }
        }
        if (item.title().isBlank() && item.text().isBlank()) {
            throw new RejectedInput("text", "media.enter.nothing");
        }
        return ingestion.ingest(sources.byHand(), List.of(item));
    }

    /**
     * News alerts forwarded by e-mail: a message to the address of an e-mail source is read on the
     * polling pool (not in the mail engine's transaction: a bad alert never refuses the mail), its
     * articles ingested and the outcome written on the source's health.
     */
    @EventListener
    void on(InboundMessage message) {
        for (String recipient : message.recipients()) {
            sources.byAddress(recipient).ifPresent(s -> pool.submit(() -> receive(s, message.raw())));
        }
    }

    /** Reads one alert message for this source and ingests its articles (their pages fetched when the snippet is short). */
    public Ingestion.Outcome receive(Source s, byte[] raw) {
        try {
            Ingestion.Outcome outcome = ingestion.ingest(s, withArticles(MailedAlert.read(raw)));
            sources.succeeded(s, null, null, Instant.now());
            return outcome;
        } catch (FetchFailure e) {
            log.info("Alert mail for media source {} could not be read: {}", s.id(), e.getMessage());
            sources.failed(s, e.code(), e.getMessage(), Instant.now());
        } catch (RuntimeException e) {
            log.warn("Alert mail for media source {} failed unexpectedly", s.id(), e);
            sources.failed(s, "media.error.unexpected", e.toString(), Instant.now());
        }
        return new Ingestion.Outcome(0, 0, 0);
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
