package org.amicus.portal.internal.blog;

import org.amicus.platform.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The editors' desk: posts waiting for review, a decision on each (changes, approval and schedule, withdrawal), held comments. */
@Controller
@RequestMapping("/staff/blog")
class BlogDesk {

    private final BlogPosts posts;
    private final PostComments comments;
    private final BlogPages pages;

    BlogDesk(BlogPosts posts, PostComments comments, BlogPages pages) {
        this.posts = posts;
        this.comments = comments;
        this.pages = pages;
    }

    @GetMapping
    String desk(Model model) {
        model.addAttribute("posts", posts.forEditors(200));
        model.addAttribute("held", comments.held());
        return "insitu/desk";
    }

    @GetMapping("/{id}")
    String post(@PathVariable long id, Model model) {
        pages.describe(posts.get(id), model);
        return "insitu/desk-post";
    }

    @PostMapping("/{id}/changes")
    String requestChanges(@PathVariable long id, @RequestParam(required = false) String note, Model model, RedirectAttributes flash) {
        return Forms.submit(() -> {
            posts.requestChanges(id, note);
            return "redirect:/staff/blog/" + id;
        }, "insitu.post.changesRequested", flash, model, () -> post(id, model));
    }

    @PostMapping("/{id}/approve")
    String approve(@PathVariable long id, @RequestParam(required = false) String publishAt, @RequestParam(defaultValue = "false") boolean commentsOn,
            @RequestParam(defaultValue = "false") boolean story, @RequestParam(required = false) Long storyOrganisationId,
            @RequestParam(required = false) String storyCountry, Model model, RedirectAttributes flash) {
        return Forms.submit(() -> {
            posts.approve(id, new Approval(UtcTime.parse("publishAt", publishAt), commentsOn, story, storyOrganisationId, storyCountry));
            return "redirect:/staff/blog/" + id;
        }, "insitu.post.approved", flash, model, () -> post(id, model));
    }

    @PostMapping("/{id}/withdraw")
    String withdraw(@PathVariable long id, @RequestParam(required = false) String note, Model model, RedirectAttributes flash) {
        return Forms.submit(() -> {
            posts.withdraw(id, note);
            return "redirect:/staff/blog/" + id;
        }, "insitu.post.withdrawn", flash, model, () -> post(id, model));
    }

    @PostMapping("/comments/{commentId}")
    String decide(@PathVariable long commentId, @RequestParam boolean approve, RedirectAttributes flash) {
        comments.decide(commentId, approve);
        flash.addFlashAttribute("notice", approve ? "insitu.comment.approved" : "insitu.comment.rejected");
        return "redirect:/staff/blog";
    }
}
