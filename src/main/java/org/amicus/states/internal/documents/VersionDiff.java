package org.amicus.states.internal.documents;

import java.util.List;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;

/**
 * What changed between two versions of a draft bill, line by line, with the words inserted and
 * deleted marked. The generator escapes the texts' HTML; only its own del/ins marks are markup.
 */
public final class VersionDiff {

    /** One line of the side-by-side view: its change tag and the old and new line as safe HTML. */
    public record Line(String tag, String before, String after) {
    }

    private static final DiffRowGenerator GENERATOR = DiffRowGenerator.create()
        .showInlineDiffs(true)
        .inlineDiffByWord(true)
        .mergeOriginalRevised(false)
        .lineNormalizer(DiffRowGenerator.LINE_NORMALIZER_FOR_HTML)
        .ignoreWhiteSpaces(true)
        .oldTag(start -> start ? "<del>" : "</del>")
        .newTag(start -> start ? "<ins>" : "</ins>")
        .build();

    private VersionDiff() {
    }

    public static List<Line> between(String before, String after) {
        List<DiffRow> rows = GENERATOR.generateDiffRows(lines(before), lines(after));
        return rows.stream().map(r -> new Line(r.getTag().name(), r.getOldLine(), r.getNewLine())).toList();
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
