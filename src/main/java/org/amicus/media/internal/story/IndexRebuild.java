package org.amicus.media.internal.story;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** After start, in the background: rebuilds the story index when it does not hold every story (a new node, a lost folder). */
@Component
class IndexRebuild {

    private static final Logger log = LoggerFactory.getLogger(IndexRebuild.class);
    private static final int PAGE = 500;

    private final Stories stories;
    private final StoryIndex index;

    IndexRebuild(Stories stories, StoryIndex index) {
        this.stories = stories;
        this.index = index;
    }

    @EventListener(ApplicationReadyEvent.class)
    void whenReady() {
        Thread t = new Thread(this::rebuildIfIncomplete, "media-index-rebuild");
        t.setDaemon(true);
        t.start();
    }

    void rebuildIfIncomplete() {
        try {
            if (index.size() == stories.count()) {
                return;
            }
            index.rebuilding(true);
            if (index.size() > 0) {
                index.clear();
            }
            long after = 0;
            List<Long> ids;
            while (!(ids = stories.ids(after, PAGE)).isEmpty()) {
                for (long id : ids) {
                    stories.find(id).ifPresent(s -> index.put(stories.indexed(s)));
                }
                after = ids.get(ids.size() - 1);
            }
            index.commit();
            log.info("Media story index rebuilt: {} stories.", index.size());
        } catch (RuntimeException e) {
            log.error("The media story index could not be rebuilt", e);
        } finally {
            index.rebuilding(false);
        }
    }
}
