package org.amicus.states.internal.legislation;

/** The two components of implementing legislation, tracked separately (the plan, section 3). */
public enum Component {
    /** Provisions that make cooperation with the Court possible: arrest and surrender, evidence, sentences. */
    COOPERATION,
    /** Genocide, crimes against humanity and war crimes in national law, with universal or extraterritorial jurisdiction. */
    CRIMES
}
