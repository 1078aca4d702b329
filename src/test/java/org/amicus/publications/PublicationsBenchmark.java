package org.amicus.publications;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.amicus.mail.Outbox;
import org.amicus.mail.Outgoing;
import org.amicus.mail.SendProgress;
import org.amicus.platform.Language;
import org.amicus.publications.internal.record.ArticleDraft;
import org.amicus.publications.internal.record.Edition;
import org.amicus.publications.internal.record.EditionDraft;
import org.amicus.publications.internal.record.Editions;
import org.amicus.publications.internal.render.PrintPdf;
import org.amicus.publications.internal.render.Renderings;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.subethamail.smtp.server.SMTPServer;

/**
 * The publications benchmark (docs/benchmarks.md). (1) One 12-article edition e-mailed to N readers
 * (100,000 by default) in five languages through the mail engine's public {@link Outbox}: queued,
 * personalised per reader and delivered by SMTP to a sink on loopback that discards every message,
 * against the same send unpersonalised (the same five languages, no merge fields; and, for
 * information, English only), in the same run, alternating, median of three. (2) The print PDF of a
 * Monitor of at least 40 pages. Off in the normal suite: -Dpublications.bench=true.
 */
@SpringBootTest
@DirtiesContext
@EnabledIfSystemProperty(named = "publications.bench", matches = "true")
class PublicationsBenchmark {

    /** Accepts every message and throws it away: the relay's cost is the mail benchmark's subject, not this one's. */
    static final SMTPServer SINK = new SMTPServer.Builder().bindAddress(InetAddress.getLoopbackAddress()).port(0)
        .messageHandler((context, from, to, data) -> { }).build();

    static {
        SINK.start();
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry r) {
        r.add("amicus.mail.delivery", () -> "true");
        r.add("amicus.mail.smtp.host", () -> "127.0.0.1");
        r.add("amicus.mail.smtp.port", SINK::getPortAllocated);
        r.add("amicus.mail.queue.poll", () -> "PT0.1S");
    }

    @AfterAll
    static void stopSink() {
        SINK.stop();
    }

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
    Outbox outbox;

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

    /** Wall-clock milliseconds from queueing to the last message delivered, and the JVM's CPU milliseconds meanwhile. */
    record Measured(long ms, long cpuMs) {
        @Override
        public String toString() {
            return ms + "/" + cpuMs;
        }
    }

    /**
     * Renders the contents (once per language), queues one send to every reader through the Outbox and waits until
     * the engine has delivered every message to the sink.
     */
    Measured send(Edition edition, List<Language> languages, int readers, boolean personalised) throws Exception {
        long cpu = cpuNanos();
        Instant start = Instant.now();
        Map<Language, Outgoing.Content> contents = new LinkedHashMap<>();
        for (Language l : languages) {
            Outgoing.Content c = renderings.mail(edition, l);
            contents.put(l, personalised ? c : new Outgoing.Content(fixed(c.subject()), fixed(c.text()), fixed(c.html())));
        }
        List<Outgoing.Recipient> to = new ArrayList<>(readers);
        for (int i = 0; i < readers; i++) {
            to.add(new Outgoing.Recipient("reader" + i + "@example.org", personalised ? "Reader Number " + i : null,
                    languages.get(i % languages.size()), Map.of()));
        }
        long id = outbox.enqueue(new Outgoing("Benchmark " + edition.id(), "publications@example.org", "Coalition", null, null,
                contents, to));
        SendProgress progress = outbox.progress(id);
        while (!progress.state().equals("FINISHED")) {
            Thread.sleep(200);
            progress = outbox.progress(id);
        }
        if (progress.count("SENT") != readers) {
            throw new IllegalStateException("Only " + progress.count("SENT") + " of " + readers + " delivered: " + progress.counts());
        }
        return new Measured(Duration.between(start, progress.finishedAt()).toMillis(), (cpuNanos() - cpu) / 1_000_000);
    }

    static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
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
        List<Measured> personalised = new ArrayList<>();
        List<Measured> plain = new ArrayList<>();
        List<Measured> english = new ArrayList<>();
        for (int run = 0; run < 3; run++) {
            plain.add(send(edition, five, readers, false));
            personalised.add(send(edition, five, readers, true));
            english.add(send(edition, List.of(Language.EN), readers, false));
        }
        long p = median(personalised.stream().map(Measured::ms).toList());
        long b = median(plain.stream().map(Measured::ms).toList());
        long pc = median(personalised.stream().map(Measured::cpuMs).toList());
        long bc = median(plain.stream().map(Measured::cpuMs).toList());
        System.out.printf("BENCH publications.send readers=%d (ms/cpu_ms) personalised=%s unpersonalised_same_languages=%s"
                + " added=%.1f%% added_cpu=%.1f%% unpersonalised_english_only=%s%n", readers, personalised, plain,
                100.0 * (p - b) / b, 100.0 * (pc - bc) / bc, english);
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
