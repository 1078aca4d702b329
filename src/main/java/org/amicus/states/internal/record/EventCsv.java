package org.amicus.states.internal.record;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.amicus.platform.RejectedInput;
import org.amicus.platform.RejectedInput.Problem;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads treaty events from CSV: UTF-8 (a BOM is tolerated), RFC 4180 quoting, and exactly the
 * header {@link #HEADER}. Anything else is refused naming the line, never guessed at.
 */
public final class EventCsv {

    public static final List<String> HEADER = List.of("iso3", "type", "date", "instrument_type", "effective_date", "source",
            "note");

    private EventCsv() {
    }

    /** The drafts of a file, each with its line number; throws {@link RejectedInput} when the file itself is unreadable. */
    public static List<Draft> read(byte[] bytes) {
        String text = decode(bytes);
        Lines lines = Lines.of(text);
        List<Draft> drafts = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
            .setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = parser.getHeaderNames().stream().map(String::trim).toList();
            if (!header.equals(HEADER)) {
                throw new RejectedInput(List.of(new Problem(1, "header", "import.badHeader", String.join(",", header),
                        String.join(",", HEADER))));
            }
            for (CSVRecord row : parser) {
                int line = lines.at(row.getCharacterPosition());
                if (!row.isConsistent()) {
                    throw new RejectedInput(List.of(new Problem(line, "row", "import.badColumnCount", row.size(), HEADER.size())));
                }
                drafts.add(new Draft(line, row.get("iso3"), row.get("type"), row.get("date"), row.get("instrument_type"),
                        row.get("effective_date"), row.get("source"), row.get("note"), null, false));
            }
        } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw new RejectedInput(List.of(new Problem(lineOf(e), "row", "import.badQuoting")));
        } catch (IOException e) {
            throw new RejectedInput(List.of(new Problem(0, "file", "import.unreadable", e.getMessage())));
        }
        if (drafts.isEmpty()) {
            throw new RejectedInput(List.of(new Problem(0, "file", "import.empty")));
        }
        return drafts;
    }

    /** Strict UTF-8: a byte sequence that is not UTF-8 is refused with the line it is on. */
    static String decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new RejectedInput(List.of(new Problem(line, "file", "import.notUtf8")));
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Where each line of a text starts, so that a record's line is found by halving, not by rescanning. */
    private record Lines(String text, int[] starts) {

        static Lines of(String text) {
            int[] starts = new int[16];
            int n = 1;
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
            return new Lines(text, Arrays.copyOf(starts, n));
        }

        /** The line a record starts on; the parser's position may still be before skipped empty lines. */
        int at(long position) {
            int i = (int) Math.min(position, text.length());
            while (i < text.length() && (text.charAt(i) == '\n' || text.charAt(i) == '\r')) {
                i++;
            }
            int found = Arrays.binarySearch(starts, i);
            return found >= 0 ? found + 1 : -found - 1;
        }
    }

    private static int lineOf(RuntimeException e) {
        var m = java.util.regex.Pattern.compile("line (\\d+)").matcher(String.valueOf(e.getMessage()));
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
