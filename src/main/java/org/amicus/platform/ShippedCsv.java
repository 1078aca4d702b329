package org.amicus.platform;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;

/**
 * Reads a data file shipped inside the application (UTF-8, RFC 4180, a header row). A file that
 * cannot be read is a broken build, not bad input, so it fails the start naming the file.
 */
public final class ShippedCsv {

    private ShippedCsv() {
    }

    public static List<CSVRecord> rows(String classpathPath) {
        try (Reader reader = new InputStreamReader(new ClassPathResource(classpathPath).getInputStream(), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("The data shipped in the application cannot be read: " + classpathPath, e);
        }
    }
}
