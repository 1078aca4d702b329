package org.amicus.publications.internal.render;

import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.amicus.mail.Outgoing;
import org.amicus.platform.Language;
import org.amicus.publications.internal.record.Article;
import org.amicus.publications.internal.record.ArticleHtml;
import org.amicus.publications.internal.record.ArticleText;
import org.amicus.publications.internal.record.Edition;
import org.amicus.publications.internal.record.EditionImages;
import org.amicus.publications.internal.record.Editions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * One edition, one source, three renderings: the web page, the e-mail (with the reader's merge fields
 * left for the mail engine to fill) and the print document that {@link PrintPdf} turns into a PDF.
 */
@Service
public class Renderings {

    private final Editions editions;
    private final EditionImages images;
    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final String baseUrl;

    Renderings(Editions editions, EditionImages images, ITemplateEngine templates, MessageSource messages,
            @Value("${amicus.mail.base-url:http://localhost:8080}") String baseUrl) {
        this.editions = editions;
        this.images = images;
        this.templates = templates;
        this.messages = messages;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** The articles in a language for the web page, pictures linked from the site. */
    public List<Piece> web(Edition edition, Language language) {
        return pieces(edition, language, id -> "/publications/editions/" + edition.id() + "/images/" + id);
    }

    /** The e-mail in a language: {{name}} and {{unsubscribe_url}} stay for the mail engine to fill per reader. */
    public Outgoing.Content mail(Edition edition, Language language) {
        List<Piece> pieces = pieces(edition, language, id -> baseUrl + "/publications/editions/" + edition.id() + "/images/" + id);
        Map<String, Object> model = model(edition, language, pieces);
        model.put("nameField", "{{name}}");
        model.put("webUrl", baseUrl + "/publications/editions/" + edition.id() + "?lang=" + language.code());
        String html = templates.process("publications/mail", new Context(language.locale(), model));
        String subject = edition.publication().name() + " · " + edition.title(language);
        StringBuilder text = new StringBuilder(messages.getMessage("publications.mail.greeting", new Object[] { "{{name}}" },
                language.locale())).append("\n\n");
        for (Piece p : pieces) {
            text.append(p.title()).append('\n');
            if (p.author() != null) {
                text.append(p.author()).append('\n');
            }
            text.append('\n').append(ArticleHtml.text(p.bodyHtml())).append("\n\n");
            if (p.actionUrl() != null) {
                text.append(p.actionLabel() == null ? "" : p.actionLabel() + ": ").append(p.actionUrl()).append("\n\n");
            }
        }
        text.append(messages.getMessage("publications.mail.web", null, language.locale())).append(' ')
            .append(model.get("webUrl")).append('\n')
            .append(messages.getMessage("publications.mail.unsubscribe", null, language.locale())).append(" {{unsubscribe_url}}\n");
        return new Outgoing.Content(subject, text.toString(), html);
    }

    /** The print document in a language, pictures embedded. */
    public String print(Edition edition, Language language) {
        List<Piece> pieces = pieces(edition, language, id -> {
            EditionImages.Stored s = images.stored(edition.id(), id);
            return "data:" + s.contentType() + ";base64," + Base64.getEncoder().encodeToString(s.bytes());
        });
        return templates.process("publications/print", new Context(language.locale(), model(edition, language, pieces)));
    }

    private Map<String, Object> model(Edition edition, Language language, List<Piece> pieces) {
        Map<String, Object> model = new HashMap<>();
        model.put("edition", edition);
        model.put("editionTitle", edition.title(language));
        model.put("lang", language);
        model.put("pieces", pieces);
        return model;
    }

    private List<Piece> pieces(Edition edition, Language language, Function<Long, String> imageSource) {
        List<EditionImages.Image> all = images.of(edition.id());
        return editions.articles(edition.id()).stream().map(a -> piece(edition, a, language, all, imageSource)).toList();
    }

    private Piece piece(Edition edition, Article a, Language language, List<EditionImages.Image> all, Function<Long, String> src) {
        ArticleText text = a.text(language).orElseGet(() -> a.text(edition.sourceLanguage()).orElseThrow());
        List<Piece.Picture> pictures = all.stream().filter(i -> Long.valueOf(a.id()).equals(i.articleId()))
            .map(i -> new Piece.Picture(src.apply(i.id()), i.alt(), i.width(), i.height())).toList();
        return new Piece(a.id(), text.title(), editions.author(a), text.bodyHtml(), text.actionLabel(), a.actionUrl(), pictures,
                text.language() != language);
    }
}
