package org.amicus.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;

/**
 * axe-core in the pages the browser shows. The script is handed to Chromium once, through the DevTools
 * protocol, to be evaluated in every new document: outside the page's Content-Security-Policy (script-src
 * 'self' forbids it from the page itself), and without sending its 550 kB through WebDriver for each page.
 */
final class Axe {

    /** The WCAG 2.1 A and AA rules; best practices are not part of the standard. */
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final String SOURCE = load();

    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
              .then(function (r) {
                done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
                  .map(function (v) {
                    return { id: v.id, impact: v.impact, help: v.help,
                             nodes: v.nodes.slice(0, 5).map(function (n) { return n.target.join(' ') + '  ' + n.failureSummary.replace(/\\s+/g, ' '); }),
                             count: v.nodes.length };
                  }));
              })
              .catch(function (e) { done([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: [], count: 0 }]); });
            """;

    private Axe() {
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test class path (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** From now on every page the browser opens carries axe-core. */
    static void install(WebDriver browser) {
        ((HasCdp) browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", SOURCE));
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    /** The serious and critical violations on the current page, one readable line per rule and its first nodes. */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(WebDriver browser) {
        var js = (JavascriptExecutor) browser;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            throw new IllegalStateException("axe-core is not in " + browser.getCurrentUrl() + ": call Axe.install first");
        }
        var violations = (List<Map<String, Object>>) js.executeAsyncScript(RUN, TAGS);
        return violations.stream()
            .map(v -> v.get("impact") + " " + v.get("id") + " (" + v.get("count") + "): " + v.get("help")
                    + String.join("", ((List<String>) v.get("nodes")).stream().map(n -> "\n      " + n).toList()))
            .toList();
    }
}
