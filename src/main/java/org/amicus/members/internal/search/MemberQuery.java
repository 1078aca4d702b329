package org.amicus.members.internal.search;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A search of the record: words to find in names (any script) and filters that combine (all must
 * hold; a filter given several values, comma-separated, takes any of them). Kept as a query
 * string in smart groups.
 */
public record MemberQuery(String q, String type, String kind, String country, String region, String language, String team,
        String tag, String status, Map<String, String> custom) {

    public static final List<String> FILTERS = List.of("type", "kind", "country", "region", "language", "team", "tag", "status");
    /** Parameters "cf.KEY" filter on the custom field KEY. */
    public static final String CUSTOM = "cf.";

    public MemberQuery(String q, String type, String kind, String country, String region, String language, String team, String tag,
            String status) {
        this(q, type, kind, country, region, language, team, tag, status, Map.of());
    }

    public static MemberQuery of(Map<String, String> params) {
        Map<String, String> custom = new java.util.TreeMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith(CUSTOM) && k.length() > CUSTOM.length() && v != null && !v.isBlank()) {
                custom.put(k.substring(CUSTOM.length()), v.strip());
            }
        });
        return new MemberQuery(params.get("q"), params.get("type"), params.get("kind"), params.get("country"),
                params.get("region"), params.get("language"), params.get("team"), params.get("tag"), params.get("status"), custom);
    }

    public Map<String, String> filters() {
        Map<String, String> m = new LinkedHashMap<>();
        put(m, "type", type);
        put(m, "kind", kind);
        put(m, "country", country);
        put(m, "region", region);
        put(m, "language", language);
        put(m, "team", team);
        put(m, "tag", tag);
        put(m, "status", status);
        custom.forEach((k, v) -> put(m, CUSTOM + k, v));
        return m;
    }

    public String queryString() {
        Map<String, String> all = new LinkedHashMap<>();
        put(all, "q", q);
        all.putAll(filters());
        StringBuilder sb = new StringBuilder();
        all.forEach((k, v) -> sb.append(sb.isEmpty() ? "" : "&").append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return sb.toString();
    }

    public static MemberQuery parse(String queryString) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String pair : queryString.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                m.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return of(m);
    }

    public boolean isEmpty() {
        return (q == null || q.isBlank()) && filters().isEmpty();
    }

    private static void put(Map<String, String> m, String key, String value) {
        if (value != null && !value.isBlank()) {
            m.put(key, value.strip());
        }
    }
}
