package org.amicus.cooperation.internal.record;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.amicus.platform.Language;
import org.amicus.platform.RejectedInput;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the Assembly's recommendations on cooperation from CSV: number (1 to 66), text_en, and
 * optionally text_fr, text_es, text_ar, text_pt, with a source on every line. Every line is
 * checked; any problem rejects the whole file.
 */
public final class RecommendationCsv {

    public static final int COUNT = 66;

    private RecommendationCsv() {
    }

    public static List<Recommendation> read(byte[] csv) {
        List<Recommendation> read = new ArrayList<>();
        List<RejectedInput.Problem> problems = new ArrayList<>();
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        try (Reader reader = new InputStreamReader(new java.io.ByteArrayInputStream(csv), StandardCharsets.UTF_8)) {
            var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get().parse(reader);
            if (!parser.getHeaderMap().containsKey("number") || !parser.getHeaderMap().containsKey("text_en")
                    || !parser.getHeaderMap().containsKey("source")) {
                throw new RejectedInput(List.of(new RejectedInput.Problem(1, "header", "cooperation.recommendationHeader")));
            }
            for (CSVRecord row : parser) {
                Checks c = new Checks((int) row.getRecordNumber() + 1);
                int number = number(c, value(row, "number"));
                if (number > 0 && !seen.add(number)) {
                    c.fail("recommendation", "cooperation.duplicateRecommendation", number);
                }
                Map<Language, String> texts = new EnumMap<>(Language.class);
                texts.put(Language.EN, c.required("text_en", value(row, "text_en"), 4000));
                for (Language l : List.of(Language.FR, Language.ES, Language.AR, Language.PT)) {
                    String t = c.optional("text_" + l.code(), value(row, "text_" + l.code()), 4000);
                    if (t != null) {
                        texts.put(l, t);
                    }
                }
                String source = c.required("source", value(row, "source"), CooperationLedger.SOURCE);
                problems.addAll(c.problems());
                if (c.ok()) {
                    read.add(new Recommendation(number, texts, source));
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new RejectedInput(List.of(new RejectedInput.Problem(0, "file", "cooperation.unreadableCsv")));
        }
        if (!problems.isEmpty()) {
            throw new RejectedInput(problems);
        }
        return read;
    }

    private static int number(Checks c, String value) {
        try {
            int n = Integer.parseInt(value == null ? "" : value.trim());
            if (n >= 1 && n <= COUNT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        c.fail("recommendation", "cooperation.unknownRecommendation", value);
        return 0;
    }

    private static String value(CSVRecord row, String column) {
        return row.isMapped(column) && row.isSet(column) ? row.get(column) : null;
    }

}
