package org.amicus.mail;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.amicus.platform.Language;

/** Sends for tests: a list send in three languages with merge fields, to unique addresses. */
public final class MailFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private MailFixtures() {
    }

    /** A fresh tag, so that addresses of one test never meet those of another in the shared database or relay. */
    public static String tag() {
        return "t" + System.nanoTime() % 100000 + SEQUENCE.incrementAndGet();
    }

    public static Outgoing.ListHeaders list(String name) {
        return new Outgoing.ListHeaders(name + " <" + name + ".lists.test>", name + "-leave@lists.test",
                "https://amicus.test/lists/" + name, null);
    }

    public static Map<Language, Outgoing.Content> contents() {
        Map<Language, Outgoing.Content> contents = new LinkedHashMap<>();
        contents.put(Language.EN, new Outgoing.Content("Update for {{name}}",
                "Dear {{name}}, the campaign in {{country}} goes on.\nUnsubscribe: {{unsubscribe_url}}",
                "<p>Dear {{name}}, the campaign in {{country}} goes on.</p>"));
        contents.put(Language.FR, new Outgoing.Content("Nouvelles pour {{name}}",
                "Chère {{name}}, la campagne continue en {{country}}.", "<p>Chère {{name}}, la campagne continue.</p>"));
        contents.put(Language.AR, new Outgoing.Content("تحديث الحملة", "عزيزتي {{name}}، الحملة مستمرة.", null));
        return contents;
    }

    public static Outgoing send(String name, Outgoing.ListHeaders list, List<Outgoing.Recipient> recipients) {
        return new Outgoing(name, "updates@lists.test", "Coalition · Secretariat", null, list, contents(), recipients);
    }

    /** A bounce fixture with its return path filled in and CRLF line ends, as it would arrive by SMTP. */
    public static byte[] fixture(String name, String returnPath) throws java.io.IOException {
        try (java.io.InputStream in = MailFixtures.class.getResourceAsStream("/mail/bounces/" + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replace("RETURN_PATH", returnPath)
                .replace("\n", "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    public static Outgoing.Recipient to(String address, String name, Language language) {
        return new Outgoing.Recipient(address, name, language, Map.of("country", "Côte d'Ivoire"));
    }
}
