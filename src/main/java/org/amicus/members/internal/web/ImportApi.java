package org.amicus.members.internal.web;

import java.io.IOException;
import java.util.Map;

import org.amicus.members.internal.importing.ImportPlan;
import org.amicus.members.internal.importing.Importer;
import org.amicus.members.internal.importing.OrganisationImport;
import org.amicus.members.internal.record.Access;
import org.amicus.platform.RejectedInput;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Staff: the screen's import over HTTP. A dry run answers the plan (rows, mapping, candidates);
 * a file with problems answers 400 with every problem and its line; an apply records all or nothing.
 */
@RestController
@RequestMapping("/api/v1/members/imports")
@Tag(name = "Members and contacts")
class ImportApi {

    private final Importer people;
    private final OrganisationImport organisations;
    private final Access access;

    ImportApi(Importer people, OrganisationImport organisations, Access access) {
        this.people = people;
        this.organisations = organisations;
        this.access = access;
    }

    @Operation(summary = "Staff: import a list (what=people or organisations; CSV or XLSX). dryRun=true (default) answers the plan; "
            + "dryRun=false applies it with decision.LINE=merge:ID or new; map.FIELD=column index changes the mapping")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Object> importList(@RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "true") boolean dryRun,
            @RequestParam Map<String, String> params) throws IOException {
        access.requireStaff();
        boolean ofOrganisations = "organisations".equals(params.get("what"));
        byte[] bytes = file.getBytes();
        if (dryRun) {
            ImportPlan plan = ofOrganisations ? organisations.plan(bytes, file.getOriginalFilename(), params, true)
                    : people.plan(bytes, file.getOriginalFilename(), params, true);
            if (!plan.ok()) {
                throw new RejectedInput(plan.problems());
            }
            return ResponseEntity.ok(plan);
        }
        Map<Integer, String> decisions = ImportPlan.decisions(params);
        return ResponseEntity.status(201).body(ofOrganisations ? organisations.apply(bytes, file.getOriginalFilename(), params, decisions)
                : people.apply(bytes, file.getOriginalFilename(), params, decisions));
    }
}
