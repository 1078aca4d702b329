package org.amicus.states.internal.record;

/** The kind of instrument a state deposited, as the depositary records it. */
public enum InstrumentType {
    RATIFICATION, ACCEPTANCE, APPROVAL, ACCESSION, SUCCESSION
}
