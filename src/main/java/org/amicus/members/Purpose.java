package org.amicus.members;

/** What a person may consent to. */
public enum Purpose {
    NEWSLETTER, PRESS_LIST, EXPERT_LISTING,
    /** Being kept informed of a campaign, given when signing or writing through an action alert. */
    CAMPAIGNS
}
