package org.amicus.browser;

import java.time.Duration;

import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The wait every browser test uses. */
final class Waiting {

    private Waiting() {
    }

    /** Pages re-render as they answer, so an element read while its page is replaced is read again, not a failure. */
    static FluentWait<WebDriver> on(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class);
    }
}
