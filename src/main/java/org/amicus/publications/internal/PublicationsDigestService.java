package org.amicus.publications.internal;

import java.time.LocalDate;
import java.util.List;

import org.amicus.platform.Language;
import org.amicus.publications.PublicationsDigest;
import org.amicus.publications.internal.calendar.Calendar;
import org.amicus.publications.internal.press.PressItem;
import org.amicus.publications.internal.press.PressItems;
import org.amicus.publications.internal.press.PressKind;
import org.amicus.publications.internal.record.Edition;
import org.amicus.publications.internal.record.Editions;
import org.springframework.stereotype.Service;

@Service
class PublicationsDigestService implements PublicationsDigest {

    private final PressItems press;
    private final Editions editions;
    private final Calendar calendar;

    PublicationsDigestService(PressItems press, Editions editions, Calendar calendar) {
        this.press = press;
        this.editions = editions;
        this.calendar = calendar;
    }

    @Override
    public List<PressNote> latestNews(Language language, int limit) {
        return press.all(true).stream().filter(p -> p.kind() != PressKind.TALKING_POINTS).limit(limit).map(p -> {
            PressItem.Text text = p.text(language);
            return new PressNote(p.id(), p.kind().name(), text.title(), text.language(), p.publishedAt());
        }).toList();
    }

    @Override
    public List<EditionNote> latestEditions(Language language, int limit) {
        return editions.editions(true).stream().limit(limit).map(e -> note(e, language)).toList();
    }

    private static EditionNote note(Edition e, Language language) {
        return new EditionNote(e.id(), e.publication().name(), e.label(), e.title(language), e.publishedAt(), e.approvedLanguages());
    }

    @Override
    public List<DateNote> upcomingDates(LocalDate from, int limit) {
        return calendar.upcoming("PUBLIC", from).stream().limit(limit)
            .map(c -> new DateNote(c.kind(), c.title(), c.nextOn(from),
                    c.endsOn() == null ? null : c.nextOn(from).plusDays(c.endsOn().toEpochDay() - c.startsOn().toEpochDay()), c.source()))
            .toList();
    }
}
