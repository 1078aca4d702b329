package org.amicus.court.internal.conference;

import org.amicus.court.internal.conference.SessionItem.Kind;
import org.amicus.platform.Language;
import org.amicus.platform.ShippedCsv;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records the Review Conference's outcomes shipped in data/court/review-conference.csv on the first
 * start, all or nothing, and their French, Spanish, Arabic and Portuguese texts
 * (data/court/review-conference-texts.csv) wherever an item has none yet, so a database that has the
 * items already gets the translations too.
 */
@Component
class ShippedSessionItems implements SmartInitializingSingleton {

    static final String FILE = "data/court/review-conference.csv";
    static final String TEXTS = "data/court/review-conference-texts.csv";

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
            var english = items.all();
            for (var r : ShippedCsv.rows(TEXTS)) {
                Language language = Language.fromCode(r.get("lang")).orElseThrow();
                english.stream().filter(i -> i.sessionName().equals(r.get("session_en")) && i.title().equals(r.get("title_en"))).filter(i -> !items.hasText(i.id(), language))
                    .forEach(i -> items.setText(i.id(), language, r.get("session"), r.get("title"), r.get("outcome")));
            }
        });
    }
}
