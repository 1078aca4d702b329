package org.amicus.mail.internal.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * A text with {{field}} gaps, parsed once per send and language, so that a recipient's copy is
 * only string splicing. Unknown fields become empty; in HTML the values are escaped.
 */
final class MergeTemplate {

    private static final Pattern FIELD = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_.-]+)\\s*}}");

    private final String[] literals;
    private final String[] fields;
    private final boolean html;
    private final int literalLength;

    private MergeTemplate(List<String> literals, List<String> fields, boolean html) {
        this.literals = literals.toArray(String[]::new);
        this.fields = fields.toArray(String[]::new);
        this.html = html;
        this.literalLength = literals.stream().mapToInt(String::length).sum();
    }

    /** A body's template, its line breaks made CRLF once here rather than in every copy. */
    static MergeTemplate body(String template, boolean html) {
        return parse(Mime.crlf(template), html);
    }

    static MergeTemplate parse(String template, boolean html) {
        List<String> literals = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        Matcher m = FIELD.matcher(template);
        int at = 0;
        while (m.find()) {
            literals.add(template.substring(at, m.start()));
            fields.add(m.group(1));
            at = m.end();
        }
        literals.add(template.substring(at));
        return new MergeTemplate(literals, fields, html);
    }

    String fill(Map<String, String> values) {
        StringBuilder out = new StringBuilder(literalLength + fields.length * 24);
        for (int i = 0; i < fields.length; i++) {
            out.append(literals[i]);
            String value = values.getOrDefault(fields[i], "");
            out.append(html ? HtmlUtils.htmlEscape(value, "UTF-8") : value);
        }
        return out.append(literals[fields.length]).toString();
    }
}
