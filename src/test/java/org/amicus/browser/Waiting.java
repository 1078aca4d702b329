package org.amicus.browser;

import java.time.Duration;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The wait every browser test uses. */
final class Waiting {

    private Waiting() {
    }

    /**
     * Pages are replaced as forms answer, so a condition that reads the page while it is being
     * replaced is asked again, not failed: the element may be gone (stale) or not there yet, or
     * Chromium may not find its node mid-navigation ("does not belong to the document"). All are
     * WebDriverExceptions; a condition that never holds still fails after 20 seconds, with the last one.
     */
    static FluentWait<WebDriver> on(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(WebDriverException.class);
    }
}
