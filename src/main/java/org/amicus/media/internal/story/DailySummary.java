package org.amicus.media.internal.story;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.amicus.cooperation.Situations;
import org.amicus.mail.Outbox;
import org.amicus.mail.Outgoing;
import org.amicus.members.Members;
import org.amicus.members.PersonRef;
import org.amicus.members.Purpose;
import org.amicus.platform.Language;
import org.amicus.platform.NotFound;
import org.amicus.platform.RejectedInput;
import org.amicus.platform.Timestamps;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The daily news summary: the day's stories suggested by situation (most carried first), picked and
 * ordered by staff, sent through the mail engine to the people of a smart group who consented to
 * the newsletter, each in their language (headlines stay in the language they were written in).
 */
@Component
public class DailySummary {

    private final JdbcClient jdbc;
    private final Situations situations;
    private final Members members;
    private final Outbox outbox;
    private final MessageSource messages;
    private final String domain;

    DailySummary(JdbcClient jdbc, Situations situations, Members members, Outbox outbox, MessageSource messages,
            @Value("${amicus.mail.bounce-domain:localhost}") String domain) {
        this.jdbc = jdbc;
        this.situations = situations;
        this.members = members;
        this.outbox = outbox;
        this.messages = messages;
        this.domain = domain;
    }

    /** A story suggested for the summary: its first situation (null for none), title, first link and appearances. */
    public record Suggestion(long id, String situation, String title, String url, long appearances) {
    }

    /** The day's stories (first seen that day, UTC), by situation, the most carried first. */
    public List<Suggestion> suggestions(LocalDate day) {
        List<Suggestion> suggestions = jdbc.sql("""
                select s.id, s.title, s.tags,
                  (select min(a.url) from media_appearance a where a.story_id = s.id) url,
                  (select count(*) from media_appearance a where a.story_id = s.id) n
                from media_story s where s.first_seen_at >= ? and s.first_seen_at < ?""")
            .params(Timestamps.param(day.atStartOfDay(ZoneOffset.UTC).toInstant()),
                    Timestamps.param(day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()))
            .query((rs, n) -> new Suggestion(rs.getLong("id"), firstSituation(Tag.read(rs, "tags")), rs.getString("title"),
                    rs.getString("url"), rs.getLong("n")))
            .list();
        // sorted here: the stories without a situation last (H2 and PostgreSQL put nulls at opposite ends)
        return suggestions.stream().sorted(java.util.Comparator.comparing(Suggestion::situation,
                java.util.Comparator.nullsLast(java.util.Comparator.<String>naturalOrder()))
            .thenComparing(Suggestion::appearances, java.util.Comparator.reverseOrder()).thenComparing(Suggestion::id)).toList();
    }

    /** The story's first situation in alphabetical order, null for none. */
    private static String firstSituation(List<Tag> tags) {
        return tags.stream().filter(t -> t.kind() == Tag.Kind.SITUATION).map(Tag::ref).min(String::compareTo).orElse(null);
    }

    /** Sends the picked stories, in the order given, to a smart group; returns the send's id. */
    public long send(LocalDate day, List<Long> picked, Long smartGroupId, String fromAddress) {
        List<RejectedInput.Problem> problems = new ArrayList<>();
        if (picked.isEmpty()) {
            problems.add(new RejectedInput.Problem(0, "stories", "media.summary.nothingPicked"));
        }
        List<PersonRef> audience = List.of();
        try {
            audience = smartGroupId == null ? List.of() : members.audience(smartGroupId);
        } catch (NotFound e) {
            problems.add(new RejectedInput.Problem(0, "smartGroup", "media.summary.noGroup", smartGroupId));
        }
        if (smartGroupId == null) {
            problems.add(new RejectedInput.Problem(0, "smartGroup", "media.summary.noGroup", ""));
        }
        if (!problems.isEmpty()) {
            throw new RejectedInput(problems);
        }
        Map<Long, Suggestion> byId = new LinkedHashMap<>();
        suggestions(day).forEach(s -> byId.put(s.id(), s));
        List<Suggestion> chosen = picked.stream().map(byId::get).filter(s -> s != null).toList();
        Set<Long> consenting = members.consenting(audience.stream().map(p -> p.id()).toList(), Purpose.NEWSLETTER);
        List<Outgoing.Recipient> recipients = audience.stream()
            .filter(p -> p.primaryEmail() != null && consenting.contains(p.id()))
            .map(p -> new Outgoing.Recipient(p.primaryEmail(), p.name(), Language.fromCode(p.preferredLanguage()).orElse(Language.EN),
                    Map.of()))
            .toList();
        Map<Language, Outgoing.Content> contents = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            contents.put(l, content(day, chosen, l));
        }
        var list = new Outgoing.ListHeaders("Daily news summary <media-summary." + domain + ">", "media-summary-leave@" + domain, null,
                null);
        return outbox.enqueue(new Outgoing(messages.getMessage("media.summary.subject", new Object[] { day }, Language.EN.locale()),
                fromAddress, null, null, list, contents, recipients));
    }

    private Outgoing.Content content(LocalDate day, List<Suggestion> chosen, Language l) {
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder();
        String current = "\u0000";
        for (Suggestion s : chosen) {
            if (!String.valueOf(s.situation()).equals(current)) {
                current = String.valueOf(s.situation());
                String heading = s.situation() == null ? messages.getMessage("media.summary.other", null, l.locale())
                        : situations.situation(s.situation()).map(x -> x.name(l)).orElse(s.situation());
                text.append('\n').append(heading).append('\n');
                html.append("<h2>").append(HtmlUtils.htmlEscape(heading)).append("</h2>");
            }
            text.append("- ").append(s.title()).append(s.url() == null ? "" : "\n  " + s.url()).append('\n');
            html.append("<p>").append(s.url() == null ? HtmlUtils.htmlEscape(s.title())
                    : "<a href=\"" + HtmlUtils.htmlEscape(s.url()) + "\">" + HtmlUtils.htmlEscape(s.title()) + "</a>").append("</p>");
        }
        String footer = messages.getMessage("media.summary.unsubscribe", null, l.locale()) + " {{unsubscribe_url}}";
        return new Outgoing.Content(messages.getMessage("media.summary.subject", new Object[] { day }, l.locale()),
                text.toString().trim() + "\n\n" + footer, html + "<p>" + HtmlUtils.htmlEscape(footer).replace(
                        HtmlUtils.htmlEscape("{{unsubscribe_url}}"), "{{unsubscribe_url}}") + "</p>");
    }
}
