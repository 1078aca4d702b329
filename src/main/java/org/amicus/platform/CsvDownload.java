package org.amicus.platform;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A dataset as an RFC 4180 CSV download (UTF-8, CRLF): every cell quoted where needed, and cells a
 * spreadsheet would take for a formula prefixed with an apostrophe, so an opened file never runs one.
 */
public final class CsvDownload {

    private CsvDownload() {
    }

    public static ResponseEntity<String> of(String filename, List<String> header, List<List<?>> rows) {
        StringBuilder csv = new StringBuilder(line(header));
        rows.forEach(r -> csv.append(line(r)));
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
            .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"").body(csv.toString());
    }

    private static String line(List<?> cells) {
        return cells.stream().map(CsvDownload::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !s.matches("-?\\d+(\\.\\d+)?")) {
            s = "'" + s;
        }
        return s.matches(".*[\",\r\n].*") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
