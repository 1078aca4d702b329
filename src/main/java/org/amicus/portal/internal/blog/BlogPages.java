package org.amicus.portal.internal.blog;

import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.amicus.members.Members;
import org.amicus.members.OrganisationRef;
import org.amicus.platform.Language;
import org.amicus.platform.NotFound;
import org.amicus.platform.RejectedInput;
import org.amicus.states.StatesDirectory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The In Situ blog and "Civil Society at Work" as the public reads them: the reader's language
 * first, then the other languages; a post with its pictures, its author's organisation, its other
 * languages, its approved comments, and (on its own page, which is never cached) the comment form.
 */
@Controller
class BlogPages {

    private static final int LISTED = 50;

    private final BlogPosts posts;
    private final BlogImages images;
    private final PostComments comments;
    private final Members members;
    private final StatesDirectory states;
    private final Freshness freshness;

    BlogPages(BlogPosts posts, BlogImages images, PostComments comments, Members members, StatesDirectory states, Freshness freshness) {
        this.posts = posts;
        this.images = images;
        this.comments = comments;
        this.members = members;
        this.states = states;
        this.freshness = freshness;
    }

    @GetMapping("/blog")
    String blog(Model model, HttpServletRequest request, HttpServletResponse response) {
        return freshness.notModified(request, response) ? null : list(false, model);
    }

    @GetMapping("/civil-society-at-work")
    String stories(Model model, HttpServletRequest request, HttpServletResponse response) {
        return freshness.notModified(request, response) ? null : list(true, model);
    }

    private String list(boolean stories, Model model) {
        Language reader = reader();
        model.addAttribute("stories", stories);
        model.addAttribute("posts", posts.published(reader, stories, LISTED));
        model.addAttribute("others", posts.published(null, stories, LISTED).stream().filter(p -> p.language() != reader).toList());
        return "insitu/blog";
    }

    @GetMapping("/blog/{id}")
    String post(@PathVariable long id, Model model, HttpServletRequest request, HttpServletResponse response) {
        if (freshness.notModified(request, response)) {
            return null;
        }
        Post post = posts.visible(id);
        describe(post, model);
        model.addAttribute("comments", comments.approved(id));
        return "insitu/post";
    }

    @GetMapping("/blog/{id}/comment")
    String commentForm(@PathVariable long id, Model model) {
        Post post = posts.visible(id);
        if (!post.commentsOn()) {
            throw new NotFound("insitu.post.notFound", id);
        }
        model.addAttribute("post", post);
        return "insitu/comment";
    }

    /** A filled honeypot field ("website", hidden from people) gets the same thanks and nothing is kept. */
    @PostMapping("/blog/{id}/comment")
    String comment(@PathVariable long id, @RequestParam(required = false) String name, @RequestParam(required = false) String body,
            @RequestParam(required = false) String website, HttpServletRequest request, Model model, RedirectAttributes flash,
            HttpServletResponse response) {
        try {
            if (website == null || website.isEmpty()) {
                comments.submit(id, name, body, request.getRemoteAddr());
            }
            flash.addFlashAttribute("notice", "insitu.comment.held");
            return "redirect:/blog/" + id;
        } catch (RejectedInput e) {
            response.setStatus(e.problems().stream().anyMatch(p -> "insitu.comment.tooMany".equals(p.code())) ? 429 : 422);
            model.addAttribute("problems", e.problems());
            model.addAttribute("name", name);
            model.addAttribute("body", body);
            return commentForm(id, model);
        }
    }

    /** A picture of a published post; its author and the editors also see those of posts under review. */
    @GetMapping("/blog/images/{imageId}")
    ResponseEntity<byte[]> image(@PathVariable long imageId, HttpServletRequest request) {
        Post post = posts.get(images.postOf(imageId));
        boolean mayPreview = request.isUserInRole("STAFF")
                || request.getUserPrincipal() != null && post.author().equalsIgnoreCase(request.getUserPrincipal().getName());
        if (!post.isPublic() && !mayPreview) {
            throw new NotFound("insitu.image.notFound", imageId);
        }
        BlogImages.Stored stored = images.stored(imageId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(stored.contentType()))
            .cacheControl(post.isPublic() ? CacheControl.maxAge(Duration.ofDays(7)).cachePublic() : CacheControl.noStore())
            .header("X-Content-Type-Options", "nosniff").body(stored.bytes());
    }

    /** What a post's page and its previews show besides the text. */
    void describe(Post post, Model model) {
        model.addAttribute("post", post);
        model.addAttribute("images", images.of(post.id()));
        model.addAttribute("organisation", post.organisationId() == null ? null
                : members.organisation(post.organisationId()).map(OrganisationRef::name).orElse(null));
        model.addAttribute("storyOrganisation", post.storyOrganisationId() == null ? null
                : members.organisation(post.storyOrganisationId()).map(OrganisationRef::name).orElse(null));
        model.addAttribute("storyCountry", post.storyCountry() == null ? null
                : states.state(post.storyCountry()).map(s -> s.name(reader())).orElse(post.storyCountry()));
        List<Post> translations = posts.translations(post);
        model.addAttribute("translations", translations.stream().map(t -> Alternative.of(t.language(), "/blog/" + t.id())).toList());
        model.addAttribute("inReader", translations.stream().filter(t -> t.language() == reader()).findFirst().orElse(null));
        model.addAttribute("missingInReader", post.language() != reader() && translations.stream().noneMatch(t -> t.language() == reader()));
    }

    static Language reader() {
        return Language.of(LocaleContextHolder.getLocale());
    }
}
