package org.amicus.lists.internal.web;

import java.nio.charset.StandardCharsets;

import org.amicus.lists.internal.Archive;
import org.amicus.lists.internal.MailingList;
import org.amicus.lists.internal.MailingLists;
import org.amicus.platform.NotFound;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A list's archive on the web at the visibility the list sets: threads, a search, one message in its
 * thread with its attachments. Attachments are always downloaded, never shown inline, as
 * application/octet-stream with nosniff, so a posted HTML or SVG file cannot run in Amicus's origin.
 */
@Controller
@RequestMapping("/lists/{slug}/archive")
class ArchivePages {

    private final MailingLists lists;
    private final Archive archive;

    ArchivePages(MailingLists lists, Archive archive) {
        this.lists = lists;
        this.archive = archive;
    }

    @GetMapping
    String threads(@PathVariable String slug, @RequestParam(required = false) String q, Authentication who, HttpServletRequest request,
            Model model) {
        MailingList list = readable(slug, who, request);
        model.addAttribute("list", list);
        model.addAttribute("q", q);
        model.addAttribute("threads", archive.threads(list, q, 200));
        return "lists/archive";
    }

    @GetMapping("/{id:\\d+}")
    String message(@PathVariable String slug, @PathVariable long id, Authentication who, HttpServletRequest request, Model model) {
        MailingList list = readable(slug, who, request);
        Archive.Message m = archive.message(list, id);
        model.addAttribute("list", list);
        model.addAttribute("m", m);
        model.addAttribute("thread", archive.thread(list, m.threadId()));
        model.addAttribute("attachments", archive.attachments(id));
        return "lists/message";
    }

    @GetMapping("/attachments/{id:\\d+}")
    ResponseEntity<byte[]> attachment(@PathVariable String slug, @PathVariable long id, Authentication who, HttpServletRequest request) {
        MailingList list = readable(slug, who, request);
        var found = archive.attachment(list, id).orElseThrow(() -> new NotFound("lists.error.attachmentNotFound", id));
        String filename = found.getKey().filename().replaceAll("[\\\\/\\r\\n\\x00]", "_");
        return ResponseEntity.ok()
            .contentType(MediaType.APPLICATION_OCTET_STREAM)
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
            .header("X-Content-Type-Options", "nosniff")
            .header("Content-Security-Policy", "sandbox")
            .body(found.getValue());
    }

    private MailingList readable(String slug, Authentication who, HttpServletRequest request) {
        MailingList list = lists.get(slug);
        ArchiveAccess.check(list, who, request.getSession(false));
        return list;
    }
}
