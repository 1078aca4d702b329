package org.amicus.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.FluentWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pages in a real headless Chromium (Debian's chromium and chromium-driver). Without them the
 * test is skipped with a message, except under CI=true, where a missing browser fails the run.
 * Screenshots of the tracker in English and Arabic go to docs/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserTest {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("docs/screenshots");

    static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        browser = chromium();
    }

    /** A headless Chromium, or the test skipped (failed under CI=true) when there is none. Shared by the browser tests. */
    static WebDriver chromium() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but Chromium or ChromeDriver is missing at " + CHROMIUM + " / "
                    + CHROMEDRIVER + ": install Debian's chromium and chromium-driver (.ci/run does).");
        }
        Assumptions.assumeTrue(present, "Browser tests skipped: no Chromium at " + CHROMIUM + " or no ChromeDriver at "
                + CHROMEDRIVER + " (apt-get install chromium chromium-driver).");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1600", "--lang=en-US");
        WebDriver driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(),
                options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private FluentWait<WebDriver> waiting() {
        return Waiting.on(browser);
    }

    private void awaitMap() {
        waiting().until(d -> "true".equals(d.findElement(By.id("map")).getDomAttribute("data-ready"))
                && "true".equals(d.findElement(By.id("timeline")).getDomAttribute("data-ready")));
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void theTrackerDrawsTheMapInEnglishAndInArabic() throws IOException {
        browser.get(url("/tracker?lang=en"));
        awaitMap();
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo("The Rome Statute around the world");
        assertThat(browser.findElements(By.cssSelector("#map canvas"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector(".legend li"))).hasSize(7);
        screenshot("tracker-en.png");

        browser.get(url("/tracker?lang=ar"));
        awaitMap();
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo("نظام روما الأساسي حول العالم");
        // Mirrored: the brand sits on the right in Arabic.
        var brand = browser.findElement(By.cssSelector(".brand")).getRect();
        assertThat(brand.getX()).isGreaterThan(640);
        screenshot("tracker-ar.png");
    }

    @Test
    void scrubbingTheDateRecountsTheStatesParties() {
        browser.get(url("/tracker?lang=en"));
        awaitMap();
        ((JavascriptExecutor) browser).executeScript("""
                var s = document.getElementById('scrub');
                s.value = String(Math.round((Date.parse('2002-07-01') - Date.parse(s.dataset.first)) / 86400000));
                s.dispatchEvent(new Event('input'));""");
        waiting().until(d -> d.findElement(By.cssSelector("[data-count=statesParties]")).getText().equals("76"));
        assertThat(browser.findElement(By.id("scrub-date")).getText()).isEqualTo("July 1, 2002");
    }

    @Test
    void theLanguageSwitchIsOnEveryPageAndRemembered() {
        browser.get(url("/tracker?lang=en"));
        browser.findElement(By.cssSelector("nav.languages a[lang=fr]")).click();
        waiting().until(d -> "fr".equals(d.findElement(By.tagName("html")).getDomAttribute("lang")));
        browser.findElement(By.cssSelector("table.states tr[data-iso3=SEN] a")).click();
        waiting().until(d -> d.getCurrentUrl().contains("/states/SEN"));
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("fr");
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo("Sénégal");
        browser.findElement(By.cssSelector("nav.languages a[lang=en]")).click();
    }

    @Test
    void anUnknownPageGetsAFriendlyPageInTheReadersLanguage() {
        browser.get(url("/states/XYZ?lang=es"));
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo("Esta página no existe.");
        assertThat(browser.getPageSource()).doesNotContain("Exception").doesNotContain("at org.");
        browser.get(url("/tracker?lang=en"));
    }

    @Test
    void staffSignInAndSeeValidationBesideTheField() {
        browser.manage().deleteAllCookies();
        browser.get(url("/login?lang=en"));
        browser.findElement(By.name("username")).sendKeys("admin");
        browser.findElement(By.name("password")).sendKeys("admin-password-for-tests");
        browser.findElement(By.cssSelector("form.stacked button")).click();
        waiting().until(d -> !d.getCurrentUrl().contains("/login"));
        browser.get(url("/staff/states/GNQ"));
        waiting().until(d -> !d.findElements(By.id("date")).isEmpty());
        ((JavascriptExecutor) browser).executeScript("document.getElementById('source').removeAttribute('required');"
                + "document.getElementById('date').value='2001-01-01';");
        browser.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("form.stacked .error")).isEmpty());
        var errors = browser.findElements(By.cssSelector("form.stacked .error"));
        assertThat(errors).extracting(e -> e.getText()).contains("A source is required (a URL or a document citation).");
        browser.manage().deleteAllCookies();
    }
}
