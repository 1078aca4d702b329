package org.amicus.media.internal.fetch;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules of a robots.txt that apply to Amicus: the group naming its user agent, else the "*"
 * group. The longest matching Allow or Disallow prefix wins (RFC 9309); wildcards are not read.
 */
record Robots(List<String> allow, List<String> disallow) {

    static final Robots ALLOW_ALL = new Robots(List.of(), List.of());

    boolean allows(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (path.equals("/robots.txt")) {
            return true;
        }
        int allowed = longest(allow, path);
        int denied = longest(disallow, path);
        return denied < 0 || allowed >= denied;
    }

    private static int longest(List<String> prefixes, String path) {
        int best = -1;
        for (String p : prefixes) {
            if (path.startsWith(p) && p.length() > best) {
                best = p.length();
            }
        }
        return best;
    }

    static Robots parse(String text, String userAgent) {
        String ours = userAgent.split("[ /(]", 2)[0].toLowerCase(Locale.ROOT);
        Robots forUs = null;
        Robots forAll = null;
        List<String> agents = new ArrayList<>();
        List<String> allow = new ArrayList<>();
        List<String> disallow = new ArrayList<>();
        boolean inRules = false;
        for (String raw : (text + "\nuser-agent: end-of-file").split("\r?\n")) {
            String line = raw.replaceAll("#.*", "").trim();
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            if (key.equals("user-agent")) {
                if (inRules) {
                    Robots group = new Robots(List.copyOf(allow), List.copyOf(disallow));
                    if (agents.contains(ours) && forUs == null) {
                        forUs = group;
                    }
                    if (agents.contains("*") && forAll == null) {
                        forAll = group;
                    }
                    agents.clear();
                    allow.clear();
                    disallow.clear();
                    inRules = false;
                }
                agents.add(value.toLowerCase(Locale.ROOT));
            } else if (key.equals("allow") || key.equals("disallow")) {
                inRules = true;
                if (!value.isEmpty()) {
                    (key.equals("allow") ? allow : disallow).add(value);
                }
            }
        }
        return forUs != null ? forUs : forAll != null ? forAll : ALLOW_ALL;
    }
}
