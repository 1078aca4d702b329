package org.amicus.court.internal.budget;

/** Proposed by the Court, recommended by the Committee on Budget and Finance, approved by the Assembly, spent. */
public enum Stage {
    PROPOSED, CBF_RECOMMENDED, APPROVED, ACTUAL
}
