package org.amicus.states.internal.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.amicus.states.internal.following.AlertTexts;
import org.amicus.states.internal.following.Following;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A signed-in person's follows and alerts, read with their own account (HTTP Basic). */
@RestController
@RequestMapping("/api/v1/account")
@Tag(name = "Implementing legislation")
class FollowingApi {

    private static final int MAX = 100;

    private final Following following;
    private final AlertTexts texts;

    FollowingApi(Following following, AlertTexts texts) {
        this.following = following;
        this.texts = texts;
    }

    /** An alert: the facts of the change and the sentence in the asked language (lang). */
    record AlertView(long id, String iso3, String kind, String subject, String component, java.time.LocalDate date,
            String action, String text, Instant createdAt, boolean unread) {
    }

    record Inbox(List<String> following, List<AlertView> alerts) {
    }

    @Operation(summary = "Signed in: the states one follows and the newest 100 alerts about them (401 without an account)")
    @GetMapping("/alerts")
    Inbox alerts(Authentication who) {
        if (who == null) {
            throw new ErrorResponseException(HttpStatus.UNAUTHORIZED);
        }
        Locale locale = LocaleContextHolder.getLocale();
        return new Inbox(following.followed(who.getName()), following.alerts(who.getName(), MAX).stream()
            .map(a -> new AlertView(a.id(), a.iso3(), a.kind(), a.subject(), a.component(), a.date(), a.action(),
                    texts.text(a, locale), a.createdAt(), a.unread()))
            .toList());
    }
}
