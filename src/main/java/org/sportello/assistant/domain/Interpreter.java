package org.sportello.assistant.domain;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sportello.shared.Language;

/**
 * A first, rule-based reading of a message: language by marker words, intent by key phrases.
 * Deliberately small; the learned model of the NLU replaces the intent rules.
 */
public final class Interpreter {

    private static final Set<String> ITALIAN = Set.of("il", "lo", "la", "le", "mio", "mia", "miei", "sul", "del", "della",
            "di", "che", "quanto", "quanti", "ho", "sono", "conto", "saldo", "ciao", "grazie", "buongiorno", "buonasera",
            "movimenti", "ultimi", "ultime", "spese", "cosa", "posso", "vorrei", "aiuto", "soldi", "qual", "e", "per",
            "fare", "mi", "puoi", "dimmi", "mostra", "fammi", "vedere", "carta", "salve", "disponibile", "collega",
            "scollega", "voglio");
    private static final Set<String> ENGLISH = Set.of("the", "my", "what", "whats", "how", "much", "money", "have",
            "account", "balance", "hi", "hello", "hey", "thanks", "thank", "you", "is", "recent", "transactions", "last",
            "help", "can", "i", "please", "show", "me", "do", "does", "left", "payments", "card", "good", "morning",
            "link", "unlink", "want", "to");

    /** Phrases per intent, most specific intents first; matched on whole words of the folded text. */
    private static final List<Rule> RULES = List.of(
            new Rule(Intent.UNLINK_ACCOUNT, List.of("scollega", "scollegare", "scollegami", "revoca", "revocare",
                    "revoca il consenso", "unlink", "disconnect my account", "disconnect account", "revoke",
                    "revoke consent", "remove my account", "stop access")),
            new Rule(Intent.LINK_ACCOUNT, List.of("collega", "collegare", "collegami", "collega il conto",
                    "collegare il conto", "link my account", "link account", "connect my account", "connect account",
                    "link", "rinnova il consenso", "renew consent", "renew")),
            new Rule(Intent.TRANSACTIONS_RECENT, List.of("movimenti", "ultime spese", "ultimi pagamenti", "transazioni",
                    "estratto conto", "lista movimenti", "transactions", "recent payments", "last payments",
                    "what did i spend", "statement", "recent activity", "spese recenti")),
            new Rule(Intent.BALANCE, List.of("saldo", "balance", "quanto ho", "quanti soldi", "disponibilita",
                    "how much money", "how much do i have", "how much have i got", "money left", "money do i have",
                    "quanto c e sul conto", "quanto resta")),
            new Rule(Intent.HELP, List.of("aiuto", "help", "cosa puoi fare", "cosa sai fare", "che cosa puoi fare",
                    "what can you do", "menu", "opzioni", "options", "info")),
            new Rule(Intent.THANKS, List.of("grazie", "thanks", "thank you", "thx", "ty", "grazie mille")),
            new Rule(Intent.GREETING, List.of("ciao", "buongiorno", "buonasera", "salve", "hi", "hello", "hey",
                    "good morning", "good evening", "hola")));

    private Interpreter() {
    }

    public static Understanding understand(String text) {
        String folded = fold(text);
        return new Understanding(language(folded), intent(folded));
    }

    /** Lower case, accents off, punctuation to spaces: "Qual è il mio saldo?" → "qual e il mio saldo". */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        String plain = decomposed.replaceAll("\\p{M}+", "").replaceAll("[^a-z0-9]+", " ").strip();
        return plain.replaceAll(" +", " ");
    }

    /** The language the text is written in, when its words show it. */
    public static Optional<Language> languageOf(String text) {
        return language(fold(text));
    }

    static Optional<Language> language(String folded) {
        int italian = 0;
        int english = 0;
        for (String word : folded.split(" ")) {
            if (ITALIAN.contains(word)) {
                italian++;
            }
            if (ENGLISH.contains(word)) {
                english++;
            }
        }
        if (italian == english) {
            return Optional.empty();
        }
        return Optional.of(italian > english ? Language.IT : Language.EN);
    }

    static Intent intent(String folded) {
        String padded = " " + folded + " ";
        for (Rule rule : RULES) {
            for (String phrase : rule.phrases) {
                if (padded.contains(" " + phrase + " ")) {
                    return rule.intent;
                }
            }
        }
        return Intent.OUT_OF_SCOPE;
    }

    private record Rule(Intent intent, List<String> phrases) {
        Rule {
            phrases = List.copyOf(phrases);
        }
    }
}
