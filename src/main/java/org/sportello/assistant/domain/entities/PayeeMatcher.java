package org.sportello.assistant.domain.entities;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds the customer's contacts in a message: by full name ("Giulia Bianchi"), or by a first name or
 * surname that only one contact has ("manda 20 euro a Giulia"), forgiving small typos ("Giula").
 * A name two contacts share ("Marco" for Marco Rossi and Marco Bianchi) names neither, unless a
 * contact is called just that; the text is the name alone, without "a" or "to".
 */
public final class PayeeMatcher {

    /** Shorter parts of a name ("De" in "Luca De Santis") are too common a word to stand for a contact. */
    static final int NAME_PART_CHARS_MIN = 3;

    private final FuzzyNames names;

    /** @param contacts the names of the customer's contacts, at most {@link FuzzyNames#NAMES_MAX} */
    public PayeeMatcher(List<String> contacts) {
        Objects.requireNonNull(contacts, "contacts == null");
        this.names = new FuzzyNames(aliases(contacts));
    }

    public List<Entity> find(String message) {
        return find(FoldedText.of(message));
    }

    List<Entity> find(FoldedText text) {
        return names.find(text).stream()
                .map(found -> text.entity(new PayeeName(found.canonical()), found.start(), found.end()))
                .toList();
    }

    /**
     * Every full name, then every run of words of a name ("Anna Maria" of "Anna Maria Verdi", "Bianchi"
     * of "Giulia Bianchi") that is not another contact's full name and belongs to one contact only.
     */
    private static Map<String, String> aliases(List<String> contacts) {
        Map<String, String> aliases = new LinkedHashMap<>();
        Set<String> fullNames = new HashSet<>();
        for (String contact : contacts) {
            aliases.putIfAbsent(contact, contact);
            fullNames.add(FoldedText.key(contact));
        }
        Map<String, String> ownerByRun = new LinkedHashMap<>();
        Set<String> shared = new HashSet<>();
        for (String contact : contacts) {
            for (String run : runsOfWords(contact)) {
                String earlier = ownerByRun.putIfAbsent(run, contact);
                if (earlier != null && !earlier.equals(contact)) {
                    shared.add(run);
                }
            }
        }
        ownerByRun.forEach((run, contact) -> {
            if (run.length() >= NAME_PART_CHARS_MIN && !shared.contains(run) && !fullNames.contains(FoldedText.key(run))) {
                aliases.putIfAbsent(run, contact);
            }
        });
        return aliases;
    }

    /** "Anna Maria Verdi" → anna, anna maria, anna maria verdi, maria, maria verdi, verdi. */
    private static Set<String> runsOfWords(String name) {
        List<FoldedText.Token> words = FoldedText.of(name).tokens();
        Set<String> runs = new LinkedHashSet<>();
        for (int first = 0; first < words.size(); first++) {
            StringBuilder run = new StringBuilder();
            for (int last = first; last < words.size(); last++) {
                run.append(last > first ? " " : "").append(words.get(last).word());
                runs.add(run.toString());
            }
        }
        return runs;
    }
}
