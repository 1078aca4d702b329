package org.amicus.campaigns.internal.strategy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.amicus.campaigns.internal.strategy.Drafts.GoalDraft;
import org.amicus.campaigns.internal.strategy.Drafts.StrategyDraft;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Records the coalition's 2009-2011 plan (data/strategy/, read from the seed as docs/strategy.md
 * explains) on the first start, through the same rules as staff input, all or nothing, before the
 * web server opens.
 */
@Component
class ShippedStrategy implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ShippedStrategy.class);
    static final String PLAN = "data/strategy/cicc-strategy-2009-2011.json";

    /** The file's shape: the strategy and its goals, as a form would send them. */
    record Plan(StrategyDraft strategy, List<GoalDraft> goals) {
    }

    private final Strategies strategies;
    private final JsonMapper json;
    private final TransactionTemplate transaction;

    ShippedStrategy(Strategies strategies, JsonMapper json, TransactionTemplate transaction) {
        this.strategies = strategies;
        this.json = json;
        this.transaction = transaction;
    }

    @Override
    public void afterSingletonsInstantiated() {
        transaction.executeWithoutResult(status -> {
            if (strategies.isEmpty()) {
                Plan plan = read();
                long id = strategies.create(plan.strategy()).id();
                plan.goals().forEach(g -> strategies.addGoal(id, g));
                log.info("Shipped strategy recorded: {} with {} goals", plan.strategy().title(), plan.goals().size());
            }
        });
    }

    private Plan read() {
        try (InputStream in = new ClassPathResource(PLAN).getInputStream()) {
            return json.readValue(in, Plan.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
