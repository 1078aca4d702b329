package org.amicus.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.amicus.campaigns.CampaignFixtures;
import org.amicus.campaigns.internal.advocacy.CampaignDraft;
import org.amicus.campaigns.internal.advocacy.Campaigns;
import org.amicus.campaigns.internal.alerts.AlertForm;
import org.amicus.campaigns.internal.alerts.Alerts;
import org.amicus.members.internal.record.Directory;
import org.amicus.members.internal.record.DirectoryListing;
import org.amicus.members.internal.record.Organisation;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The portal's pages as a visitor reads them, in English, French and Arabic. */
@SpringBootTest
@AutoConfigureMockMvc
class PortalPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Autowired
    DirectoryListing listing;

    @Autowired
    Campaigns campaigns;

    @Autowired
    Alerts alerts;

    @Autowired
    JdbcClient jdbc;

    private Document page(String url, String lang) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).param("lang", lang)).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString());
    }

    private Organisation organisation(String name, String latin, String acronym, String country, String status) {
        return directory.save(new Organisation(0, "NGO", name, latin, acronym, country, "Portal test region", "Capital",
                "https://example.org/" + CampaignFixtures.tag(), List.of(), List.of(), status, LocalDate.of(2020, 1, 1), null, null, null,
                "portal test", List.of()));
    }

    @ParameterizedTest
    @CsvSource({ "en,ltr,States Parties,News and statements", "fr,ltr,États Parties,Actualités et déclarations",
            "ar,rtl,دولة طرفًا,الأخبار والبيانات" })
    void theHomePageSpeaksEachLanguageAndSaysHowToShareIt(String lang, String dir, String statesParties, String news) throws Exception {
        Document doc = page("/", lang);
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo(lang);
        assertThat(doc.selectFirst("html").attr("dir")).isEqualTo(dir);
        assertThat(doc.select("#h-tracker + p").text()).contains(statesParties);
        assertThat(doc.select("#states-parties").text()).matches("\\p{Nd}{3}");
        assertThat(doc.select("#h-news").text()).isEqualTo(news);
        assertThat(doc.select("link[rel=alternate][hreflang]").eachAttr("hreflang")).containsExactlyInAnyOrder("en", "fr", "es", "ar", "pt",
                "x-default");
        assertThat(doc.select("link[hreflang=x-default]").attr("href")).isEqualTo("http://localhost:8080/");
        assertThat(doc.select("link[rel=canonical]").attr("href")).isEqualTo("http://localhost:8080/?lang=" + lang);
        assertThat(doc.select("meta[property=og:url]").attr("content")).isEqualTo("http://localhost:8080/?lang=" + lang);
        assertThat(doc.select("meta[property=og:title]").attr("content")).isNotBlank();
        assertThat(doc.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary");
        assertThat(doc.select("nav.languages a")).hasSize(5);
        assertThat(doc.select("nav.menu a").eachAttr("href")).contains("/", "/about", "/tracker", "/campaigns", "/press", "/blog",
                "/court", "/court/situations", "/calendar", "/open-data", "/publications");
    }

    @Test
    void theHomePageShowsWhatIsPublishedAndOpenAndNothingElse() throws Exception {
        String tag = CampaignFixtures.tag();
        long published = press("PUBLISHED", "Statement " + tag, "Déclaration " + tag);
        press("APPROVED", "Embargoed " + tag, "Sous embargo " + tag);
        jdbc.sql("insert into calendar_event (kind, title, starts_on, yearly, audience) values ('DAY', ?, ?, false, 'PUBLIC')")
            .params("Public day " + tag, LocalDate.now().plusDays(1)).update();
        jdbc.sql("insert into calendar_event (kind, title, starts_on, yearly, audience) values ('DAY', ?, ?, false, 'STAFF')")
            .params("Staff day " + tag, LocalDate.now().plusDays(1)).update();
        var alert = alert(tag, "TGO");
        alerts.publish(alert.id());

        Document fr = page("/", "fr");
        assertThat(fr.select("#news a").eachText()).contains("Déclaration " + tag).doesNotContain("Sous embargo " + tag);
        assertThat(fr.select("#news a[href=/press/" + published + "]")).hasSize(1);
        assertThat(fr.select("#dates").text()).contains("Public day " + tag).doesNotContain("Staff day " + tag);
        assertThat(fr.select("#alerts a[href=/act/" + alert.slug() + "]").text()).isEqualTo("Togo, rejoignez la Cour");
        assertThat(page("/campaigns", "en").select("a[href=/act/" + alert.slug() + "]").text()).isEqualTo("Togo, join the Court");
        assertThat(page("/countries/TGO", "en").select("#country-campaigns").text()).contains("Togo, join the Court");
    }

    @Test
    void theDirectoryShowsOnlyMembersThatChoseToBeListed() throws Exception {
        String tag = CampaignFixtures.tag();
        Organisation listed = organisation("جمعية العدالة " + tag, "Jamiyat al-Adala " + tag, "JA" + tag, "JOR", "MEMBER");
        Organisation unlisted = organisation("Silent Rights " + tag, null, null, "JOR", "MEMBER");
        Organisation applicant = organisation("Applicant Rights " + tag, null, null, "JOR", "APPLICANT");
        listing.choose(listed.id(), true);
        listing.choose(applicant.id(), true);

        Document all = page("/about?country=JOR", "en");
        assertThat(all.select("#directory-table td:first-child a").eachText()).contains(listed.name())
            .doesNotContain(unlisted.name(), applicant.name());
        assertThat(page("/about?q=Adala " + tag, "fr").select("#directory-table td:first-child a").eachText()).containsExactly(listed.name());
        assertThat(page("/about?q=العدالة " + tag, "ar").select("#directory-table td:first-child a").eachText()).containsExactly(listed.name());
        assertThat(page("/about?q=Silent " + tag, "en").select("#directory-table")).isEmpty();

        Document profile = page("/about/members/" + listed.id(), "ar");
        assertThat(profile.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(profile.select("h1").text()).isEqualTo(listed.name());
        assertThat(profile.select(".facts").text()).contains("الأردن").contains(listed.website());
        assertThat(profile.select("link[rel=canonical]").attr("href")).endsWith("/about/members/" + listed.id() + "?lang=ar");
        assertThat(page("/countries/JOR", "en").select("#country-members a").eachText()).contains(listed.name())
            .doesNotContain(unlisted.name());

        mvc.perform(get("/about/members/" + unlisted.id()).param("lang", "fr")).andExpect(status().isNotFound());
        listing.choose(listed.id(), false);
        mvc.perform(get("/about/members/" + listed.id())).andExpect(status().isNotFound());
        assertThat(page("/about?country=JOR", "en").select("#directory-table td:first-child a").eachText()).doesNotContain(listed.name());
    }

    @Test
    void theListedChoiceIsEditableByStaffOnThePageAndInTheApi() throws Exception {
        Organisation o = organisation("Choice NGO " + CampaignFixtures.tag(), null, null, "KEN", "MEMBER");
        var staff = user("staffer").roles("STAFF");
        String html = mvc.perform(get("/members/organisations/" + o.id()).with(staff).param("lang", "fr"))
            .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(html).select("#directory-listing input[name=listed]").hasAttr("checked")).isFalse();
        assertThat(Jsoup.parse(html).select("#directory-listing").text()).contains("Inscrite dans l'annuaire public");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/members/organisations/" + o.id() + "/directory-listing").with(staff)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("listed", "true"))
            .andExpect(status().is3xxRedirection());
        assertThat(listing.listed(o.id())).isTrue();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .put("/api/v1/members/organisations/" + o.id() + "/directory-listing").with(staff)
                .contentType("application/json").content("{\"listedInDirectory\":false}"))
            .andExpect(status().isOk());
        assertThat(listing.listed(o.id())).isFalse();
        mvc.perform(get("/api/v1/members/organisations/" + o.id() + "/directory-listing").with(staff))
            .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.listedInDirectory").value(false));
        mvc.perform(get("/api/v1/members/organisations/" + o.id() + "/directory-listing").with(user("someone").roles("MEMBER")))
            .andExpect(status().isForbidden());
    }

    @ParameterizedTest
    @CsvSource({ "en,ltr,Instrument deposited", "fr,ltr,Dépôt de l’instrument", "ar,rtl,إيداع الصك" })
    void aCountryPageGathersTheState(String lang, String dir, String deposit) throws Exception {
        Document doc = page("/countries/ukr", lang);
        assertThat(doc.selectFirst("html").attr("dir")).isEqualTo(dir);
        assertThat(doc.select("#timeline").text()).contains(deposit);
        assertThat(doc.select("#timeline .source a").attr("href")).startsWith("https://");
        assertThat(doc.select("#status").attr("class")).contains("s-PARTY");
        assertThat(doc.select("a[href=/states/UKR]")).hasSize(1);
        assertThat(doc.select("a[href=/cooperation/states/UKR]")).hasSize(1);
        assertThat(doc.select("#h-legislation, #h-cooperation, #h-members, #h-campaigns, #h-coverage")).hasSize(5);
        assertThat(doc.select("link[rel=canonical]").attr("href")).isEqualTo("http://localhost:8080/countries/ukr?lang=" + lang);
        assertThat(doc.select("meta[property=og:title]").attr("content")).isEqualTo(doc.select("h1").text());
    }

    @Test
    void advocacyOnACountryPageIsForStaffOnly() throws Exception {
        assertThat(page("/countries/TGO", "en").select("a[href=/staff/advocacy/states/TGO]")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({ "en,Open data,Licence", "fr,Données ouvertes,Licence", "ar,البيانات المفتوحة,ترخيص" })
    void theOpenDataPageListsEveryDatasetWithItsDownloadsLicenceAndDate(String lang, String title, String licence) throws Exception {
        Document doc = page("/open-data", lang);
        assertThat(doc.select("h1").text()).isEqualTo(title);
        assertThat(doc.select("#licence").text()).contains(licence).contains("CC BY 4.0");
        assertThat(doc.select("#datasets tbody tr").eachAttr("id")).containsExactly("dataset-states", "dataset-legislation",
                "dataset-cooperation", "dataset-elections", "dataset-budget", "dataset-situations");
        assertThat(doc.select("#dataset-states time").attr("datetime")).isNotBlank();
        assertThat(doc.select("main a[href=/swagger-ui.html]")).hasSize(1);
        for (String href : doc.select("#datasets a.download").eachAttr("href")) {
            mvc.perform(get(href)).andExpect(status().isOk());
        }
    }

    @Test
    void anUnknownLanguageFallsBackToEnglishAndSaysSo() throws Exception {
        Document doc = page("/?lang=xx", "xx");
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(doc.select("#unknown-language").text()).contains("\"xx\"").contains("English");
        assertThat(page("/countries/FRA", "<script>").select("#unknown-language").text()).contains("<script>");
    }

    @ParameterizedTest
    @CsvSource({ "en,ltr,This page does not exist.", "fr,ltr,Cette page n’existe pas.", "ar,rtl,هذه الصفحة غير موجودة." })
    void anUnknownSlugGivesALocalised404(String lang, String dir, String heading) throws Exception {
        for (String url : List.of("/countries/ZZZ", "/about/members/not-a-number", "/about/members/999999999")) {
            Document doc = Jsoup.parse(mvc.perform(get(url).param("lang", lang)).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString());
            assertThat(doc.selectFirst("html").attr("dir")).isEqualTo(dir);
            assertThat(doc.select("h1").text()).isEqualTo(heading);
            assertThat(doc.select("#not-found-detail").text()).isNotBlank();
            assertThat(doc.text()).doesNotContain("Exception");
        }
    }

    private long press(String status, String en, String fr) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into press_item (kind, source_language, status, drafted_by, created_at, published_at)
                values ('STATEMENT', 'en', ?, 'writer', ?, ?)""")
            .params(status, OffsetDateTime.now(ZoneOffset.UTC), status.equals("PUBLISHED") ? OffsetDateTime.now(ZoneOffset.UTC) : null)
            .update(keys, "id");
        long id = keys.getKey().longValue();
        for (var t : Map.of("en", en, "fr", fr).entrySet()) {
            jdbc.sql("insert into press_text (press_id, language, title, body_html) values (?, ?, ?, '<p>Text</p>')")
                .params(id, t.getKey(), t.getValue()).update();
        }
        return id;
    }

    private org.amicus.campaigns.internal.alerts.Alert alert(String tag, String state) {
        long campaign = campaigns.create(new CampaignDraft("UNIVERSAL_RATIFICATION", "Portal URC " + tag, null, "2026-01-01", null,
                "ACTIVE", List.of(), state, null, null, List.of(), null, null)).id();
        AlertForm f = new AlertForm();
        f.setKind("PETITION");
        f.setSlug("portal-" + tag);
        f.setDailyCap("100");
        f.getTitle().putAll(Map.of("en", "Togo, join the Court", "fr", "Togo, rejoignez la Cour"));
        f.getAppeal().putAll(Map.of("en", "Ask Togo to ratify.", "fr", "Demandez au Togo de ratifier."));
        return alerts.create(campaign, f);
    }
}
