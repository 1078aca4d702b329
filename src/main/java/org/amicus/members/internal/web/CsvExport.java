package org.amicus.members.internal.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.amicus.members.internal.record.People;
import org.amicus.members.internal.search.Search;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

/**
 * A search as CSV. A cell that a spreadsheet would run as a formula (starting with =, +, -, @,
 * a tab or a carriage return) is written with a leading apostrophe (OWASP, CSV injection).
 */
@Component
class CsvExport {

    static final String[] HEADER = { "type", "id", "name", "name_latin", "country", "kinds", "detail", "email" };

    private final People people;

    CsvExport(People people) {
        this.people = people;
    }

    String write(List<Search.Hit> hits) {
        Map<Long, String> emails = new HashMap<>();
        List<Long> ids = hits.stream().filter(h -> h.type().equals("person")).map(Search.Hit::id).toList();
        for (int i = 0; i < ids.size(); i += 1000) {
            people.emails(ids.subList(i, Math.min(ids.size(), i + 1000))).forEach((id, list) -> emails.put(id, list.get(0)));
        }
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (Search.Hit h : hits) {
                csv.printRecord(h.type(), h.id(), safe(h.name()), safe(h.nameLatin()), h.country(), String.join(";", h.kinds()),
                        safe(h.detail()), safe(h.type().equals("person") ? emails.get(h.id()) : null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
    }
}
