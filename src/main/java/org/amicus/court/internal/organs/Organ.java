package org.amicus.court.internal.organs;

/** The Court's organs and the Assembly's bodies whose office holders the coalition follows. */
public enum Organ {
    PRESIDENCY, APPEALS_DIVISION, TRIAL_DIVISION, PRE_TRIAL_DIVISION, OFFICE_OF_THE_PROSECUTOR, REGISTRY, TRUST_FUND_FOR_VICTIMS,
    TFV_BOARD, ASP_PRESIDENCY, ASP_BUREAU, ASP_WORKING_GROUPS, COMMITTEE_ON_BUDGET_AND_FINANCE, ASP_SECRETARIAT, NEW_YORK_LIAISON_OFFICE
}
