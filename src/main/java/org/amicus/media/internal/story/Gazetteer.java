package org.amicus.media.internal.story;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.amicus.cooperation.Situation;
import org.amicus.cooperation.Situations;
import org.amicus.cooperation.Suspect;
import org.amicus.court.CourtOfficials;
import org.amicus.members.MemberNames;
import org.amicus.platform.Language;
import org.amicus.platform.ShippedCsv;
import org.amicus.platform.StaffUsers;
import org.amicus.platform.UserContacts;
import org.amicus.states.StatesDirectory;
import org.springframework.stereotype.Component;

/**
 * Finds situations, states, organisations, people, the secretariat's staff, suspects and the Court's
 * officials named in a text: every state's name in the five languages (and without its parenthesised
 * part), every situation's, the shipped variants (Ivory Coast, DRC, ...), the organisations and people
 * of the CRM, everyone a warrant names and every office holder recorded (full name, and the short
 * forms the press writes: "Omar al-Bashir", "Karim Khan"). Names are matched as whole
 * word sequences, accents and case ignored. A state that is the country of a situation tags the
 * situation too. Built at first use and again when older than five minutes, so new CRM records are
 * found soon.
 */
@Component
class Gazetteer {

    private static final Duration KEPT = Duration.ofMinutes(5);
    private static final int LONGEST = 8;

    private final StatesDirectory states;
    private final Situations situations;
    private final MemberNames members;
    private final StaffUsers staff;
    private final UserContacts users;
    private final CourtOfficials officials;
    private volatile Built built;

    Gazetteer(StatesDirectory states, Situations situations, MemberNames members, StaffUsers staff, UserContacts users,
            CourtOfficials officials) {
        this.states = states;
        this.situations = situations;
        this.members = members;
        this.staff = staff;
        this.users = users;
        this.officials = officials;
    }

    private record Built(Phrases<Set<Tag>> names, Phrases<Long> journalists, long at) {
    }

    Set<Tag> tags(String text) {
        return tags(SimHash.words(text));
    }

    Set<Tag> tags(String[] words) {
        Set<Tag> found = new LinkedHashSet<>();
        built().names().find(words, LONGEST, found::addAll);
        return found;
    }

    /** Reads the names again at the next text (a new staff member or CRM record is then found at once). */
    void forget() {
        built = null;
    }

    /**
     * The CRM journalist a byline names, if any: the first journalist's name found in it as the record
     * writes it or by first and last name ("By Amina Odede in Nairobi" for Amina Wairimu Odede).
     */
    Long journalist(String byline) {
        if (byline == null || byline.isBlank()) {
            return null;
        }
        Long[] first = { null };
        built().journalists().find(SimHash.words(byline), LONGEST, id -> {
            if (first[0] == null) {
                first[0] = id;
            }
        });
        return first[0];
    }

    private Built built() {
        Built b = built;
        if (b == null || System.nanoTime() - b.at() > KEPT.toNanos()) {
            synchronized (this) {
                b = built;
                if (b == null || System.nanoTime() - b.at() > KEPT.toNanos()) {
                    b = build();
                    built = b;
                }
            }
        }
        return b;
    }

