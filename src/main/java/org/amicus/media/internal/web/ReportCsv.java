package org.amicus.media.internal.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import org.amicus.media.internal.story.MonitoringReports;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** A monitoring report as CSV: one row per figure, in sections (volume, daily, outlets, journalists). */
final class ReportCsv {

    private ReportCsv() {
    }

    static String of(MonitoringReports.Report r) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord("section", "situation", "from", "to", "key", "stance", "language", "stories");
            for (MonitoringReports.Volume v : r.volume()) {
                csv.printRecord("volume", r.situation(), r.from(), r.to(), "", v.stance(), v.language(), v.stories());
            }
            for (MonitoringReports.Daily d : r.daily()) {
                csv.printRecord("daily", r.situation(), r.from(), r.to(), d.day(), d.stance(), "", d.stories());
            }
            for (MonitoringReports.Ranked o : r.outlets()) {
                csv.printRecord("outlet", r.situation(), r.from(), r.to(), safe(o.name()), "", "", o.stories());
            }
            for (MonitoringReports.Ranked j : r.journalists()) {
                csv.printRecord("journalist", r.situation(), r.from(), r.to(), safe(j.name()), "", "", j.stories());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Names come from feeds: one starting like a formula is kept as text by spreadsheets. */
    private static String safe(String s) {
        return s != null && !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }
}
