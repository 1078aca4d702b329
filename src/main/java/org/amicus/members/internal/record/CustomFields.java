package org.amicus.members.internal.record;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.amicus.platform.AuditTrail;
import org.amicus.platform.Change;
import org.amicus.platform.RejectedInput.Problem;
import org.amicus.platform.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fields staff define without a code change, for organisations or for people: a key, a name in
 * each language, a type whose rule every value keeps (text, number, date, choice list, yes/no).
 * Values are kept as text in a canonical form (numbers plainly, dates as ISO, yes/no as
 * true/false) so that search filters and exports read them alike. Value changes are in the
 * record's history; a retired field keeps its values but no longer shows.
 */
@Service
public class CustomFields {

    public enum Type {
        TEXT, NUMBER, DATE, CHOICE, YES_NO
    }

    static final Set<String> RECORD_TYPES = Set.of("organisation", "person");

    /** A field: labels holds the name in French, Spanish, Arabic and Portuguese where given (English is label). */
    public record Field(long id, String recordType, String key, String label, String type, List<String> choices,
            Map<String, String> labels) {

        /** The field's name in this language, or its English name. */
        public String label(String language) {
            String l = labels.get(language);
            return l == null || l.isBlank() ? label : l;
        }
    }

    /** The languages a field's name may be given in besides English (label). */
    public static final List<String> OTHER_LANGUAGES = List.of("fr", "es", "ar", "pt");

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final IndexFeed feed;
    private final Organisations organisations;
    private final People people;

