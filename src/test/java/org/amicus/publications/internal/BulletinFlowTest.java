package org.amicus.publications.internal;

import static org.amicus.publications.PublicationFixtures.STAFF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;

import org.amicus.members.Members;
import org.amicus.publications.PublicationFixtures;
import org.amicus.publications.internal.record.Editions;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The Bulletin as staff make it: built in English, translated into French, Spanish and a shortened
 * Arabic version, approved, its source changed (the French goes out of date, with the difference),
 * previewed and published in every language, its PDF read back, sent to a smart group with the
 * fallback said before sending, and its readership reported.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BulletinFlowTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Editions editions;

    @Autowired
    Members members;

    long bulletinId() {
        return editions.publications().stream().filter(p -> p.slug().equals("bulletin")).findFirst().orElseThrow().id();
    }

    String edition() throws Exception {
        return mvc.perform(post("/staff/publications/editions").with(STAFF).with(csrf())
                .param("publicationId", String.valueOf(bulletinId())).param("label", "Issue 38, May 2009").param("sourceLanguage", "en")
                .param("title", "Justice in the field").param("languages", "fr", "es").param("shortened", "ar"))
            .andExpect(redirectedUrlPattern("/staff/publications/editions/*"))
            .andReturn().getResponse().getRedirectedUrl();
    }

    long article(String edition, String title, String body) throws Exception {
        mvc.perform(post(edition + "/articles").with(STAFF).with(csrf()).param("language", "en").param("title", title).param("body", body)
                .param("actionLabel", "Write to your minister").param("actionUrl", "https://www.iccnow.org/act"))
            .andExpect(redirectedUrl(edition));
        long id = Long.parseLong(edition.substring(edition.lastIndexOf('/') + 1));
        return editions.articles(id).stream().filter(a -> a.text(org.amicus.platform.Language.EN).get().title().equals(title))
            .findFirst().orElseThrow().id();
    }

    void translate(String edition, long article, String lang, String title, String body) throws Exception {
        mvc.perform(post(edition + "/articles/" + article).with(STAFF).with(csrf()).param("language", lang).param("title", title)
                .param("body", body).param("actionUrl", "https://www.iccnow.org/act"))
            .andExpect(redirectedUrl(edition));
    }

    @Test
    void theShippedPublicationsCarryTheirSource() throws Exception {
        mvc.perform(get("/api/v1/publications"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[?(@.slug == 'monitor')].name").value("The Monitor"))
            .andExpect(jsonPath("$[?(@.slug == 'bulletin')].source").value(org.hamcrest.Matchers.hasItem(containsString("Three-Year Strategy"))));
    }

    @Test
    void aBulletinGoesFromSourceToTranslationsToEveryRenderingAndToItsReaders() throws Exception {
        String edition = edition();
        long id = Long.parseLong(edition.substring(edition.lastIndexOf('/') + 1));
        long first = article(edition, "Kampala review conference",
                "<p onclick=\"x()\">States meet in Kampala.<script>alert(1)</script></p><p>Civil society will be there.</p>");
        long second = article(edition, "Darfur", "<p>Cooperation with the Court is needed.</p>");
        mvc.perform(get(edition).with(STAFF)).andExpect(status().isOk())
            .andExpect(content().string(containsString("Kampala review conference")))
            .andExpect(content().string(containsString("2 to translate")));

        // French complete; Spanish half done cannot be approved; Arabic shortened complete.
        translate(edition, first, "fr", "Conférence de révision de Kampala", "<p>Les États se réunissent à Kampala.</p><p>La société civile sera présente.</p>");
        translate(edition, second, "fr", "Darfour", "<p>La coopération avec la Cour est nécessaire.</p>");
        translate(edition, first, "es", "Conferencia de revisión de Kampala", "<p>Los Estados se reúnen en Kampala.</p>");
        translate(edition, first, "ar", "مؤتمر كمبالا الاستعراضي", "<p>تجتمع الدول في كمبالا.</p>");
        translate(edition, second, "ar", "دارفور", "<p>التعاون مع المحكمة ضروري.</p>");
        mvc.perform(post(edition + "/translations/fr").with(STAFF).with(csrf()).param("status", "APPROVED").param("title", "La justice sur le terrain")
                .param("assignee", "amelie")).andExpect(redirectedUrl(edition));
        mvc.perform(post(edition + "/translations/ar").with(STAFF).with(csrf()).param("status", "APPROVED").param("title", "العدالة في الميدان"))
            .andExpect(redirectedUrl(edition));
        mvc.perform(post(edition + "/translations/es").with(STAFF).with(csrf()).param("status", "APPROVED").param("title", "La justicia"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("“Darfur” is not translated yet.")));

        // The source changes: the approved French and Arabic go back to review, out of date, and show what changed.
        mvc.perform(post(edition + "/articles/" + first).with(STAFF).with(csrf()).param("language", "en").param("title", "Kampala review conference")
                .param("body", "<p>States meet in Kampala in June 2010.</p><p>Civil society will be there.</p>")
                .param("actionLabel", "Write to your minister").param("actionUrl", "https://www.iccnow.org/act"))
            .andExpect(redirectedUrl(edition));
        mvc.perform(get(edition).with(STAFF))
            .andExpect(content().string(containsString("1 out of date")));
        assertThat(editions.edition(id).in(org.amicus.platform.Language.FR).orElseThrow().status())
            .isEqualTo(org.amicus.publications.internal.record.TranslationStatus.IN_REVIEW);
        mvc.perform(get(edition + "/articles/" + first).param("in", "fr").with(STAFF))
            .andExpect(content().string(containsString("The source changed after this translation was made")))
            .andExpect(content().string(containsString("<ins> in June 2010</ins>")));
        mvc.perform(post(edition + "/translations/fr").with(STAFF).with(csrf()).param("status", "APPROVED"))
            .andExpect(content().string(containsString("was translated from an earlier version of the source")));
        translate(edition, first, "fr", "Conférence de révision de Kampala",
                "<p>Les États se réunissent à Kampala en juin 2010.</p><p>La société civile sera présente.</p>");
        mvc.perform(post(edition + "/translations/fr").with(STAFF).with(csrf()).param("status", "APPROVED")).andExpect(redirectedUrl(edition));
        translate(edition, first, "ar", "مؤتمر كمبالا الاستعراضي", "<p>تجتمع الدول في كمبالا في حزيران/يونيو 2010.</p>");
        mvc.perform(post(edition + "/translations/ar").with(STAFF).with(csrf()).param("status", "APPROVED")).andExpect(redirectedUrl(edition));

        // An image checked by its content.
        mvc.perform(multipart(edition + "/images").file(new MockMultipartFile("image", "photo.png", "image/png", "not a picture".getBytes()))
                .param("alt", "Delegates").with(STAFF).with(csrf()))
            .andExpect(content().string(containsString("This file is not a PNG, JPEG or GIF image.")));
        mvc.perform(multipart(edition + "/images").file(new MockMultipartFile("image", "photo.png", "image/png", ArticleHtmlAndImagesTest.png(80, 60)))
                .param("alt", "Delegates in Kampala").param("articleId", String.valueOf(first)).with(STAFF).with(csrf()))
            .andExpect(redirectedUrl(edition));

        // Previews in every language; the Spanish says it is not approved and shows what is missing in English.
        mvc.perform(get(edition + "/preview/es").with(STAFF))
            .andExpect(content().string(containsString("this translation is not approved yet")))
            .andExpect(content().string(containsString("Not yet translated: shown in the source language.")));
        mvc.perform(get(edition + "/preview/fr/mail").with(STAFF))
            .andExpect(content().string(containsString("Les États se réunissent à Kampala en juin 2010.")))
            .andExpect(content().string(containsString("{{unsubscribe_url}}")))
            .andExpect(content().string(not(containsString("<script"))))
            .andExpect(content().string(not(containsString("onclick"))));

        // Published: the public page in each approved language, with a notice for a language not approved.
        mvc.perform(get("/publications/editions/" + id).param("lang", "fr")).andExpect(status().isNotFound());
        mvc.perform(post(edition + "/publish").with(STAFF).with(csrf())).andExpect(redirectedUrl(edition));
        mvc.perform(get("/publications/editions/" + id).param("lang", "fr"))
            .andExpect(content().string(containsString("La justice sur le terrain")))
            .andExpect(content().string(containsString(">Agir<")));
        mvc.perform(get("/publications/editions/" + id).param("lang", "es"))
            .andExpect(content().string(containsString("Esta edición aún no está disponible en su idioma")))
            .andExpect(content().string(containsString("Justice in the field")));
        mvc.perform(get("/publications/editions/" + id).param("lang", "ar"))
            .andExpect(content().string(containsString("dir=\"rtl\"")))
            .andExpect(content().string(containsString("العدالة في الميدان")));
        mvc.perform(get("/publications/editions/" + id + "/es.pdf")).andExpect(status().isNotFound());

        // The PDF, read back: English and Arabic text extracted.
        assertThat(pdfText("/publications/editions/" + id + "/en.pdf")).contains("Justice in the field").contains("States meet in Kampala in June 2010.");
        String arabic = pdfText("/publications/editions/" + id + "/ar.pdf");
        assertThat(arabic).contains("دارفور").contains("كمبالا");

        // Send to a smart group: the Spanish, Portuguese and language-less readers get the fallback, and the page says so first.
        PublicationFixtures fx = new PublicationFixtures(mvc);
        String token = PublicationFixtures.token();
        for (long reader : List.of(fx.person("Ann " + token, "en", token + "-ann@example.org"),
                fx.person("Amélie " + token, "fr", token + "-amelie@example.org"),
                fx.person("Ana " + token, "es", token + "-ana@example.org"),
                fx.person("Aisha " + token, "ar", token + "-aisha@example.org"),
                fx.person("Abel " + token, null, token + "-abel@example.org"))) {
            fx.consent(reader, "NEWSLETTER", true);
        }
        // Two more in the group who must not get it: one never consented, one withdrew.
        fx.person("Anton " + token, "en", token + "-anton@example.org");
        long withdrew = fx.person("Aziz " + token, "ar", token + "-aziz@example.org");
        fx.consent(withdrew, "NEWSLETTER", true);
        fx.consent(withdrew, "NEWSLETTER", false);
        long group = fx.smartGroup(token);
        await().atMost(Duration.ofSeconds(20)).until(() -> members.audience(group).size() == 7);
        mvc.perform(get(edition + "/send").param("smartGroupId", String.valueOf(group)).param("fallback", "en").with(STAFF))
            .andExpect(content().string(containsString("Warning: 2 readers have no approved translation in their language; they will get the edition in English.")))
            .andExpect(content().string(containsString("2 people in the group have not consented to receive newsletters and are left out.")));
        mvc.perform(post(edition + "/send").param("smartGroupId", String.valueOf(group)).param("fallback", "en").with(STAFF).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("2 readers have no approved translation in their language and would get English")));
        mvc.perform(get(edition + "/readership").with(STAFF)).andExpect(content().string(not(containsString("<td>5</td>"))));
        mvc.perform(post(edition + "/send").param("smartGroupId", String.valueOf(group)).param("fallback", "en").param("fallbackAccepted", "true")
                .with(STAFF).with(csrf()))
            .andExpect(redirectedUrl(edition + "/readership"));
        String csv = mvc.perform(get(edition + "/readership.csv").with(STAFF)).andReturn().getResponse().getContentAsString();
        assertThat(csv).startsWith("language,recipients,fallback_recipients,delivered,bounced,failed,suppressed,pending,web_views")
            .contains("\r\nen,3,2,").contains("\r\nfr,1,0,").contains("\r\nar,1,0,");
        // web_views is the ninth column; nothing was tracked in this send.
        String[] fr = csv.lines().filter(l -> l.startsWith("fr,")).findFirst().orElseThrow().split(",");
        assertThat(fr[8]).isEqualTo("1");
        assertThat(fr[9]).isEqualTo("0");
    }

    String pdfText(String path) throws Exception {
        byte[] pdf = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void stepsAreForStaffAndBadInputIsSaidBesideItsField() throws Exception {
        mvc.perform(get("/staff/publications")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/staff/publications").with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user("m").roles("MEMBER"))).andExpect(status().isForbidden());
        mvc.perform(post("/staff/publications/editions").with(STAFF).with(csrf()).param("publicationId", String.valueOf(bulletinId()))
                .param("sourceLanguage", "en").param("label", "").param("title", "Kept title").param("lang", "fr"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Ce champ est obligatoire.")))
            .andExpect(content().string(containsString("Kept title")));
        mvc.perform(post("/api/v1/publications/editions").with(STAFF).contentType("application/json")
                .content("{\"publicationId\":" + bulletinId() + ",\"label\":\"x\",\"sourceLanguage\":\"xx\",\"title\":\"t\"}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("sourceLanguage"));
    }
}
