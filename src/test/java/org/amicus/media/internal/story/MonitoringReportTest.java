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
    @Autowired
    Stories stories;
    @Autowired
    org.amicus.court.internal.organs.OfficeHolders officeHolders;
    @Autowired
    org.amicus.cooperation.Situations situations;

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

    @Test
    void aSuspectAndAJudgeNamedAsThePressNamesThemAreTaggedAndInTheReport() throws Exception {
        String judge = "Amara " + "Ndiaye" + (char) ('a' + System.nanoTime() % 26);
        var official = officeHolders.add(new org.amicus.court.internal.organs.OfficeHolders.Draft(
                org.amicus.court.internal.organs.Organ.PRESIDENCY, "President", "Amara Kouyate " + judge.substring(6), null,
                LocalDate.of(2024, 3, 11), null, "https://www.icc-cpi.int/about/judicial-divisions"));
        gazetteer.forget();
        String title = "Darfur: " + judge + " says Omar al-Bashir must still be surrendered";
        collector.enterByHand(null, title, "The President of the Court, " + judge + ", told reporters in The Hague that the "
                + "warrants against Omar al-Bashir remain in force and that Sudan must hand him over.");

        long bashir = situations.suspects().stream().filter(x -> x.name().equals("Omar Hassan Ahmad Al Bashir"))
            .mapToLong(org.amicus.cooperation.Suspect::warrantId).min().orElseThrow();
        long id = jdbc.sql("select id from media_story where title = ?").param(title).query(Long.class).single();
        assertThat(stories.story(id).tags()).contains(new Tag(Tag.Kind.SUSPECT, String.valueOf(bashir)),
                new Tag(Tag.Kind.OFFICIAL, String.valueOf(official.id())), new Tag(Tag.Kind.SITUATION, "DARFUR"));

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String page = mvc.perform(get("/staff/media/reports").param("situation", "DARFUR").param("from", today).param("to", today)
                .param("lang", "es").with(user("rosa").roles("STAFF"))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Omar Hassan Ahmad Al Bashir", "sospechoso", "Amara Kouyate " + judge.substring(6),
                "alto cargo de la Corte");
    }
}
