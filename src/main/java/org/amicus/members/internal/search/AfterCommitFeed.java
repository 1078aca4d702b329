package org.amicus.members.internal.search;

import java.util.Collection;
import java.util.List;

import org.amicus.members.internal.record.IndexFeed;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Indexes changed records once their transaction has committed (at once outside a transaction). */
@Component
class AfterCommitFeed implements IndexFeed {

    private final SearchIndex index;

    AfterCommitFeed(SearchIndex index) {
        this.index = index;
    }

    @Override
    public void organisationsChanged(Collection<Long> ids) {
        later(List.copyOf(ids), true);
    }

    @Override
    public void peopleChanged(Collection<Long> ids) {
        later(List.copyOf(ids), false);
    }

    private void later(List<Long> ids, boolean organisations) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    index.index(ids, organisations);
                }
            });
        } else {
            index.index(ids, organisations);
        }
    }
}
