package org.amicus.lists.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.amicus.members.Members;
import org.amicus.platform.AuditTrail;
import org.amicus.platform.StaffUsers;
import org.amicus.platform.Change;
import org.amicus.platform.Language;
import org.amicus.platform.NotFound;
import org.amicus.platform.RejectedInput;
import org.amicus.platform.RejectedInput.Problem;
import org.amicus.platform.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The lists themselves: create, change, retire, and who owns and moderates each. Every change is audited. */
@Component
public class MailingLists {

    static final String RECORD = "mailing-list";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Members members;

    private final StaffUsers staff;

    MailingLists(JdbcClient jdbc, AuditTrail audit, Members members, StaffUsers staff) {
        this.staff = staff;
        this.jdbc = jdbc;
        this.audit = audit;
        this.members = members;
    }

    public List<MailingList> all() {
        List<Row> rows = jdbc.sql("select * from mailing_list where retired_at is null order by language, name").query(MailingLists::row).list();
        Map<Long, List<String[]>> roles = jdbc.sql("select list_id, username, role from list_role order by username")
            .query((rs, n) -> new Object[] { rs.getLong(1), new String[] { rs.getString(2), rs.getString(3) } }).list().stream()
            .collect(Collectors.groupingBy(o -> (Long) o[0], Collectors.mapping(o -> (String[]) o[1], Collectors.toList())));
        return rows.stream().map(r -> r.with(roles.getOrDefault(r.id(), List.of()))).toList();
    }

    public Optional<MailingList> bySlug(String slug) {
        return jdbc.sql("select * from mailing_list where slug = ? and retired_at is null").param(slug).query(MailingLists::row)
            .optional().map(this::withRoles);
    }

    public MailingList get(String slug) {
        return bySlug(slug).orElseThrow(() -> new NotFound("lists.error.notFound", slug));
    }

    public MailingList get(long id) {
        return jdbc.sql("select * from mailing_list where id = ?").param(id).query(MailingLists::row).optional().map(this::withRoles)
            .orElseThrow(() -> new NotFound("lists.error.notFound", id));
    }

    /** The list at this address (any case), if Amicus has one. */
    public Optional<MailingList> byAddress(String address) {
        return jdbc.sql("select * from mailing_list where lower(address) = lower(?) and retired_at is null").param(address)
            .query(MailingLists::row).optional().map(this::withRoles);
    }

    /** The list a List-Id names ("Name &lt;id&gt;" or the bare id), as the mail engine's feedback gives it. */
    public Optional<MailingList> byListId(String listId) {
        if (listId == null) {
            return Optional.empty();
        }
        String id = listId.contains("<") ? listId.substring(listId.indexOf('<') + 1, listId.lastIndexOf('>')) : listId.trim();
        return all().stream().filter(l -> l.listId().equalsIgnoreCase(id)).findFirst();
    }

    @Transactional
    public MailingList create(ListDraft draft) {
        Checked c = check(draft, null);
        jdbc.sql("""
                insert into mailing_list (slug, name, address, language, description, kind, archive, smart_group_id,
                    attachment_limit, digest_volume, digest_issue, source, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 0, ?, ?)""")
            .params(c.slug, c.name, c.address, c.language.code(), c.description, c.kind.name(), c.archive.name(), c.smartGroupId,
                    c.attachmentLimit, c.source, Timestamps.now())
            .update();
        long id = jdbc.sql("select id from mailing_list where slug = ?").param(c.slug).query(Long.class).single();
        writeRoles(id, c);
        MailingList created = get(id);
        audit.record(new Change(RECORD, created.slug(), "created", null, ListDraft.of(created), c.source,
                "List " + created.address() + " created"));
        return created;
    }

    @Transactional
    public MailingList update(String slug, ListDraft draft) {
        MailingList before = get(slug);
        Checked c = check(draft, before);
        jdbc.sql("""
                update mailing_list set name = ?, language = ?, description = ?, kind = ?, archive = ?, smart_group_id = ?,
                    attachment_limit = ?, source = ? where id = ?""")
            .params(c.name, c.language.code(), c.description, c.kind.name(), c.archive.name(), c.smartGroupId, c.attachmentLimit,
                    c.source, before.id())
            .update();
        jdbc.sql("delete from list_role where list_id = ?").param(before.id()).update();
        writeRoles(before.id(), c);
        MailingList after = get(before.id());
        audit.record(new Change(RECORD, slug, "changed", ListDraft.of(before), ListDraft.of(after), c.source,
                "List " + after.address() + " changed"));
        return after;
    }

