package org.amicus.media.internal.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.amicus.platform.Timestamps;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.web.servlet.MockMvc;

/** The situation report names the staff its stories mention, charts coverage as tables, and comes as a PDF. */
@SpringBootTest
@AutoConfigureMockMvc
class MonitoringReportTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Collector collector;
    @Autowired
    Gazetteer gazetteer;

    @Test
    void aStaffMemberQuotedInAStoryIsInTheReportOnScreenAndInThePdf() throws Exception {
        String surname = "Odhiambo" + (char) ('a' + System.nanoTime() % 26) + (char) ('a' + System.nanoTime() / 7 % 26);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into app_user (username, display_name, email, password_hash, preferred_language, created_at)
                values (?, ?, ?, '{noop}unused', 'en', ?)""")
            .params("w" + surname.toLowerCase(), "Wanjiru " + surname, "w" + surname.toLowerCase() + "@coalition.test", Timestamps.now())
            .update(keys, "id");
        jdbc.sql("insert into app_user_role (user_id, role) values (?, 'STAFF')").param(keys.getKey().longValue()).update();
        gazetteer.forget();
        String title = "Kenya hearing: coalition lawyer Wanjiru " + surname + " calls for witness protection";
        collector.enterByHand(null, title, "Speaking in Nairobi, Wanjiru " + surname + " of the coalition said Kenya must protect "
                + "the witnesses who will testify before the Court in The Hague.");

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        var staff = user("rosa").roles("STAFF");
        String page = mvc.perform(get("/staff/media/reports").param("situation", "KENYA").param("from", today).param("to", today)
                .with(staff)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Coverage of member organisations, people and staff", "Wanjiru " + surname, title,
                "Coverage over time, by stance", "class=\"chart over-time\"", "reports.pdf");

        byte[] pdf = mvc.perform(get("/staff/media/reports.pdf").param("situation", "KENYA").param("from", today).param("to", today)
                .param("lang", "fr").with(staff)).andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Veille médiatique", "Wanjiru " + surname, "Couverture des organisations membres");
        }
    }
}
