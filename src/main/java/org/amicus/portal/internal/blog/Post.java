package org.amicus.portal.internal.blog;

import java.time.Instant;

import org.amicus.platform.Language;

/**
 * A blog post in one language. {@code translationOf} names the original of a translation; a
 * "Civil Society at Work" story is a post an editor marked as one, about an organisation and a country.
 */
public record Post(long id, String author, Long organisationId, Language language, Long translationOf, String title,
        String summary, String bodyHtml, PostStatus status, String editorNote, boolean commentsOn, boolean story,
        Long storyOrganisationId, String storyCountry, Instant publishAt, Instant publishedAt, String reviewedBy,
        Instant createdAt, Instant updatedAt) {

    /** The id shared by a post and all its translations. */
    public long family() {
        return translationOf != null ? translationOf : id;
    }

    public boolean isPublic() {
        return status == PostStatus.PUBLISHED;
    }
}
