package org.amicus.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.amicus.platform.internal.security.Role;
import org.amicus.platform.internal.security.Users;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The In Situ blog as its people use it, in headless Chromium: a member writes a post in French,
 * an editor asks for a change, the member reads the note and fixes the post, the editor approves
 * it; the post is on /blog in French (and not among the English posts) and in the French feed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InSituBrowserTest extends BrowserSession {

    @Autowired
    Users users;

    @Autowired
    PasswordEncoder encoder;

    private void type(WebElement form, String name, String text) {
        WebElement field = form.findElement(By.name(name));
        field.clear();
        field.sendKeys(text);
    }

    @Test
    void aMemberWritesAnEditorAsksForAChangeThenApprovesAndThePostIsOnTheBlogAndInTheFeed() {
        users.create("insitu-writer", "In Situ writer", "writer@example.org", encoder.encode("writer-password-123"), "fr", false,
                Set.of(Role.MEMBER));
        signIn("insitu-writer", "writer-password-123");
        browser.get(url("/contribute?lang=fr"));
        WebElement form = browser.findElement(By.id("new-post"));
        type(form, "title", "Audiences à Bunia");
        new Select(form.findElement(By.name("language"))).selectByValue("fr");
        type(form, "body", "<p>Les victimes ont témoigné.</p>");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        waiting().until(d -> d.getCurrentUrl().matches(".*/contribute/\\d+$"));
        String id = browser.getCurrentUrl().replaceAll(".*/", "");
        assertThat(browser.findElement(By.cssSelector("span.status")).getText()).isEqualTo("En attente de la rédaction");

        signIn("admin", "admin-password-for-tests");
        browser.get(url("/staff/blog/" + id + "?lang=en"));
        type(browser.findElement(By.id("request-changes")), "note", "Nommez la chambre de la Cour, s'il vous plaît.");
        browser.findElement(By.cssSelector("#request-changes button")).click();
        waiting().until(d -> d.findElement(By.cssSelector("p.notice")).getText().contains("asked for changes"));

        signIn("insitu-writer", "writer-password-123");
        browser.get(url("/contribute/" + id + "?lang=fr"));
        assertThat(browser.findElement(By.id("editor-note")).getText()).isEqualTo("Nommez la chambre de la Cour, s'il vous plaît.");
        WebElement edit = browser.findElement(By.id("edit-post"));
        type(edit, "title", "Audiences devant la Chambre préliminaire à Bunia");
        edit.findElement(By.cssSelector("button[type=submit]")).click();
        waiting().until(d -> d.findElement(By.cssSelector("p.notice")).getText().contains("renvoyé à la rédaction"));

        signIn("admin", "admin-password-for-tests");
        browser.get(url("/staff/blog/" + id + "?lang=en"));
        browser.findElement(By.cssSelector("#approve button")).click();
        waiting().until(d -> d.findElement(By.cssSelector("p.notice")).getText().contains("Approved"));

        browser.manage().deleteAllCookies();
        browser.get(url("/blog?lang=fr"));
        assertThat(browser.findElement(By.cssSelector("section.blog")).getText()).contains("Audiences devant la Chambre préliminaire à Bunia");
        browser.findElement(By.linkText("Audiences devant la Chambre préliminaire à Bunia")).click();
        waiting().until(d -> d.getCurrentUrl().contains("/blog/" + id));
        assertThat(browser.findElement(By.cssSelector("article h1")).getText()).isEqualTo("Audiences devant la Chambre préliminaire à Bunia");
        browser.get(url("/feeds/fr/blog.rss"));
        assertThat(browser.getPageSource()).contains("Audiences devant la Chambre préliminaire à Bunia");
        browser.get(url("/feeds/en/blog.rss"));
        assertThat(browser.getPageSource()).doesNotContain("Audiences devant la Chambre préliminaire à Bunia");
        browser.manage().deleteAllCookies();
    }
}
