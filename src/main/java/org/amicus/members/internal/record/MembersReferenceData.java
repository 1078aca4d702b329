package org.amicus.members.internal.record;

import java.util.List;

import org.amicus.platform.ShippedCsv;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the first start, the sourced reference records: the intergovernmental bodies and partners
 * named in the issue, and the Issue Teams and Steering Committee the 2009 strategy names. Each row
 * carries its source; docs/members.md lists them.
 */
@Component
class MembersReferenceData implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(MembersReferenceData.class);

    private final Directory directory;
    private final Links links;
    private final JdbcClient jdbc;

    MembersReferenceData(Directory directory, Links links, JdbcClient jdbc) {
        this.directory = directory;
        this.links = links;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void afterSingletonsInstantiated() {
        if (jdbc.sql("select count(*) from member_group").query(Long.class).single() > 0) {
            return;
        }
        int organisations = 0;
        int groups = 0;
        for (CSVRecord row : ShippedCsv.rows("data/members-reference.csv")) {
            if (row.get("record").equals("organisation")) {
                directory.save(new Organisation(0, row.get("kind"), row.get("name"), null, row.get("acronym"), null, null, null,
                        row.get("website"), List.of(), List.of(), null, null, null, null, null, row.get("source"), List.of()));
                organisations++;
            } else {
                links.createGroup(row.get("kind"), row.get("name"), null, row.get("source"));
                groups++;
            }
        }
        log.info("Members reference data loaded: {} organisations, {} groups.", organisations, groups);
    }
}
