package org.amicus.publications.internal.press;

import java.time.Instant;
import java.time.LocalDate;

/** Coverage that cites a release, recorded by staff now and by media monitoring later. */
public record Citation(long id, String url, String outlet, String headline, LocalDate citedOn, Instant recordedAt, String recordedBy) {
}
