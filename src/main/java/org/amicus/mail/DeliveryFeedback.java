package org.amicus.mail;

/**
 * What came back about a recipient: a bounce, a complaint or an unsubscribe, published after it is
 * recorded. The lists module listens to disable or end subscriptions.
 *
 * @param listId            the List-Id of the send it concerns, or null
 * @param bounceScore       the address's bounce score on that list after this report (hard 1, soft 0.5, one per day, as Mailman counts)
 * @param disableDelivery   true when the score reached the threshold or the report is a complaint or an unsubscribe
 */
public record DeliveryFeedback(Kind kind, String address, String listId, String status, String detail,
        double bounceScore, boolean disableDelivery) {

    public enum Kind {
        HARD_BOUNCE, SOFT_BOUNCE, COMPLAINT, UNSUBSCRIBE
    }
}
