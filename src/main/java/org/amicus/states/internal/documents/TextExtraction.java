package org.amicus.states.internal.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Set;

import org.apache.tika.Tika;
import org.apache.tika.exception.TikaException;
import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageDetector;
import org.apache.tika.language.detect.LanguageResult;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.springframework.stereotype.Component;

/**
 * Apache Tika: the real type of an uploaded file (from its bytes, not its name), its text, and the
 * language of that text among the coalition's five. Tika and the language models load on first use,
 * not at start-up.
 */
@Component
class TextExtraction {

    /** The types accepted: PDF, DOCX, ODT, HTML and plain text. */
    static final Set<String> ACCEPTED = Set.of("application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.oasis.opendocument.text", "text/html", "application/xhtml+xml", "text/plain");

    static final int MAX_TEXT = 1_000_000;

    private volatile Tika tika;
    private volatile LanguageDetector languages;

    String detectType(byte[] bytes, String fileName) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try {
            return tika().detect(new ByteArrayInputStream(bytes), metadata);
        } catch (IOException e) {
            return "application/octet-stream";
        }
    }

    String text(byte[] bytes, String fileName) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try {
            return tika().parseToString(new ByteArrayInputStream(bytes), metadata, MAX_TEXT).strip();
        } catch (IOException | TikaException e) {
            return "";
        }
    }

    /** The language code (en, fr, es, ar, pt) when the detector is reasonably sure, else null. */
    String language(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LanguageResult result = languages().detect(text.length() > 20_000 ? text.substring(0, 20_000) : text);
        return result.isReasonablyCertain() ? result.getLanguage() : null;
    }

    private Tika tika() {
        if (tika == null) {
            synchronized (this) {
                if (tika == null) {
                    tika = new Tika();
                }
            }
        }
        return tika;
    }

    private LanguageDetector languages() {
        if (languages == null) {
            synchronized (this) {
                if (languages == null) {
                    try {
                        languages = new OptimaizeLangDetector().loadModels(Set.of("en", "fr", "es", "ar", "pt"));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException("Tika's language models cannot be read", e);
                    }
                }
            }
        }
        return languages;
    }
}
