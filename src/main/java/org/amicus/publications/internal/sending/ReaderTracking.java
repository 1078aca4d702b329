package org.amicus.publications.internal.sending;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.amicus.mail.Outgoing;
import org.amicus.members.Members;
import org.amicus.members.Purpose;
import org.amicus.platform.Language;
import org.amicus.platform.Timestamps;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

/**
 * Optional open and click counting of edition e-mails. A tracked copy sends each web link through
 * {@code /publications/t/TOKEN/N} and carries a one-pixel image; the token is the reader's
 * ({@code {{track}}} merge field, signed by {@link TrackingTokens}). Readers who declined tracking
 * ({@link Purpose#READERSHIP_TRACKING} withdrawn) are never given a tracked copy, and a hit from a
 * reader who declined after the send is not counted.
 */
@Service
public class ReaderTracking {

    private static final Pattern WEB_LINK = Pattern.compile("href=\"(https?://[^\"]+)\"");

    private final JdbcClient jdbc;
    private final TrackingTokens tokens;
    private final Members members;

    ReaderTracking(JdbcClient jdbc, TrackingTokens tokens, Members members) {
        this.jdbc = jdbc;
        this.tokens = tokens;
        this.members = members;
    }

    /** A tracked send about to be queued: its id (for the tokens) and the e-mail with links and pixel in place. */
    record Prepared(long trackingId, Outgoing.Content content) {
    }

    Prepared prepare(long editionId, Language language, Outgoing.Content content, String baseUrl) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("insert into edition_tracking (edition_id, language, created_at) values (?, ?, ?)")
            .params(editionId, language.code(), Timestamps.now()).update(key, "id");
        long trackingId = key.getKey().longValue();
        String prefix = baseUrl + "/publications/t/{{track}}/";
        List<String> links = new ArrayList<>();
        Matcher m = WEB_LINK.matcher(content.html());
        StringBuilder html = new StringBuilder();
        while (m.find()) {
            links.add(HtmlUtils.htmlUnescape(m.group(1)));
            m.appendReplacement(html, Matcher.quoteReplacement("href=\"" + prefix + links.size() + "\""));
        }
        m.appendTail(html);
        int body = html.lastIndexOf("</body>");
        html.insert(body < 0 ? html.length() : body, "<img src=\"" + prefix + "open.gif\" width=\"1\" height=\"1\" alt=\"\">");
        for (int i = 0; i < links.size(); i++) {
            jdbc.sql("insert into edition_link (tracking_id, position, url) values (?, ?, ?)").params(trackingId, i + 1, links.get(i)).update();
        }
        return new Prepared(trackingId, new Outgoing.Content(content.subject(), content.text(), html.toString()));
    }

    /** The {@code {{track}}} merge field of one reader of a tracked send. */
    String field(long trackingId, long personId) {
        return tokens.token(trackingId, personId);
    }

    /** Those of the readers who declined tracking. */
    Set<Long> declined(List<Long> personIds) {
        return members.declining(personIds, Purpose.READERSHIP_TRACKING);
    }

    // Hits are written outside a transaction: a lost insert race is then retried as an update, which
    // PostgreSQL would refuse inside the transaction the failed insert aborted.

    /** Counts an opening (link 0) for the token's reader, unless the token is forged or the reader has since declined. */
    public void opened(String token) {
        tokens.reader(token).ifPresent(r -> count(r, 0));
    }

    /**
     * The address of link {@code position} of the token's send, counting the click when the token is
     * right. A token that does not verify still leads to the link (from the send's own list, so this
     * is no open redirect), uncounted.
     */
    public Optional<String> clicked(String token, int position) {
        Optional<Long> tracking = tokens.reader(token).map(TrackingTokens.Reader::trackingId)
            .or(() -> Optional.ofNullable(token).filter(t -> t.matches("\\d{1,18}-.*")).map(t -> Long.valueOf(t.substring(0, t.indexOf('-')))));
        Optional<String> url = tracking.flatMap(id -> jdbc.sql("select url from edition_link where tracking_id = ? and position = ?")
            .params(id, position).query(String.class).optional());
        url.ifPresent(u -> tokens.reader(token).ifPresent(r -> count(r, position)));
        return url;
    }

    private void count(TrackingTokens.Reader r, int link) {
        if (!declined(List.of(r.personId())).isEmpty()) {
            return;
        }
        var now = Timestamps.now();
        String bump = "update edition_reading set hits = hits + 1, last_at = ? where tracking_id = ? and person_id = ? and link = ?";
        if (jdbc.sql(bump).params(now, r.trackingId(), r.personId(), link).update() == 0) {
            try {
                jdbc.sql("insert into edition_reading (tracking_id, person_id, link, first_at, last_at, hits) select ?, ?, ?, ?, ?, 1 "
                        + "from edition_tracking where id = ?")
                    .params(r.trackingId(), r.personId(), link, now, now, r.trackingId()).update();
            } catch (DuplicateKeyException meanwhile) {
                jdbc.sql(bump).params(now, r.trackingId(), r.personId(), link).update();
            }
        }
    }

    /** Readers who opened (any hit: a click proves an opening even when images are blocked), readers who clicked, clicks. */
    record Counts(long opened, long clicked, long clicks) {
    }

    Counts counts(long trackingId) {
        return jdbc.sql("""
                select count(distinct person_id) as opened,
                       count(distinct case when link > 0 then person_id end) as clicked,
                       coalesce(sum(case when link > 0 then hits else 0 end), 0) as clicks
                from edition_reading where tracking_id = ?""").param(trackingId)
            .query((rs, n) -> new Counts(rs.getLong("opened"), rs.getLong("clicked"), rs.getLong("clicks"))).single();
    }
}
