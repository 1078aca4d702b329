package org.amicus.publications.internal.press;

/** What the press office issues. */
public enum PressKind {
    PRESS_RELEASE, MEDIA_ADVISORY, STATEMENT, TALKING_POINTS
}
