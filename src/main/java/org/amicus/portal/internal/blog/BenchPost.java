package org.amicus.portal.internal.blog;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * For bench/portal.sh only (profile "bench"): a published In Situ post on the bench's fresh database,
 * submitted and approved through the blog's own review like any other, so its page is what readers get.
 * The text says what it is; it states no fact.
 */
@Component
@Profile("bench")
class BenchPost {

    private static final Logger log = LoggerFactory.getLogger(BenchPost.class);

    private static final String PARAGRAPH = "<p>Ce billet sert à mesurer la vitesse des pages publiques du portail : sa longueur, ses"
            + " titres, ses listes et ses liens ressemblent à ceux d'un billet d'In Situ écrit par un membre sur le terrain. Il ne"
            + " rapporte aucun fait et n'existe que dans la base de données neuve du banc d'essai.</p>";

    private final BlogPosts posts;

    BenchPost(BlogPosts posts) {
        this.posts = posts;
    }

    @EventListener(ApplicationReadyEvent.class)
    void publish() {
        StringBuilder body = new StringBuilder();
        for (int section = 1; section <= 4; section++) {
            body.append("<h2>Partie ").append(section).append("</h2>").append(PARAGRAPH).append(PARAGRAPH)
                .append("<ul><li>Un premier point</li><li>Un deuxième point</li><li><a href=\"/countries/KEN\">Une page de pays</a></li></ul>")
                .append(PARAGRAPH);
        }
        long id = posts.submit("bench-writer", new PostDraft("Billet du banc d'essai", "Un billet pour mesurer les pages du portail.",
                body.toString(), "fr", null));
        posts.approve(id, new Approval(null, false, false, null, null));
        log.info("In Situ bench post at /blog/{}", id);
    }
}
