package org.amicus.media.internal.story;

/** A story's leaning towards the Court. */
public enum Stance {
    PRO, ANTI, NEUTRAL
}
