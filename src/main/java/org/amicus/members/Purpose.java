package org.amicus.members;

/**
 * What a person may consent to. {@code READERSHIP_TRACKING} is the one a reader declines: publications
 * count opens and clicks of their e-mails unless the newest record for it is a withdrawal.
 */
public enum Purpose {
    NEWSLETTER, PRESS_LIST, EXPERT_LISTING, READERSHIP_TRACKING,
    /** Being kept informed of a campaign, given when signing or writing through an action alert. */
    CAMPAIGNS
}
