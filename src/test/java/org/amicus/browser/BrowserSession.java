package org.amicus.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.FluentWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What every module's browser test shares: one headless Chromium per class, the server's address, the wait. */
abstract class BrowserSession {

    static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        browser = BrowserTest.chromium();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Signs in afresh (the cookies of an earlier reader dropped) and waits to leave the login page. */
    void signIn(String username, String password) {
        browser.manage().deleteAllCookies();
        browser.get(url("/login?lang=en"));
        browser.findElement(By.name("username")).sendKeys(username);
        browser.findElement(By.name("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form.stacked button")).click();
        waiting().until(d -> !d.getCurrentUrl().contains("/login"));
    }

    FluentWait<WebDriver> waiting() {
        return Waiting.on(browser);
    }
}
