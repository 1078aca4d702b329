package org.amicus.publications.internal.press;

/** Drafted, reviewed by a second person, approved by a third (an administrator), then published when its embargo lifts. */
public enum PressStatus {
    DRAFT, REVIEWED, APPROVED, PUBLISHED
}
