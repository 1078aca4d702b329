package org.amicus.members.internal.importing;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.amicus.platform.RejectedInput.Problem;

/**
 * Which column holds which field, for a list of people or a list of organisations. Guessed from
 * the header in the coalition's five languages; staff can change any choice before the dry run.
 */
public final class Columns {

    public static final Columns PEOPLE = new Columns()
        .field("name", "name", "full name", "nom", "nom complet", "nombre", "nome", "الاسم")
        .field("nameLatin", "name latin", "latin name", "name in latin letters", "nom latin", "nombre latino", "nome latino")
        .field("email", "email", "e-mail", "mail", "courriel", "adresse e-mail", "correo", "correo electronico", "correio eletronico",
                "البريد الإلكتروني", "البريد")
        .field("phone", "phone", "telephone", "tel", "telefono", "telefone", "الهاتف")
        .field("country", "country", "pays", "pais", "البلد", "الدولة")
        .field("languages", "languages", "language", "langues", "langue", "idiomas", "idioma", "linguas", "lingua", "اللغات")
        .field("preferredLanguage", "preferred language", "langue preferee", "idioma preferido", "lingua preferida", "اللغة المفضلة")
        .field("organisation", "organisation", "organization", "ngo", "ong", "organizacion", "organizacao", "المنظمة")
        .field("role", "role", "position", "title", "fonction", "poste", "cargo", "funcao", "المنصب", "الدور")
        .field("tags", "tags", "tag", "etiquettes", "etiquetas", "الوسوم")
        .field("expertise", "expertise", "competences", "especialidad", "especialidade", "الخبرة");

    public static final Columns ORGANISATIONS = new Columns()
        .field("name", "name", "organisation", "organization", "nom", "nom de l organisation", "nombre", "nome", "الاسم", "المنظمة")
        .field("nameLatin", "name latin", "latin name", "name in latin letters", "nom latin", "nombre latino", "nome latino")
        .field("acronym", "acronym", "sigle", "acronyme", "sigla", "siglas", "الاختصار")
        .field("kind", "kind", "type", "type d organisation", "tipo", "النوع")
        .field("country", "country", "pays", "pais", "البلد", "الدولة")
        .field("region", "region", "regiao", "المنطقة")
        .field("city", "city", "ville", "ciudad", "cidade", "المدينة")
        .field("website", "website", "web site", "site web", "site", "sitio web", "sitio", "url", "الموقع الإلكتروني", "الموقع")
        .field("languages", "languages", "language", "langues", "langue", "idiomas", "idioma", "linguas", "lingua", "اللغات")
        .field("focusAreas", "focus areas", "focus", "domaines d action", "thematiques", "areas de trabajo", "areas de atuacao",
                "مجالات العمل")
        .field("membershipStatus", "membership status", "membership", "status", "statut", "statut de membre", "estado", "estatuto",
                "situacao", "حالة العضوية")
        .field("memberSince", "member since", "membre depuis", "miembro desde", "membro desde", "عضو منذ")
        .field("memberUntil", "member until", "membre jusqu au", "miembro hasta", "membro ate", "عضو حتى")
        .field("tags", "tags", "tag", "etiquettes", "etiquetas", "الوسوم");

    private final Map<String, String> synonyms = new HashMap<>();
    private final List<String> fields = new java.util.ArrayList<>();

    private Columns() {
    }

    private Columns field(String field, String... names) {
        fields.add(field);
        for (String n : names) {
            synonyms.put(key(n), field);
        }
        return this;
    }

    /** The fields a column can be mapped to. */
    public List<String> fields() {
        return List.copyOf(fields);
    }

    static String key(String header) {
        String folded = Normalizer.normalize(header == null ? "" : header, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** A file read, with its columns mapped and, when no column holds the names, that problem. */
    record Reading(ImportTable table, Map<String, Integer> mapping, List<Problem> problems) {
    }

    /** Reads the file and maps its columns: the first step of every dry run. */
    Reading read(byte[] file, String fileName, Map<String, String> params) {
        ImportTable table = ImportTable.read(file, fileName);
        Map<String, Integer> mapping = chosen(table.header(), params);
        List<Problem> problems = new java.util.ArrayList<>();
        if (!mapping.containsKey("name")) {
            problems.add(new Problem(1, "column", "members.import.noNameColumn"));
        }
        return new Reading(table, mapping, problems);
    }

    /** Field to column index, from the header; a field no column matches is left out. */
    Map<String, Integer> guess(List<String> header) {
        Map<String, Integer> mapping = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String field = synonyms.get(key(header.get(i)));
            if (field != null) {
                mapping.putIfAbsent(field, i);
            }
        }
        return mapping;
    }

    /** The mapping staff chose (parameters "map.field" = column index, -1 for none) over the guess. */
    Map<String, Integer> chosen(List<String> header, Map<String, String> params) {
        Map<String, Integer> mapping = guess(header);
        for (String field : fields) {
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
