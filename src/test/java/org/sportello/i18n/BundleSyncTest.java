package org.sportello.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sportello.bank.CardKind;
import org.sportello.bank.CardStatus;
import org.sportello.bank.TransactionKind;
import org.sportello.bank.adapter.out.cards.CardProductResources;
import org.sportello.bank.domain.card.CardCatalogue;
import org.sportello.bank.domain.card.CardProduct;
import org.sportello.fraud.ReasonCode;
import org.sportello.shared.Scope;

/** Every text exists in Italian and in English, with the same arguments, and every key the code uses exists. */
class BundleSyncTest {

    static final Properties IT = load("i18n/messages_it.properties");
    static final Properties EN = load("i18n/messages_en.properties");
    static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[^}]*}");
    static final Pattern KEY_IN_CODE = Pattern.compile("\"((?:assistant|notify|consent|web)\\.[a-z0-9._-]*[a-z0-9])\"");

    @Test
    void italianAndEnglishHaveTheSameKeys() {
        assertThat(difference(IT, EN)).as("keys in messages_it missing from messages_en").isEmpty();
        assertThat(difference(EN, IT)).as("keys in messages_en missing from messages_it").isEmpty();
    }

    @Test
    void noTextIsEmpty() {
        assertThat(IT.stringPropertyNames().stream().filter(key -> IT.getProperty(key).isBlank())).isEmpty();
        assertThat(EN.stringPropertyNames().stream().filter(key -> EN.getProperty(key).isBlank())).isEmpty();
    }

    @Test
    void bothLanguagesTakeTheSameArguments() {
        for (String key : IT.stringPropertyNames()) {
            assertThat(arguments(EN.getProperty(key, ""))).as("arguments of %s", key).isEqualTo(arguments(IT.getProperty(key)));
        }
    }

    /** MessageFormat drops a lone ASCII apostrophe and everything quoted after it: texts use ’ instead. */
    @Test
    void textsUseTypographicApostrophes() {
        assertThat(Stream.concat(IT.entrySet().stream(), EN.entrySet().stream())
                .filter(entry -> entry.getValue().toString().contains("'"))
                .map(entry -> entry.getKey().toString()))
                .isEmpty();
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Set<String> named = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_IN_CODE.matcher(Files.readString(source));
                while (matcher.find()) {
                    named.add(matcher.group(1));
                }
            }
        }
        assertThat(named).as("keys named in src/main/java").isNotEmpty();
        assertThat(named.stream().filter(key -> !IT.containsKey(key))).as("named in code, missing from the bundles").isEmpty();
    }

    /** The static pages carry no words: each data-i18n attribute and text key in their scripts names a web.* text. */
    @Test
    void everyTextThePagesUseExists() throws IOException {
        Pattern attribute = Pattern.compile("data-i18n[a-z-]*=\"([a-z0-9-]+\\.[a-z0-9.-]+)\"");
        Pattern scriptKey = Pattern.compile("'((?:app|chat|index|lang|demo|error|desk)\\.[a-z0-9.-]+)'");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/static"))) {
            for (Path file : files.filter(path -> path.toString().matches(".*\\.(html|js)$")).toList()) {
                String content = Files.readString(file);
                for (Pattern pattern : new Pattern[] {attribute, scriptKey}) {
                    Matcher matcher = pattern.matcher(content);
                    while (matcher.find()) {
                        used.add("web." + matcher.group(1));
                    }
                }
            }
        }
        assertThat(used).as("texts named by the web pages").hasSizeGreaterThan(20);
        // A key ending in a dot is a prefix the script completes ("index.customer.language." + code).
        assertThat(used.stream().filter(key -> key.endsWith(".")
                ? IT.stringPropertyNames().stream().noneMatch(name -> name.startsWith(key))
                : !IT.containsKey(key))).as("used by the pages, missing from the bundles").isEmpty();
    }

    @Test
    void everyKeyBuiltFromAnEnumExists() {
        for (TransactionKind kind : TransactionKind.values()) {
            assertThat(IT).containsKey("assistant.transactions.kind." + kind.name().toLowerCase(Locale.ROOT));
        }
        for (Scope scope : Scope.values()) {
            assertThat(IT).containsKey("consent.scope." + scope.name().toLowerCase(Locale.ROOT));
        }
        for (CardKind kind : CardKind.values()) {
            assertThat(IT).containsKey("card.kind." + kind.name().toLowerCase(Locale.ROOT));
        }
        for (CardStatus status : CardStatus.values()) {
            assertThat(IT).containsKey("card.status." + status.name().toLowerCase(Locale.ROOT));
        }
        for (ReasonCode reason : ReasonCode.values()) {
            assertThat(IT).containsKey(reason.messageKey());
        }
    }

    /** The assistant names each card product and each perk, and says in a line what the perk gives. */
    @Test
    void everyCardProductAndPerkOfTheCatalogueHasItsTexts() {
        CardCatalogue catalogue = CardProductResources.catalogue();
        Set<String> keys = new TreeSet<>();
        catalogue.products().stream().map(CardProduct::code).forEach(product -> keys.add("card.product." + product));
        catalogue.perkCodes().forEach(perk -> keys.addAll(Set.of("perk." + perk + ".name", "perk." + perk + ".detail")));

        assertThat(keys).hasSizeGreaterThan(20);
        assertThat(keys.stream().filter(key -> !IT.containsKey(key))).as("missing from messages_it").isEmpty();
        assertThat(keys.stream().filter(key -> !EN.containsKey(key))).as("missing from messages_en").isEmpty();
    }

    private static Set<String> difference(Properties from, Properties to) {
        return from.stringPropertyNames().stream().filter(key -> !to.containsKey(key)).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> arguments(String text) {
        Set<String> arguments = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(text);
        while (matcher.find()) {
            arguments.add(matcher.group(1));
        }
        return arguments;
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(
                BundleSyncTest.class.getClassLoader().getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("cannot read " + resource + " from the classpath", e);
        }
        return properties;
    }
}
