package org.amicus.court.internal.election;

import java.time.LocalDate;

public record Election(long id, Office office, String title, String sessionName, int vacancies, LocalDate nominationsOpen,
        LocalDate nominationsClose, String source) {

    public boolean ofJudges() {
        return office == Office.JUDGES;
    }
}
