package org.amicus.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.amicus.campaigns.internal.advocacy.Campaigns;
import org.amicus.campaigns.internal.alerts.Alerts;
import org.amicus.platform.internal.security.Role;
import org.amicus.portal.internal.blog.Approval;
import org.amicus.portal.internal.blog.BlogImages;
import org.amicus.portal.internal.blog.BlogPosts;
import org.amicus.portal.internal.blog.PostDraft;
import org.amicus.portal.internal.cms.CmsPages;
import org.amicus.platform.internal.security.Users;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * WCAG 2.1 AA and valid HTML on every page type, in English and in Arabic: axe-core in headless
 * Chromium fails on any serious or critical violation, the Nu Html Checker on any error. A new page
 * type is one line in {@link #PAGES}; see docs/accessibility.md.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessibilityTest extends BrowserSession {

    /** Who reads the page: nobody signed in, a member, staff, an administrator. */
    enum Reader { PUBLIC, MEMBER, STAFF, ADMIN }

    /** One page type: a path ({name} stands for a record made in {@link #fixtures()}), who reads it, the answer's status. */
    record PageType(String path, Reader reader, int status, List<String> languages) {

        PageType status(int expected) {
            return new PageType(path, reader, expected, languages);
        }

        /** A text written in one language (a blog post and its translation are two posts): read in that language. */
        PageType in(String language) {
            return new PageType(path, reader, status, List.of(language));
        }
    }

    static PageType page(String path, Reader reader) {
        return new PageType(path, reader, 200, List.of("en", "ar"));
    }

    static final List<PageType> PAGES = List.of(
        // The tracker, country pages, legislation
        page("/", Reader.PUBLIC),
        page("/about", Reader.PUBLIC),
        page("/countries/SEN", Reader.PUBLIC),
        page("/campaigns", Reader.PUBLIC),
        page("/open-data", Reader.PUBLIC),
        page("/blog", Reader.PUBLIC),
        page("/blog/{post}", Reader.PUBLIC).in("en"),
        page("/blog/{postAr}", Reader.PUBLIC).in("ar"),
        page("/civil-society-at-work", Reader.PUBLIC),
        page("/blog/{story}", Reader.PUBLIC).in("en"),
        page("/blog/{storyAr}", Reader.PUBLIC).in("ar"),
        page("/pages/{cmsPage}", Reader.PUBLIC),
        page("/search?q=court", Reader.PUBLIC),
        page("/no-such-page", Reader.PUBLIC).status(404),
        page("/advocacy/states/SEN", Reader.PUBLIC),
        page("/court/victims", Reader.PUBLIC),
        page("/court/contributions", Reader.PUBLIC),
        page("/tracker", Reader.PUBLIC),
        page("/states/SEN", Reader.PUBLIC),
        page("/states/SEN/legislation", Reader.PUBLIC),
        page("/states/SEN/documents", Reader.PUBLIC),
        page("/legislation/documents?q=court", Reader.PUBLIC),
        page("/watch-list", Reader.PUBLIC),
        // Cooperation
        page("/cooperation", Reader.PUBLIC),
        page("/cooperation/situations/DRC", Reader.PUBLIC),
        page("/cooperation/warrants", Reader.PUBLIC),
        page("/cooperation/warrants/{warrant}", Reader.PUBLIC),
        page("/cooperation/deficit", Reader.PUBLIC),
        page("/cooperation/states/SDN", Reader.PUBLIC),
        // Strategy
        page("/strategy", Reader.PUBLIC),
        page("/strategy/{strategy}", Reader.PUBLIC),
        // The Court
        page("/court", Reader.PUBLIC),
        page("/court/situations", Reader.PUBLIC),
        page("/court/organs", Reader.PUBLIC),
        page("/court/sessions", Reader.PUBLIC),
        page("/court/budget", Reader.PUBLIC),
        // Lists and archives
        page("/lists", Reader.PUBLIC),
        page("/lists/updates-en", Reader.PUBLIC),
        page("/lists/updates-en/archive", Reader.PUBLIC),
        page("/lists/confirm/not-a-token", Reader.PUBLIC),
        // Publications, press, calendar
        page("/publications", Reader.PUBLIC),
        page("/press", Reader.PUBLIC),
        page("/calendar", Reader.PUBLIC),
        // Action alerts
        page("/act/{slug}", Reader.PUBLIC),
        page("/act/confirm/not-a-token", Reader.PUBLIC).status(404),
        // Mail
        page("/mail/unsubscribe/not-a-token", Reader.PUBLIC),
        // Sign-in and errors
        page("/login", Reader.PUBLIC),
        page("/states/XYZ", Reader.PUBLIC).status(404),
        // Members and accounts
        page("/members", Reader.MEMBER),
        page("/account/password", Reader.MEMBER),
        page("/account/alerts", Reader.MEMBER),
        // Staff screens
        page("/staff/states", Reader.STAFF),
        page("/staff/states/SEN", Reader.STAFF),
        page("/staff/states/SEN/legislation", Reader.STAFF),
        page("/staff/import", Reader.STAFF),
        page("/staff/campaign-targets", Reader.STAFF),
        page("/staff/history?type=warrant&id={warrant}", Reader.STAFF),
        page("/staff/cooperation", Reader.STAFF),
        page("/staff/cooperation/warrants/{warrant}", Reader.STAFF),
        page("/staff/cooperation/checklist/SDN", Reader.STAFF),
        page("/staff/strategy", Reader.STAFF),
        page("/staff/strategy/{strategy}", Reader.STAFF),
        page("/staff/strategy/{strategy}/goals/{goal}", Reader.STAFF),
        page("/staff/campaigns", Reader.STAFF),
        page("/staff/campaigns/{campaign}", Reader.STAFF),
        page("/staff/campaigns/{campaign}/reports", Reader.STAFF),
        page("/staff/campaigns/{campaign}/alerts/new", Reader.STAFF),
        page("/staff/alerts/{alert}", Reader.STAFF),
        page("/staff/advocacy/states/SEN", Reader.STAFF),
        page("/staff/members", Reader.STAFF),
        page("/staff/members/import", Reader.STAFF),
        page("/staff/members/fields", Reader.STAFF),
        page("/staff/members/groups", Reader.STAFF),
        page("/staff/members/accounts", Reader.STAFF),
        page("/staff/members/access-log", Reader.STAFF),
        page("/staff/mail", Reader.STAFF),
        page("/staff/mail/suppressions", Reader.STAFF),
        page("/staff/court", Reader.STAFF),
        page("/staff/court/organs", Reader.STAFF),
        page("/staff/court/stages", Reader.STAFF),
        page("/staff/court/sessions", Reader.STAFF),
        page("/staff/court/budget", Reader.STAFF),
        page("/staff/media", Reader.STAFF),
        page("/staff/media/stories", Reader.STAFF),
        page("/staff/media/review", Reader.STAFF),
        page("/staff/media/reports", Reader.STAFF),
        page("/staff/media/summary", Reader.STAFF),
        page("/staff/lists", Reader.STAFF),
        page("/staff/lists/new", Reader.STAFF),
        page("/staff/lists/updates-en", Reader.STAFF),
        page("/staff/lists/updates-en/held", Reader.STAFF),
        page("/staff/publications", Reader.STAFF),
        page("/staff/press", Reader.STAFF),
        page("/staff/calendar", Reader.STAFF),
        page("/contribute", Reader.MEMBER),
        page("/staff/blog", Reader.STAFF),
        page("/staff/pages", Reader.STAFF),
        page("/staff/menus", Reader.STAFF),
        page("/admin/users", Reader.ADMIN),
        page("/admin/users/new", Reader.ADMIN),
        page("/admin/audit", Reader.ADMIN));

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    private static final String PASSWORD = "a11y-password-for-tests";

    private static Map<String, String> fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Users users;

    @Autowired
    Campaigns campaigns;

    @Autowired
    Alerts alerts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    BlogPosts posts;

    @Autowired
    BlogImages images;

    @Autowired
    CmsPages cms;

    /** The records the page types name, made or found once per class. */
    private Map<String, String> fixtures() {
        if (fixtures == null) {
            var made = new HashMap<String, String>();
            made.put("warrant", jdbc.sql("select min(id) from coop_warrant").query(String.class).single());
            made.put("strategy", jdbc.sql("select min(id) from strategy").query(String.class).single());
            made.put("goal", jdbc.sql("select min(id) from strategy_goal where strategy_id = ?")
                .param(Long.valueOf(made.get("strategy"))).query(String.class).single());
            var alert = TogoAlert.publish(campaigns, alerts, "a11y");
            made.put("campaign", Long.toString(alert.campaignId()));
            made.put("alert", Long.toString(alert.id()));
            made.put("slug", alert.slug());
            insitu(made);
            for (Reader reader : List.of(Reader.MEMBER, Reader.STAFF, Reader.ADMIN)) {
                String name = "a11y-" + reader.name().toLowerCase() + "-" + System.nanoTime();
                users.create(name, "A11y " + reader, name + "@example.org", encoder.encode(PASSWORD), "en", false,
                        Set.of(Role.valueOf(reader.name())));
                made.put("user:" + reader, name);
            }
            fixtures = made;
        }
        return fixtures;
    }

    /** The rich text an In Situ post or a CMS page carries: headings, a list, links inside and outside the site. */
    private static String rich(String heading, String text, String item, String link) {
        return "<h2>" + heading + "</h2><p>" + text + " <a href=\"/countries/SEN\">" + link + "</a></p><h3>" + heading + " 2</h3>"
                + "<ul><li>" + item + " 1</li><li>" + item + " 2</li></ul><ol><li>" + item + " 3</li></ol>"
                + "<p><a href=\"https://www.icc-cpi.int/\">ICC</a></p>";
    }

    /**
     * A published blog post with pictures in English and its Arabic translation, a Civil Society at Work
     * story in both, and a CMS page in both, made through the blog's review and the CMS like any other.
     * The texts say they are test texts; they state no fact.
     */
    private void insitu(Map<String, String> made) {
        String en = rich("Test heading", "This post is a test text for accessibility checks.", "Point", "A country page");
        String ar = rich("عنوان تجريبي", "هذه تدوينة تجريبية لفحص إمكانية الوصول.", "نقطة", "صفحة بلد");
        long post = published(new PostDraft("A test post with pictures", "A summary.", en, "en", null), false);
        images.add(post, png(new Color(0x2a6f97)), "A blue rectangle (test picture)");
        images.add(post, png(new Color(0xb5651d)), "A brown rectangle (test picture)");
        long postAr = published(new PostDraft("تدوينة تجريبية مع صور", "ملخص.", ar, "ar", post), false);
        images.add(postAr, png(new Color(0x2a6f97)), "مستطيل أزرق (صورة تجريبية)");
        long story = published(new PostDraft("A test story", null, en, "en", null), true);
        long storyAr = published(new PostDraft("قصة تجريبية", null, ar, "ar", story), true);
        String slug = "a11y-" + System.nanoTime();
        long page = cms.create(slug);
        cms.saveDraft(page, "en", "A test page", en, null);
        cms.saveDraft(page, "ar", "صفحة تجريبية", ar, null);
        cms.publish(page, "en", null, true);
        cms.publish(page, "ar", null, true);
        made.putAll(Map.of("post", Long.toString(post), "postAr", Long.toString(postAr), "story", Long.toString(story),
                "storyAr", Long.toString(storyAr), "cmsPage", slug));
    }

    private long published(PostDraft draft, boolean story) {
        long id = posts.submit("a11y-writer", draft);
        posts.approve(id, new Approval(null, true, story, null, story ? "SEN" : null));
        return id;
    }

    private static byte[] png(Color color) {
        var image = new BufferedImage(320, 180, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, 320, 180);
        g.dispose();
        var out = new java.io.ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private String address(PageType page, String language) {
        Matcher m = PLACEHOLDER.matcher(page.path());
        String path = m.replaceAll(r -> fixtures().get(r.group(1)));
        return path + (path.contains("?") ? "&" : "?") + "lang=" + language;
    }

    /** Signs the browser in as the page's reader (or out, for public pages), once per change of reader. */
    private Reader signedIn;

    private void readAs(Reader reader) {
        if (reader == signedIn) {
            return;
        }
        browser.manage().deleteAllCookies();
        if (reader != Reader.PUBLIC) {
            browser.get(url("/login?lang=en"));
            browser.findElement(By.name("username")).sendKeys(fixtures().get("user:" + reader));
            browser.findElement(By.name("password")).sendKeys(PASSWORD);
            browser.findElement(By.cssSelector("form.stacked button")).click();
            waiting().until(d -> !d.getCurrentUrl().contains("/login"));
        }
        signedIn = reader;
    }

    private static List<PageType> byReader() {
        return PAGES.stream().sorted((a, b) -> a.reader().compareTo(b.reader())).toList();
    }

    /** Findings also go to this file as they come, so that a long list can be read whole. */
    static final Path REPORT = Path.of("target/accessibility-report.txt");

    private static void report(String line) throws IOException {
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    @Test
    void noPageTypeHasASeriousOrCriticalAxeViolation() throws IOException {
        Axe.install(browser);
        List<String> findings = new ArrayList<>();
        for (PageType page : byReader()) {
            readAs(page.reader());
            for (String language : page.languages()) {
                String address = address(page, language);
                browser.get(url(address));
                List<String> violations = Axe.seriousViolations(browser);
                if (!violations.isEmpty()) {
                    findings.add(address + "\n    " + String.join("\n    ", violations));
                    report("axe " + findings.get(findings.size() - 1));
                }
            }
        }
        assertThat(findings).as("axe-core: serious or critical WCAG 2.1 AA violations").isEmpty();
    }

    /** The HTML as the server sends it, read with the browser's cookies (so signed in as the browser is). */
    private HttpResponse<byte[]> fetch(String address) throws IOException, InterruptedException {
        String cookies = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
            .collect(Collectors.joining("; "));
        var request = HttpRequest.newBuilder(URI.create(url(address))).header("Accept", "text/html");
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void everyPageTypeIsValidHtml() throws Exception {
        var checker = new HtmlChecker();
        List<String> errors = new ArrayList<>();
        for (PageType page : byReader()) {
            readAs(page.reader());
            for (String language : page.languages()) {
                String address = address(page, language);
                HttpResponse<byte[]> answer = fetch(address);
                if (answer.statusCode() != page.status()) {
                    errors.add(address + "\n    answered " + answer.statusCode() + ", expected " + page.status());
                    report("status " + errors.get(errors.size() - 1));
                    continue;
                }
                var found = checker.check(answer.body());
                if (!found.errors().isEmpty()) {
                    errors.add(address + "\n    " + String.join("\n    ", found.errors()));
                    report("html " + errors.get(errors.size() - 1));
                }
                if (!found.warnings().isEmpty()) {
                    report("html warnings (not failing) " + address + "\n    " + String.join("\n    ", found.warnings()));
                }
            }
        }
        assertThat(errors).as("Nu Html Checker: errors (warnings are listed in " + REPORT + ")").isEmpty();
    }

    /**
     * Reading needs no JavaScript: the HTML as sent, before any script runs, already holds the tracker's
     * counts and table and the data behind each chart, and every map and chart has a text alternative.
     */
    @Test
    void theMapAndChartsReadWithoutJavaScript() throws Exception {
        readAs(Reader.PUBLIC);
        Document tracker = Jsoup.parse(new String(fetch("/tracker?lang=en").body(), StandardCharsets.UTF_8));
        assertThat(tracker.select("table.states tbody tr")).hasSizeGreaterThanOrEqualTo(197);
        assertThat(tracker.selectFirst("[data-count=statesParties]").text()).matches("\\d{3}");
        assertThat(tracker.select("table.regions tbody tr")).hasSize(5);
        assertThat(tracker.selectFirst("noscript").text()).contains("table below");

        Document budget = Jsoup.parse(new String(fetch("/court/budget?lang=en").body(), StandardCharsets.UTF_8));
        assertThat(budget.selectFirst("table").text()).contains("149,205,600").contains("Office of the Prosecutor");

        Document strategy = Jsoup.parse(new String(fetch(address(page("/strategy/{strategy}", Reader.PUBLIC), "en")).body(),
                StandardCharsets.UTF_8));
        assertThat(strategy.select("article.goal dd.value")).isNotEmpty().allSatisfy(v -> assertThat(v.text()).matches("\\d+"));

        for (Document page : List.of(tracker, budget, strategy)) {
            assertThat(page.select("#map, .chart, .goal-chart")).isNotEmpty()
                .allSatisfy(chart -> assertThat(chart.attr("role")).isEqualTo("img"))
                .allSatisfy(chart -> assertThat(chart.hasAttr("aria-label") || chart.hasAttr("aria-labelledby")).isTrue());
        }
    }
}
