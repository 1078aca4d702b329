package org.amicus.publications;

import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.amicus.mail.Outgoing;
import org.amicus.mail.internal.queue.Claimed;
import org.amicus.mail.internal.queue.SendTemplate;
import org.amicus.mail.internal.render.Renderer;
import org.amicus.platform.Language;
import org.amicus.publications.internal.record.ArticleDraft;
import org.amicus.publications.internal.record.Edition;
import org.amicus.publications.internal.record.EditionDraft;
import org.amicus.publications.internal.record.Editions;
import org.amicus.publications.internal.render.PrintPdf;
import org.amicus.publications.internal.render.Renderings;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The publications benchmark (docs/benchmarks.md). (1) One 12-article edition e-mailed to N readers
 * (100,000 by default) in five languages, each message personalised and built by the mail engine's
 * own renderer and written out as it would go on the wire, against the same message unpersonalised
 * (the same five languages, no merge fields; and, for information, English only), in the same run,
 * alternating, median of three. (2) The print PDF
 * of a Monitor of at least 40 pages. Off in the normal suite: -Dpublications.bench=true.
 */
@SpringBootTest
@EnabledIfSystemProperty(named = "publications.bench", matches = "true")
class PublicationsBenchmark {

    static final Map<Language, String[]> WORDS = Map.of(
            Language.EN, "the court justice states coalition victims cooperation civil society ratification statute members".split(" "),
            Language.FR, "la cour justice États coalition victimes coopération société civile ratification statut membres".split(" "),
            Language.ES, "la corte justicia Estados coalición víctimas cooperación sociedad civil ratificación estatuto".split(" "),
            Language.AR, "المحكمة العدالة الدول التحالف الضحايا التعاون المجتمع المدني المصادقة النظام الأساسي".split(" "),
            Language.PT, "o tribunal justiça Estados coligação vítimas cooperação sociedade civil ratificação estatuto".split(" "));

    @Autowired
    Editions editions;

    @Autowired
    Renderings renderings;

    @Autowired
    PrintPdf pdf;

    @Autowired
    Renderer renderer;

    static String paragraphs(Language l, int paragraphs, int words, int seed) {
        StringBuilder html = new StringBuilder();
        String[] w = WORDS.get(l);
        for (int p = 0; p < paragraphs; p++) {
            html.append("<p>");
            for (int i = 0; i < words; i++) {
                html.append(w[(seed * 7 + p * 13 + i * 5) % w.length]).append(i % 15 == 14 ? ". " : " ");
            }
            html.append("</p>");
        }
        return html.toString();
    }

    Edition edition(String slug, int articles, int paragraphs, List<Language> languages) {
        long publication = editions.publications().stream().filter(p -> p.slug().equals(slug)).findFirst().orElseThrow().id();
        long id = editions.create(new EditionDraft(publication, "Benchmark " + System.nanoTime(), "en", "Benchmark edition",
                languages.stream().map(Language::code).toList(), List.of()));
        for (int a = 0; a < articles; a++) {
            long article = editions.saveArticle(id, null, new ArticleDraft("en", "Article " + (a + 1), paragraphs(Language.EN, paragraphs, 90, a),
                    "Act now", "https://www.iccnow.org/act", null, null));
            for (Language l : languages) {
                editions.saveArticle(id, article, new ArticleDraft(l.code(), "Article " + (a + 1) + " (" + l.code() + ")",
                        paragraphs(l, paragraphs, 90, a), "Act", "https://www.iccnow.org/act", null, null));
            }
        }
        for (Language l : languages) {
            editions.translation(id, l.code(), "APPROVED", "Benchmark edition (" + l.code() + ")", null);
        }
        return editions.edition(id);
    }

    /** Renders the contents (once per language) and builds and writes every reader's message; returns the milliseconds. */
    long send(Edition edition, List<Language> languages, int readers, boolean personalised) throws Exception {
        OutputStream nowhere = OutputStream.nullOutputStream();
        long start = System.nanoTime();
        Map<Language, Outgoing.Content> contents = new LinkedHashMap<>();
        for (Language l : languages) {
            Outgoing.Content c = renderings.mail(edition, l);
            contents.put(l, personalised ? c : new Outgoing.Content(fixed(c.subject()), fixed(c.text()), fixed(c.html())));
        }
        Renderer.Prepared template = renderer.prepare(
                new SendTemplate(1, "publications@example.org", "Coalition", null, null, contents, languages.get(0)));
        for (int i = 0; i < readers; i++) {
            Language l = languages.get(i % languages.size());
            Claimed to = personalised
                    ? new Claimed(i, 1, "reader" + i + "@example.org", "Reader Number " + i, "example.org", l, Map.of(), 0)
                    : new Claimed(i, 1, "reader" + i + "@example.org", null, "example.org", l, Map.of(), 0);
            nowhere.write(renderer.render(template, to).message());
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** The same message with its merge fields replaced by fixed text: what every reader would get unpersonalised. */
    static String fixed(String s) {
        return s.replace("{{name}}", "reader").replace("{{unsubscribe_url}}", "https://amicus.example.org/mail/unsubscribe");
    }

    @Test
    void renderingForEveryReaderInTheirLanguageAgainstOneUnpersonalisedMessage() throws Exception {
        int readers = Integer.getInteger("publications.bench.readers", 100_000);
        List<Language> five = List.of(Language.EN, Language.FR, Language.ES, Language.AR, Language.PT);
        Edition edition = edition("bulletin", 12, 3, five.subList(1, 5));
        send(edition, five, 5_000, true);
        send(edition, five, 5_000, false);
        List<Long> personalised = new ArrayList<>();
        List<Long> plain = new ArrayList<>();
        List<Long> english = new ArrayList<>();
        for (int run = 0; run < 3; run++) {
            plain.add(send(edition, five, readers, false));
            personalised.add(send(edition, five, readers, true));
            english.add(send(edition, List.of(Language.EN), readers, false));
        }
        long p = median(personalised);
        long b = median(plain);
        System.out.printf("BENCH publications.send readers=%d personalised_ms=%s unpersonalised_same_languages_ms=%s added=%.1f%%"
                + " unpersonalised_english_only_ms=%s%n", readers, personalised, plain, 100.0 * (p - b) / b, english);
    }

    @Test
    void aFortyPageMonitorRendersAsPdf() throws Exception {
        Edition edition = edition("monitor", 40, 8, List.of(Language.AR));
        for (Language l : List.of(Language.EN, Language.AR)) {
            pdf.pdf(edition, l);
            List<Long> times = new ArrayList<>();
            int pages = 0;
            for (int run = 0; run < 3; run++) {
                long start = System.nanoTime();
                byte[] bytes = pdf.pdf(edition, l);
                times.add((System.nanoTime() - start) / 1_000_000);
                try (var doc = Loader.loadPDF(bytes)) {
                    pages = doc.getNumberOfPages();
                }
            }
            System.out.printf("BENCH publications.pdf language=%s pages=%d ms=%s median=%s%n", l.code(), pages, times,
                    Duration.ofMillis(median(times)));
        }
    }

    static long median(List<Long> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }
}
