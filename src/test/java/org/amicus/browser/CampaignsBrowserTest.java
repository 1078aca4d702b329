package org.amicus.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.amicus.campaigns.CampaignFixtures;
import org.amicus.members.internal.record.IndexFeed;
import org.amicus.platform.internal.security.Role;
import org.amicus.platform.internal.security.Users;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The Universal Ratification Campaign as staff and supporters meet it, in headless Chromium: staff open
 * the campaign for a chosen state, log a mission and a meeting with outcomes, assign a follow-up and
 * publish an action alert; two supporters sign it, one in French and one in Spanish, and confirm.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CampaignsBrowserTest extends BrowserSession {

    @Autowired
    Users users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IndexFeed search;

    private void type(String id, String text) {
        var field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Date inputs take their value from script: typing into them depends on the browser's locale. */
    private void date(String id, LocalDate value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), value.toString());
    }

    /**
     * Submits and waits for the answer's page: a new document, loaded (a redirect may come back to
     * the same address, so the address cannot tell). The old document carries a mark; the new one does not.
     */
    private void submit(String formId) {
        press(By.cssSelector("#" + formId + " button[type=submit]:not(.default-submit):not([name=find])"));
    }

    /** A picker's search as it works without script: the words, then its button, which sends the form back unsaved with the matches. */
    private void find(String field, String words) {
        var box = browser.findElement(By.name("find-" + field));
        box.clear();
        box.sendKeys(words);
        press(By.cssSelector("#pick-" + field + " button[name=find]"));
    }

    private void tick(String field, long id) {
        browser.findElement(By.cssSelector("#pick-" + field + " input[type=checkbox][value='" + id + "']")).click();
    }

    /** What a picker shows, open or folded away. */
    private String picker(String formId, String field) {
        return browser.findElement(By.cssSelector("#" + formId + " #pick-" + field)).getAttribute("textContent").replaceAll("\\s+", " ");
    }

    private boolean ticked(String formId, String field, long id) {
        return browser.findElement(By.cssSelector("#" + formId + " #pick-" + field + " input[value='" + id + "']")).isSelected();
    }

    private void press(By button) {
        ((JavascriptExecutor) browser).executeScript("window.amicusOldPage = true");
        browser.findElement(button).click();
        waiting().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
            .executeScript("return window.amicusOldPage === undefined && document.readyState === 'complete'")));
    }

    private void sign(String slug, String lang, String name, String email) throws InterruptedException {
        browser.get(url("/act/" + slug + "?lang=" + lang));
        type("act-name", name);
        type("act-email", email);
        new Select(browser.findElement(By.id("act-country"))).selectByValue("TGO");
        browser.findElement(By.id("act-show")).click();
        Thread.sleep(3000); // a person takes longer than the form's time check to read and fill it
        browser.findElement(By.id("act-submit")).click();
        waiting().until(d -> !d.findElements(By.id("act-thanks")).isEmpty());
    }

    @Test
    void staffRunTheCampaignForAStateAndSupportersSignInTwoLanguages() throws InterruptedException {
        String tag = CampaignFixtures.tag();
        String campaigner = "campaigner-" + tag;
        users.create(campaigner, "Campaigner", campaigner + "@example.org", encoder.encode("campaigner-password-1"), "en", false,
                Set.of(Role.STAFF));
        long ministry = CampaignFixtures.organisation(jdbc, "Ministry of Foreign Affairs of Togo " + tag, null);
        long minister = CampaignFixtures.official(jdbc, "Robert Dussey " + tag, "Minister of Foreign Affairs", "TGO", LocalDate.of(2013, 9, 17), null);
        jdbc.sql("insert into affiliation (person_id, organisation_id, role) values (?, ?, 'Minister')").params(minister, ministry).update();
        search.organisationsChanged(List.of(ministry));
        search.peopleChanged(List.of(minister));
        browser.manage().deleteAllCookies();
        browser.get(url("/login?lang=en"));
        browser.findElement(By.name("username")).sendKeys(campaigner);
        browser.findElement(By.name("password")).sendKeys("campaigner-password-1");
        browser.findElement(By.cssSelector("form.stacked button")).click();
        waiting().until(d -> !d.getCurrentUrl().contains("/login"));

        browser.get(url("/staff/campaigns?lang=en"));
        type("campaign-name", "Universal Ratification Campaign: Togo " + tag);
        new Select(browser.findElement(By.id("campaign-kind"))).selectByValue("UNIVERSAL_RATIFICATION");
        date("campaign-start", LocalDate.now().withDayOfMonth(1));
        type("campaign-states", "TGO");
        submit("campaign-form");
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo("Universal Ratification Campaign: Togo " + tag);
        String campaignPage = browser.getCurrentUrl();

        browser.findElement(By.id("log-activity")).click();
        type("activity-title", "Mission to Lomé");
        date("activity-starts", LocalDate.now().minusDays(10));
        date("activity-ends", LocalDate.now().minusDays(12));
        type("activity-destination", "Lomé");
        submit("activity-form");
        assertThat(browser.findElement(By.cssSelector("ul.problems")).getText()).contains("It cannot end before it starts");
        date("activity-ends", LocalDate.now().minusDays(8));
        submit("activity-form");
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo("Mission to Lomé");
        type("outcome-text", "The minister will put ratification to cabinet");
        submit("outcome-form");
        type("task-title", "Send the ratification kit");
        new Select(browser.findElement(By.id("task-owner"))).selectByValue(campaigner);
        date("task-due", LocalDate.now().plusDays(14));
        submit("follow-up-form");
        assertThat(browser.findElement(By.cssSelector("table.follow-ups")).getText()).contains("Send the ratification kit");

        browser.get(campaignPage);
        browser.findElement(By.id("log-activity")).click();
        new Select(browser.findElement(By.id("activity-kind"))).selectByValue("MEETING");
        type("activity-title", "Meeting with the Minister of Foreign Affairs");
        date("activity-starts", LocalDate.now().minusDays(9));
        date("activity-ends", LocalDate.now().minusDays(10));
        find("bodies", "foreign affairs togo " + tag);
        assertThat(browser.findElement(By.id("activity-title")).getAttribute("value")).as("the search keeps what was typed")
            .isEqualTo("Meeting with the Minister of Foreign Affairs");
        tick("bodies", ministry);
        find("people", "Dussey " + tag);
        tick("people", minister);
        submit("activity-form");
        assertThat(browser.findElement(By.cssSelector("ul.problems")).getText()).contains("It cannot end before it starts");
        String minsterAsChosen = "Robert Dussey " + tag + " · Minister of Foreign Affairs (TGO), Ministry of Foreign Affairs of Togo " + tag;
        assertThat(picker("activity-form", "people")).as("the choice, by name, after a refusal").contains(minsterAsChosen);
        assertThat(ticked("activity-form", "people", minister)).isTrue();
        assertThat(picker("activity-form", "bodies")).contains("Ministry of Foreign Affairs of Togo " + tag);
        assertThat(ticked("activity-form", "bodies", ministry)).isTrue();
        date("activity-ends", LocalDate.now().minusDays(9));
        submit("activity-form");
        assertThat(picker("activity-edit-form", "people")).as("the saved choice, by name").contains(minsterAsChosen);
        assertThat(ticked("activity-edit-form", "bodies", ministry)).isTrue();
        new Select(browser.findElement(By.id("outcome-kind"))).selectByValue("POSITION");
        type("outcome-text", "Togo supports the Court but fears the costs");
        submit("outcome-form");
        assertThat(browser.findElement(By.cssSelector("ul.outcomes")).getText()).contains("Position stated");

        browser.get(campaignPage);
        assertThat(browser.findElement(By.cssSelector("table.activities")).getText()).contains("Mission to Lomé", "Meeting with the Minister");
        browser.findElement(By.id("new-alert")).click();
        String slug = "togo-" + tag;
        type("alert-slug", slug);
        type("title-en", "Togo: join the International Criminal Court");
        type("appeal-en", "Ask Togo to ratify the Rome Statute this year.");
        type("title-fr", "Togo : rejoignez la Cour pénale internationale");
        type("appeal-fr", "Demandez au Togo de ratifier le Statut de Rome cette année.");
        type("title-es", "Togo: únase a la Corte Penal Internacional");
        type("appeal-es", "Pida a Togo que ratifique el Estatuto de Roma este año.");
        submit("alert-form");
        browser.findElement(By.id("publish")).click();
        waiting().until(d -> d.findElement(By.id("alert-status")).getText().equals("Published"));

        browser.manage().deleteAllCookies();
        sign(slug, "fr", "Ama Mensah", "ama-" + tag + "@example.org");
        assertThat(browser.findElement(By.id("act-thanks")).getText()).startsWith("Merci.");
        sign(slug, "es", "Kofi Agbeko", "kofi-" + tag + "@example.org");
        assertThat(browser.findElement(By.id("act-thanks")).getText()).startsWith("Gracias.");
        for (String token : jdbc.sql("select confirm_token from alert_signature s join action_alert a on a.id = s.alert_id where a.slug = ?")
            .param(slug).query(String.class).list()) {
            browser.get(url("/act/confirm/" + token));
            assertThat(browser.findElement(By.id("act-confirmed")).isDisplayed()).isTrue();
        }
        browser.get(url("/act/" + slug + "?lang=es"));
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo("Togo: únase a la Corte Penal Internacional");
        assertThat(browser.findElement(By.id("alert-count")).getText()).isEqualTo("2");
        assertThat(browser.findElement(By.id("signatories")).getText()).contains("Ama Mensah", "Kofi Agbeko");
        browser.manage().deleteAllCookies();
    }
}
