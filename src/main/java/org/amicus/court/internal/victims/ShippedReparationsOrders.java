package org.amicus.court.internal.victims;

import java.time.LocalDate;

import org.amicus.platform.ShippedCsv;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records the reparations orders shipped in data/court/reparations-orders.csv that were never recorded
 * (by case and date), all or nothing, once the application is ready: their cases come from the
 * cooperation record, which loads its own shipped data while the context starts. An existing database
 * thus gets the orders shipped later, and an order staff removed is not brought back.
 */
@Component
class ShippedReparationsOrders {

    static final String FILE = "data/court/reparations-orders.csv";

    private final ReparationsOrders orders;
    private final TransactionTemplate transaction;

    ShippedReparationsOrders(ReparationsOrders orders, TransactionTemplate transaction) {
        this.orders = orders;
        this.transaction = transaction;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ship() {
        transaction.executeWithoutResult(status -> {
            for (var r : ShippedCsv.rows(FILE)) {
                if (!orders.everRecorded(r.get("case_number"), LocalDate.parse(r.get("order_date")))) {
                    orders.addOrder(new ReparationsOrder(0, r.get("case_number"), LocalDate.parse(r.get("order_date")), r.get("chamber"),
                            ReparationsOrder.Kind.valueOf(r.get("kind")), Long.valueOf(r.get("amount")), r.get("currency"),
                            r.get("beneficiaries").isBlank() ? null : Integer.valueOf(r.get("beneficiaries")), r.get("tfv_role"), r.get("summary"), r.get("source")));
                }
            }
        });
    }
}
