package org.amicus.portal.internal.cms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.amicus.platform.AuditTrail;
import org.amicus.platform.Change;
import org.amicus.platform.Language;
import org.amicus.platform.RecordVersion;
import org.amicus.platform.RejectedInput;
import org.amicus.platform.RejectedInput.Problem;
import org.amicus.platform.VersionedView;
import org.amicus.portal.internal.blog.RichText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The site's menus ("main" and "footer"), an ordered list of links per language that staff edit as
 * text, one "Label | /path" a line. Pages read them from a view kept until the record changes.
 */
@Service
@Transactional
public class SiteMenus {

    public static final List<String> NAMES = List.of("main", "footer");

    public record Link(String label, String href) {
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final VersionedView<Map<String, List<Link>>> view;

    SiteMenus(JdbcClient jdbc, AuditTrail audit, RecordVersion version) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.view = new VersionedView<>(version, v -> jdbc.sql("select * from cms_menu_item order by menu, language, position")
            .query((rs, n) -> Map.entry(rs.getString("menu") + "/" + rs.getString("language"), new Link(rs.getString("label"), rs.getString("href"))))
            .list().stream()
            .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList()))));
    }

    @Transactional(readOnly = true)
    public List<Link> links(String menu, Language language) {
        return view.get().getOrDefault(menu + "/" + language.code(), List.of());
    }

    /** The menu as staff edit it: one "Label | /path" a line. */
    @Transactional(readOnly = true)
    public String asText(String menu, Language language) {
        return links(menu, language).stream().map(l -> l.label() + " | " + l.href()).collect(Collectors.joining("\n"));
    }

    /** Replaces a menu in one language; every bad line is reported with its number and nothing is changed. */
    public void replace(String menu, Language language, String text) {
        if (!NAMES.contains(menu)) {
            throw new RejectedInput("menu", "insitu.menu.unknown");
        }
        List<Link> links = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] parts = lines[i].split("\\|", 2);
            String label = RichText.plain(parts[0]);
            String href = parts.length < 2 ? "" : parts[1].strip();
            if (label.isEmpty() || label.length() > 100) {
                problems.add(new Problem(i + 1, "links", "insitu.menu.label"));
            } else if (!(href.startsWith("/") && !href.startsWith("//") || href.startsWith("https://") || href.startsWith("http://"))
                    || href.length() > 500 || href.contains(" ")) {
                problems.add(new Problem(i + 1, "links", "insitu.menu.href"));
            } else {
                links.add(new Link(label, href));
            }
        }
        if (!problems.isEmpty()) {
            throw new RejectedInput(problems);
        }
        List<Link> before = links(menu, language);
        jdbc.sql("delete from cms_menu_item where menu = ? and language = ?").params(menu, language.code()).update();
        for (int i = 0; i < links.size(); i++) {
            jdbc.sql("insert into cms_menu_item (menu, language, position, label, href) values (?, ?, ?, ?, ?)")
                .params(menu, language.code(), i, links.get(i).label(), links.get(i).href()).update();
        }
        audit.record(new Change("cms-menu", menu + "/" + language.code(), "replaced", before, links, null,
                "Menu " + menu + " (" + language.code() + "): " + links.size() + " links"));
    }
}
