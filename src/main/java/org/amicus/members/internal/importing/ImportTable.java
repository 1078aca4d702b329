package org.amicus.members.internal.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.amicus.platform.RejectedInput;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An uploaded list as a header and rows, whatever it came as: XLSX (first sheet), or CSV in
 * UTF-8 with or without BOM, UTF-16 (BOM or not) or Latin-1, separated by commas, semicolons
 * or tabs. A file that cannot be read (broken quoting) is refused with the line where it broke.
 */
record ImportTable(List<String> header, List<Row> rows, String encoding) {

    /** A data row and its line in the file (the header is line 1). */
    record Row(int line, List<String> cells) {

        String cell(int column) {
            return column < 0 || column >= cells.size() ? null : cells.get(column);
        }
    }

    static ImportTable read(byte[] bytes, String fileName) {
        boolean zip = bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
        if (zip || (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx"))) {
            return xlsx(bytes);
        }
        return csv(bytes);
    }

    static ImportTable csv(byte[] bytes) {
        Charset charset = detect(bytes);
        String text = new String(bytes, charset);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        char delimiter = delimiter(text);
        List<Row> rows = new ArrayList<>();
        List<String> header = null;
        try {
            var parser = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).setTrim(true).get()
                .parse(new StringReader(text));
            for (CSVRecord r : parser) {
                List<String> cells = r.toList();
                if (header == null) {
                    header = cells;
                } else if (cells.stream().anyMatch(c -> !c.isBlank())) {
                    rows.add(new Row((int) r.getRecordNumber(), cells));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new RejectedInput(List.of(new RejectedInput.Problem(brokenLine(e), "file", "members.import.quoting")));
        }
        if (header == null) {
            throw new RejectedInput("file", "members.import.empty");
        }
        return new ImportTable(header, rows, charset.name());
    }

    /** The line where commons-csv stopped, as its message names it (0 when it does not). */
    private static int brokenLine(Exception e) {
        var m = java.util.regex.Pattern.compile("line:? (\\d+)").matcher(String.valueOf(e.getMessage()));
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    static Charset detect(byte[] b) {
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 4 && b[1] == 0 && b[3] == 0 && b[0] != 0) {
            return StandardCharsets.UTF_16LE;
        }
        if (b.length >= 4 && b[0] == 0 && b[2] == 0 && b[1] != 0) {
            return StandardCharsets.UTF_16BE;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return Charset.forName("windows-1252");
        }
    }

    private static char delimiter(String text) {
        String first = text.lines().findFirst().orElse("");
        char best = ',';
        long most = first.chars().filter(c -> c == ',').count();
        for (char c : new char[] { ';', '\t' }) {
            long n = first.chars().filter(x -> x == c).count();
            if (n > most) {
                best = c;
                most = n;
            }
        }
        return best;
    }

    static ImportTable xlsx(byte[] bytes) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter format = new DataFormatter(Locale.ROOT);
            List<String> header = null;
            List<Row> rows = new ArrayList<>();
            for (org.apache.poi.ss.usermodel.Row r : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, r.getLastCellNum()); c++) {
                    var cell = r.getCell(c);
                    cells.add(cell == null ? "" : format.formatCellValue(cell).strip());
                }
                if (header == null) {
                    header = cells;
                } else if (cells.stream().anyMatch(x -> !x.isBlank())) {
                    rows.add(new Row(r.getRowNum() + 1, cells));
                }
            }
            if (header == null) {
                throw new RejectedInput("file", "members.import.empty");
            }
            return new ImportTable(header, rows, "xlsx");
        } catch (IOException | RuntimeException e) {
            if (e instanceof RejectedInput r) {
                throw r;
            }
            throw new RejectedInput("file", "members.import.unreadable");
        }
    }
}
