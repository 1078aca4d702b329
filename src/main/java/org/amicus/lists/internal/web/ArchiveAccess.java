package org.amicus.lists.internal.web;

import java.util.HashSet;
import java.util.Set;

import org.amicus.lists.internal.MailingList;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

import jakarta.servlet.http.HttpSession;

/**
 * Who reads an archive. Public: everyone. Members: signed-in members (and staff). Subscribers:
 * staff, and a browser whose session opened the preferences page of an active subscription to the
 * list (subscribers have no account; their secret link is their key).
 */
final class ArchiveAccess {

    private static final String ATTRIBUTE = "lists.subscriberOf";

    private ArchiveAccess() {
    }

    static void grant(HttpSession session, long listId) {
        @SuppressWarnings("unchecked")
        Set<Long> lists = (Set<Long>) session.getAttribute(ATTRIBUTE);
        Set<Long> updated = lists == null ? new HashSet<>() : new HashSet<>(lists);
        updated.add(listId);
        session.setAttribute(ATTRIBUTE, updated);
    }

    static boolean allows(MailingList list, Authentication who, HttpSession session) {
        return switch (list.archive()) {
            case PUBLIC -> true;
            case MEMBERS -> has(who, "ROLE_MEMBER") || has(who, "ROLE_STAFF") || has(who, "ROLE_ADMIN");
            case SUBSCRIBERS -> has(who, "ROLE_STAFF") || has(who, "ROLE_ADMIN") || subscriber(session, list.id());
        };
    }

    static void check(MailingList list, Authentication who, HttpSession session) {
        if (!allows(list, who, session)) {
            throw new AccessDeniedException("archive of " + list.slug());
        }
    }

    private static boolean subscriber(HttpSession session, long listId) {
        Object lists = session == null ? null : session.getAttribute(ATTRIBUTE);
        return lists instanceof Set<?> set && set.contains(listId);
    }

    private static boolean has(Authentication who, String role) {
        return who != null && who.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(role));
    }
}
