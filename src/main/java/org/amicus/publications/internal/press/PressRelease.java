package org.amicus.publications.internal.press;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.amicus.mail.Outbox;
import org.amicus.mail.Outgoing;
import org.amicus.members.PersonRef;
import org.amicus.platform.Language;
import org.amicus.publications.internal.record.ArticleHtml;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Honours embargoes: every half minute, each approved item whose embargo has lifted is published on
 * the portal and sent to its smart group and journalist segment, those on the press list, each in their language, with the
 * experts' current consented details printed in that language.
 */
@Component
public class PressRelease {

    private final PressItems items;
    private final Experts experts;
    private final JournalistSegments segments;
    private final Outbox outbox;
    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final String fromAddress;
    private final String fromName;

    PressRelease(PressItems items, Experts experts, JournalistSegments segments, Outbox outbox, ITemplateEngine templates, MessageSource messages,
            @Value("${amicus.publications.press-address:press@localhost}") String fromAddress,
            @Value("${amicus.publications.from-name:Amicus}") String fromName) {
        this.items = items;
        this.experts = experts;
        this.segments = segments;
        this.outbox = outbox;
        this.templates = templates;
        this.messages = messages;
        this.fromAddress = fromAddress;
        this.fromName = fromName;
    }

    @Scheduled(fixedDelayString = "${amicus.publications.press-check:PT30S}")
    public void releaseDue() {
        items.due(Instant.now()).forEach(this::release);
    }

    @Transactional
    public void release(long id) {
        if (!items.markPublished(id)) {
            return;
        }
        PressItem item = items.get(id);
        List<Outgoing.Recipient> recipients = new ArrayList<>();
        for (PersonRef p : segments.reach(item.smartGroupId(), segments.of(id).orElse(null)).recipients()) {
            Language reads = Language.fromCode(p.preferredLanguage()).orElse(item.sourceLanguage());
            recipients.add(new Outgoing.Recipient(p.primaryEmail(), p.name(), reads, Map.of()));
        }
        if (recipients.isEmpty()) {
            return;
        }
        // The source language first: the mail engine gives it to readers whose language has no text.
        Map<Language, Outgoing.Content> contents = new LinkedHashMap<>();
        contents.put(item.sourceLanguage(), content(item, item.sourceLanguage()));
        item.texts().keySet().forEach(l -> contents.computeIfAbsent(l, k -> content(item, k)));
        String name = messages.getMessage("publications.press.kind." + item.kind(), null, item.sourceLanguage().locale()) + " · "
                + item.text(item.sourceLanguage()).title();
        long sendId = outbox.enqueue(new Outgoing(name, fromAddress, fromName, null, null, contents, recipients));
        items.recordSend(id, item.sourceLanguage(), sendId, recipients.size());
    }

    /** The item in a language with its experts' details labelled in that language. */
    public Outgoing.Content content(PressItem item, Language language) {
        PressItem.Text text = item.text(language);
        List<PersonRef> named = experts.printable(item.experts());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("item", item);
        model.put("text", text);
        model.put("lang", language);
        model.put("experts", named);
        String html = templates.process("publications/press-mail", new Context(language.locale(), model));
        StringBuilder plain = new StringBuilder(text.title()).append("\n\n").append(ArticleHtml.text(text.bodyHtml())).append("\n\n");
        if (!named.isEmpty()) {
            plain.append(messages.getMessage("publications.press.experts", null, language.locale())).append('\n');
            for (PersonRef p : named) {
                plain.append("- ").append(p.name());
                if (p.country() != null) {
                    plain.append(", ").append(p.country());
                }
                if (p.primaryEmail() != null) {
                    plain.append(", ").append(messages.getMessage("publications.press.email", null, language.locale())).append(' ')
                        .append(p.primaryEmail());
                }
                plain.append('\n');
            }
        }
        return new Outgoing.Content(text.title(), plain.toString(), html);
    }
}
