package org.amicus.publications.internal;

import java.util.ArrayList;
import java.util.List;

import org.amicus.platform.Language;
import org.amicus.platform.NotFound;
import org.amicus.publications.PublishedTexts;
import org.amicus.publications.internal.record.Article;
import org.amicus.publications.internal.record.ArticleText;
import org.amicus.publications.internal.record.Edition;
import org.amicus.publications.internal.record.Editions;
import org.amicus.publications.internal.press.PressItem;
import org.amicus.publications.internal.press.PressItems;
import org.amicus.publications.internal.press.PressStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Publications and press as the portal reads them. */
@Service
@Transactional(readOnly = true)
class PublishedTextsService implements PublishedTexts {

    private static final String PRESS = "/press/";
    private static final String EDITION = "/publications/editions/";

    private final PressItems press;
    private final Editions editions;

    PublishedTextsService(PressItems press, Editions editions) {
        this.press = press;
        this.editions = editions;
    }

    @Override
    public List<Text> pressItems() {
        return press.all(true).stream().flatMap(item -> texts(item).stream()).toList();
    }

    @Override
    public List<Text> editions() {
        return editions.editions(true).stream().flatMap(edition -> texts(edition).stream()).toList();
    }

    @Override
    public Touched touched(String recordType, long recordId) {
        return switch (recordType) {
            case "press" -> new Touched(PRESS + recordId, pressItem(recordId));
            case "edition" -> new Touched(EDITION + recordId, edition(recordId));
            case "article" -> editions.editionOfArticle(recordId).map(edition -> new Touched(EDITION + edition, edition(edition)))
                .orElseThrow(() -> new NotFound("publications.article.notFound", recordId));
            default -> throw new IllegalArgumentException("not a published text: " + recordType);
        };
    }

    private List<Text> pressItem(long id) {
        return press.find(id).filter(item -> item.status() == PressStatus.PUBLISHED).map(this::texts).orElse(List.of());
    }

    private List<Text> edition(long id) {
        return editions.find(id).filter(edition -> edition.publishedAt() != null).map(this::texts).orElse(List.of());
    }

    private List<Text> texts(PressItem item) {
        return item.texts().values().stream()
            .map(t -> new Text(item.kind().name(), item.id(), t.language(), t.title(), t.bodyHtml(), item.publishedAt(), PRESS + item.id()))
            .toList();
    }

    private List<Text> texts(Edition edition) {
        List<Text> texts = new ArrayList<>();
        List<Article> articles = editions.articles(edition.id());
        for (Language language : edition.approvedLanguages()) {
            StringBuilder body = new StringBuilder();
            articles.forEach(a -> a.text(language).map(ArticleText::bodyHtml).ifPresent(b -> body.append(b).append('\n')));
            texts.add(new Text("EDITION", edition.id(), language, edition.title(language), body.toString(), edition.publishedAt(),
                    EDITION + edition.id()));
        }
        return texts;
    }
}
