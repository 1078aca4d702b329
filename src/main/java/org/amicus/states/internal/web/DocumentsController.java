package org.amicus.states.internal.web;

import java.io.IOException;
import java.util.List;

import org.amicus.platform.NotFound;
import org.amicus.platform.RejectedInput;
import org.amicus.states.internal.documents.CommentReaders;
import org.amicus.states.internal.documents.DocumentKind;
import org.amicus.states.internal.documents.Documents;
import org.amicus.states.internal.documents.LegislationDocument;
import org.amicus.states.internal.documents.VersionDiff;
import org.amicus.states.internal.record.State;
import org.amicus.states.internal.record.Tracker;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The documents of a state's implementation process: public list, text and version differences;
 * staff add and remove; staff and the state's national coalition read and write expert comments.
 */
@Controller
class DocumentsController {

    private final Tracker tracker;
    private final Documents documents;
    private final CommentReaders readers;

    DocumentsController(Tracker tracker, Documents documents, CommentReaders readers) {
        this.tracker = tracker;
        this.documents = documents;
        this.readers = readers;
    }

    @GetMapping("/states/{iso3}/documents")
    String list(@PathVariable String iso3, Model model) {
        State state = state(iso3);
        model.addAttribute("state", state);
        model.addAttribute("documents", documents.of(state.iso3()));
        model.addAttribute("kinds", DocumentKind.values());
        return "states/documents";
    }

    @GetMapping("/legislation/documents")
    String search(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("results", documents.search(q));
        return "states/document-search";
    }

    @GetMapping("/states/{iso3}/documents/{id}")
    String show(@PathVariable String iso3, @PathVariable long id, Authentication who, Model model) {
        LegislationDocument d = document(iso3, id);
        model.addAttribute("state", state(iso3));
        model.addAttribute("document", d);
        model.addAttribute("versions", documents.versions(d));
        boolean mayComment = readers.mayRead(who, d.iso3());
        model.addAttribute("mayComment", mayComment);
        model.addAttribute("comments", mayComment ? documents.comments(d.id()) : List.of());
        return "states/document";
    }

    @GetMapping("/states/{iso3}/documents/diff")
    String diff(@PathVariable String iso3, @RequestParam long from, @RequestParam long to, Model model) {
        LegislationDocument before = document(iso3, from);
        LegislationDocument after = document(iso3, to);
        model.addAttribute("state", state(iso3));
        model.addAttribute("before", before);
        model.addAttribute("after", after);
        model.addAttribute("lines", VersionDiff.between(before.extractedText(), after.extractedText()));
        return "states/document-diff";
    }

    @GetMapping("/states/{iso3}/documents/{id}/file")
    ResponseEntity<byte[]> file(@PathVariable String iso3, @PathVariable long id) {
        LegislationDocument d = document(iso3, id);
        if (!d.uploaded()) {
            throw new NotFound("error.entryNotFound", id);
        }
        // Always a download, never rendered in the browser: an uploaded HTML file cannot run here.
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(d.contentType()))
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(d.fileName(),
                    java.nio.charset.StandardCharsets.UTF_8).build().toString())
            .header("X-Content-Type-Options", "nosniff")
            .body(documents.content(d));
    }

    @PostMapping("/staff/states/{iso3}/documents")
    String add(@PathVariable String iso3, @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String title,
            @RequestParam(required = false) String bill, @RequestParam(required = false) String versionLabel,
            @RequestParam(required = false) String url, @RequestParam(required = false) String source,
            RedirectAttributes flash) throws IOException {
        boolean hasFile = file != null && !file.isEmpty();
        try {
            documents.add(iso3, new Documents.Upload(kind, title, bill, versionLabel, url,
                    hasFile ? file.getOriginalFilename() : null, hasFile ? file.getBytes() : null, source));
            flash.addFlashAttribute("notice", "document.addedNotice");
        } catch (RejectedInput e) {
            flash.addFlashAttribute("problems", e.problems());
        }
        return "redirect:/states/" + state(iso3).iso3() + "/documents";
    }

    @PostMapping("/staff/states/{iso3}/documents/{id}/remove")
    String remove(@PathVariable String iso3, @PathVariable long id, RedirectAttributes flash) {
        documents.remove(document(iso3, id).id());
        flash.addFlashAttribute("notice", "document.removedNotice");
        return "redirect:/states/" + state(iso3).iso3() + "/documents";
    }

    @PostMapping("/account/documents/{iso3}/{id}/comments")
    String comment(@PathVariable String iso3, @PathVariable long id, @RequestParam(required = false) String body,
            Authentication who, RedirectAttributes flash) {
        LegislationDocument d = document(iso3, id);
        if (!readers.mayRead(who, d.iso3())) {
            throw new AccessDeniedException("not in the national coalition of " + d.iso3());
        }
        try {
            documents.comment(d.id(), body);
            flash.addFlashAttribute("notice", "document.commentedNotice");
        } catch (RejectedInput e) {
            flash.addFlashAttribute("problems", e.problems());
        }
        return "redirect:/states/" + state(iso3).iso3() + "/documents/" + id;
    }

    private State state(String iso3) {
        return tracker.record().state(iso3).orElseThrow(() -> new NotFound("error.stateNotFound", iso3));
    }

    private LegislationDocument document(String iso3, long id) {
        return documents.get(id).filter(d -> d.iso3().equals(state(iso3).iso3()))
            .orElseThrow(() -> new NotFound("error.entryNotFound", id));
    }
}
