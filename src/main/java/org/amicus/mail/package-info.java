/**
 * Mail: the delivery engine under everything that sends. A durable outbound queue in the database,
 * pooled SMTP connections with global and per-domain rate limits, per-recipient rendering in the
 * recipient's language, list headers and one-click unsubscribe, bounce and complaint handling with a
 * suppression list, and inbound mail handed to other modules as events. The API is {@link
 * org.amicus.mail.Outbox} with {@link org.amicus.mail.Outgoing}; the events are {@link
 * org.amicus.mail.DeliveryFeedback} and {@link org.amicus.mail.InboundMessage}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mail", allowedDependencies = { "platform" })
package org.amicus.mail;
