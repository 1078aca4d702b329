package org.amicus.court.internal.conference;

import org.amicus.court.internal.conference.SessionItem.Kind;
import org.amicus.platform.ShippedCsv;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Records the Review Conference's outcomes shipped in data/court/review-conference.csv on the first start, all or nothing. */
@Component
class ShippedSessionItems implements SmartInitializingSingleton {

    static final String FILE = "data/court/review-conference.csv";

    private final SessionItems items;
    private final TransactionTemplate transaction;

    ShippedSessionItems(SessionItems items, TransactionTemplate transaction) {
        this.items = items;
        this.transaction = transaction;
    }

    @Override
    public void afterSingletonsInstantiated() {
        transaction.executeWithoutResult(status -> {
            if (items.isEmpty()) {
                for (var r : ShippedCsv.rows(FILE)) {
                    items.add(r.get("session"), Kind.valueOf(r.get("kind")), r.get("title"), r.get("outcome_symbol"), r.get("outcome"),
                            r.get("source"));
                }
            }
        });
    }
}
