package org.amicus.members.internal.web;

import org.amicus.platform.RejectedInput;

/** Page number and size as the API and the pages accept them. */
record Paging(int page, int size) {

    static final int MAX = 200;

    static Paging of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? 25 : size;
        if (p < 0) {
            throw new RejectedInput("page", "members.error.page");
        }
        if (s < 1 || s > MAX) {
            throw new RejectedInput("size", "members.error.size", MAX);
        }
        return new Paging(p, s);
    }
}
