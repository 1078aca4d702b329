package org.amicus.members;

/** A person as other modules see them: enough to write to them in their language. */
public record PersonRef(long id, String name, String country, String preferredLanguage, String primaryEmail) {
}
