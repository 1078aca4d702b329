package org.amicus.court.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.amicus.court.internal.election.Drafts.CandidateDraft;
import org.amicus.court.internal.election.Elections;
import org.amicus.court.internal.election.Gender;
import org.amicus.court.internal.election.JudgeList;
import org.amicus.court.internal.election.Procedure;
import org.amicus.court.internal.election.Region;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import jakarta.servlet.http.Cookie;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;

/**
 * As a new user would: staff set up a judicial election (the CONSTRUCTED one of the rules tests),
 * candidates receive their personal links by SMTP on loopback, answer (save, resume, submit) or
 * decline, the answers appear side by side on the portal in two languages, expired and foreign use
 * of a link is refused, and staff import the rounds, which elect the same six judges as the tally.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class CourtElectionFlowTest {

    static final RequestPostProcessor STAFF = user("maria").roles("STAFF");
    /** The twelve judges who stay: seven women and five men, six of list A and six of list B. */
    static final Object[][] STAYING = { { Gender.FEMALE, Region.AFRICAN, JudgeList.A }, { Gender.FEMALE, Region.AFRICAN, JudgeList.B },
            { Gender.MALE, Region.AFRICAN, JudgeList.A }, { Gender.FEMALE, Region.ASIA_PACIFIC, JudgeList.A },
            { Gender.MALE, Region.ASIA_PACIFIC, JudgeList.B }, { Gender.FEMALE, Region.EASTERN_EUROPEAN, JudgeList.B },
            { Gender.MALE, Region.LATIN_AMERICAN_CARIBBEAN, JudgeList.A }, { Gender.FEMALE, Region.LATIN_AMERICAN_CARIBBEAN, JudgeList.B },
            { Gender.FEMALE, Region.WESTERN_EUROPEAN_OTHERS, JudgeList.A }, { Gender.FEMALE, Region.WESTERN_EUROPEAN_OTHERS, JudgeList.B },
            { Gender.MALE, Region.WESTERN_EUROPEAN_OTHERS, JudgeList.A }, { Gender.MALE, Region.WESTERN_EUROPEAN_OTHERS, JudgeList.B } };
    static final GreenMail RELAY;

    static {
        RELAY = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        RELAY.start();
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry r) {
        r.add("amicus.mail.delivery", () -> "true");
        r.add("amicus.mail.smtp.host", () -> "127.0.0.1");
        r.add("amicus.mail.smtp.port", () -> RELAY.getSmtp().getPort());
        r.add("amicus.mail.base-url", () -> "https://amicus.test");
        r.add("amicus.mail.queue.poll", () -> "PT0.1S");
    }

    @AfterAll
    static void stopRelay() {
        RELAY.stop();
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    Elections elections;
    @Autowired
    JdbcClient jdbc;

    @Test
    void staffSetUpAnElectionCandidatesAnswerAndTheRoundsElectSixJudges() throws Exception {
        long id = TestElections.sixJudges(mvc, "Flow test election of six judges");
        TestElections.staying(elections, id, STAYING);
        String location = "/staff/court/elections/" + id;
        Map<String, Long> ids = new HashMap<>();
        String[][] candidates = { { "Alice", "FEMALE", "SEN", "A" }, { "Bob", "MALE", "POL", "A" }, { "Carla", "FEMALE", "ARG", "B" },
            { "Dev", "MALE", "JPN", "A" }, { "Eva", "FEMALE", "CZE", "B" }, { "Femi", "MALE", "GHA", "A" }, { "Gita", "FEMALE", "KOR", "B" },
            { "Hugo", "MALE", "FRA", "A" }, { "Ines", "FEMALE", "BRA", "A" }, { "Jan", "MALE", "DEU", "B" } };
        for (String[] c : candidates) {
            String email = c[0].equals("Alice") || c[0].equals("Bob") || c[0].equals("Carla") ? c[0].toLowerCase() + "-" + id + "@candidates.test" : null;
            ids.put(c[0], elections.addCandidate(id, new CandidateDraft(c[0], null, email, "Carla".equals(c[0]) ? "es" : "en", c[2], c[2],
                    Gender.valueOf(c[1]), JudgeList.valueOf(c[3]), Procedure.HIGHEST_JUDICIAL_OFFICES, "constructed test")).id());
        }

        mvc.perform(post(location + "/questions").with(STAFF).with(csrf())
                .param("textEn", "How would you ensure the independence of the Court?")
                .param("textFr", "Comment garantiriez-vous l’indépendance de la Cour ?"))
            .andExpect(redirectedUrlPattern("/staff/court/elections/*"));
        mvc.perform(post(location + "/invite").with(STAFF).with(csrf()).param("validDays", "30"))
            .andExpect(redirectedUrlPattern("/staff/court/elections/*"));
        await().atMost(Duration.ofSeconds(30)).until(() -> RELAY.getReceivedMessages().length >= 3);
        String alice = link("alice-" + id + "@candidates.test");
        String bob = link("bob-" + id + "@candidates.test");
        String carla = link("carla-" + id + "@candidates.test");

        // Alice: a wrong address is refused, the right one opens the form; save, resume, submit
        Browser session = new Browser();
        mvc.perform(get(alice).with(session).param("lang", "en")).andDo(session.keep()).andExpect(content().string(containsString("This link is personal")));
        mvc.perform(post(alice + "/confirm").with(session).with(csrf()).param("email", "someone@else.test").param("lang", "en")).andDo(session.keep())
            .andExpect(content().string(containsString("This is not the address the link was sent to.")));
        mvc.perform(post(alice + "/confirm").with(session).with(csrf()).param("email", "Alice-" + id + "@candidates.test")).andDo(session.keep())
            .andExpect(redirectedUrlPattern("/questionnaire/*"));
        long question = jdbc.sql("select id from court_question where election_id = ?").param(id).query(Long.class).single();
        mvc.perform(post(alice).with(session).with(csrf()).param("q" + question, "By electing judges on merit <b>only</b>.")
                .param("action", "save")).andDo(session.keep()).andExpect(redirectedUrlPattern("/questionnaire/*"));
        mvc.perform(get("/court/elections/{id}", id)).andExpect(content().string(not(containsString("By electing judges on merit"))));
        mvc.perform(get(alice).with(session)).andDo(session.keep()).andExpect(content().string(containsString("By electing judges on merit &lt;b&gt;only&lt;/b&gt;.")));
        mvc.perform(post(alice).with(session).with(csrf()).param("q" + question, "By electing judges on merit <b>only</b>.")
                .param("action", "submit")).andDo(session.keep()).andExpect(redirectedUrlPattern("/questionnaire/*/done"));
        mvc.perform(get(alice).with(session).param("lang", "en")).andDo(session.keep()).andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("already been submitted")));

        // Bob declines; Carla's link has expired; another browser without the address cannot use Bob's
        Browser other = new Browser();
        mvc.perform(post(bob).with(other).with(csrf()).param("q" + question, "hijacked").param("action", "submit")).andDo(other.keep())
            .andExpect(redirectedUrlPattern("/questionnaire/*"));
        Browser bobs = new Browser();
        mvc.perform(post(bob + "/confirm").with(bobs).with(csrf()).param("email", "bob-" + id + "@candidates.test")).andDo(bobs.keep());
        mvc.perform(post(bob).with(bobs).with(csrf()).param("action", "decline")).andDo(bobs.keep()).andExpect(redirectedUrlPattern("/questionnaire/*/done*"));
        Browser guesser = new Browser();
        for (int i = 0; i < 5; i++) {
            mvc.perform(post(carla + "/confirm").with(guesser).with(csrf()).param("email", "guess" + i + "@else.test")).andDo(guesser.keep());
        }
        mvc.perform(post(carla + "/confirm").with(guesser).with(csrf()).param("email", "carla-" + id + "@candidates.test").param("lang", "en"))
            .andDo(guesser.keep()).andExpect(content().string(containsString("Too many wrong addresses for this link")));
        jdbc.sql("update court_invitation set expires_at = ? where candidate_id = ?")
            .params(java.time.OffsetDateTime.now().minusDays(1), ids.get("Carla")).update();
        mvc.perform(get(carla).param("lang", "es")).andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("Este enlace ha caducado.")));

        mvc.perform(get("/court/elections/{id}", id).param("lang", "fr"))
            .andExpect(content().string(containsString("Comment garantiriez-vous l’indépendance de la Cour ?")))
            .andExpect(content().string(containsString("By electing judges on merit &lt;b&gt;only&lt;/b&gt;.")))
            .andExpect(content().string(containsString("Ont refusé de répondre")))
            .andExpect(content().string(not(containsString("hijacked"))));
        mvc.perform(get("/court/elections/{id}", id).param("lang", "en"))
            .andExpect(content().string(containsString("How would you ensure the independence of the Court?")));

        // The rounds: one refused (more votes than voters, nothing saved), then all six imported
        mvc.perform(post(location + "/rounds").with(STAFF).with(csrf()).param("lang", "en").param("number", "1").param("ballotsCast", "10")
                .param("v" + ids.get("Bob"), "80").param("source", "test"))
            .andExpect(content().string(containsString("more than the 10 States Parties present and voting")));
        assertThat(elections.rounds(id)).isEmpty();
        StringBuilder csv = new StringBuilder("round,ballots_cast,invalid,abstentions,candidate_id,votes,source\n");
        Object[][] rounds = { { 1, "Bob", 80, "Dev", 75, "Alice", 70, "Ines", 60, "Eva", 50, "Carla", 40 },
            { 2, "Alice", 73, "Ines", 70, "Eva", 60, "Carla", 55, "Gita", 50 }, { 3, "Alice", 73, "Ines", 70, "Eva", 60, "Carla", 55, "Gita", 50 },
            { 4, "Alice", 73, "Ines", 70, "Eva", 60, "Carla", 55, "Gita", 50 }, { 5, "Alice", 90, "Ines", 85, "Eva", 80, "Carla", 76, "Gita", 76 },
            { 6, "Carla", 95, "Gita", 12 } };
        for (Object[] r : rounds) {
            for (int i = 1; i < r.length; i += 2) {
                csv.append(r[0]).append(",112,1,1,").append(ids.get((String) r[i])).append(',').append(r[i + 1]).append(",constructed\n");
            }
        }
        mvc.perform(post(location + "/rounds/import").with(STAFF).with(csrf()).param("csv", csv.toString()))
            .andExpect(redirectedUrlPattern("/staff/court/elections/*"));
        assertThat(elections.tally(id)).flatExtracting(o -> o.elected()).extracting(n -> n.name())
            .containsExactly("Bob", "Dev", "Alice", "Ines", "Eva", "Carla");
        mvc.perform(get("/court/elections/{id}", id).param("lang", "en")).andExpect(content().string(containsString("Every seat is filled.")));
    }

    /**
     * A browser's cookie jar: sessions are kept by Spring Session in the database and found by the
     * SESSION cookie, so each request carries the cookies the earlier answers set.
     */
    static final class Browser implements RequestPostProcessor {
        final Map<String, Cookie> cookies = new HashMap<>();

        @Override
        public org.springframework.mock.web.MockHttpServletRequest postProcessRequest(org.springframework.mock.web.MockHttpServletRequest request) {
            if (!cookies.isEmpty()) {
                request.setCookies(cookies.values().toArray(Cookie[]::new));
            }
            return request;
        }

        org.springframework.test.web.servlet.ResultHandler keep() {
            return result -> {
                for (Cookie c : result.getResponse().getCookies()) {
                    cookies.put(c.getName(), c);
                }
            };
        }
    }

    private static String link(String address) throws Exception {
        Pattern p = Pattern.compile("https://amicus\\.test(/questionnaire/[A-Za-z0-9_-]+)");
        for (MimeMessage m : RELAY.getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().contains(address)) {
                Matcher matcher = p.matcher(text(m.getContent()));
                if (matcher.find()) {
                    return matcher.group(1);
                }
            }
        }
        throw new AssertionError("no link mailed to " + address);
    }

    private static String text(Object content) throws Exception {
        if (content instanceof jakarta.mail.Multipart mp) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < mp.getCount(); i++) {
                sb.append(text(mp.getBodyPart(i).getContent()));
            }
            return sb.toString();
        }
        return String.valueOf(content);
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