    /** Lists taken out of use, newest first, to bring back. */
    public List<MailingList> retired() {
        return jdbc.sql("select * from mailing_list where retired_at is not null order by retired_at desc").query(MailingLists::row).list()
            .stream().map(this::withRoles).toList();
    }

    /** Takes a list out of use: its pages, archive and address stop answering; nothing is deleted. */
    @Transactional
    public void retire(MailingList list) {
        jdbc.sql("update mailing_list set retired_at = ? where id = ? and retired_at is null").params(Timestamps.now(), list.id()).update();
        audit.record(new Change(RECORD, list.slug(), "retired", ListDraft.of(list), null, null, "List " + list.address() + " retired"));
    }

    @Transactional
    public void restore(String slug, Authentication who) {
        MailingList list = retired().stream().filter(l -> l.slug().equals(slug)).findFirst()
            .orElseThrow(() -> new NotFound("lists.error.notFound", slug));
        if (!mayModerate(list, who)) {
            throw new org.springframework.security.access.AccessDeniedException("not an owner of " + slug);
        }
        jdbc.sql("update mailing_list set retired_at = null where id = ?").param(list.id()).update();
        audit.record(new Change(RECORD, slug, "restored", null, ListDraft.of(list), null, "List " + list.address() + " restored"));
    }

    /** The list, if the person may change and moderate it. */
    public MailingList moderated(String slug, Authentication who) {
        MailingList list = get(slug);
        if (!mayModerate(list, who)) {
            throw new org.springframework.security.access.AccessDeniedException("not a moderator of " + slug);
        }
        return list;
    }

    /** Staff who may moderate and change the list: an administrator, a named owner or moderator, or any staff while nobody is named. */
    public static boolean mayModerate(MailingList list, Authentication who) {
        if (who == null) {
            return false;
        }
        boolean admin = who.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN"));
        boolean nobodyNamed = list.owners().isEmpty() && list.moderators().isEmpty();
        return admin || nobodyNamed || list.owners().contains(who.getName()) || list.moderators().contains(who.getName());
    }

    private record Checked(String slug, String name, String address, Language language, String description,
            MailingList.Kind kind, MailingList.Archive archive, Long smartGroupId, int attachmentLimit, List<String> owners,
            List<String> moderators, String source) {
    }

    private Checked check(ListDraft d, MailingList existing) {
        List<Problem> problems = new ArrayList<>();
        String name = trim(d.name());
        if (name == null || name.length() > 200 || MailAddress.breaksHeader(name)) {
            problems.add(new Problem(0, "name", "lists.error.name"));
        }
        String address = existing != null ? existing.address() : MailAddress.of(d.address()).orElse(null);
        String slug = address == null ? null : address.substring(0, address.indexOf('@'));
        if (address == null || !slug.matches("[a-z0-9][a-z0-9._-]{0,57}") || slug.endsWith("-leave")) {
            problems.add(new Problem(0, "address", "lists.error.address"));
        } else if (existing == null && jdbc.sql("select count(*) from mailing_list where slug = ? or lower(address) = ?")
            .params(slug, address).query(Long.class).single() > 0) {
            problems.add(new Problem(0, "address", "lists.error.addressTaken"));
        }
        Optional<Language> language = Language.fromCode(d.language());
        if (language.isEmpty()) {
            problems.add(new Problem(0, "language", "lists.error.language"));
        }
        MailingList.Kind kind = parse(MailingList.Kind.class, d.kind(), "kind", problems);
        MailingList.Archive archive = parse(MailingList.Archive.class, d.archive(), "archive", problems);
        Long smartGroup = null;
        if (trim(d.smartGroupId()) != null) {
            try {
                smartGroup = Long.parseLong(d.smartGroupId().trim());
                members.audience(smartGroup);
            } catch (NumberFormatException | NotFound e) {
                problems.add(new Problem(0, "smartGroupId", "lists.error.smartGroup"));
            }
        }
        int limit = 0;
        try {
            limit = trim(d.attachmentLimit()) == null ? 1_000_000 : Integer.parseInt(d.attachmentLimit().trim());
            if (limit < 0) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            problems.add(new Problem(0, "attachmentLimit", "lists.error.attachmentLimit"));
        }
        List<String> owners = names(d.owners(), "owners", problems);
        List<String> moderators = names(d.moderators(), "moderators", problems);
        String description = trim(d.description());
        if (description != null && description.length() > 2000) {
            problems.add(new Problem(0, "description", "lists.error.description"));
        }
        if (!problems.isEmpty()) {
            throw new RejectedInput(problems);
        }
        return new Checked(slug, name, address, language.get(), description, kind, archive, smartGroup, limit, owners, moderators,
                trim(d.source()));
    }

