package org.amicus.portal.internal.blog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import javax.imageio.ImageIO;

import org.amicus.members.internal.record.MemberAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

/**
 * The In Situ blog through the web: a member's post with unsafe HTML is kept safe, sent back with a
 * note, fixed, approved; it appears in its language, in the feed, with its organisation; pictures
 * need a description and a real image under the size limit; comments wait for an editor, the
 * honeypot keeps nothing; a scheduled post waits for its time; strangers' posts stay private.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BlogReviewTest {

    static final RequestPostProcessor EDITOR = user("blog-editor").roles("STAFF");

    @Autowired
    MockMvc mvc;

    @Autowired
    MemberAccounts accounts;

    @Autowired
    BlogPosts posts;

    @Autowired
    JdbcClient jdbc;

    long organisation(String name) throws Exception {
        String body = mvc.perform(post("/api/v1/members/organisations").with(user("crm").roles("STAFF")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"NGO\",\"name\":\"" + name + "\",\"country\":\"COD\"}"))
            .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    long submit(RequestPostProcessor member, String title, String lang, String body) throws Exception {
        String location = mvc.perform(post("/contribute").with(member).with(csrf()).param("title", title).param("language", lang)
                .param("body", body)).andExpect(redirectedUrlPattern("/contribute/*")).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void aMembersPostGoesThroughReviewAndAppearsInItsLanguageAndFeed() throws Exception {
        long org = organisation("Ligue des électeurs du Kivu (blog test)");
        accounts.link("kivu-writer", org);
        RequestPostProcessor member = user("kivu-writer").roles("MEMBER");
        long id = submit(member, "Hearings in Bunia", "en",
                "<p onclick=\"steal()\">Victims spoke <script>alert(1)</script>in Bunia.</p><a href=\"javascript:alert(1)\">x</a>");
        Post submitted = posts.get(id);
        assertThat(submitted.bodyHtml()).contains("Victims spoke").doesNotContain("script", "onclick", "javascript");
        assertThat(submitted.organisationId()).isEqualTo(org);
        mvc.perform(get("/blog/" + id)).andExpect(status().isNotFound());

        mvc.perform(post("/staff/blog/" + id + "/changes").with(EDITOR).with(csrf()).param("note", "Please name the court."))
            .andExpect(status().is3xxRedirection());
        mvc.perform(get("/contribute").with(member)).andExpect(content().string(containsString("Please name the court.")))
            .andExpect(content().string(containsString("Changes requested")));

        mvc.perform(post("/contribute/" + id).with(member).with(csrf()).param("title", "Hearings at the Court in Bunia").param("language", "en")
                .param("body", "<p>Victims spoke before the ICC in Bunia.</p>")).andExpect(status().is3xxRedirection());
        assertThat(posts.get(id).status()).isEqualTo(PostStatus.SUBMITTED);

        mvc.perform(post("/staff/blog/" + id + "/approve").with(EDITOR).with(csrf()).param("commentsOn", "true"))
            .andExpect(status().is3xxRedirection());
        mvc.perform(get("/blog").param("lang", "en")).andExpect(content().string(containsString("Hearings at the Court in Bunia")));
        mvc.perform(get("/blog/" + id).param("lang", "en")).andExpect(status().isOk())
            .andExpect(content().string(containsString("Ligue des électeurs du Kivu (blog test)")))
            .andExpect(header().exists("ETag"));
        mvc.perform(get("/feeds/en/blog.rss")).andExpect(content().contentTypeCompatibleWith("application/rss+xml"))
            .andExpect(content().string(containsString("Hearings at the Court in Bunia")));
        mvc.perform(get("/feeds/en/blog.atom")).andExpect(content().string(containsString("<feed")))
            .andExpect(content().string(containsString("Hearings at the Court in Bunia")));
        mvc.perform(get("/feeds/fr/blog.rss")).andExpect(content().string(not(containsString("Hearings at the Court in Bunia"))));
        // read in French: the page says the post is not in French and offers what exists
        mvc.perform(get("/blog/" + id).param("lang", "fr")).andExpect(content().string(containsString("n’existe pas en français")));

        // a comment waits for an editor; the honeypot keeps nothing
        mvc.perform(post("/blog/" + id + "/comment").with(csrf()).param("name", "Reader").param("body", "<b>Thank</b> you <script>x()</script>"))
            .andExpect(status().is3xxRedirection());
        mvc.perform(post("/blog/" + id + "/comment").with(csrf()).param("name", "Bot").param("body", "spam").param("website", "http://spam"))
            .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from blog_comment where post_id = ? and name = 'Bot'").param(id).query(Long.class).single()).isZero();
        String held = jdbc.sql("select body from blog_comment where post_id = ? and name = 'Reader'").param(id).query(String.class).single();
        assertThat(held).isEqualTo("Thank you");
        mvc.perform(get("/blog/" + id)).andExpect(content().string(not(containsString("Thank you"))));
        long commentId = jdbc.sql("select id from blog_comment where post_id = ? and name = 'Reader'").param(id).query(Long.class).single();
        mvc.perform(post("/staff/blog/comments/" + commentId).with(EDITOR).with(csrf()).param("approve", "true"));
        mvc.perform(get("/blog/" + id)).andExpect(content().string(containsString("Thank you")));
    }

    @Test
    void picturesNeedADescriptionAndARealImageUnderTheLimit() throws Exception {
        RequestPostProcessor member = user("pictures-writer").roles("MEMBER");
        long id = submit(member, "A picture", "fr", "<p>Une image.</p>");
        var png = new ByteArrayOutputStream();
        ImageIO.write(new java.awt.image.BufferedImage(20, 10, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);

        mvc.perform(multipart("/contribute/" + id + "/images").file(new MockMultipartFile("image", "a.png", "image/png", png.toByteArray()))
                .with(member).with(csrf()).param("lang", "en"))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Describe the picture")));
        mvc.perform(multipart("/contribute/" + id + "/images").file(new MockMultipartFile("image", "a.png", "image/png",
                "<script>alert(1)</script>".getBytes())).with(member).with(csrf()).param("alt", "x").param("lang", "en"))
            .andExpect(content().string(containsString("not a PNG, JPEG or GIF")));
        byte[] big = new byte[BlogImages.MAX_BYTES + 1];
        System.arraycopy(png.toByteArray(), 0, big, 0, png.size());
        mvc.perform(multipart("/contribute/" + id + "/images").file(new MockMultipartFile("image", "big.png", "image/png", big))
                .with(member).with(csrf()).param("alt", "x").param("lang", "en"))
            .andExpect(content().string(containsString("too large: at most 2 MB")));
        mvc.perform(multipart("/contribute/" + id + "/images").file(new MockMultipartFile("image", "a.png", "image/png", png.toByteArray()))
                .with(member).with(csrf()).param("alt", "Une salle d’audience").param("lang", "en"))
            .andExpect(status().is3xxRedirection());
        long imageId = jdbc.sql("select id from blog_image where post_id = ?").param(id).query(Long.class).single();
        // under review, the picture is the author's and the editors' only
        mvc.perform(get("/blog/images/" + imageId)).andExpect(status().isNotFound());
        mvc.perform(get("/blog/images/" + imageId).with(EDITOR)).andExpect(status().isOk()).andExpect(content().contentType("image/png"));
        // another member does not see the post at all
        mvc.perform(get("/contribute/" + id).with(user("someone-else").roles("MEMBER"))).andExpect(status().isNotFound());
        mvc.perform(get("/contribute").with(user("reader"))).andExpect(status().isForbidden());
        mvc.perform(get("/staff/blog").with(member)).andExpect(status().isForbidden());
    }

    @Test
    void aScheduledPostWaitsForItsTimeAndAStoryNamesItsSubject() throws Exception {
        RequestPostProcessor member = user("story-writer").roles("MEMBER");
        long id = submit(member, "Paralegals of Ituri", "en", "<p>Paralegals help victims file their applications.</p>");
        String tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES).toString().replace("Z", "");
        mvc.perform(post("/staff/blog/" + id + "/approve").with(EDITOR).with(csrf()).param("story", "true").param("lang", "en"))
            .andExpect(status().isOk()).andExpect(content().string(containsString("names the organisation or the country")));
        mvc.perform(post("/staff/blog/" + id + "/approve").with(EDITOR).with(csrf()).param("story", "true").param("storyCountry", "XYZ")
                .param("lang", "en")).andExpect(content().string(containsString("No state has the code XYZ")));
        mvc.perform(post("/staff/blog/" + id + "/approve").with(EDITOR).with(csrf()).param("story", "true").param("storyCountry", "cod")
                .param("publishAt", tomorrow.substring(0, 16))).andExpect(status().is3xxRedirection());
        assertThat(posts.get(id).status()).isEqualTo(PostStatus.SCHEDULED);
        posts.publishDue();
        mvc.perform(get("/civil-society-at-work").param("lang", "en")).andExpect(content().string(not(containsString("Paralegals of Ituri"))));

        jdbc.sql("update blog_post set publish_at = ? where id = ?").params(java.time.OffsetDateTime.now().minusMinutes(1), id).update();
        posts.publishDue();
        assertThat(posts.get(id).status()).isEqualTo(PostStatus.PUBLISHED);
        mvc.perform(get("/civil-society-at-work").param("lang", "en")).andExpect(content().string(containsString("Paralegals of Ituri")));
        mvc.perform(get("/blog/" + id).param("lang", "en")).andExpect(content().string(containsString("/states/COD")));
    }

    @Test
    void unknownPostsAndFeedsAreLocalisedNotFound() throws Exception {
        mvc.perform(get("/blog/987654321").param("lang", "fr")).andExpect(status().isNotFound());
        mvc.perform(get("/feeds/xx/blog.rss")).andExpect(status().isNotFound());
        mvc.perform(get("/feeds/en/gossip.rss")).andExpect(status().isNotFound());
    }
}
