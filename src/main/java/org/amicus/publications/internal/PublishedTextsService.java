package org.amicus.publications.internal;

import java.util.ArrayList;
import java.util.List;

import org.amicus.platform.Language;
import org.amicus.publications.PublishedTexts;
import org.amicus.publications.internal.record.Article;
import org.amicus.publications.internal.record.ArticleText;
import org.amicus.publications.internal.record.Edition;
import org.amicus.publications.internal.record.Editions;
import org.amicus.publications.internal.press.PressItems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Publications and press as the portal reads them. */
@Service
@Transactional(readOnly = true)
class PublishedTextsService implements PublishedTexts {

    private final PressItems press;
    private final Editions editions;

    PublishedTextsService(PressItems press, Editions editions) {
        this.press = press;
        this.editions = editions;
    }

    @Override
    public List<Text> pressItems() {
        return press.all(true).stream().flatMap(item -> item.texts().values().stream()
            .map(t -> new Text(item.kind().name(), item.id(), t.language(), t.title(), t.bodyHtml(), item.publishedAt(), "/press/" + item.id())))
            .toList();
    }

    @Override
    public List<Text> editions() {
        List<Text> texts = new ArrayList<>();
        for (Edition edition : editions.editions(true)) {
            List<Article> articles = editions.articles(edition.id());
            for (Language language : edition.approvedLanguages()) {
                StringBuilder body = new StringBuilder();
                articles.forEach(a -> a.text(language).map(ArticleText::bodyHtml).ifPresent(b -> body.append(b).append('\n')));
                texts.add(new Text("EDITION", edition.id(), language, edition.title(language), body.toString(), edition.publishedAt(),
                        "/publications/editions/" + edition.id()));
            }
        }
        return texts;
    }
}
