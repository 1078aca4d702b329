package org.amicus.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.amicus.LoopbackRelay;
import org.amicus.campaigns.internal.advocacy.Campaigns;
import org.amicus.campaigns.internal.alerts.Alerts;

import org.amicus.members.internal.record.Directory;
import org.amicus.members.internal.record.DirectoryListing;
import org.amicus.members.internal.record.Organisation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;

/**
 * The portal as a newcomer meets it, in headless Chromium: a visitor reads the home page in French,
 * goes to the member directory, finds a member NGO by name, opens its profile and then the page of
 * its country. Another reads it in Arabic, right to left, signs an action alert and confirms from
 * the mail (delivered to a loopback relay), and downloads a dataset as CSV and JSON from /open-data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PortalBrowserTest extends BrowserSession {

    static final GreenMail RELAY = LoopbackRelay.start();

    @DynamicPropertySource
    static void relay(DynamicPropertyRegistry r) {
        LoopbackRelay.settings(r, RELAY, "portal.test");
    }

    @AfterAll
    static void stopRelay() {
        RELAY.stop();
    }

    @Autowired
    Campaigns campaigns;

    @Autowired
    Alerts alerts;

    @Autowired
    Directory directory;

    @Autowired
    DirectoryListing listing;

    @Test
    void aVisitorReadsTheHomePageInFrenchFindsAMemberNgoAndOpensItsCountry() {
        Organisation ngo = directory.save(new Organisation(0, "NGO", "Ligue sénégalaise pour la justice " + System.nanoTime(), null, "LSJ",
                "SEN", "Afrique de l'Ouest", "Dakar", "https://example.org/lsj", List.of(), List.of(), "MEMBER", LocalDate.of(2004, 3, 1), null,
                null, null, "browser test", List.of()));
        listing.choose(ngo.id(), true);

        browser.manage().deleteAllCookies();
        browser.get(url("/"));
        browser.findElement(By.cssSelector("nav.languages a[lang=fr]")).click();
        waiting().until(d -> "fr".equals(d.findElement(By.tagName("html")).getDomAttribute("lang")));
        assertThat(browser.findElement(By.id("h-tracker")).getText()).isEqualTo("Le Statut de Rome aujourd'hui");
        assertThat(browser.findElement(By.id("states-parties")).getText()).matches("\\d{3}");

        browser.findElement(By.cssSelector("nav.menu a[href='/about']")).click();
        waiting().until(d -> d.getCurrentUrl().contains("/about"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("La coalition et ses membres");
        browser.findElement(By.id("directory-q")).sendKeys("sénégalaise");
        new Select(browser.findElement(By.id("directory-country"))).selectByValue("SEN");
        browser.findElement(By.cssSelector("form[role=search] button")).click();
        waiting().until(d -> d.getCurrentUrl().contains("q="));
        browser.findElement(By.linkText(ngo.name())).click();

        waiting().until(d -> d.findElement(By.tagName("h1")).getText().equals(ngo.name()));
        assertThat(browser.findElement(By.cssSelector(".facts")).getText()).contains("Sénégal").contains("https://example.org/lsj");
        browser.findElement(By.linkText("Sénégal")).click();

        waiting().until(d -> d.getCurrentUrl().contains("/countries/SEN"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Sénégal");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("État Partie");
        assertThat(browser.findElement(By.id("country-members")).getText()).contains(ngo.name());
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("Dépôt de l’instrument");
    }

    @Test
    void aVisitorReadsInArabicSignsAnAlertConfirmsFromTheMailAndDownloadsADataset() throws Exception {
        String slug = TogoAlert.publish(campaigns, alerts, "portal walk").slug();

        // The home page, then the language switch to Arabic: right to left, every language still offered.
        browser.manage().deleteAllCookies();
        browser.get(url("/"));
        browser.findElement(By.cssSelector("nav.languages a[lang=ar]")).click();
        waiting().until(d -> "ar".equals(d.findElement(By.tagName("html")).getDomAttribute("lang")));
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.findElements(By.cssSelector("nav.languages a"))).hasSize(5);
        assertThat(browser.findElements(By.cssSelector("link[rel=alternate][hreflang]"))).extracting(e -> e.getDomAttribute("hreflang"))
            .contains("en", "fr", "es", "ar", "pt", "x-default");

        // Signs the alert in Arabic, then confirms with the link the mail brings.
        String email = "walk-" + System.nanoTime() + "@example.org";
        browser.get(url("/act/" + slug));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("توغو، انضمي إلى المحكمة");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("rtl");
        browser.findElement(By.id("act-name")).sendKeys("سلمى");
        browser.findElement(By.id("act-email")).sendKeys(email);
        new Select(browser.findElement(By.id("act-country"))).selectByValue("TGO");
        browser.findElement(By.id("act-show")).click();
        Thread.sleep(3000); // a person takes longer than the form's time check to read and fill it
        browser.findElement(By.id("act-submit")).click();
        waiting().until(d -> !d.findElements(By.id("act-thanks")).isEmpty());
        String mail = LoopbackRelay.text(LoopbackRelay.receivedBy(RELAY, email));
        Matcher link = Pattern.compile("https://amicus\\.test(/act/confirm/[A-Za-z0-9_-]+)").matcher(mail);
        assertThat(link.find()).as(mail).isTrue();
        browser.get(url(link.group(1)));
        assertThat(browser.findElement(By.id("act-confirmed")).isDisplayed()).isTrue();

        // Open data, through the menu: the states dataset as CSV and as JSON, each with the same states in it.
        browser.findElement(By.cssSelector("nav.menu a[href='/open-data']")).click();
        waiting().until(d -> d.getCurrentUrl().contains("/open-data"));
        var row = browser.findElement(By.id("dataset-states"));
        String csv = download(row.findElement(By.cssSelector("a[type='text/csv']")).getDomProperty("href"));
        assertThat(csv.lines().findFirst().orElseThrow()).contains("iso3");
        assertThat(csv).contains("KEN").contains("SEN");
        String json = download(row.findElement(By.cssSelector("a[type='application/json']")).getDomProperty("href"));
        List<String> codes = com.jayway.jsonpath.JsonPath.read(json, "$[*].iso3");
        assertThat(codes).contains("KEN", "SEN").hasSize((int) csv.lines().skip(1).count());
    }

    /** What the browser would save: the body of the link's address, as the server sends it to anyone. */
    private static String download(String href) throws Exception {
        var answer = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(href)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(href).isEqualTo(200);
        return answer.body();
    }
}
