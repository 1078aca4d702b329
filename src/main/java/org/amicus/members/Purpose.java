package org.amicus.members;

/** What a person may consent to. */
public enum Purpose {
    NEWSLETTER, PRESS_LIST, EXPERT_LISTING
}
