package org.amicus.portal.internal.cms;

import java.util.List;

/** Publishing stopped because the page links to paths on this site that do not resolve; the editor may confirm. */
public class BrokenLinks extends RuntimeException {

    private final List<String> paths;

    public BrokenLinks(List<String> paths) {
        super("broken internal links: " + paths);
        this.paths = List.copyOf(paths);
    }

    public List<String> paths() {
        return paths;
    }
}
