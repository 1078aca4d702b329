package org.amicus.members.internal.importing;

import java.util.List;
import java.util.Map;

import org.amicus.members.internal.record.Organisation;
import org.amicus.members.internal.record.Person;
import org.amicus.platform.RejectedInput;

/**
 * What a dry run found: each row as it would be recorded, every problem with its line, and for
 * rows that may already be in the record, the candidates to merge with.
 */
public record ImportPlan(List<String> header, String encoding, Map<String, Integer> mapping, List<Line> lines,
        List<RejectedInput.Problem> problems) {

    /**
     * A row of the file: in a list of people, a person with the organisation (by name) and role it
     * names; in a list of organisations, an organisation (person, organisation and role then null).
     */
    public record Line(int line, Person person, String organisation, String role, List<Candidate> candidates,
            Organisation record) {

        Line(int line, Person person, String organisation, String role, List<Candidate> candidates) {
            this(line, person, organisation, role, candidates, null);
        }

        public String name() {
            return person != null ? person.name() : record.name();
        }

        public String country() {
            return person != null ? person.country() : record.country();
        }

        /** The address to tell the row apart: a person's e-mail, an organisation's website. */
        public String contact() {
            return person != null ? person.primaryEmail() : record.website();
        }
    }

    /**
     * A record already in the record that this row may be: for people, the same e-mail ("email") or
     * a similar name in the same country ("name"); for organisations, the same website ("website"),
     * the same name in the same country ("sameName") or the same acronym there ("acronym").
     */
    public record Candidate(long id, String name, String country, String reason) {

        /** Whether merging is the likely answer (chosen by default on the review screen). */
        public boolean likely() {
            return !reason.equals("name") && !reason.equals("acronym");
        }
    }

    /** The staff's choices from request parameters "decision.LINE" = "merge:ID" or "new". */
    public static Map<Integer, String> decisions(Map<String, String> params) {
        Map<Integer, String> decisions = new java.util.HashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith("decision.") && k.substring(9).matches("\\d+")) {
                decisions.put(Integer.parseInt(k.substring(9)), v);
            }
        });
        return decisions;
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    public long duplicates() {
        return lines.stream().filter(l -> !l.candidates().isEmpty()).count();
    }
}
