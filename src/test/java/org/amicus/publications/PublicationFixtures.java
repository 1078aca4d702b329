package org.amicus.publications;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

/** People, consents and smart groups made through the members API, as staff would, for the publications tests. */
public final class PublicationFixtures {

    public static final RequestPostProcessor STAFF = user("editor").roles("STAFF");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final MockMvc mvc;

    public PublicationFixtures(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** A word no other test uses, to find this test's people with a smart group. */
    public static String token() {
        return "zq" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + SEQUENCE.incrementAndGet();
    }

    public long person(String name, String language, String email) throws Exception {
        String json = "{\"person\":{\"name\":\"" + name + "\"" + (language == null ? "" : ",\"preferredLanguage\":\"" + language + "\"")
                + (email == null ? "" : ",\"emails\":[\"" + email + "\"]") + ",\"country\":\"NLD\"}}";
        String body = mvc.perform(post("/api/v1/members/people").with(STAFF).contentType(MediaType.APPLICATION_JSON).content(json))
            .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    public void consent(long personId, String purpose, boolean granted) throws Exception {
        mvc.perform(post("/api/v1/members/people/" + personId + "/consents").with(STAFF).contentType(MediaType.APPLICATION_JSON)
                .content("{\"purpose\":\"" + purpose + "\",\"granted\":" + granted + ",\"givenOn\":\"2026-01-15\",\"source\":\"test form\"}"))
            .andExpect(status().isOk());
    }

    public long smartGroup(String token) throws Exception {
        String body = mvc.perform(post("/api/v1/members/smart-groups").with(STAFF).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Readers " + token + "\",\"query\":\"q=" + token + "\"}"))
            .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }
}
