package org.amicus.states.internal.following;

import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.amicus.platform.Language;
import org.amicus.states.internal.legislation.Legislation;
import org.amicus.states.internal.record.State;
import org.amicus.states.internal.record.Tracker;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The Atom feed of one state: every change to its treaty record, its legislation and its cooperation, newest first,
 * in the reader's language. This is what a public reader subscribes to (no account needed).
 */
@Component
public class StateFeed {

    private static final int ENTRIES = 50;

    private record Item(String id, Instant recordedAt, String text, String source) {
    }

    private final Tracker tracker;
    private final Legislation legislation;
    private final Following following;
    private final AlertTexts texts;
    private final MessageSource messages;

    StateFeed(Tracker tracker, Legislation legislation, Following following, AlertTexts texts, MessageSource messages) {
        this.tracker = tracker;
        this.legislation = legislation;
        this.following = following;
        this.texts = texts;
        this.messages = messages;
    }

    public String atom(State state, String pageUrl, String feedUrl, Locale locale) throws XMLStreamException {
        List<Item> items = new ArrayList<>();
        tracker.record().allEntries(state.iso3()).forEach(e -> items.add(new Item("urn:amicus:treaty-event:" + e.id(),
                e.recordedAt(), texts.text(state.iso3(), Alert.TREATY, e.type().name(), null, e.date(),
                        action(e.voided(), e.supersedesId()), locale), e.source())));
        legislation.allEntries(state.iso3()).forEach(e -> items.add(new Item("urn:amicus:legislation-stage:" + e.id(),
                e.recordedAt(), texts.text(state.iso3(), Alert.LEGISLATION, e.stage().name(), e.component().name(),
                        e.date(), action(e.voided(), e.supersedesId()), locale), e.source())));
        following.facts(state.iso3()).forEach(f -> items.add(new Item("urn:amicus:state-fact:" + f.id(), f.recordedAt(),
                texts.text(state.iso3(), f.kind(), f.subject(), null, f.date(), f.action(), locale), f.source())));
        items.sort(Comparator.comparing(Item::recordedAt).thenComparing(Item::id).reversed());
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
        xml.writeAttribute("xml:lang", Language.of(locale).code());
        element(xml, "id", "urn:amicus:state:" + state.iso3());
        element(xml, "title", messages.getMessage("feed.title", new Object[] { state.name(Language.of(locale)) }, locale));
        element(xml, "updated", items.isEmpty() ? Instant.EPOCH.toString() : items.get(0).recordedAt().toString());
        link(xml, "self", feedUrl);
        link(xml, "alternate", pageUrl);
        xml.writeStartElement("author");
        element(xml, "name", messages.getMessage("app.name", null, locale));
        xml.writeEndElement();
        for (Item item : items.subList(0, Math.min(ENTRIES, items.size()))) {
            xml.writeStartElement("entry");
            element(xml, "id", item.id());
            element(xml, "title", item.text());
            element(xml, "updated", item.recordedAt().toString());
            link(xml, "alternate", pageUrl);
            element(xml, "summary", messages.getMessage("feed.source", new Object[] { item.source() }, locale));
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return out.toString();
    }

    private static String action(boolean voided, Long supersedes) {
        return voided ? "voided" : supersedes != null ? "corrected" : "created";
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }
}
