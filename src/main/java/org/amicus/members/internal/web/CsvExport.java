package org.amicus.members.internal.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.amicus.members.internal.record.CustomFields;
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
    private final CustomFields customFields;

    CsvExport(People people, CustomFields customFields) {
        this.people = people;
        this.customFields = customFields;
    }

    String write(List<Search.Hit> hits) {
        Map<Long, String> emails = new HashMap<>();
        List<Long> ids = hits.stream().filter(h -> h.type().equals("person")).map(Search.Hit::id).toList();
        for (int i = 0; i < ids.size(); i += 1000) {
            people.emails(ids.subList(i, Math.min(ids.size(), i + 1000))).forEach((id, list) -> emails.put(id, list.get(0)));
        }
        // One column per custom field key (a key used for organisations and for people shares its column).
        List<String> keys = customFields.fields(null).stream().map(f -> f.key()).distinct().toList();
        Map<String, Map<Long, Map<String, String>>> custom = new HashMap<>();
        for (String type : List.of("person", "organisation")) {
            List<Long> of = hits.stream().filter(h -> h.type().equals(type)).map(Search.Hit::id).toList();
            Map<Long, Map<String, String>> values = new HashMap<>();
            for (int i = 0; i < of.size() && !keys.isEmpty(); i += 1000) {
                values.putAll(customFields.values(type, of.subList(i, Math.min(of.size(), i + 1000))));
            }
            custom.put(type, values);
        }
        List<String> header = new ArrayList<>(List.of(HEADER));
        keys.forEach(k -> header.add("cf." + k));
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (Search.Hit h : hits) {
                List<String> row = new ArrayList<>(List.of(h.type(), String.valueOf(h.id()), nz(safe(h.name())), nz(safe(h.nameLatin())),
                        nz(h.country()), String.join(";", h.kinds()), nz(safe(h.detail())),
                        nz(safe(h.type().equals("person") ? emails.get(h.id()) : null))));
                Map<String, String> values = custom.get(h.type()).getOrDefault(h.id(), Map.of());
                keys.forEach(k -> row.add(nz(safe(values.get(k)))));
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
    }
}
