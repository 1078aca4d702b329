package org.amicus.states.internal.record;

import java.util.List;

/** A state with its standing on a date and the target categories that applied then. */
public record StateStanding(State state, Status status, StatuteStanding standing, List<TargetCategory> categories) {
}
