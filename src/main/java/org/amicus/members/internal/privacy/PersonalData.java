package org.amicus.members.internal.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.amicus.members.internal.record.Access;
import org.amicus.members.internal.record.CustomFields;
import org.amicus.members.internal.record.Directory;
import org.amicus.members.internal.record.IndexFeed;
import org.amicus.members.internal.record.Links;
import org.amicus.members.internal.record.Person;
import org.amicus.platform.AuditRedaction;
import org.amicus.platform.AuditTrail;
import org.amicus.platform.Change;
import org.amicus.platform.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's rights over their data: everything the record holds about them as one JSON
 * document, and erasure, which removes the personal data but keeps the person as a counted,
 * nameless row (country, roles at organisations, group memberships) so that totals stay true.
 */
@Service
public class PersonalData {

    private final Directory directory;
    private final Links links;
    private final Consents consents;
    private final AuditTrail audit;
    private final AuditRedaction redaction;
    private final AccessLog accessLog;
    private final JdbcClient jdbc;
    private final IndexFeed feed;
    private final Access access;
    private final CustomFields customFields;

    PersonalData(Directory directory, Links links, Consents consents, AuditTrail audit, AuditRedaction redaction,
            AccessLog accessLog, JdbcClient jdbc, IndexFeed feed, Access access, CustomFields customFields) {
        this.customFields = customFields;
        this.directory = directory;
        this.links = links;
        this.consents = consents;
        this.audit = audit;
        this.redaction = redaction;
        this.accessLog = accessLog;
        this.jdbc = jdbc;
        this.feed = feed;
        this.access = access;
    }

    public Map<String, Object> export(long personId) {
        access.requirePerson(personId);
        Person p = directory.person(personId);
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("person", p);
        all.put("affiliations", links.affiliationsOfPerson(personId));
        all.put("groupMemberships", links.membershipsOf("person_id", personId));
        all.put("consents", consents.history(personId));
        all.put("customFields", customFields.values("person", personId));
        all.put("history", audit.history("person", String.valueOf(personId)));
        all.put("exportedAt", Timestamps.now().toString());
        accessLog.viewed("person-export", personId);
        return all;
    }

    @Transactional
    public void erase(long personId, String reason) {
        access.requireStaff();
        Person before = directory.person(personId);
        jdbc.sql("delete from person_email where person_id = ?").param(personId).update();
        jdbc.sql("delete from record_tag where record_type = 'person' and record_id = ?").param(personId).update();
        jdbc.sql("delete from custom_value where record_id = ? and field_id in (select id from custom_field where record_type = 'person')")
            .param(personId).update();
        jdbc.sql("""
                update person set name = '-', name_latin = null, languages = null, preferred_language = null, expertise = null,
                phones = null, press_topics = null, press_languages = null, office = null, beat = null, situations = null,
                erased_at = ?, deleted_at = ?, updated_at = ? where id = ?""")
            .params(Timestamps.now(), Timestamps.now(), Timestamps.now(), personId).update();
        redaction.redact("person", String.valueOf(personId));
        audit.record(new Change("person", String.valueOf(personId), "erased", null, null, reason,
                "personal data erased" + (before.country() == null ? "" : " (" + before.country() + ")")));
        feed.peopleChanged(List.of(personId));
    }
}
