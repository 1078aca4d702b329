package org.amicus.members.internal.importing;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which column holds which field. Guessed from the header in the coalition's five languages;
 * staff can change any choice before the dry run.
 */
final class Columns {

    static final List<String> FIELDS = List.of("name", "nameLatin", "email", "phone", "country", "languages",
            "preferredLanguage", "organisation", "role", "tags", "expertise");

    private static final Map<String, String> SYNONYMS = new HashMap<>();

    static {
        synonyms("name", "name", "full name", "nom", "nom complet", "nombre", "nome", "الاسم");
        synonyms("nameLatin", "name latin", "latin name", "name in latin letters", "nom latin", "nombre latino", "nome latino");
        synonyms("email", "email", "e-mail", "mail", "courriel", "adresse e-mail", "correo", "correo electronico", "correio eletronico",
                "البريد الإلكتروني", "البريد");
        synonyms("phone", "phone", "telephone", "tel", "telefono", "telefone", "الهاتف");
        synonyms("country", "country", "pays", "pais", "البلد", "الدولة");
        synonyms("languages", "languages", "language", "langues", "langue", "idiomas", "idioma", "linguas", "lingua", "اللغات");
        synonyms("preferredLanguage", "preferred language", "langue preferee", "idioma preferido", "lingua preferida", "اللغة المفضلة");
        synonyms("organisation", "organisation", "organization", "ngo", "ong", "organizacion", "organizacao", "المنظمة");
        synonyms("role", "role", "position", "title", "fonction", "poste", "cargo", "funcao", "المنصب", "الدور");
        synonyms("tags", "tags", "tag", "etiquettes", "etiquetas", "الوسوم");
        synonyms("expertise", "expertise", "competences", "especialidad", "especialidade", "الخبرة");
    }

    private static void synonyms(String field, String... names) {
        for (String n : names) {
            SYNONYMS.put(key(n), field);
        }
    }

    static String key(String header) {
        String folded = Normalizer.normalize(header == null ? "" : header, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** Field to column index, from the header; a field no column matches is left out. */
    static Map<String, Integer> guess(List<String> header) {
        Map<String, Integer> mapping = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String field = SYNONYMS.get(key(header.get(i)));
            if (field != null) {
                mapping.putIfAbsent(field, i);
            }
        }
        return mapping;
    }

    /** The mapping staff chose (parameters "map.field" = column index, -1 for none) over the guess. */
    static Map<String, Integer> chosen(List<String> header, Map<String, String> params) {
        Map<String, Integer> mapping = guess(header);
        for (String field : FIELDS) {
            String v = params.get("map." + field);
            if (v != null && v.matches("-?\\d+")) {
                int column = Integer.parseInt(v);
                if (column < 0 || column >= header.size()) {
                    mapping.remove(field);
                } else {
                    mapping.put(field, column);
                }
            }
        }
        return mapping;
    }
}
