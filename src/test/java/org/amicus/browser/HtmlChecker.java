package org.amicus.browser;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import nu.validator.client.EmbeddedValidator;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker (the W3C's HTML validator) in process, with its HTML schema loaded once: loading
 * it for each page (as {@code EmbeddedValidator} does) costs seconds. Errors fail, warnings are only listed.
 */
final class HtmlChecker implements ErrorHandler {

    record Findings(List<String> errors, List<String> warnings) {
    }

    private final SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);

    private final List<String> errors = new ArrayList<>();

    private final List<String> warnings = new ArrayList<>();

    private String[] lines = new String[0];

    HtmlChecker() throws Exception {
        validator.setUpMainSchema(EmbeddedValidator.SCHEMA_URL, this);
        validator.setUpValidatorAndParsers(this, true, false);
    }

    /** The errors and warnings in one UTF-8 HTML document. */
    synchronized Findings check(byte[] html) throws Exception {
        errors.clear();
        warnings.clear();
        lines = new String(html, StandardCharsets.UTF_8).split("\n", -1);
        var input = new InputSource(new ByteArrayInputStream(html));
        input.setEncoding(StandardCharsets.UTF_8.name());
        validator.checkHtmlInputSource(input);
        return new Findings(List.copyOf(errors), List.copyOf(warnings));
    }

    /** The message and the line it is about, so that the template can be found. */
    private String describe(SAXParseException e) {
        int n = e.getLineNumber();
        String line = n > 0 && n <= lines.length ? lines[n - 1].strip() : "";
        return "line " + n + ": " + e.getMessage() + (line.isEmpty() ? "" : "\n      " + line.substring(0, Math.min(200, line.length())));
    }

    @Override
    public void warning(SAXParseException e) {
        warnings.add(describe(e));
    }

    @Override
    public void error(SAXParseException e) {
        errors.add(describe(e));
    }

    @Override
    public void fatalError(SAXParseException e) {
        errors.add(describe(e));
    }
}
