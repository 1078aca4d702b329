package org.amicus.mail.internal.render;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.amicus.mail.internal.Chars;
import org.springframework.web.util.HtmlUtils;

/**
 * A text with {{field}} gaps, parsed once per send and language, so that a recipient's copy is
 * only splicing: of strings for a header, of the literals' UTF-8 bytes (encoded once) for a body.
 * Unknown fields become empty; in HTML the values are escaped.
 */
final class MergeTemplate {

    private static final Pattern FIELD = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_.-]+)\\s*}}");

    private static final String HTML_SPECIALS = "<>&\"'";

    private final String[] literals;
    private final byte[][] literalBytes;
    private final String[] fields;
    private final boolean html;
    private final int literalLength;
    private final int literalByteLength;

    private MergeTemplate(List<String> literals, List<String> fields, boolean html) {
        this.literals = literals.toArray(String[]::new);
        this.literalBytes = literals.stream().map(l -> l.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
        this.fields = fields.toArray(String[]::new);
        this.html = html;
        this.literalLength = literals.stream().mapToInt(String::length).sum();
        this.literalByteLength = java.util.Arrays.stream(literalBytes).mapToInt(b -> b.length).sum();
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
            out.append(literals[i]).append(value(values, i));
        }
        return out.append(literals[fields.length]).toString();
    }

    /** A body's copy as UTF-8 with CRLF line ends, the values' own line breaks made CRLF too (see {@link #body}). */
    byte[] fillBody(Map<String, String> values) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(literalByteLength + fields.length * 32);
        for (int i = 0; i < fields.length; i++) {
            out.writeBytes(literalBytes[i]);
            String value = value(values, i);
            out.writeBytes((value.indexOf('\r') < 0 && value.indexOf('\n') < 0 ? value : Mime.lineBreaks(value)).getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(literalBytes[fields.length]);
        return out.toByteArray();
    }

    private String value(Map<String, String> values, int field) {
        String value = values.getOrDefault(fields[field], "");
        return html && Chars.anyOf(value, HTML_SPECIALS) ? HtmlUtils.htmlEscape(value, "UTF-8") : value;
    }
}
