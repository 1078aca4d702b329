package org.amicus.lists.internal.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.amicus.lists.internal.Archive;
import org.amicus.lists.internal.Digests;
import org.amicus.lists.internal.ListDraft;
import org.amicus.lists.internal.MailingList;
import org.amicus.lists.internal.MailingLists;
import org.amicus.lists.internal.Posts;
import org.amicus.lists.internal.Subscription;
import org.amicus.lists.internal.Subscriptions;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The listservs in the open API. Reading the lists is public; archives at the list's visibility
 * (the API has no subscriber sessions, so a subscribers' archive is for staff); everything else,
 * subscriptions and moderation included, needs the STAFF role (SecurityConfig).
 */
@RestController
@RequestMapping("/api/v1/lists")
@Tag(name = "Lists")
class ListsApi {

    record ListJson(String slug, String name, String address, String listId, String language, String description, String kind,
            String archive, List<String> owners, List<String> moderators, String source) {

        static ListJson of(MailingList l) {
            return new ListJson(l.slug(), l.name(), l.address(), l.listId(), l.language().code(), l.description(), l.kind().name(),
                    l.archive().name(), l.owners(), l.moderators(), l.source());
        }
    }

    record SubscriptionJson(long id, String address, String name, String language, String delivery, List<String> digestLanguages,
            String state, String joinedBy, double bounceScore, Instant changedAt, String reason) {

        static SubscriptionJson of(Subscription s) {
            return new SubscriptionJson(s.id(), s.address(), s.name(), s.language().code(), s.delivery().name(),
                    s.digestLanguages().stream().map(l -> l.code()).sorted().toList(), s.state().name(), s.joinedBy(), s.bounceScore(),
                    s.changedAt(), s.reason());
        }
    }

    /** An archived message as the API shows it: the sender's name, never their address. */
    record MessageJson(long id, long threadId, Long parentId, int depth, String subject, String sender, Instant receivedAt, String language,
            String body) {

        static MessageJson of(Archive.Entry e) {
            Archive.Message m = e.message();
            return new MessageJson(m.id(), m.threadId(), m.parentId(), e.depth(), m.subject(), m.sender(), m.receivedAt(), m.language(),
                    m.body());
        }
    }

    record SubscriberDraft(String address, String name, String language, String delivery) {
    }

    record Reason(String reason) {
    }

    private final MailingLists lists;
    private final Subscriptions subscriptions;
    private final Posts posts;
    private final Archive archive;
    private final Digests digests;

    ListsApi(MailingLists lists, Subscriptions subscriptions, Posts posts, Archive archive, Digests digests) {
        this.lists = lists;
        this.subscriptions = subscriptions;
        this.posts = posts;
        this.archive = archive;
        this.digests = digests;
    }

    @GetMapping
    @Operation(summary = "The lists, with their language, kind and archive visibility")
    List<ListJson> all() {
        return lists.all().stream().map(ListJson::of).toList();
    }

    @GetMapping("/{slug}")
    @Operation(summary = "One list")
    ListJson one(@PathVariable String slug) {
        return ListJson.of(lists.get(slug));
    }

    @PostMapping
    @Operation(summary = "Create a list (staff)")
    ResponseEntity<ListJson> create(@RequestBody ListDraft draft) {
        MailingList created = lists.create(draft);
        return ResponseEntity.created(URI.create("/api/v1/lists/" + created.slug())).body(ListJson.of(created));
    }

    @PutMapping("/{slug}")
    @Operation(summary = "Change a list (its owners and moderators, or any staff while none is named)")
    ListJson update(@PathVariable String slug, @RequestBody ListDraft draft, Authentication who) {
        lists.moderated(slug, who);
        return ListJson.of(lists.update(slug, draft));
    }

    @GetMapping("/{slug}/subscriptions")
    @Operation(summary = "Subscriptions of a list, ended and disabled ones included (staff)")
    List<SubscriptionJson> subscriptions(@PathVariable String slug) {
        return subscriptions.of(lists.get(slug)).stream().map(SubscriptionJson::of).toList();
    }

    @PostMapping("/{slug}/subscriptions")
    @Operation(summary = "Subscribe someone, active at once (staff)")
    ResponseEntity<SubscriptionJson> subscribe(@PathVariable String slug, @RequestBody SubscriberDraft d) {
        Subscription s = subscriptions.add(lists.get(slug), d.address(), d.name(), d.language(), d.delivery());
        return ResponseEntity.created(URI.create("/api/v1/lists/" + slug + "/subscriptions")).body(SubscriptionJson.of(s));
    }

    @GetMapping("/{slug}/held")
    @Operation(summary = "Posts waiting for a moderator, with the reason each is held")
    List<Posts.Held> held(@PathVariable String slug, Authentication who) {
        return posts.held(lists.moderated(slug, who));
    }

    @PostMapping("/{slug}/held/{id}/approve")
    @Operation(summary = "Approve a held post; alwaysAllow lets the sender's later posts through")
    Map<String, Object> approve(@PathVariable String slug, @PathVariable long id, @RequestParam(defaultValue = "false") boolean alwaysAllow,
            Authentication who) {
        posts.approve(lists.moderated(slug, who), id, alwaysAllow, who.getName());
        return Map.of("id", id, "state", "POSTED");
    }

    @PostMapping("/{slug}/held/{id}/reject")
    @Operation(summary = "Reject a held post with a reason, mailed to the sender in their language")
    Map<String, Object> reject(@PathVariable String slug, @PathVariable long id, @RequestBody Reason reason, Authentication who) {
        posts.reject(lists.moderated(slug, who), id, reason.reason(), who.getName());
        return Map.of("id", id, "state", "REJECTED");
    }

    @PostMapping("/{slug}/digest")
    @Operation(summary = "Send the list's next digest now; the answer names its volume and issue, or none when nothing is new")
    Map<String, Object> digest(@PathVariable String slug, Authentication who) {
        String issue = digests.send(lists.moderated(slug, who));
        return Map.of("issue", issue == null ? "none" : issue);
    }

    @GetMapping("/{slug}/archive")
    @Operation(summary = "The archive's threads (or the messages matching q), at the list's visibility")
    List<List<MessageJson>> archive(@PathVariable String slug, @RequestParam(required = false) String q, Authentication who) {
        MailingList list = lists.get(slug);
        ArchiveAccess.check(list, who, null);
        return archive.threads(list, q, 200).stream().map(t -> t.stream().map(MessageJson::of).toList()).toList();
    }
}
