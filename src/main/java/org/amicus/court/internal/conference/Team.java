package org.amicus.court.internal.conference;

/**
 * A member organisation or a group of the members record (an Issue Team, a network) following a
 * session item; {@code name} is the name it had when added, {@code role} what it does on the item.
 */
public record Team(long id, long itemId, Long groupId, Long organisationId, String name, String role) {
}
