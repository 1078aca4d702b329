package org.amicus.portal.internal.blog;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;

import org.amicus.members.Members;
import org.amicus.members.OrganisationRef;
import org.amicus.platform.Forms;
import org.amicus.platform.Language;
import org.amicus.platform.NotFound;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Members write for In Situ: their posts and where each stands, a new post, changes while it waits, its pictures. */
@Controller
@RequestMapping("/contribute")
class Contributions {

    private final BlogPosts posts;
    private final BlogImages images;
    private final Members members;

    Contributions(BlogPosts posts, BlogImages images, Members members) {
        this.posts = posts;
        this.images = images;
        this.members = members;
    }

    @ModelAttribute
    void member(HttpServletRequest request, Model model) {
        if (!request.isUserInRole("MEMBER")) {
            throw new AccessDeniedException("members write for the blog");
        }
        model.addAttribute("languages", Language.values());
        model.addAttribute("organisation", members.organisationOf(request.getUserPrincipal().getName()).map(OrganisationRef::name).orElse(null));
    }

    @GetMapping
    String mine(HttpServletRequest request, Model model) {
        model.addAttribute("posts", posts.byAuthor(request.getUserPrincipal().getName()));
        if (!model.containsAttribute("draft")) {
            model.addAttribute("draft", new PostDraft(null, null, null, BlogPages.reader().code(), null));
        }
        return "insitu/contribute";
    }

    @PostMapping
    String submit(@ModelAttribute("draft") PostDraft draft, HttpServletRequest request, Model model, RedirectAttributes flash) {
        String me = request.getUserPrincipal().getName();
        return Forms.submit(() -> "redirect:/contribute/" + posts.submit(me, draft), "insitu.post.submitted", flash, model,
                () -> mine(request, model));
    }

    @GetMapping("/{id}")
    String post(@PathVariable long id, HttpServletRequest request, Model model) {
        Post post = own(id, request);
        model.addAttribute("post", post);
        model.addAttribute("images", images.of(id));
        if (!model.containsAttribute("draft")) {
            model.addAttribute("draft", new PostDraft(post.title(), post.summary(), post.bodyHtml(), post.language().code(), post.translationOf()));
        }
        return "insitu/contribute-post";
    }

    @PostMapping("/{id}")
    String revise(@PathVariable long id, @ModelAttribute("draft") PostDraft draft, HttpServletRequest request, Model model,
            RedirectAttributes flash) {
        String me = request.getUserPrincipal().getName();
        return Forms.submit(() -> {
            posts.revise(id, me, draft);
            return "redirect:/contribute/" + id;
        }, "insitu.post.resubmitted", flash, model, () -> post(id, request, model));
    }

    @PostMapping("/{id}/images")
    String addImage(@PathVariable long id, @RequestParam(required = false) MultipartFile image, @RequestParam(required = false) String alt,
            HttpServletRequest request, Model model, RedirectAttributes flash) throws IOException {
        editable(id, request);
        byte[] bytes = image == null ? null : image.getBytes();
        return Forms.submit(() -> {
            images.add(id, bytes, alt);
            return "redirect:/contribute/" + id;
        }, "insitu.image.added", flash, model, () -> post(id, request, model));
    }

    @PostMapping("/{id}/images/{imageId}/remove")
    String removeImage(@PathVariable long id, @PathVariable long imageId, HttpServletRequest request, Model model, RedirectAttributes flash) {
        editable(id, request);
        return Forms.submit(() -> {
            images.remove(id, imageId);
            return "redirect:/contribute/" + id;
        }, "insitu.image.removed", flash, model, () -> post(id, request, model));
    }

    private Post own(long id, HttpServletRequest request) {
        Post post = posts.get(id);
        if (!post.author().equalsIgnoreCase(request.getUserPrincipal().getName())) {
            throw new NotFound("insitu.post.notFound", id);
        }
        return post;
    }

    private void editable(long id, HttpServletRequest request) {
        if (!own(id, request).status().editableByAuthor()) {
            throw new org.amicus.platform.RejectedInput("status", "insitu.post.notEditable");
        }
    }
}
