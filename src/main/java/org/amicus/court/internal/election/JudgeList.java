package org.amicus.court.internal.election;

/** Article 36(3)(b) and (5): list A (criminal law and procedure), list B (international law). */
public enum JudgeList {
    A, B
}
