package org.amicus.campaigns.internal.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.amicus.campaigns.CampaignFixtures;
import org.amicus.campaigns.internal.advocacy.CampaignDraft;
import org.amicus.campaigns.internal.advocacy.Campaigns;
import org.amicus.members.Members;
import org.amicus.members.Purpose;
import org.amicus.platform.RejectedInput;
import org.amicus.platform.internal.security.FormTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.web.support.WebTestUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The public side of action alerts as supporters and bots meet it: pages in five languages, signatures
 * merged and confirmed, member organisations checked, letters to the holder of an office with their
 * refusals (header injection, no address, the daily cap), and the abuse limits.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ActionAlertsTest {

    private static final AtomicInteger NETWORK = new AtomicInteger(10);

    @Autowired
    MockMvc mvc;

    @Autowired
    Campaigns campaigns;

    @Autowired
    Alerts alerts;

    @Autowired
    AbuseGuard guard;

    @Autowired
    Confirmations confirmations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Members members;

    long campaign() {
        return campaigns.create(new CampaignDraft("UNIVERSAL_RATIFICATION", "URC " + CampaignFixtures.tag(), null, "2026-01-01", null, "ACTIVE",
                List.of(), "TGO", null, null, List.of(), null, null)).id();
    }

    Alert alert(String kind, String office, String state, int cap) {
        return alerts.create(campaign(), form(kind, office, state, cap));
    }

    AlertForm form(String kind, String office, String state, int cap) {
        AlertForm f = new AlertForm();
        f.setKind(kind);
        f.setSlug("test-" + CampaignFixtures.tag());
        f.setTargetOffice(office);
        f.setTargetState(state);
        f.setDailyCap(Integer.toString(cap));
        f.getTitle().putAll(Map.of("en", "Togo, join the Court", "fr", "Togo, rejoignez la Cour"));
        f.getAppeal().putAll(Map.of("en", "Ask Togo to ratify.", "fr", "Demandez au Togo de ratifier."));
        if (kind.equals("LETTER")) {
            f.getLetterSubject().putAll(Map.of("en", "Ratify the Rome Statute", "fr", "Ratifiez le Statut de Rome"));
            f.getLetterText().putAll(Map.of("en", "Dear Minister, please ratify.", "fr", "Monsieur le Ministre, ratifiez."));
        }
        return f;
    }

    /** A submission from its own network, with a form stamped long enough ago to pass the time check. */
    MockHttpServletRequestBuilder submit(Alert a, String... params) {
        String address = "10." + NETWORK.incrementAndGet() + ".0.1";
        return from(address, a, params);
    }

    MockHttpServletRequestBuilder from(String address, Alert a, String... params) {
        var request = post("/act/" + a.slug()).with(csrf()).with(remote(address))
            .param("stamp", guard.stampAt(a.slug(), System.currentTimeMillis() - 10_000));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return request;
    }

    static RequestPostProcessor remote(String address) {
        return r -> {
            r.setRemoteAddr(address);
            return r;
        };
    }

    long signatures(Alert a) {
        return jdbc.sql("select count(*) from alert_signature where alert_id = ?").param(a.id()).query(Long.class).single();
    }

    long letters(Alert a) {
        return jdbc.sql("select count(*) from alert_letter where alert_id = ?").param(a.id()).query(Long.class).single();
    }

    @Test
    void aPetitionIsReadInEveryLanguageSignedOnceAndCountedWhenConfirmed() throws Exception {
        Alert a = alerts.publish(alert("PETITION", null, null, 50).id());
        mvc.perform(get("/act/" + a.slug() + "?lang=fr")).andExpect(status().isOk())
            .andExpect(content().string(containsString("Togo, rejoignez la Cour"))).andExpect(content().string(containsString("Signer")));
        mvc.perform(get("/act/" + a.slug() + "?lang=ar")).andExpect(status().isOk())
            .andExpect(content().string(containsString("dir=\"rtl\""))).andExpect(content().string(containsString("وقّع")));
        for (String lang : List.of("en", "es", "pt")) {
            mvc.perform(get("/act/" + a.slug() + "?lang=" + lang)).andExpect(status().isOk());
        }

        mvc.perform(submit(a, "name", "Ama Mensah", "email", "ama@example.org", "country", "GHA", "showName", "true", "lang", "fr"))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Merci. Nous vous avons envoyé un courriel")));
        mvc.perform(submit(a, "name", "Ama Mensah", "email", "ama@example.org", "country", "GHA", "showName", "true", "lang", "fr"))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Vous aviez déjà signé")));
        assertThat(signatures(a)).isEqualTo(1);
        mvc.perform(get("/api/v1/alerts/" + a.slug())).andExpect(jsonPath("$.count").value(0));

        confirmations.queue(); // also runs on its own every few seconds
        String token = jdbc.sql("select confirm_token from alert_signature where alert_id = ?").param(a.id()).query(String.class).single();
        assertThat(jdbc.sql("select count(*) from mail_recipient where address = 'ama@example.org' and language = 'fr'").query(Long.class).single())
            .isEqualTo(1);
        mvc.perform(get("/act/confirm/" + token + "?lang=en")).andExpect(status().isOk())
            .andExpect(content().string(containsString("Your signature is confirmed")));
        mvc.perform(get("/api/v1/alerts/" + a.slug())).andExpect(jsonPath("$.count").value(1))
            .andExpect(jsonPath("$.signatories[0].name").value("Ama Mensah"));
        mvc.perform(get("/act/confirm/not-a-token")).andExpect(status().isNotFound());
    }

    @Test
    void consentGivenWhenSigningLandsInTheCrmOnceTheAddressIsConfirmed() throws Exception {
        Alert a = alerts.publish(alert("PETITION", null, null, 50).id());
        String tag = CampaignFixtures.tag();
        String newcomer = "newcomer-" + tag + "@example.org";
        String known = "known-" + tag + "@example.org";
        long knownPerson = CampaignFixtures.official(jdbc, "Known " + tag, null, null, null, known);
        mvc.perform(submit(a, "name", "Nadia Newcomer", "email", newcomer, "country", "GHA", "consent", "true", "lang", "fr"))
            .andExpect(status().isOk());
        mvc.perform(submit(a, "name", "Known Person", "email", known, "consent", "true")).andExpect(status().isOk());
        mvc.perform(submit(a, "name", "Quiet Person", "email", "quiet-" + tag + "@example.org")).andExpect(status().isOk());
        assertThat(peopleWith(newcomer)).as("nothing reaches the CRM before the address is proven").isEmpty();

        for (String token : jdbc.sql("select confirm_token from alert_signature where alert_id = ?").param(a.id()).query(String.class).list()) {
            mvc.perform(get("/act/confirm/" + token)).andExpect(status().isOk());
            mvc.perform(get("/act/confirm/" + token)).andExpect(status().isOk());
        }

        List<Long> created = peopleWith(newcomer);
        assertThat(created).hasSize(1);
        assertThat(jdbc.sql("select name || ' ' || country || ' ' || preferred_language from person where id = ?").param(created.get(0))
            .query(String.class).single()).isEqualTo("Nadia Newcomer GHA fr");
        assertThat(members.hasConsent(created.get(0), Purpose.CAMPAIGNS)).isTrue();
        assertThat(members.hasConsent(knownPerson, Purpose.CAMPAIGNS)).as("the person the CRM already had").isTrue();
        assertThat(peopleWith(known)).containsExactly(knownPerson);
        assertThat(jdbc.sql("select source from consent where person_id = ?").param(knownPerson).query(String.class).list())
            .as("once, with the alert as source, though the link was followed twice")
            .containsExactly("action alert /act/" + a.slug() + " (#" + a.id() + "), signature confirmed by e-mail");
        assertThat(peopleWith("quiet-" + tag + "@example.org")).as("no consent, no CRM record").isEmpty();
    }

    @Test
    void aLetterToTheSecurityCouncilGoesToEachSeatsHolderOnTheDay() throws Exception {
        String tag = CampaignFixtures.tag();
        String un = "Permanent Representative to the United Nations";
        long france = CampaignFixtures.official(jdbc, "Représentant " + tag, un, "FRA", LocalDate.of(2020, 1, 1), "fra-" + tag + "@un.example");
        long formerUk = CampaignFixtures.official(jdbc, "Former UK " + tag, un, "GBR", LocalDate.of(2015, 1, 1), "old-gbr-" + tag + "@un.example");
        jdbc.sql("update person set term_to = ? where id = ?").params(LocalDate.now().minusDays(1), formerUk).update();
        long uk = CampaignFixtures.official(jdbc, "Current UK " + tag, un, "GBR", LocalDate.now().minusDays(1), "gbr-" + tag + "@un.example");
        long kenya = CampaignFixtures.official(jdbc, "Kenya " + tag, un, "KEN", LocalDate.of(2020, 1, 1), "ken-" + tag + "@un.example");

        AlertForm both = form("LETTER", "Minister of Justice", null, 50);
        both.setTargetGroup("SECURITY_COUNCIL");
        both.setTargetState("TGO");
        assertThatThrownBy(() -> alerts.create(campaign(), both)).isInstanceOfSatisfying(RejectedInput.class,
                e -> assertThat(e.problems()).extracting(RejectedInput.Problem::code)
                    .contains("alerts.officeOrGroup", "alerts.groupHasItsStates"));

        AlertForm council = form("LETTER", null, null, 50);
        council.setTargetGroup("SECURITY_COUNCIL");
        Alert a = alerts.publish(alerts.create(campaign(), council).id());
        mvc.perform(get("/act/" + a.slug() + "?lang=fr")).andExpect(content().string(containsString("les membres du Conseil de sécurité")));

        mvc.perform(submit(a, "name", "Ama", "email", "ama-" + tag + "@example.org", "subject", "Refer the situation", "body", "Please.",
                "delivery", "SEND"))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Current UK " + tag)));
        List<Long> officials = jdbc.sql("select official_id from alert_letter where alert_id = ?").param(a.id()).query(Long.class).list();
        assertThat(officials).contains(france, uk).doesNotContain(formerUk, kenya);
        assertThat(jdbc.sql("select office_state from alert_letter where alert_id = ? and official_id = ?").params(a.id(), uk)
            .query(String.class).single()).isEqualTo("GBR");
        assertThat(jdbc.sql("select count(*) from mail_recipient where address in (?, ?)").params("fra-" + tag + "@un.example",
                "gbr-" + tag + "@un.example").query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aGroupNobodyHoldsCannotBePublished() {
        AlertForm bureau = form("LETTER", null, null, 50);
        bureau.setTargetGroup("ASP_BUREAU");
        long id = alerts.create(campaign(), bureau).id();
        jdbc.sql("update person set term_to = ? where lower(office) like '%assembly of states parties%' and (term_to is null or term_to >= ?)")
            .params(LocalDate.now().minusDays(1), LocalDate.now()).update();
        assertThatThrownBy(() -> alerts.publish(id)).isInstanceOfSatisfying(RejectedInput.class,
                e -> assertThat(e.problems().get(0).code()).isEqualTo("alerts.groupEmpty"));

        long president = CampaignFixtures.official(jdbc, "ASP President " + CampaignFixtures.tag(), "President of the Assembly of States Parties",
                "FIN", LocalDate.now().minusDays(3), "president@asp.example");
        Alert published = alerts.publish(id);
        assertThat(alerts.targets(published, null)).extracting(t -> t.official().id()).containsExactly(president);
    }

    List<Long> peopleWith(String email) {
        return jdbc.sql("select person_id from person_email where email = ?").param(email).query(Long.class).list();
    }

    @Test
    void aSupporterSignsWithTheFormsOwnTokenWithoutASession() throws Exception {
        Alert a = alerts.publish(alert("PETITION", null, null, 50).id());
        // csrf() in other tests of this shared context swaps the filter's repository for a session-based one
        RequestPostProcessor productionTokens = r -> {
            WebTestUtils.setCsrfTokenRepository(r, FormTokens.repository());
            return r;
        };
        var page = mvc.perform(get("/act/" + a.slug() + "?lang=en").with(productionTokens)).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(page.getCookie("SESSION")).as("reading the form makes no session").isNull();
        jakarta.servlet.http.Cookie token = page.getCookie("XSRF-TOKEN");
        assertThat(token).isNotNull();
        assertThat(token.isHttpOnly()).isTrue();
        String masked = page.getContentAsString().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");

        var signed = mvc.perform(post("/act/" + a.slug() + "?lang=en").with(productionTokens).cookie(token).with(remote("10.250.0.1")).param("_csrf", masked)
                .param("stamp", guard.stampAt(a.slug(), System.currentTimeMillis() - 10_000)).param("name", "Kofi Boateng")
                .param("email", "kofi@example.org").param("country", "GHA"))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Thank you"))).andReturn().getResponse();
        assertThat(signed.getCookie("SESSION")).as("signing makes no session").isNull();
        assertThat(signatures(a)).isEqualTo(1);

        // the token of another reader's page does not pass with this reader's cookie
        String another = mvc.perform(get("/act/" + a.slug()).with(productionTokens)).andReturn().getResponse().getCookie("XSRF-TOKEN").getValue();
        mvc.perform(post("/act/" + a.slug()).with(productionTokens).cookie(new jakarta.servlet.http.Cookie("XSRF-TOKEN", another)).with(remote("10.250.0.2"))
                .param("_csrf", masked).param("stamp", guard.stampAt(a.slug(), System.currentTimeMillis() - 10_000))
                .param("name", "Forged").param("email", "forged@example.org"))
            .andExpect(status().isForbidden());
        assertThat(signatures(a)).isEqualTo(1);
    }

    @Test
    void botsAreTurnedAway() throws Exception {
        Alert a = alerts.publish(alert("PETITION", null, null, 50).id());
        mvc.perform(submit(a, "name", "Bot", "email", "bot@example.org", "website", "http://spam.example"))
            .andExpect(status().isOk());
        mvc.perform(post("/act/" + a.slug()).with(csrf()).with(remote("10.200.0.1")).param("stamp", guard.stamp(a.slug()))
                .param("name", "Quick").param("email", "quick@example.org"))
            .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("faster than anyone")));
        mvc.perform(post("/act/" + a.slug()).with(csrf()).with(remote("10.201.0.1")).param("stamp", "1000.forged")
                .param("name", "Forger").param("email", "forger@example.org"))
            .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/act/" + a.slug()).with(remote("10.202.0.1")).param("stamp", guard.stampAt(a.slug(), 0))
                .param("name", "No token").param("email", "nocsrf@example.org"))
            .andExpect(status().isForbidden());
        assertThat(signatures(a)).isZero();

        String address = "192.0.2.77";
        for (int i = 0; i < 10; i++) {
            mvc.perform(from(address, a, "name", "Flood " + i, "email", "flood" + i + "@example.org")).andExpect(status().isOk());
        }
        mvc.perform(from(address, a, "name", "Flood 10", "email", "flood10@example.org")).andExpect(status().isTooManyRequests())
            .andExpect(content().string(containsString("Too many submissions")));
        assertThat(signatures(a)).isEqualTo(10);
    }

    @Test
    void aJointLetterIsSignedOnlyByMemberOrganisations() throws Exception {
        String tag = CampaignFixtures.tag();
        CampaignFixtures.organisation(jdbc, "Member League " + tag, "MEMBER");
        CampaignFixtures.organisation(jdbc, "Applicant Forum " + tag, "APPLICANT");
        Alert a = alerts.publish(alert("JOINT_LETTER", null, null, 50).id());
        mvc.perform(submit(a, "name", "Kofi", "email", "kofi@example.org", "organisation", "Applicant Forum " + tag))
            .andExpect(status().isUnprocessableContent())
            .andExpect(content().string(containsString("is not a member organisation of the coalition")));
        assertThat(signatures(a)).isZero();
        mvc.perform(submit(a, "name", "Kofi", "email", "kofi@example.org", "organisation", "member league " + tag))
            .andExpect(status().isOk());
        mvc.perform(submit(a, "name", "Efua", "email", "efua@example.org", "organisation", "Member League " + tag))
            .andExpect(status().isOk()).andExpect(content().string(containsString("already signed")));
        assertThat(jdbc.sql("select organisation from alert_signature where alert_id = ?").param(a.id()).query(String.class).single())
            .isEqualTo("Member League " + tag);
    }

    @Test
    void aLetterGoesToWhoeverHoldsTheOfficeTodayWithinTheDailyCap() throws Exception {
        String office = "Minister of Foreign Affairs " + CampaignFixtures.tag();
        CampaignFixtures.official(jdbc, "Former Minister", office, "TGO", LocalDate.of(2015, 1, 1), "former@gouv.example");
        jdbc.sql("update person set term_to = ? where name = 'Former Minister' and office = ?").params(LocalDate.of(2019, 12, 31), office).update();
        CampaignFixtures.official(jdbc, "Current Minister", office, "TGO", LocalDate.of(2020, 1, 1), "minister@gouv.example");
        Alert a = alerts.publish(alert("LETTER", office, "TGO", 1).id());

        mvc.perform(submit(a, "name", "Ama", "email", "ama@example.org", "subject", "Ratify\r\nBcc: everyone@example.org", "body", "Please."))
            .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("Must be on one line.")));
        mvc.perform(submit(a, "name", "Ama\nBcc: x@example.org", "email", "ama@example.org", "subject", "Ratify", "body", "Please."))
            .andExpect(status().isUnprocessableContent());
        assertThat(letters(a)).isZero();
        assertThat(jdbc.sql("select count(*) from mail_recipient where address = 'minister@gouv.example'").query(Long.class).single())
            .as("no mail to the minister (other tests' confirmations go out meanwhile)").isZero();

        mvc.perform(submit(a, "name", "Ama", "email", "ama@example.org", "subject", "Ratify", "body", "Please ratify.", "delivery", "SEND"))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Your letter to Current Minister")));
        assertThat(jdbc.sql("select count(*) from mail_recipient where address = 'minister@gouv.example'").query(Long.class).single()).isEqualTo(1);

        mvc.perform(submit(a, "name", "Kwame", "email", "kwame@example.org", "subject", "Ratify", "body", "Please.", "delivery", "SEND"))
            .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("as many letters today")));
        assertThat(letters(a)).isEqualTo(1);
        mvc.perform(submit(a, "name", "Kwame", "email", "kwame@example.org", "subject", "Ratify", "body", "Please.", "delivery", "HAND"))
            .andExpect(status().isOk()).andExpect(content().string(containsString("minister@gouv.example")));
        assertThat(letters(a)).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from mail_recipient where address = 'minister@gouv.example'").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anAlertToAnOfficeWithNoAddressIsNotPublished() {
        String office = "Minister of Justice " + CampaignFixtures.tag();
        CampaignFixtures.official(jdbc, "Minister Without Mail", office, "TGO", LocalDate.of(2020, 1, 1), null);
        Alert a = alert("LETTER", office, "TGO", 10);
        assertThatThrownBy(() -> alerts.publish(a.id())).isInstanceOfSatisfying(RejectedInput.class,
                e -> assertThat(e.problems().get(0).code()).isEqualTo("alerts.targetNoAddress"));
        assertThat(alerts.get(a.id()).status()).isEqualTo(Alert.Status.DRAFT);
        Alert nobody = alert("LETTER", "Office nobody holds " + CampaignFixtures.tag(), "TGO", 10);
        assertThatThrownBy(() -> alerts.publish(nobody.id())).isInstanceOfSatisfying(RejectedInput.class,
                e -> assertThat(e.problems().get(0).code()).isEqualTo("alerts.noOfficeHolder"));
    }

    @Test
    void aDraftIsNotPublic() throws Exception {
        Alert a = alert("PETITION", null, null, 50);
        mvc.perform(get("/act/" + a.slug())).andExpect(status().isNotFound())
            .andExpect(content().string(not(containsString("Togo, join the Court"))));
    }
}