    /** Owners and moderators: user names of active staff accounts, separated by commas or spaces; each unknown one is named. */
    private List<String> names(String raw, String field, List<Problem> problems) {
        List<String> names = raw == null ? List.of()
                : Arrays.stream(raw.split("[,\\s]+")).filter(s -> !s.isBlank()).distinct().toList();
        for (String n : names) {
            if (!n.matches("[A-Za-z0-9._@-]{1,100}")) {
                problems.add(new Problem(0, field, "lists.error.user", n));
            } else if (!staff.isActive(n)) {
                problems.add(new Problem(0, field, "lists.error.unknownUser", n));
            }
        }
        return names;
    }

    private void writeRoles(long listId, Checked c) {
        c.owners.forEach(u -> jdbc.sql("insert into list_role (list_id, username, role) values (?, ?, 'OWNER')").params(listId, u).update());
        c.moderators.forEach(u -> jdbc.sql("insert into list_role (list_id, username, role) values (?, ?, 'MODERATOR')").params(listId, u)
            .update());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String raw, String field, List<Problem> problems) {
        try {
            return Enum.valueOf(type, raw == null ? "" : raw.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(0, field, "lists.error." + field));
            return null;
        }
    }

    static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** Advances the digest number: a new volume each calendar year (Mailman's default), the issue otherwise. */
    int[] nextDigest(MailingList list, int year) {
        Integer lastYear = jdbc.sql("select digest_year from mailing_list where id = ?").param(list.id()).query(Integer.class).optional()
            .orElse(null);
        int volume = list.digestVolume();
        int issue = list.digestIssue() + 1;
        if (lastYear != null && lastYear < year) {
            volume++;
            issue = 1;
        }
        jdbc.sql("update mailing_list set digest_volume = ?, digest_issue = ?, digest_year = ? where id = ?")
            .params(volume, issue, year, list.id()).update();
        return new int[] { volume, issue };
    }

    private record Row(long id, String slug, String name, String address, Language language, String description,
            MailingList.Kind kind, MailingList.Archive archive, Long smartGroupId, int attachmentLimit, int digestVolume,
            int digestIssue, String source) {

        MailingList with(List<String[]> roles) {
            List<String> owners = roles.stream().filter(r -> r[1].equals("OWNER")).map(r -> r[0]).toList();
            List<String> moderators = roles.stream().filter(r -> r[1].equals("MODERATOR")).map(r -> r[0]).toList();
            return new MailingList(id, slug, name, address, language, description, kind, archive, smartGroupId, attachmentLimit,
                    digestVolume, digestIssue, owners, moderators, source);
        }
    }

    private MailingList withRoles(Row r) {
        return r.with(jdbc.sql("select username, role from list_role where list_id = ? order by username").param(r.id())
            .query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) }).list());
    }

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(rs.getLong("id"), rs.getString("slug"), rs.getString("name"), rs.getString("address"),
                Language.fromCode(rs.getString("language")).orElse(Language.EN), rs.getString("description"),
                MailingList.Kind.valueOf(rs.getString("kind")), MailingList.Archive.valueOf(rs.getString("archive")),
                rs.getObject("smart_group_id", Long.class), rs.getInt("attachment_limit"), rs.getInt("digest_volume"), rs.getInt("digest_issue"),
                rs.getString("source"));
    }
}
