package org.amicus.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;

import org.amicus.members.internal.record.MemberAccounts;
import org.amicus.platform.internal.security.Role;
import org.amicus.platform.internal.security.Users;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Members as a new user meets them, in headless Chromium: staff import a member list in three
 * languages, find a duplicate in a second list and merge it, build a smart group; then a member
 * user edits their own organisation and is refused another's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MembersBrowserTest extends BrowserSession {

    @Autowired
    Users users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    MemberAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    private void upload(String resource) {
        browser.get(url("/staff/members/import?lang=en"));
        browser.findElement(By.name("file")).sendKeys(Path.of("src/test/resources/members/" + resource).toAbsolutePath().toString());
        browser.findElement(By.cssSelector("form.filters button")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("p.ok, ul.problems")).isEmpty());
    }

    @Test
    void staffImportFindDuplicatesMergeAndBuildASmartGroupThenAMemberEditsOnlyTheirOwn() {
        signIn("admin", "admin-password-for-tests");
        upload("member-list.csv");
        assertThat(browser.findElement(By.cssSelector("p.ok")).getText()).contains("All 6 rows are good");
        browser.findElement(By.cssSelector("#apply button[type=submit]")).click();
        waiting().until(d -> d.findElement(By.cssSelector("p.notice")).getText().contains("6 people"));

        // a Latin spelling finds the name written in Arabic
        browser.get(url("/staff/members?lang=en&type=person&q=Mohamed+Al-Amin"));
        assertThat(browser.findElement(By.cssSelector("table.results")).getText()).contains("محمد الأمين");

        browser.get(url("/staff/members?lang=en&q=aminata&type=person"));
        int aminatas = browser.findElements(By.cssSelector("table.results tbody tr")).size();
        upload("member-list-update.csv");
        assertThat(browser.findElement(By.cssSelector("p.ok")).getText()).contains("1 may already be in the record");
        Select decision = new Select(browser.findElement(By.cssSelector("tr.duplicate select")));
        decision.selectByIndex(0);
        assertThat(decision.getFirstSelectedOption().getText()).contains("Aminata Diallo").contains("similar name");
        String mergedInto = decision.getFirstSelectedOption().getDomAttribute("value").substring("merge:".length());
        browser.findElement(By.cssSelector("#apply button[type=submit]")).click();
        waiting().until(d -> d.findElement(By.cssSelector("p.notice")).getText().contains("1 people"));

        browser.get(url("/staff/members?lang=en&q=aminata&type=person"));
        assertThat(browser.findElements(By.cssSelector("table.results tbody tr"))).hasSize(aminatas);
        browser.get(url("/members/people/" + mergedInto + "?lang=en"));
        assertThat(browser.findElement(By.id("email")).getDomProperty("value"))
            .contains("aminata.diallo@example.org").contains("a.diallo@example.net");

        browser.get(url("/staff/members?lang=en&country=SEN"));
        browser.findElement(By.id("smart-group-name")).sendKeys("Senegal: people and organisations");
        browser.findElement(By.cssSelector("#smart-group-name")).submit();
        waiting().until(d -> d.getCurrentUrl().contains("/smart-groups/"));
        // Aminata Diallo (in Senegal) and Jean-Baptiste Mbeki (at a Senegalese organisation), and any earlier test's Senegalese
        int people = Integer.parseInt(browser.findElement(By.cssSelector("p.count-people")).getText().replaceAll("\\D.*", ""));
        assertThat(people).isGreaterThanOrEqualTo(2);

        long own = jdbc.sql("select id from organisation where name = 'Ligue sénégalaise des droits humains (test)'").query(Long.class).single();
        // the national coalition: the league joins it, Aminata Diallo coordinates it
        browser.get(url("/staff/members/groups?lang=en"));
        WebElement create = browser.findElement(By.cssSelector("form[action$='/members/groups']"));
        new Select(create.findElement(By.name("kind"))).selectByValue("NATIONAL_COALITION");
        create.findElement(By.name("name")).sendKeys("Coalition sénégalaise pour la CPI (test)");
        create.findElement(By.name("country")).sendKeys("SEN");
        create.submit();
        waiting().until(d -> !d.findElements(By.id("add-member")).isEmpty());
        WebElement add = browser.findElement(By.id("add-member"));
        add.findElement(By.name("organisationId")).sendKeys(String.valueOf(own));
        add.findElement(By.name("role")).sendKeys("founding member");
        add.submit();
        waiting().until(d -> !d.findElements(By.cssSelector("table.members-current")).isEmpty());
        browser.findElement(By.id("coordinator-person")).sendKeys(mergedInto);
        browser.findElement(By.id("coordinator-person")).submit();
        waiting().until(d -> d.findElement(By.id("coordinator")).getText().contains("Aminata Diallo"));
        assertThat(browser.findElement(By.cssSelector("table.members-current")).getText()).contains("Ligue sénégalaise des droits humains (test)");

        long other = jdbc.sql("select id from organisation where name = 'Colectivo de Abogados (prueba)'").query(Long.class).single();
        users.create("ldh-member", "LDH member", "member@example.org", encoder.encode("member-password-123"), "en", false,
                Set.of(Role.MEMBER));
        accounts.link("ldh-member", own);
        signIn("ldh-member", "member-password-123");
        browser.get(url("/members?lang=en"));
        browser.findElement(By.id("own-organisation")).click();
        waiting().until(d -> !d.findElements(By.id("organisation-form")).isEmpty());
        var city = browser.findElement(By.id("city"));
        city.clear();
        city.sendKeys("Dakar");
        browser.findElement(By.cssSelector("#organisation-form button[type=submit]")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("p.notice")).isEmpty());
        assertThat(browser.findElement(By.id("city")).getDomProperty("value")).isEqualTo("Dakar");

        browser.get(url("/members/organisations/" + other + "?lang=en"));
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo("You do not have access to this page.");
        browser.get(url("/staff/members?lang=en"));
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo("You do not have access to this page.");
        browser.manage().deleteAllCookies();
    }
}
