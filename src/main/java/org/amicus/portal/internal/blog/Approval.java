package org.amicus.portal.internal.blog;

import java.time.Instant;

/**
 * An editor's decision to publish: when (now when empty), whether readers may comment (moderated),
 * and whether it is a "Civil Society at Work" story about an organisation of the CRM and a country.
 */
public record Approval(Instant publishAt, boolean commentsOn, boolean story, Long storyOrganisationId, String storyCountry) {
}
