package org.amicus.publications.internal.press;

/**
 * A press item as typed: its text in one language, the experts by their CRM person numbers (comma
 * separated) and the smart group of journalists it goes to.
 */
public record PressDraft(String kind, String language, String title, String body, String experts, Long smartGroupId) {
}
