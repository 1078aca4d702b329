package org.amicus.members.internal.web;

import java.util.List;
import java.util.Map;

import org.amicus.members.internal.record.Access;
import org.amicus.members.internal.record.CustomFields;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Custom fields over HTTP: staff define them; values are read and written with the roles of the record they belong to. */
@RestController
@RequestMapping("/api/v1/members")
@Tag(name = "Members and contacts")
class CustomFieldsApi {

    private final CustomFields fields;
    private final Access access;

    CustomFieldsApi(CustomFields fields, Access access) {
        this.fields = fields;
        this.access = access;
    }

    @Operation(summary = "The custom fields of organisations and people (recordType organisation or person to choose one)")
    @GetMapping("/fields")
    List<CustomFields.Field> all(@RequestParam(required = false) String recordType) {
        return fields.fields(recordType);
    }

    /** A field to define: label is its English name, labels its names in fr, es, ar and pt. */
    record FieldInput(String recordType, String key, String label, String type, List<String> choices, Map<String, String> labels) {
    }

    @Operation(summary = "Staff: define a custom field (type TEXT, NUMBER, DATE, CHOICE with choices, or YES_NO; labels in fr, es, ar, pt)")
    @PostMapping("/fields")
    ResponseEntity<CustomFields.Field> define(@RequestBody FieldInput input) {
        access.requireStaff();
        return ResponseEntity.status(201).body(fields.define(new CustomFields.Field(0, input.recordType(), input.key(), input.label(),
                input.type(), input.choices(), input.labels())));
    }

    @Operation(summary = "Staff: retire a custom field (its values stay, it no longer shows)")
    @PostMapping("/fields/{id}/retire")
    ResponseEntity<Void> retire(@PathVariable long id) {
        access.requireStaff();
        fields.retire(id);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "A record's custom values by field key (staff, or a member user for their organisation and its people)")
    @GetMapping("/{type:people|organisations}/{id}/fields")
    Map<String, String> values(@PathVariable String type, @PathVariable long id) {
        return fields.values(require(type, id), id);
    }

    @Operation(summary = "Set some of a record's custom values (field key to value; empty clears); each value is checked by its type")
    @PutMapping("/{type:people|organisations}/{id}/fields")
    Map<String, String> set(@PathVariable String type, @PathVariable long id, @RequestBody Map<String, String> values) {
        return fields.set(require(type, id), id, values);
    }

    private String require(String type, long id) {
        if (type.equals("people")) {
            access.requirePerson(id);
            return "person";
        }
        access.requireOrganisation(id);
        return "organisation";
    }
}
