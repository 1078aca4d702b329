package org.amicus.members.internal.importing;

import java.util.List;
import java.util.Map;

import org.amicus.members.internal.record.Person;
import org.amicus.platform.RejectedInput;

/**
 * What a dry run found: each row as it would be recorded, every problem with its line, and for
 * rows that may already be in the record, the candidates to merge with.
 */
public record ImportPlan(List<String> header, String encoding, Map<String, Integer> mapping, List<Line> lines,
        List<RejectedInput.Problem> problems) {

    /** A row of the file as a person, with the organisation (by name) and role it names. */
    public record Line(int line, Person person, String organisation, String role, List<Candidate> candidates) {
    }

    /** A person already in the record that this row may be: same e-mail, or a similar name in the same country. */
    public record Candidate(long personId, String name, String country, String reason) {
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    public long duplicates() {
        return lines.stream().filter(l -> !l.candidates().isEmpty()).count();
    }
}
