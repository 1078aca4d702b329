package org.amicus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/**
 * Five languages on every screen: every key in every bundle (one bundle per module, all listed in
 * spring.messages.basename), every key a template uses defined, and no literal text in a template
 * that the reader would see untranslated.
 */
class I18nSyncTest {

    static final Path BUNDLES = Path.of("src/main/resources/messages");
    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final List<String> LANGUAGES = List.of("fr", "es", "ar", "pt");

    /** The base names of the module bundles: every file without a language suffix. */
    static List<String> baseNames() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("[a-z-]+\\.properties"))
                    .map(n -> n.substring(0, n.length() - ".properties".length()))
                    .sorted().toList();
        }
    }

    static Properties bundle(String base, String suffix) throws IOException {
        Properties p = new Properties();
        try (var reader = new InputStreamReader(Files.newInputStream(BUNDLES.resolve(base + suffix + ".properties")),
                StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }

    /** Every key of every module's bundle in the given language ("" for English). */
    static Properties bundle(String suffix) throws IOException {
        Properties all = new Properties();
        for (String base : baseNames()) {
            all.putAll(bundle(base, suffix));
        }
        return all;
    }

    @Test
    void everyBundleIsListedInTheConfiguration() throws IOException {
        String config = Files.readString(Path.of("src/main/resources/application.yml"));
        for (String base : baseNames()) {
            assertThat(config).as("spring.messages.basename lists messages/%s", base).contains("messages/" + base);
        }
    }

    @Test
    void everyLanguageHasEveryKey() throws IOException {
        for (String base : baseNames()) {
            Set<String> english = new TreeSet<>(bundle(base, "").stringPropertyNames());
            for (String lang : LANGUAGES) {
                Properties translated = bundle(base, "_" + lang);
                assertThat(new TreeSet<>(translated.stringPropertyNames())).as("keys of %s_%s", base, lang).isEqualTo(english);
                for (String key : english) {
                    assertThat(translated.getProperty(key)).as("%s in %s_%s", key, base, lang).isNotBlank();
                }
            }
        }
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        Set<String> english = bundle("").stringPropertyNames();
        Pattern literalKey = Pattern.compile("#\\{([a-zA-Z][\\w.]*)[}(]");
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher m = literalKey.matcher(Files.readString(template));
            while (m.find()) {
                if (!english.contains(m.group(1))) {
                    missing.add(template.getFileName() + ": " + m.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void templatesHoldNoLiteralText() throws IOException {
        List<String> literal = new ArrayList<>();
        for (Path template : templates()) {
            for (Element element : Jsoup.parse(Files.readString(template)).getAllElements()) {
                if (replacesItsText(element) || Set.of("script", "style", "code", "title").contains(element.tagName())) {
                    continue;
                }
                for (TextNode text : element.textNodes()) {
                    String t = text.text().strip();
                    if (!t.isEmpty() && t.chars().anyMatch(Character::isLetter)) {
                        literal.add(template.getFileName() + ": <" + element.tagName() + "> " + t);
                    }
                }
            }
        }
        assertThat(literal).isEmpty();
    }

    private static boolean replacesItsText(Element e) {
        for (Element x = e; x != null; x = x.parent()) {
            if (x.hasAttr("th:text") || x.hasAttr("th:utext") || x.hasAttr("th:replace") || x.hasAttr("th:errors")
                    || x.hasAttr("sec:authentication")) {
                return true;
            }
        }
        return false;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html")).toList();
        }
    }
}
