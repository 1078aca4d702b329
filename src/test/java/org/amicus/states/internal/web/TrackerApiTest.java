package org.amicus.states.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The open API against the shipped reference data, on the real database of the run (H2 or PostgreSQL). */
@SpringBootTest
@AutoConfigureMockMvc
class TrackerApiTest {

    static final RequestPostProcessor ADMIN = httpBasic("admin", "admin-password-for-tests");

    @Autowired
    MockMvc mvc;

    @Test
    void listsEveryStateWithItsRomeStatuteDates() throws Exception {
        mvc.perform(get("/api/v1/states?asOf=2025-01-01"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.length()").value(197))
            .andExpect(jsonPath("$[?(@.iso3=='UKR')].status").value("PARTY"))
            .andExpect(jsonPath("$[?(@.iso3=='UKR')].romeStatute.deposited").value("2024-10-25"))
            .andExpect(jsonPath("$[?(@.iso3=='UKR')].romeStatute.entryIntoForce").value("2025-01-01"))
            .andExpect(jsonPath("$[?(@.iso3=='BDI')].status").value("WITHDRAWN"))
            .andExpect(jsonPath("$[?(@.iso3=='USA')].status").value("SIGNATURE_WITHDRAWN"))
            .andExpect(jsonPath("$[?(@.iso3=='USA')].romeStatute.signatureWithdrawn").value("2002-05-06"))
            .andExpect(jsonPath("$[?(@.iso3=='MYS')].status").value("NON_PARTY"))
            .andExpect(jsonPath("$[?(@.iso3=='PSE')].unRegionalGroup").value("ASIA_PACIFIC"));
    }

    @Test
    void answersForAnyDateAsThePlanCountedIt() throws Exception {
        // The 2009 plan: "There are currently 110 States Parties to the Rome Statute."
        mvc.perform(get("/api/v1/rome-statute/summary?asOf=2009-09-09"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.statesParties").value(110))
            .andExpect(jsonPath("$.twoThirdsTarget").value(129))
            .andExpect(jsonPath("$.distanceToTwoThirds").value(19));
        mvc.perform(get("/api/v1/rome-statute/summary?asOf=2002-07-01"))
            .andExpect(jsonPath("$.statesParties").value(76))
            .andExpect(jsonPath("$.inForce").value(66))
            .andExpect(jsonPath("$.signatories").value(139))
            .andExpect(jsonPath("$.signedNotRatified").value(63));
        mvc.perform(get("/api/v1/rome-statute/summary?asOf=2025-01-01"))
            .andExpect(jsonPath("$.statesParties").value(125))
            .andExpect(jsonPath("$.withdrawn").value(2))
            .andExpect(jsonPath("$.byUnRegionalGroup.AFRICAN.statesParties").value(33))
            .andExpect(jsonPath("$.byUnRegionalGroup.LATIN_AMERICAN_CARIBBEAN.statesParties").value(28));
    }

    @Test
    void namesStatesInTheRequestedLanguage() throws Exception {
        mvc.perform(get("/api/v1/states/CIV?lang=fr")).andExpect(jsonPath("$.state.name").value("Côte d'Ivoire"));
        mvc.perform(get("/api/v1/states/EGY?lang=ar")).andExpect(jsonPath("$.state.name").value("مصر"));
    }

    @Test
    void aStateCarriesItsEventsWithTheirSources() throws Exception {
        mvc.perform(get("/api/v1/states/PHL"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.state.status").value("WITHDRAWN"))
            .andExpect(jsonPath("$.state.romeStatute.withdrawalEffective").value("2019-03-17"))
            .andExpect(jsonPath("$.events[0].type").value("SIGNATURE"))
            .andExpect(jsonPath("$.events[0].source").isNotEmpty())
            .andExpect(jsonPath("$.events[0].recordedAt").isNotEmpty());
    }

    @Test
    void theTimelineHasADateForEveryChange() throws Exception {
        mvc.perform(get("/api/v1/rome-statute/timeline"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[0].asOf").value("1998-07-17"))
            .andExpect(jsonPath("$[?(@.asOf=='2002-07-01')].inForce").value(66))
            .andExpect(jsonPath("$[?(@.asOf=='2017-10-27')].withdrawn").value(1));
    }

    @Test
    void exportsCsvWithTheDocumentedHeaderAndFilters() throws Exception {
        String csv = mvc.perform(get("/api/v1/states.csv?asOf=2025-01-01&region=EASTERN_EUROPEAN&status=PARTY"))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Disposition", "attachment; filename=\"rome-statute-states-2025-01-01.csv\""))
            .andReturn().getResponse().getContentAsString();
        var lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo("iso3,iso2,name,un_regional_group,status,signed,deposited,instrument_type,"
                + "entry_into_force,withdrawal_notified,withdrawal_effective,signature_withdrawn");
        assertThat(lines).hasSize(21).allMatch(l -> l.startsWith("iso3") || l.contains(",EASTERN_EUROPEAN,PARTY,"));
    }

    @Test
    void badInputGetsProblemDetailsInTheCallersLanguage() throws Exception {
        mvc.perform(get("/api/v1/states?asOf=2024-02-30").header("Accept-Language", "fr"))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.errors[0].field").value("asOf"))
            .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("2024-02-30")))
            .andExpect(jsonPath("$.title").value(org.hamcrest.Matchers.not("Bad request")));
        mvc.perform(get("/api/v1/states/XYZ"))
            .andExpect(status().isNotFound())
            .andExpect(jsonPath("$.detail").value("No state has the code \"XYZ\"."));
        mvc.perform(get("/api/v1/states.csv?region=ATLANTIS")).andExpect(status().isBadRequest());
    }

    @Test
    void writingNeedsAStaffAccount() throws Exception {
        mvc.perform(post("/api/v1/states/TUV/events").contentType(MediaType.APPLICATION_JSON).content("{}"))
            .andExpect(status().isUnauthorized())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anImpossibleOrderIsRefusedAndNothingChanges() throws Exception {
        // Tonga has never deposited an instrument: a withdrawal cannot come first.
        mvc.perform(post("/api/v1/states/TON/events").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\":\"WITHDRAWAL_NOTIFIED\",\"date\":\"2020-01-01\",\"source\":\"test\"}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("not a party")));
        // A second deposit while already a party.
        mvc.perform(post("/api/v1/states/FRA/events").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\":\"DEPOSIT\",\"date\":\"2010-01-01\",\"instrumentType\":\"RATIFICATION\",\"source\":\"test\"}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("already a party")));
        // An impossible date, an unknown code, and no source: each named.
        mvc.perform(post("/api/v1/states/ZZZ/events").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\":\"DEPOSIT\",\"date\":\"2019-02-29\",\"instrumentType\":\"RATIFICATION\"}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("iso3", "date", "source")));
        mvc.perform(get("/api/v1/states/TON")).andExpect(jsonPath("$.events.length()").value(0));
    }

    @Test
    void aCorrectionSupersedesAndTheEarlierRecordStaysReadable() throws Exception {
        // Tuvalu: record a deposit, then correct its date; read the record before and after.
        String added = mvc.perform(post("/api/v1/states/TUV/events").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\":\"DEPOSIT\",\"date\":\"2026-01-05\",\"instrumentType\":\"ACCESSION\",\"source\":\"test C.N.1\"}"))
            .andExpect(status().isCreated())
            .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(added.replaceAll(".*\"id\":(\\d+).*", "$1"));
        Instant between = Instant.now();
        Thread.sleep(5);
        mvc.perform(post("/api/v1/states/TUV/events/" + id + "/correction").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\":\"DEPOSIT\",\"date\":\"2026-01-06\",\"instrumentType\":\"ACCESSION\",\"source\":\"test C.N.1 corrected\"}"))
            .andExpect(status().isCreated());
        awaitVisible("/api/v1/states/TUV", "2026-01-06");

        mvc.perform(get("/api/v1/states/TUV?asOf=2026-06-01"))
            .andExpect(jsonPath("$.state.romeStatute.deposited").value("2026-01-06"))
            .andExpect(jsonPath("$.state.romeStatute.entryIntoForce").value("2026-04-01"))
            .andExpect(jsonPath("$.events[0].supersedes.date").value("2026-01-05"));
        mvc.perform(get("/api/v1/states/TUV?asOf=2026-06-01&knownAt=" + between))
            .andExpect(jsonPath("$.state.romeStatute.deposited").value("2026-01-05"));
        mvc.perform(get("/api/v1/states/TUV?asOf=2025-12-31"))
            .andExpect(jsonPath("$.state.status").value("NON_PARTY"));
        // A correction of an entry that was already corrected is refused.
        mvc.perform(post("/api/v1/states/TUV/events/" + id + "/correction").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\":\"DEPOSIT\",\"date\":\"2026-01-07\",\"instrumentType\":\"ACCESSION\",\"source\":\"again\"}"))
            .andExpect(status().isBadRequest());
    }

    @Test
    void anImportIsCheckedLineByLineAndAppliedWhole() throws Exception {
        String bad = "iso3,type,date,instrument_type,effective_date,source,note\n"
                + "KIR,SIGNATURE,2001-01-01,,,src,\n"
                + "QQQ,DEPOSIT,2020-01-01,RATIFICATION,,src,\n"
                + "NRU,WITHDRAWAL_NOTIFIED,2026-13-01,,,src,\n";
        mvc.perform(post("/api/v1/rome-statute/events/import?dryRun=true").with(ADMIN).contentType("text/csv").content(bad))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[?(@.line==3)].field").value("iso3"))
            .andExpect(jsonPath("$.errors[?(@.line==4)].field").value("date"));
        String good = "iso3,type,date,instrument_type,effective_date,source,note\n"
                + "NRU,WITHDRAWAL_NOTIFIED,2026-02-02,,,https://example.org/cn-test,test\n";
        mvc.perform(post("/api/v1/rome-statute/events/import?dryRun=true").with(ADMIN).contentType("text/csv").content(good))
            .andExpect(jsonPath("$.dryRun").value(true)).andExpect(jsonPath("$.events").value(1));
        mvc.perform(get("/api/v1/states/NRU")).andExpect(jsonPath("$.state.status").value("PARTY"));
        mvc.perform(post("/api/v1/rome-statute/events/import?dryRun=false").with(ADMIN).contentType("text/csv").content(good))
            .andExpect(jsonPath("$.events").value(1));
        awaitVisible("/api/v1/states/NRU", "WITHDRAWING");
    }

    /** Public answers are cached by record version; a change becomes visible once the version moves. */
    private void awaitVisible(String url, String text) throws Exception {
        for (int i = 0; i < 50; i++) {
            if (mvc.perform(get(url)).andReturn().getResponse().getContentAsString().contains(text)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(url + " never showed " + text);
    }
}