    private Built build() {
        Phrases<Set<Tag>> names = new Phrases<>();
        Map<String, List<Situation>> situationsByState = new HashMap<>();
        for (Situation s : situations.situations()) {
            situationsByState.computeIfAbsent(s.iso3(), k -> new ArrayList<>()).add(s);
            for (Language l : Language.values()) {
                for (String part : s.name(l).split("[,/]")) {
                    put(names, part, new Tag(Tag.Kind.SITUATION, s.code()));
                }
            }
        }
        for (StatesDirectory.StateFacts st : states.states()) {
            for (String name : st.names().values()) {
                putState(names, name, st.iso3(), situationsByState);
                putState(names, name.replaceAll("\\s*\\(.*\\)", ""), st.iso3(), situationsByState);
            }
        }
        for (var row : ShippedCsv.rows("data/media/name-variants.csv")) {
            Tag tag = new Tag(Tag.Kind.valueOf(row.get("kind")), row.get("ref"));
            if (tag.kind() == Tag.Kind.STATE) {
                putState(names, row.get("name"), tag.ref(), situationsByState);
            } else {
                put(names, row.get("name"), tag);
            }
        }
        for (MemberNames.Named o : members.organisations()) {
            put(names, o.name(), new Tag(Tag.Kind.ORGANISATION, String.valueOf(o.id())));
            put(names, o.alternative(), new Tag(Tag.Kind.ORGANISATION, String.valueOf(o.id())));
        }
        for (MemberNames.Named p : members.people()) {
            // a single word names too many people to be taken as one of them
            for (String name : new String[] { p.name(), p.alternative() }) {
                if (name != null && SimHash.words(name).length > 1) {
                    put(names, name, new Tag(Tag.Kind.PERSON, String.valueOf(p.id())));
                }
            }
        }
        for (String username : staff.active()) {
            users.contact(username).map(UserContacts.Contact::displayName)
                .filter(name -> name != null && SimHash.words(name).length > 1 && username.length() <= 40)
                .ifPresent(name -> put(names, name, new Tag(Tag.Kind.STAFF, username)));
        }
        // a person with several warrants or offices is tagged once, by the first
        Map<String, Tag> people = new java.util.LinkedHashMap<>();
        for (Suspect s : situations.suspects().stream().sorted(java.util.Comparator.comparingLong(Suspect::warrantId)).toList()) {
            people.putIfAbsent(String.join(" ", SimHash.words(s.name())), new Tag(Tag.Kind.SUSPECT, String.valueOf(s.warrantId())));
        }
        for (CourtOfficials.Official o : officials.officials().stream()
            .sorted(java.util.Comparator.comparingLong(CourtOfficials.Official::id)).toList()) {
            people.putIfAbsent(String.join(" ", SimHash.words(o.name())), new Tag(Tag.Kind.OFFICIAL, String.valueOf(o.id())));
        }
        people.forEach((name, tag) -> pressNames(name).forEach(n -> put(names, n, tag)));
        // every journalist's full names first, so that another's short form never takes one
        Phrases<Long> journalists = new Phrases<>();
        List<Map.Entry<String[], Long>> shortForms = new ArrayList<>();
        for (MemberNames.Named j : members.journalists()) {
            for (String name : new String[] { j.name(), j.alternative() }) {
                if (name != null && SimHash.words(name).length > 0) {
                    journalists.computeIfAbsent(SimHash.words(name), j::id);
                    pressNames(name).forEach(form -> shortForms.add(Map.entry(form.split(" "), j.id())));
                }
            }
        }
        shortForms.forEach(form -> journalists.computeIfAbsent(form.getKey(), form::getValue));
        return new Built(names, journalists, System.nanoTime());
    }

    /** Particles the press keeps before a family name ("al-Bashir", "de Jesus"). */
    private static final Set<String> PARTICLES = Set.of("al", "el", "bin", "ibn", "abu", "ould", "ag", "wa", "de", "da", "di", "del",
            "do", "dos", "van", "von", "le", "la");

    /**
     * A person's full name (two words or more) and the shorter forms the press writes: the first and
     * last words, and the first with a particle and the last ("omar hassan ahmad al bashir": also
     * "omar bashir" and "omar al bashir").
     */
    static Set<String> pressNames(String name) {
        String[] w = SimHash.words(name);
        Set<String> forms = new LinkedHashSet<>();
        if (w.length < 2) {
            return forms;
        }
        forms.add(String.join(" ", w));
        int last = w.length - 1;
        forms.add(w[0] + " " + w[last]);
        if (last >= 2 && PARTICLES.contains(w[last - 1])) {
            forms.add(w[0] + " " + w[last - 1] + " " + w[last]);
        }
        return forms;
    }

    private static void putState(Phrases<Set<Tag>> names, String name, String iso3, Map<String, List<Situation>> situationsByState) {
        put(names, name, new Tag(Tag.Kind.STATE, iso3));
        for (Situation s : situationsByState.getOrDefault(iso3, List.of())) {
            put(names, name, new Tag(Tag.Kind.SITUATION, s.code()));
        }
    }

    private static void put(Phrases<Set<Tag>> names, String name, Tag tag) {
        if (name == null) {
            return;
        }
        String[] words = SimHash.words(name);
        // two letters are too often something else (an article, a pronoun)
        if (String.join(" ", words).length() > 2) {
            names.computeIfAbsent(words, LinkedHashSet::new).add(tag);
        }
    }
}
