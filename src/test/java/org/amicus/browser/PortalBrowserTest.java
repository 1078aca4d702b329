package org.amicus.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.amicus.members.internal.record.Directory;
import org.amicus.members.internal.record.DirectoryListing;
import org.amicus.members.internal.record.Organisation;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The portal as a newcomer meets it, in headless Chromium: a visitor reads the home page in French,
 * goes to the member directory, finds a member NGO by name, opens its profile and then the page of
 * its country.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PortalBrowserTest extends BrowserSession {

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
}
