package org.amicus.members;

import java.util.List;

/** A journalist as the press office segments them: the person, the languages they work in, their beat and the situations they cover. */
public record Journalist(PersonRef person, List<String> languages, String beat, List<String> situations) {
}
