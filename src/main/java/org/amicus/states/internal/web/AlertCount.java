package org.amicus.states.internal.web;

import java.security.Principal;

import org.amicus.states.internal.following.Following;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The number of unread alerts the header shows to a signed-in person. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class AlertCount {

    private final Following following;

    AlertCount(Following following) {
        this.following = following;
    }

    @ModelAttribute("unreadAlerts")
    Long unreadAlerts(Principal who) {
        return who == null ? null : following.unread(who.getName());
    }
}
