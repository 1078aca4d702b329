package org.amicus.publications.internal.render;

import java.util.List;

/**
 * An article as one rendering shows it in one language: sanitised HTML, its author's current name,
 * its call to action and pictures. fromSource marks an article shown in the source language because
 * this language has no text for it yet (previews only).
 */
public record Piece(long id, String title, String author, String bodyHtml, String actionLabel, String actionUrl,
        List<Picture> pictures, boolean fromSource) {

    /** A picture with the address it is read from in this rendering (a page link, an absolute URL, a data URI). */
    public record Picture(String src, String alt, int width, int height) {
    }
}
