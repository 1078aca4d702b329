package org.amicus.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.springframework.boot.test.context.SpringBootTest;

/** The Court's budget page in headless Chromium: the chart draws from the shipped budgets, and the Arabic page reads right to left. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CourtBrowserTest extends BrowserSession {

    @Test
    void theBudgetChartIsDrawnAndTheArabicPageReadsRightToLeft() throws IOException {
        browser.get(url("/court/budget?lang=en"));
        waiting()
            .until(d -> !d.findElements(By.cssSelector("#budget-chart canvas")).isEmpty());
        assertThat(browser.findElement(By.tagName("table")).getText()).contains("149,205,600").contains("Office of the Prosecutor");
        Files.createDirectories(BrowserTest.SCREENSHOTS);
        Files.write(BrowserTest.SCREENSHOTS.resolve("court-budget-en.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

        browser.get(url("/court/budget?lang=ar"));
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("ميزانية المحكمة");
    }
}
