package org.amicus.members.internal.record;

import java.util.Collection;

/** Told which records a transaction changed; the search index reads them again once it commits. */
public interface IndexFeed {

    void organisationsChanged(Collection<Long> ids);

    void peopleChanged(Collection<Long> ids);
}
