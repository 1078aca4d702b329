package org.amicus.publications.internal.record;

/** Where the translation of an edition into one language stands; the source language is always APPROVED. */
public enum TranslationStatus {
    TO_DO, IN_TRANSLATION, IN_REVIEW, APPROVED
}
