package org.amicus.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The Bulletin as a new staff user builds it in headless Chromium: a new edition in English that
 * needs French and a shortened Arabic version, an article with a call to action, its French
 * translation approved, the French preview, publication, and the public page in French and Arabic.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BulletinBrowserTest extends BrowserSession {

    private void type(WebElement form, String name, String text) {
        WebElement field = form.findElement(By.name(name));
        field.clear();
        field.sendKeys(text);
    }

    @Test
    void staffBuildTranslateApproveAndPublishABulletin() {
        browser.manage().deleteAllCookies();
        browser.get(url("/login?lang=en"));
        browser.findElement(By.name("username")).sendKeys("admin");
        browser.findElement(By.name("password")).sendKeys("admin-password-for-tests");
        browser.findElement(By.cssSelector("form.stacked button")).click();
        waiting().until(d -> !d.getCurrentUrl().contains("/login"));

        browser.get(url("/staff/publications?lang=en"));
        WebElement form = browser.findElement(By.cssSelector("form[action$='/staff/publications/editions']"));
        new Select(form.findElement(By.name("publicationId"))).selectByVisibleText("The Bulletin");
        type(form, "label", "Browser issue");
        type(form, "title", "Ten years of the Court");
        form.findElement(By.cssSelector("input[name=languages][value=fr]")).click();
        form.findElement(By.cssSelector("input[name=shortened][value=ar]")).click();
        form.findElement(By.cssSelector("button[type=submit]")).click();
        waiting().until(d -> d.getCurrentUrl().matches(".*/staff/publications/editions/\\d+$"));
        String edition = browser.getCurrentUrl();
        assertThat(browser.findElement(By.id("lang-ar")).getText()).contains("shortened version");

        WebElement article = browser.findElement(By.cssSelector("form[action$='/articles']"));
        type(article, "title", "A decade of justice");
        type(article, "body", "<p>The Court opened its doors in 2002.</p>");
        type(article, "actionLabel", "Ask your government to ratify");
        type(article, "actionUrl", "https://www.iccnow.org/ratify");
        article.findElement(By.cssSelector("button[type=submit]")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("ol.articles li")).isEmpty());

        browser.findElement(By.cssSelector("ol.articles li a.missing")).click();
        waiting().until(d -> d.getCurrentUrl().contains("in=fr"));
        WebElement translation = browser.findElement(By.cssSelector("form.stacked[lang=fr]"));
        type(translation, "title", "Une décennie de justice");
        type(translation, "body", "<p>La Cour a ouvert ses portes en 2002.</p>");
        type(translation, "actionLabel", "Demandez à votre gouvernement de ratifier");
        translation.findElement(By.cssSelector("button[type=submit]")).click();
        waiting().until(d -> d.getCurrentUrl().equals(edition));

        WebElement french = browser.findElement(By.cssSelector("#lang-fr form"));
        type(french, "title", "Dix ans de la Cour");
        new Select(french.findElement(By.name("status"))).selectByValue("APPROVED");
        type(french, "assignee", "amelie");
        french.findElement(By.cssSelector("button[type=submit]")).click();
        waiting().until(d -> d.findElement(By.cssSelector("p.notice")).getText().contains("Saved"));

        browser.findElement(By.cssSelector("#lang-fr a[href$='/preview/fr']")).click();
        waiting().until(d -> d.getCurrentUrl().endsWith("/preview/fr"));
        assertThat(browser.findElement(By.cssSelector(".edition h1")).getText()).isEqualTo("Dix ans de la Cour");
        assertThat(browser.findElement(By.cssSelector(".piece .action a")).getText()).isEqualTo("Demandez à votre gouvernement de ratifier");

        browser.get(edition);
        browser.findElement(By.cssSelector("form[action$='/publish'] button")).click();
        waiting().until(d -> d.findElement(By.cssSelector("p.notice")).getText().contains("Published"));
        String id = edition.substring(edition.lastIndexOf('/') + 1);
        browser.get(url("/publications/editions/" + id + "?lang=fr"));
        assertThat(browser.findElement(By.cssSelector("section.edition h1")).getText()).isEqualTo("Dix ans de la Cour");
        browser.get(url("/publications/editions/" + id + "?lang=ar"));
        assertThat(browser.findElement(By.cssSelector("html")).getDomAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.findElement(By.cssSelector("p.notice")).getText()).contains("English");
        browser.manage().deleteAllCookies();
    }
}
