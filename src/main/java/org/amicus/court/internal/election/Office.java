package org.amicus.court.internal.election;

/** The offices the Assembly elects that the coalition follows. Only judges' elections have minimum voting requirements. */
public enum Office {
    JUDGES, PROSECUTOR, DEPUTY_PROSECUTOR, REGISTRAR, DEPUTY_REGISTRAR, TFV_BOARD, CBF
}
