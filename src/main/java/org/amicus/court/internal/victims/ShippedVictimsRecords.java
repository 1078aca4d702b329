package org.amicus.court.internal.victims;

import java.time.LocalDate;

import org.amicus.platform.ShippedCsv;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records the reparations orders shipped in data/court/reparations-orders.csv and the legal aid
 * entries of data/court/legal-aid.csv that were never recorded (an order by case and date, legal aid
 * by title and symbol), all or nothing, once the application is ready: the orders' cases come from the
 * cooperation record, which loads its own shipped data while the context starts. An existing database
 * thus gets what is shipped later, and an entry staff removed is not brought back.
 */
@Component
class ShippedVictimsRecords {

    static final String ORDERS = "data/court/reparations-orders.csv";
    static final String LEGAL_AID = "data/court/legal-aid.csv";

    private final ReparationsOrders orders;
    private final TransactionTemplate transaction;

    ShippedVictimsRecords(ReparationsOrders orders, TransactionTemplate transaction) {
        this.orders = orders;
        this.transaction = transaction;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ship() {
        transaction.executeWithoutResult(status -> {
            for (var r : ShippedCsv.rows(ORDERS)) {
                if (!orders.everRecorded(r.get("case_number"), LocalDate.parse(r.get("order_date")))) {
                    orders.addOrder(new ReparationsOrder(0, r.get("case_number"), LocalDate.parse(r.get("order_date")), r.get("chamber"),
                            ReparationsOrder.Kind.valueOf(r.get("kind")), Long.valueOf(r.get("amount")), r.get("currency"),
                            r.get("beneficiaries").isBlank() ? null : Integer.valueOf(r.get("beneficiaries")), r.get("tfv_role"), r.get("summary"), r.get("source")));
                }
            }
            for (var r : ShippedCsv.rows(LEGAL_AID)) {
                if (!orders.legalAidEverRecorded(r.get("title"), r.get("symbol"))) {
                    orders.addLegalAid(new LegalAid(0, LegalAid.Kind.valueOf(r.get("kind")),
                            r.get("budget_year").isBlank() ? null : Integer.valueOf(r.get("budget_year")), r.get("title"),
                            r.get("amount_eur").isBlank() ? null : Long.valueOf(r.get("amount_eur")), r.get("symbol"), r.get("source")));
                }
            }
        });
    }
}
