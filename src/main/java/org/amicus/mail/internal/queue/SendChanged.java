package org.amicus.mail.internal.queue;

/**
 * Published when a send is queued, paused, resumed or cancelled, so that this node's dispatcher acts
 * at the commit rather than at its next poll of the sends; other nodes see the change at theirs.
 */
public record SendChanged(long sendId) {
}
