package org.amicus.platform.internal.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.amicus.platform.AuditEntry;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** An audit entry as a person reads it: each field that changed, with its value before and after. */
record ChangeView(AuditEntry entry, List<FieldChange> fields) {

    record FieldChange(String field, String before, String after) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static ChangeView of(AuditEntry entry) {
        Map<String, Object> before = read(entry.beforeJson());
        Map<String, Object> after = read(entry.afterJson());
        Set<String> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<FieldChange> fields = new ArrayList<>();
        for (String key : keys) {
            Object b = before.get(key);
            Object a = after.get(key);
            if (!Objects.equals(b, a)) {
                fields.add(new FieldChange(key, b == null ? "" : String.valueOf(b), a == null ? "" : String.valueOf(a)));
            }
        }
        return new ChangeView(entry, fields);
    }

    private static Map<String, Object> read(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<Map<String, Object>>() { });
        } catch (RuntimeException notAnObject) {
            return Map.of("value", json);
        }
    }
}
