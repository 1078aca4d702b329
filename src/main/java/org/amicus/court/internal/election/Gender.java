package org.amicus.court.internal.election;

public enum Gender {
    FEMALE, MALE
}
