package org.amicus.members.internal.record;

import org.amicus.platform.AuditTrail;
import org.amicus.platform.Change;
import org.amicus.platform.NotFound;
import org.amicus.platform.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** An organisation's choice to appear in the public directory; each change is in the audit trail. */
@Repository
public class DirectoryListing {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    DirectoryListing(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public boolean listed(long organisationId) {
        return jdbc.sql("select listed_in_directory from organisation where id = ? and deleted_at is null")
            .param(organisationId).query(Boolean.class).optional()
            .orElseThrow(() -> new NotFound("members.error.organisationNotFound", organisationId));
    }

    @Transactional
    public void choose(long organisationId, boolean listed) {
        boolean before = listed(organisationId);
        if (before == listed) {
            return;
        }
        jdbc.sql("update organisation set listed_in_directory = ?, updated_at = ? where id = ?")
            .params(listed, Timestamps.now(), organisationId).update();
        audit.record(new Change("organisation", String.valueOf(organisationId), listed ? "listed" : "unlisted", before, listed,
                null, listed ? "Listed in the public directory" : "Taken out of the public directory"));
    }
}
