/**
 * Lists: the coalition's listservs on top of the mail engine. Lists with their owners and
 * moderators, subscriptions (double opt-in on the web, by staff, or a smart group of the members
 * record), delivery of each message or a daily digest, posting by e-mail and on the web with a
 * moderation queue, bounces and one-click unsubscribes from the mail engine's feedback, and the
 * archives on the web. It offers nothing to other modules; it listens to {@link
 * org.amicus.mail.InboundMessage} and {@link org.amicus.mail.DeliveryFeedback}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Lists", allowedDependencies = { "platform", "mail", "members" })
package org.amicus.lists;
