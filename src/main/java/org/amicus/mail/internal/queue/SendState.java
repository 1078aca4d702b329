package org.amicus.mail.internal.queue;

/** A send is ACTIVE until every recipient has a final state (FINISHED), unless staff pause or cancel it. */
public enum SendState {
    ACTIVE, PAUSED, CANCELLED, FINISHED
}
