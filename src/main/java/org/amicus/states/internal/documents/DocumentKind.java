package org.amicus.states.internal.documents;

/** What a document of an implementation process is. */
public enum DocumentKind {
    DRAFT_BILL, ENACTED_LAW, EXPERT_COMMENTARY, OTHER
}
