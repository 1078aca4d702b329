package org.amicus.states.internal.web;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import org.amicus.platform.NotFound;
import org.amicus.states.internal.documents.CommentReaders;
import org.amicus.states.internal.documents.Documents;
import org.amicus.states.internal.documents.ExpertComment;
import org.amicus.states.internal.documents.LegislationDocument;
import org.amicus.states.internal.documents.VersionDiff;
import org.amicus.states.internal.record.Tracker;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The documents of implementation processes: list, text, search, the difference between versions, comments. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Implementing legislation")
class DocumentsApi {

    private final Tracker tracker;
    private final Documents documents;
    private final CommentReaders readers;

    DocumentsApi(Tracker tracker, Documents documents, CommentReaders readers) {
        this.tracker = tracker;
        this.documents = documents;
        this.readers = readers;
    }

    /** A document without its text. */
    record DocumentView(long id, String iso3, String kind, String title, String bill, String versionLabel, String url,
            String fileName, String contentType, Long sizeBytes, String language, String source, Instant recordedAt,
            String recordedBy) {

        static DocumentView of(LegislationDocument d) {
            return new DocumentView(d.id(), d.iso3(), d.kind().name(), d.title(), d.bill(), d.versionLabel(), d.url(),
                    d.fileName(), d.contentType(), d.sizeBytes(), d.language(), d.source(), d.recordedAt(), d.recordedBy());
        }
    }

    @Operation(summary = "A state's documents (draft bills and their versions, enacted laws, commentaries), newest first")
    @GetMapping("/states/{iso3}/documents")
    List<DocumentView> of(@PathVariable String iso3) {
        String state = tracker.record().state(iso3).orElseThrow(() -> new NotFound("error.stateNotFound", iso3)).iso3();
        return documents.of(state).stream().map(DocumentView::of).toList();
    }

    @Operation(summary = "One document with the text extracted from it and its detected language")
    @GetMapping("/documents/{id}")
    LegislationDocument get(@PathVariable long id) {
        return document(id);
    }

    @Operation(summary = "Documents whose title or text contains every word of q")
    @GetMapping("/documents/search")
    List<DocumentView> search(@RequestParam String q) {
        return documents.search(q).stream().map(DocumentView::of).toList();
    }

    @Operation(summary = "What changed between two versions of a draft bill, line by line, words marked with <del> and <ins>")
    @GetMapping("/documents/diff")
    List<VersionDiff.Line> diff(@RequestParam long from, @RequestParam long to) {
        return VersionDiff.between(document(from).extractedText(), document(to).extractedText());
    }

    @Operation(summary = "Staff and the state's national coalition: the expert comments on a document (others: 403)")
    @GetMapping("/documents/{id}/comments")
    List<ExpertComment> comments(@PathVariable long id, Authentication who) {
        LegislationDocument d = document(id);
        if (!readers.mayRead(who, d.iso3())) {
            throw new ErrorResponseException(HttpStatus.FORBIDDEN);
        }
        return documents.comments(d.id());
    }

    @Operation(summary = "Staff: add a document, an uploaded file (PDF, DOCX, ODT, HTML, text; 5 MB at most) or a link")
    @PostMapping(value = "/states/{iso3}/documents", consumes = "multipart/form-data")
    ResponseEntity<DocumentView> add(@PathVariable String iso3, @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String title,
            @RequestParam(required = false) String bill, @RequestParam(required = false) String versionLabel,
            @RequestParam(required = false) String url, @RequestParam(required = false) String source) throws IOException {
        var upload = new Documents.Upload(kind, title, bill, versionLabel, url,
                file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes(), source);
        return ResponseEntity.status(201).body(DocumentView.of(documents.add(iso3, upload)));
    }

    private LegislationDocument document(long id) {
        return documents.get(id).orElseThrow(() -> new NotFound("error.entryNotFound", id));
    }
}
