package org.amicus.court.internal.budget;

import java.util.List;

/** One figure of the budget in euros with its source, and its lines when it was broken down. */
public record Figure(long id, int year, Programme programme, Stage stage, long totalEur, String source, List<Line> lines) {

    public record Line(String name, long amountEur) {
    }
}
