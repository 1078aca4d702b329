package org.amicus.court.internal.budget;

import java.util.List;

import org.amicus.platform.ShippedCsv;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records the budgets shipped in data/court/budgets.csv (each row citing the Assembly's resolution
 * or the report it comes from) on the first start, through the same rules as staff input, all or
 * nothing. A year whose sections do not add up to its TOTAL is a broken file and stops the start.
 */
@Component
class ShippedBudgets implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ShippedBudgets.class);
    static final String FILE = "data/court/budgets.csv";

    private final Budgets budgets;
    private final TransactionTemplate transaction;

    ShippedBudgets(Budgets budgets, TransactionTemplate transaction) {
        this.budgets = budgets;
        this.transaction = transaction;
    }

    @Override
    public void afterSingletonsInstantiated() {
        transaction.executeWithoutResult(status -> {
            if (!budgets.isEmpty()) {
                return;
            }
            var rows = ShippedCsv.rows(FILE);
            for (var r : rows) {
                budgets.record(new Budgets.Draft(Integer.valueOf(r.get("year")), Programme.valueOf(r.get("programme")),
                        Stage.valueOf(r.get("stage")), Long.valueOf(r.get("amount_eur")), r.get("source"), List.of()));
            }
            for (Budgets.YearRow y : budgets.years()) {
                if (!y.addsUp()) {
                    throw new IllegalStateException(FILE + ": the sections of " + y.year() + " " + y.stage() + " do not add up to its TOTAL");
                }
            }
            log.info("Shipped budget figures recorded: {}", rows.size());
        });
    }
}
