package org.amicus.states.internal.documents;

import java.time.Instant;

/**
 * A document of a state's implementation process: an uploaded file (with its extracted text and
 * detected language) or a link. Versions of one draft bill share {@code bill}.
 */
public record LegislationDocument(long id, String iso3, DocumentKind kind, String title, String bill, String versionLabel,
        String url, String fileName, String contentType, Long sizeBytes, String sha256, String language,
        String extractedText, String source, Instant recordedAt, String recordedBy) {

    public boolean uploaded() {
        return sha256 != null;
    }
}
