package org.amicus.campaigns.internal.staff;

import java.util.List;

import org.amicus.members.MembersLookup.Match;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The search by name behind the staff forms' link fields as JSON, for {@code js/pick.js}, which shows
 * matches as you type; without script the form's own search button does the same (see {@code campaigns/pick}).
 */
@RestController
class StaffPicker {

    private final PickedRecords records;

    StaffPicker(PickedRecords records) {
        this.records = records;
    }

    @GetMapping("/staff/pick.json")
    List<Match> json(@RequestParam(defaultValue = "person") String kind, @RequestParam(required = false) String q,
            @RequestParam(required = false) String held) {
        return records.found(kind, q, held);
    }
}
