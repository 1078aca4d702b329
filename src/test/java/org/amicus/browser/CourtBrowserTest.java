package org.amicus.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The Court's budget page in headless Chromium: the chart draws from the shipped budgets, and the Arabic page reads right to left. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CourtBrowserTest {

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

    @Test
    void theBudgetChartIsDrawnAndTheArabicPageReadsRightToLeft() throws IOException {
        browser.get("http://localhost:" + port + "/court/budget?lang=en");
        Waiting.on(browser)
            .until(d -> !d.findElements(By.cssSelector("#budget-chart canvas")).isEmpty());
        assertThat(browser.findElement(By.tagName("table")).getText()).contains("149,205,600").contains("Office of the Prosecutor");
        Files.createDirectories(BrowserTest.SCREENSHOTS);
        Files.write(BrowserTest.SCREENSHOTS.resolve("court-budget-en.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

        browser.get("http://localhost:" + port + "/court/budget?lang=ar");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("ميزانية المحكمة");
    }
}
