package org.amicus.campaigns.internal.reports;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** One table of a report: its name (message {@code reports.<key>}), column headings (message keys) and rows. */
public record Report(String key, List<String> columns, List<List<Object>> rows) {

    /** The table as CSV (RFC 4180), headings as their keys so that a spreadsheet reads the same in every language. */
    public String csv() {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(columns.stream().map(c -> c.substring(c.lastIndexOf('.') + 1)).toList());
            for (List<Object> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
