package org.amicus.court.internal.campaign;

import java.time.LocalDate;

import org.amicus.platform.Language;

/** A statement the coalition published on an election, in the language it was written in; plain text, shown escaped. */
public record Statement(long id, long electionId, LocalDate publishedOn, Language language, String title, String body, String url) {
}
