package org.amicus.states.internal.legislation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The rule book: a process moves forward, and goes back only with a stated reason, per component. */
class StageRulesTest {

    private static long ids;

    static StageEntry entry(Component component, Stage stage, String date, String reason) {
        return new StageEntry(++ids, "BRA", component, stage, LocalDate.parse(date), "source", null, null, reason, null, null,
                null, false, null, Instant.EPOCH, "test", null);
    }

    @Test
    void aProcessMovingForwardBreaksNoRule() {
        assertThat(StageRules.violations(List.of(
                entry(Component.CRIMES, Stage.GOVERNMENT_COMMITTED, "2005-01-01", null),
                entry(Component.CRIMES, Stage.DRAFT_IN_EXECUTIVE, "2006-01-01", null),
                entry(Component.CRIMES, Stage.DRAFT_BEFORE_PARLIAMENT, "2008-01-01", null),
                entry(Component.CRIMES, Stage.ENACTED, "2010-01-01", null)))).isEmpty();
    }

    @Test
    void goingBackNeedsAReason() {
        StageEntry withdrawn = entry(Component.CRIMES, Stage.DRAFT_IN_EXECUTIVE, "2009-01-01", null);
        var violations = StageRules.violations(List.of(
                entry(Component.CRIMES, Stage.DRAFT_BEFORE_PARLIAMENT, "2008-01-01", null), withdrawn));
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.entry()).isEqualTo(withdrawn);
            assertThat(v.previous()).isEqualTo(Stage.DRAFT_BEFORE_PARLIAMENT);
            assertThat(v.code()).isEqualTo("legislation.backwardsWithoutReason");
        });
        assertThat(StageRules.violations(List.of(
                entry(Component.CRIMES, Stage.DRAFT_BEFORE_PARLIAMENT, "2008-01-01", null),
                entry(Component.CRIMES, Stage.DRAFT_IN_EXECUTIVE, "2009-01-01", "Draft lapsed with the 2009 elections"))))
            .isEmpty();
    }

    @Test
    void theOrderIsTheDatesNotTheOrderOfTyping() {
        // Entered late: an earlier, lower stage is history, not a step back.
        assertThat(StageRules.violations(List.of(
                entry(Component.COOPERATION, Stage.DRAFT_BEFORE_PARLIAMENT, "2008-01-01", null),
                entry(Component.COOPERATION, Stage.GOVERNMENT_COMMITTED, "2004-01-01", null)))).isEmpty();
    }

    @Test
    void eachComponentMovesOnItsOwn() {
        assertThat(StageRules.violations(List.of(
                entry(Component.COOPERATION, Stage.ENACTED, "2003-01-01", null),
                entry(Component.CRIMES, Stage.GOVERNMENT_COMMITTED, "2009-01-01", null)))).isEmpty();
    }

    @Test
    void stagesAreOrdered() {
        assertThat(Stage.NO_ACTION.before(Stage.GOVERNMENT_COMMITTED)).isTrue();
        assertThat(Stage.DRAFT_IN_EXECUTIVE.before(Stage.DRAFT_BEFORE_PARLIAMENT)).isTrue();
        assertThat(Stage.ENACTED.before(Stage.DRAFT_BEFORE_PARLIAMENT)).isFalse();
    }
}
