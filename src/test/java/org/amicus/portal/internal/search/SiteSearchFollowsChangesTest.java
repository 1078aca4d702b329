package org.amicus.portal.internal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

import java.util.List;
import java.util.UUID;

import org.amicus.platform.Language;
import org.amicus.portal.internal.blog.Approval;
import org.amicus.portal.internal.blog.BlogPosts;
import org.amicus.portal.internal.blog.PostDraft;
import org.amicus.portal.internal.cms.CmsPages;
import org.amicus.publications.internal.press.PressRelease;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Site search follows each change of what it holds, one record at a time: a post once approved is
 * found, once withdrawn no more; a CMS page's new published text replaces the old one, and an
 * unpublished or removed page is gone; a press release is found once its embargo lifts.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SiteSearchFollowsChangesTest {

    @Autowired
    SiteSearch search;

    @Autowired
    BlogPosts posts;

    @Autowired
    CmsPages pages;

    @Autowired
    PressRelease release;

    @Autowired
    MockMvc mvc;

    /** A word no other test writes, so the hits are this test's. */
    static String word() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    List<String> found(String word) {
        return search.search(word, Language.EN, 50).hits().stream().map(SiteSearch.Hit::path).toList();
    }

    @Test
    void aPostIsFoundFromItsApprovalUntilItIsWithdrawn() {
        String word = word();
        assertThat(found(word)).isEmpty();
        long id = posts.submit("search-writer", new PostDraft("Hearings in Bunia", null, "<p>Victims spoke of " + word + ".</p>", "en", null));
        assertThat(found(word)).as("waiting for an editor").isEmpty();
        posts.approve(id, new Approval(null, false, false, null, null));
        assertThat(found(word)).containsExactly("/blog/" + id);
        posts.withdraw(id, "Taken down at the author's request");
        assertThat(found(word)).isEmpty();
    }

    @Test
    void aPagesNewTextReplacesTheOldAndAnUnpublishedOrRemovedPageIsGone() {
        String before = word();
        String after = word();
        String slug = "search-follows-" + before;
        long id = pages.create(slug);
        pages.saveDraft(id, "en", "Our work", "<p>The first text says " + before + ".</p>", null);
        assertThat(found(before)).as("a draft is not public").isEmpty();
        pages.publish(id, "en", null, true);
        pages.saveDraft(id, "fr", "Notre travail", "<p>Le texte dit " + before + ".</p>", null);
        pages.publish(id, "fr", null, true);
        assertThat(found(before)).containsExactly("/pages/" + slug, "/pages/" + slug);

        pages.saveDraft(id, "en", "Our work", "<p>The second text says " + after + ".</p>", null);
        assertThat(found(after)).as("the new draft is not published yet").isEmpty();
        pages.publish(id, "en", null, true);
        assertThat(found(after)).containsExactly("/pages/" + slug);
        assertThat(search.search(before, Language.EN, 50).hits()).extracting(SiteSearch.Hit::language).containsExactly(Language.FR);

        pages.unpublish(id, "fr");
        assertThat(found(before)).isEmpty();
        pages.remove(id);
        assertThat(found(after)).isEmpty();
    }

    @Test
    void aPressReleaseIsFoundOnceReleased() throws Exception {
        String word = word();
        String item = mvc.perform(post("/staff/press").with(user("search-drafter").roles("STAFF")).with(csrf()).param("kind", "PRESS_RELEASE")
                .param("language", "en").param("title", "Statement on " + word).param("body", "<p>The Coalition welcomes " + word + ".</p>"))
            .andExpect(redirectedUrlPattern("/staff/press/*")).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(item.substring(item.lastIndexOf('/') + 1));
        mvc.perform(post(item + "/review").with(user("search-reviewer").roles("STAFF")).with(csrf()));
        assertThat(found(word)).as("a draft under review").isEmpty();
        mvc.perform(post(item + "/approve").with(user("search-chief").roles("ADMIN")).with(csrf()));
        release.release(id);
        assertThat(found(word)).containsExactly("/press/" + id);
    }
}
