package org.amicus.portal.internal.cms;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.amicus.portal.internal.blog.BlogPosts;
import org.amicus.states.StatesDirectory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Finds the links of a page that point at this site but lead nowhere. A path resolves when the
 * application's own handler mapping answers GET for it (so new pages count as soon as they exist),
 * when it is a static file, and, for the records the site knows by name, when that record exists:
 * a CMS page's slug, a blog post, a state's code. Other sites' links are not checked.
 */
@Component
class InternalLinks {

    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");
    private static final Pattern PAGE = Pattern.compile("^/pages/([^/]+)/?$");
    private static final Pattern STATE = Pattern.compile("^/states/([^/]+)(/.*)?$");
    private static final Pattern POST = Pattern.compile("^/blog/(\\d{1,18})/?$");

    private final RequestMappingHandlerMapping mapping;
    private final StatesDirectory states;
    private final BlogPosts posts;
    private final String ownHost;
    private volatile List<PathPattern> patterns;

    InternalLinks(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping, StatesDirectory states, BlogPosts posts,
            @Value("${amicus.mail.base-url:http://localhost:8080}") String baseUrl) {
        this.mapping = mapping;
        this.states = states;
        this.posts = posts;
        this.ownHost = URI.create(baseUrl).getHost();
    }

    /** The site paths the HTML links to that do not resolve, in the order they appear; {@code slugExists} answers for CMS pages. */
    List<String> broken(String html, Predicate<String> slugExists) {
        Set<String> broken = new LinkedHashSet<>();
        Matcher m = HREF.matcher(html == null ? "" : html);
        while (m.find()) {
            String path = ownPath(org.jsoup.parser.Parser.unescapeEntities(m.group(1), true));
            if (path != null && !resolves(path, slugExists)) {
                broken.add(path);
            }
        }
        return new ArrayList<>(broken);
    }

    /** The path of a link to this site (relative, or absolute to our own host), or null for another site or a fragment. */
    private String ownPath(String href) {
        try {
            URI uri = URI.create(href.strip());
            if (uri.getScheme() != null && !(uri.getScheme().startsWith("http") && ownHost.equalsIgnoreCase(uri.getHost()))) {
                return null;
            }
            String path = uri.getRawPath();
            return path == null || path.isEmpty() || !path.startsWith("/") ? null : path;
        } catch (IllegalArgumentException e) {
            return href.startsWith("/") ? href : null;
        }
    }

    private boolean resolves(String path, Predicate<String> slugExists) {
        Matcher page = PAGE.matcher(path);
        if (page.matches()) {
            return slugExists.test(page.group(1));
        }
        Matcher post = POST.matcher(path);
        if (post.matches()) {
            return posts.isPublished(Long.parseLong(post.group(1)));
        }
        Matcher state = STATE.matcher(path);
        if (state.matches() && states.state(state.group(1).toUpperCase(java.util.Locale.ROOT)).isEmpty()) {
            return false;
        }
        if (path.length() > 1 && new ClassPathResource("static" + path).isReadable()) {
            return true;
        }
        PathContainer container = PathContainer.parsePath(path);
        return patterns().stream().anyMatch(p -> p.matches(container));
    }

    /** Every GET path the application answers, read once from the handler mapping. */
    private List<PathPattern> patterns() {
        if (patterns == null) {
            List<PathPattern> all = new ArrayList<>();
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
                    info.getPatternValues().forEach(p -> all.add(PathPatternParser.defaultInstance.parse(p)));
                }
            }
            patterns = List.copyOf(all);
        }
        return patterns;
    }
}