    CustomFields(JdbcClient jdbc, AuditTrail audit, IndexFeed feed, Organisations organisations, People people) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.feed = feed;
        this.organisations = organisations;
        this.people = people;
    }

    /** The live fields of one record type ("organisation" or "person"), or of both when null. */
    public List<Field> fields(String recordType) {
        return jdbc.sql("select * from custom_field where retired_at is null" + (recordType == null ? "" : " and record_type = :type")
                + " order by record_type, label")
            .params(recordType == null ? Map.<String, Object>of() : Map.<String, Object>of("type", recordType))
            .query((rs, n) -> {
                Map<String, String> labels = new HashMap<>();
                for (String l : OTHER_LANGUAGES) {
                    if (rs.getString("label_" + l) != null) {
                        labels.put(l, rs.getString("label_" + l));
                    }
                }
                return new Field(rs.getLong("id"), rs.getString("record_type"), rs.getString("field_key"), rs.getString("label"),
                        rs.getString("field_type"), Lists.split(rs.getString("choices")), labels);
            }).list();
    }

    @Transactional
    public Field define(Field input) {
        List<Problem> problems = new ArrayList<>();
        String type = Clean.upper(input.type());
        if (!RECORD_TYPES.contains(String.valueOf(Clean.lower(input.recordType())))) {
            problems.add(new Problem(0, "recordType", "members.error.unknownValue", String.valueOf(input.recordType())));
        }
        String key = Clean.lower(input.key());
        if (key == null || !key.matches("[a-z][a-z0-9_]{0,59}")) {
            problems.add(new Problem(0, "key", "members.error.fieldKey", String.valueOf(input.key())));
        } else if (jdbc.sql("select count(*) from custom_field where record_type = ? and field_key = ?")
                    .params(String.valueOf(Clean.lower(input.recordType())), key).query(Integer.class).single() > 0) {
            problems.add(new Problem(0, "key", "members.error.fieldKeyTaken", key));
        }
        String label = Clean.text(input.label());
        if (label == null) {
            problems.add(new Problem(0, "label", "members.error.required"));
        } else if (label.length() > 200) {
            problems.add(new Problem(0, "label", "members.error.tooLong", 200));
        }
        Map<String, String> labels = new HashMap<>();
        for (String l : OTHER_LANGUAGES) {
            String v = Clean.text(input.labels() == null ? null : input.labels().get(l));
            if (v != null && v.length() > 200) {
                problems.add(new Problem(0, "label_" + l, "members.error.tooLong", 200));
            }
            labels.put(l, v);
        }
        if (type == null || java.util.Arrays.stream(Type.values()).noneMatch(t -> t.name().equals(type))) {
            problems.add(new Problem(0, "type", "members.error.unknownValue", String.valueOf(input.type())));
        }
        List<String> choices = Clean.all(input.choices());
        if (Type.CHOICE.name().equals(type) && choices.isEmpty()) {
            problems.add(new Problem(0, "choices", "members.error.choicesNeeded"));
        }
        Directory.reject(problems);
        jdbc.sql("insert into custom_field (record_type, field_key, label, field_type, choices, label_fr, label_es, label_ar, label_pt) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .params(Clean.lower(input.recordType()), key, label, type, Type.CHOICE.name().equals(type) ? Lists.join(choices) : null,
                    labels.get("fr"), labels.get("es"), labels.get("ar"), labels.get("pt"))
            .update();
        Field saved = fields(Clean.lower(input.recordType())).stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
        audit.record(new Change("custom-field", String.valueOf(saved.id()), "created", null, saved, null, saved.label()));
        return saved;
    }

    @Transactional
    public void retire(long fieldId) {
        Field before = fields(null).stream().filter(f -> f.id() == fieldId).findFirst()
            .orElseThrow(() -> new org.amicus.platform.NotFound("members.error.fieldNotFound", fieldId));
        jdbc.sql("update custom_field set retired_at = ? where id = ?").params(Timestamps.now(), fieldId).update();
        audit.record(new Change("custom-field", String.valueOf(fieldId), "retired", before, null, null, before.label()));
    }

    /** A record's values by field key (live fields only). */
    public Map<String, String> values(String recordType, long recordId) {
        return values(recordType, List.of(recordId)).getOrDefault(recordId, Map.of());
    }

    /** Values of many records: record id to (field key to value). */
    public Map<Long, Map<String, String>> values(String recordType, Collection<Long> ids) {
        Map<Long, Map<String, String>> all = new HashMap<>();
        if (ids.isEmpty()) {
            return all;
        }
        jdbc.sql("select v.record_id, f.field_key, v.val from custom_value v join custom_field f on f.id = v.field_id "
                + "where f.record_type = :type and f.retired_at is null and v.record_id in (:ids)")
            .param("type", recordType).param("ids", List.copyOf(ids))
            .query((rs, n) -> all.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getString(3)))
            .list();
        return all;
    }

    /**
     * Sets a record's values (field key to value as typed; blank clears). Each value is checked by
     * its field's type; any problem refuses them all, with the field named "custom.KEY".
     */
    @Transactional
    public Map<String, String> set(String recordType, long recordId, Map<String, String> typed) {
        String name = recordType.equals("person") ? people.byId(recordId).map(Person::name).orElse(null)
                : organisations.byId(recordId).map(Organisation::name).orElse(null);
        if (name == null) {
            throw new org.amicus.platform.NotFound(recordType.equals("person") ? "members.error.personNotFound"
                    : "members.error.organisationNotFound", recordId);
        }
        Map<String, Field> byKey = new HashMap<>();
        fields(recordType).forEach(f -> byKey.put(f.key(), f));
        List<Problem> problems = new ArrayList<>();
        Map<String, String> clean = new LinkedHashMap<>();
        typed.forEach((key, value) -> {
            Field f = byKey.get(key);
            if (f == null) {
                problems.add(new Problem(0, "custom." + key, "members.error.unknownField", key));
            } else {
                clean.put(key, canonical(f, value, problems));
            }
        });
        Directory.reject(problems);
        Map<String, String> before = values(recordType, recordId);
        Map<String, String> after = new LinkedHashMap<>(before);
        clean.forEach((key, value) -> {
            long fieldId = byKey.get(key).id();
            jdbc.sql("delete from custom_value where field_id = ? and record_id = ?").params(fieldId, recordId).update();
            if (value != null) {
                jdbc.sql("insert into custom_value (field_id, record_id, val) values (?, ?, ?)").params(fieldId, recordId, value).update();
                after.put(key, value);
            } else {
                after.remove(key);
            }
        });
        if (!after.equals(before)) {
            audit.record(new Change(recordType, String.valueOf(recordId), "custom-fields", before, after, null, name));
            if (recordType.equals("person")) {
                people.touch(recordId);
                feed.peopleChanged(List.of(recordId));
            } else {
                organisations.touch(recordId);
                feed.organisationsChanged(List.of(recordId));
            }
        }
        return after;
    }

    /** The value in its canonical form, null for blank; a value that breaks the type's rule adds a problem. */
    static String canonical(Field f, String typed, List<Problem> problems) {
        String v = Clean.text(typed);
        if (v == null) {
            return null;
        }
        String field = "custom." + f.key();
        switch (Type.valueOf(f.type())) {
            case NUMBER -> {
                try {
                    return new BigDecimal(v.replace(" ", "").replace(',', '.')).stripTrailingZeros().toPlainString();
                } catch (NumberFormatException e) {
                    problems.add(new Problem(0, field, "members.error.number", v));
                }
            }
            case DATE -> {
                try {
                    return LocalDate.parse(v).toString();
                } catch (DateTimeParseException e) {
                    problems.add(new Problem(0, field, "members.error.date", v));
                }
            }
            case CHOICE -> {
                var match = f.choices().stream().filter(c -> c.equalsIgnoreCase(v)).findFirst();
                if (match.isPresent()) {
                    return match.get();
                }
                problems.add(new Problem(0, field, "members.error.choice", v, String.join(", ", f.choices())));
            }
            case YES_NO -> {
                String b = v.toLowerCase(Locale.ROOT);
                if (Set.of("true", "yes", "oui", "sí", "si", "sim", "نعم").contains(b)) {
                    return "true";
                }
                if (Set.of("false", "no", "non", "não", "nao", "لا").contains(b)) {
                    return "false";
                }
                problems.add(new Problem(0, field, "members.error.yesNo", v));
            }
            default -> {
                if (v.length() > 2000) {
                    problems.add(new Problem(0, field, "members.error.tooLong", 2000));
                }
                return v;
            }
        }
        return null;
    }
}
