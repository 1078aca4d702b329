package org.amicus.campaigns.internal.strategy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.amicus.campaigns.GoalMetric;
import org.amicus.campaigns.internal.strategy.Drafts.GoalDraft;
import org.amicus.campaigns.internal.strategy.Drafts.StrategyDraft;
import org.amicus.platform.AuditTrail;
import org.amicus.platform.Change;
import org.amicus.platform.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The strategies and their goals: read, and changed only through {@link Rules}, each change written
 * with its audit row in one transaction. A removed goal or strategy is kept, marked removed.
 */
@Service
public class Strategies {

    static final String STRATEGY = "strategy";
    static final String GOAL = "strategy-goal";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Map<String, GoalMetric> metrics;

    Strategies(JdbcClient jdbc, AuditTrail audit, List<GoalMetric> metrics) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.metrics = metrics.stream().collect(Collectors.toUnmodifiableMap(GoalMetric::key, Function.identity()));
    }

    /** Every metric a goal may name, by key. */
    public Map<String, GoalMetric> metrics() {
        return metrics;
    }

    public List<Strategy> all() {
        return jdbc.sql("select * from strategy where removed = false order by period_start desc, id")
            .query(this::strategy).list();
    }

    public Optional<Strategy> find(long id) {
        return jdbc.sql("select * from strategy where id = ? and removed = false").param(id).query(this::strategy).optional();
    }

    public Strategy get(long id) {
        return find(id).orElseThrow(() -> new NotFound("strategy.notFound", id));
    }

    public Goal goal(long strategyId, long goalId) {
        return get(strategyId).goals().stream().filter(g -> g.id() == goalId).findFirst()
            .orElseThrow(() -> new NotFound("strategy.goalNotFound", goalId));
    }

    @Transactional
    public Strategy create(StrategyDraft draft) {
        Strategy s = Rules.strategy(0, draft, List.of());
        long id = insert("insert into strategy (title, period_start, period_end, aims_until, source) values (?, ?, ?, ?, ?)",
                s.title(), s.periodStart(), s.periodEnd(), s.aimsUntil(), s.source());
        return saved(id, s, null, "created");
    }

    @Transactional
    public Strategy update(long id, StrategyDraft draft) {
        Strategy before = get(id);
        Strategy s = Rules.strategy(id, draft, before.goals());
        jdbc.sql("update strategy set title = ?, period_start = ?, period_end = ?, aims_until = ?, source = ? where id = ?")
            .params(s.title(), s.periodStart(), s.periodEnd(), s.aimsUntil(), s.source(), id).update();
        jdbc.sql("delete from strategy_area where strategy_id = ?").param(id).update();
        return saved(id, s, before.withGoals(List.of()), "edited");
    }

    private Strategy saved(long id, Strategy s, Strategy before, String action) {
        for (int i = 0; i < s.areas().size(); i++) {
            jdbc.sql("insert into strategy_area (strategy_id, position, name) values (?, ?, ?)").params(id, i, s.areas().get(i)).update();
        }
        Strategy after = get(id);
        audit.record(new Change(STRATEGY, String.valueOf(id), action, before, after.withGoals(List.of()), s.source(),
                action + ": " + s.title()));
        return after;
    }

    @Transactional
    public Goal addGoal(long strategyId, GoalDraft draft) {
        Strategy s = get(strategyId);
        int position = s.goals().stream().mapToInt(Goal::position).max().orElse(0) + 1;
        Goal g = Rules.goal(s, 0, position, draft, metrics);
        long id = insert("""
                insert into strategy_goal (strategy_id, position, area, metric, window_start, target_kind, target_min,
                    target_max, deadline, wording, source) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                strategyId, position, g.area(), g.metric(), g.windowStart(), g.target().kind().name(), g.target().min(),
                g.target().max(), g.deadline(), g.wording(), g.source());
        Goal added = goal(strategyId, id);
        audit.record(new Change(GOAL, String.valueOf(added.id()), "created", null, added, g.source(),
                "goal " + g.metric() + " added to strategy " + strategyId));
        return added;
    }

    @Transactional
    public Goal updateGoal(long strategyId, long goalId, GoalDraft draft) {
        Goal before = goal(strategyId, goalId);
        Goal g = Rules.goal(get(strategyId), goalId, before.position(), draft, metrics);
        jdbc.sql("""
                update strategy_goal set area = ?, metric = ?, window_start = ?, target_kind = ?, target_min = ?,
                    target_max = ?, deadline = ?, wording = ?, source = ? where id = ?""")
            .params(g.area(), g.metric(), g.windowStart(), g.target().kind().name(), g.target().min(), g.target().max(),
                    g.deadline(), g.wording(), g.source(), goalId)
            .update();
        audit.record(new Change(GOAL, String.valueOf(goalId), "edited", before, g, g.source(),
                "goal " + g.metric() + " of strategy " + strategyId + " edited"));
        return g;
    }

    @Transactional
    public void removeGoal(long strategyId, long goalId) {
        Goal before = goal(strategyId, goalId);
        jdbc.sql("update strategy_goal set removed = true where id = ?").param(goalId).update();
        audit.record(new Change(GOAL, String.valueOf(goalId), "removed", before, null, before.source(),
                "goal " + before.metric() + " removed from strategy " + strategyId));
    }

    public boolean isEmpty() {
        return jdbc.sql("select count(*) from strategy").query(Long.class).single() == 0;
    }

    private long insert(String sql, Object... params) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql(sql).params(params).update(keys, "id");
        return keys.getKey().longValue();
    }

    private Strategy strategy(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        List<String> areas = jdbc.sql("select name from strategy_area where strategy_id = ? order by position")
            .param(id).query(String.class).list();
        List<Goal> goals = jdbc.sql("select * from strategy_goal where strategy_id = ? and removed = false order by position, id")
            .param(id).query(Strategies::goal).list();
        return new Strategy(id, rs.getString("title"), rs.getObject("period_start", LocalDate.class),
                rs.getObject("period_end", LocalDate.class), rs.getObject("aims_until", LocalDate.class), areas,
                rs.getString("source"), goals);
    }

    private static Goal goal(ResultSet rs, int row) throws SQLException {
        int max = rs.getInt("target_max");
        Integer targetMax = rs.wasNull() ? null : max;
        return new Goal(rs.getLong("id"), rs.getLong("strategy_id"), rs.getInt("position"), rs.getString("area"),
                rs.getString("metric"), rs.getObject("window_start", LocalDate.class),
                new Target(Target.Kind.valueOf(rs.getString("target_kind")), rs.getInt("target_min"), targetMax),
                rs.getObject("deadline", LocalDate.class), rs.getString("wording"), rs.getString("source"));
    }
}
