package org.amicus.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A subscriber's pages in Arabic, right to left, in headless Chromium: subscribe, the confirmation
 * link (read from the queued mail) opened in another language comes back in Arabic, confirm,
 * choose the digest, leave.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "amicus.mail.delivery=false")
class ListsBrowserTest extends BrowserSession {

    @Autowired
    JdbcClient jdbc;

    private void assertArabic() {
        var html = browser.findElement(By.tagName("html"));
        assertThat(html.getDomAttribute("lang")).isEqualTo("ar");
        assertThat(html.getDomAttribute("dir")).isEqualTo("rtl");
    }

    @Test
    void anArabicReaderSubscribesConfirmsChoosesTheDigestAndLeavesAllInArabic() throws Exception {
        String address = "layla." + System.nanoTime() + "@example.org";
        browser.get(url("/lists/updates-ar?lang=ar"));
        assertArabic();
        browser.findElement(By.name("address")).sendKeys(address);
        browser.findElement(By.name("name")).sendKeys("ليلى");
        browser.findElement(By.cssSelector("#subscribe button[type=submit]")).click();
        waiting().until(d -> !d.findElements(By.id("check-mail")).isEmpty());
        assertArabic();
        assertThat(browser.findElement(By.id("check-mail")).getText()).contains("أرسلنا رابطًا لتأكيد اشتراكك");

        String mail = jdbc.sql("""
                select c.text_body from mail_content c join mail_recipient r on r.send_id = c.send_id where r.address = ?""")
            .param(address).query(String.class).single();
        assertThat(mail).contains("للتأكيد، افتح هذا الرابط خلال يومين");
        Matcher link = Pattern.compile("(/lists/confirm/[A-Za-z0-9_-]+)").matcher(mail);
        assertThat(link.find()).isTrue();

        // Opened in English (the site's language for this browser), the page comes in the subscriber's Arabic.
        browser.get(url(link.group(1) + "?lang=en"));
        waiting().until(d -> d.getCurrentUrl().endsWith("lang=ar"));
        assertArabic();
        browser.findElement(By.cssSelector("#confirm button")).click();
        waiting().until(d -> !d.findElements(By.id("confirmed")).isEmpty());
        assertArabic();
        assertThat(browser.findElement(By.id("confirmed")).getText()).contains("شكرًا لك");
        assertThat(browser.findElement(By.id("state")).getText()).isEqualTo("مشترك");
        java.nio.file.Files.write(java.nio.file.Path.of("docs/screenshots/lists-preferences-ar.png"),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

        browser.findElement(By.cssSelector("#preferences input[value=DIGEST]")).click();
        browser.findElement(By.cssSelector("#preferences input[name=only][value=ar]")).click();
        browser.findElement(By.cssSelector("#preferences button[type=submit]")).click();
        // The answer's notice, read on the new page (the old one may still show a notice of its own).
        waiting().withMessage("the notice \"تم الحفظ.\" after saving the preferences")
            .until(d -> "تم الحفظ.".equals(d.findElement(By.cssSelector("p.notice")).getText()));
        assertThat(jdbc.sql("select delivery || ' ' || digest_languages from list_subscription where address = ?").param(address)
            .query(String.class).single()).isEqualTo("DIGEST ar");

        // A post without text is refused beside its field, in Arabic, what was typed kept.
        browser.findElement(By.cssSelector("#post input[name=subject]")).sendKeys("سؤال");
        browser.findElement(By.cssSelector("#post button[type=submit]")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("#post .error")).isEmpty());
        assertArabic();
        assertThat(browser.findElement(By.cssSelector("#post .error")).getText()).isEqualTo("اكتب رسالة (100000 حرف على الأكثر).");
        assertThat(browser.findElement(By.cssSelector("#post input[name=subject]")).getDomProperty("value")).isEqualTo("سؤال");

        browser.findElement(By.cssSelector("#unsubscribe button")).click();
        waiting().until(d -> !d.findElements(By.id("left")).isEmpty());
        assertArabic();
        assertThat(browser.findElement(By.id("left")).getText()).startsWith("لم تعد تتلقى");
        assertThat(jdbc.sql("select state from list_subscription where address = ?").param(address).query(String.class).single())
            .isEqualTo("ENDED");
        browser.manage().deleteAllCookies();
    }
}
