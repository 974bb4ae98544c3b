package org.sportello;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The hexagon rule inside each module, what shared value types may depend on, and the consent rule. */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.sportello");

    @Test
    void domainCodeIsPlainJava() {
        noClasses().that().resideInAPackage("org.sportello..domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "java.sql..", "javax.sql..", "tools.jackson..", "com.fasterxml.jackson..",
                        "jakarta..")
                .because("domain code is tested with new, without Spring, a database or JSON")
                .check(CLASSES);
    }

    @Test
    void sharedValueTypesAreFreeOfFrameworks() {
        noClasses().that().resideInAPackage("org.sportello.shared..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "java.sql..", "tools.jackson..", "jakarta..")
                .check(CLASSES);
    }

    @Test
    void domainDoesNotReachOutward() {
        noClasses().that().resideInAPackage("org.sportello..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..application..", "..adapter..")
                .check(CLASSES);
    }

    @Test
    void applicationDoesNotKnowItsAdapters() {
        noClasses().that().resideInAPackage("org.sportello..application..")
                .should().dependOnClassesThat().resideInAPackage("..adapter..")
                .check(CLASSES);
    }

    @Test
    void moneyIsNeverAFloatingPointNumber() {
        fields().that().areDeclaredInClassesThat().resideInAPackage("org.sportello..")
                .and().areNotStatic()
                .and().areDeclaredInClassesThat().haveNameNotMatching(".*\\.(GeoPoint|IntentGuess|Understanding|ParsedMessage|\\w+Benchmark\\$Result"
                        + "|atm\\.domain\\.NearestIndex\\$NearbyPlace|assistant\\.domain\\.map\\.MapProjection"
                        + "|fraud\\.(Assessment|BudgetFigures|application\\.FraudProperties"
                        + "|domain\\.(ScoringRules|Weights|Explanations\\$Scored)))")
                .should().notHaveRawType(double.class).andShould().notHaveRawType(float.class)
                .andShould().notHaveRawType(Double.class).andShould().notHaveRawType(Float.class)
                .because("amounts are long minor units or BigDecimal; only coordinates and a map's projection of them, an intent's"
                        + " probability (a guess, an understanding, a parsed message), benchmark timings and fraud scoring's scores, thresholds, weights and measured"
                        + " shares are doubles")
                .check(CLASSES);
    }

    @Test
    void timeComesFromTheInjectedClock() {
        noClasses().that().resideInAPackage("org.sportello..")
                .should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .because("time comes from the injected Clock, so tests can fix it")
                .check(CLASSES);
    }

    /**
     * Every read of customer data passes the consent check: the bank's read methods need a grant,
     * and only the consent module makes grants (the bank's own benchmark, on data it made up, too).
     */
    @Test
    void onlyTheConsentModuleMakesGrants() {
        noClasses().that().resideOutsideOfPackages("org.sportello.consent..", "org.sportello.bank.adapter.in.bench..")
                .should().implement(org.sportello.bank.Grant.class)
                .orShould().callConstructor(org.sportello.consent.ConsentCheck.Granted.class,
                        String.class, org.sportello.shared.CustomerId.class, org.sportello.shared.Scope.class)
                .because("a grant is the consent check's answer; no module may read customer data around it")
                .check(CLASSES);
    }

    @Test
    void theBanksReadMethodsTakeAGrantNotACustomerId() {
        methods().that().areDeclaredInClassesThat().resideInAPackage("org.sportello.bank")
                .and().areDeclaredInClassesThat().areInterfaces()
                .should(new ArchCondition<JavaMethod>("not take a bare CustomerId") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        if (method.getRawParameterTypes().stream().anyMatch(type -> type.isEquivalentTo(org.sportello.shared.CustomerId.class))) {
                            events.add(SimpleConditionEvent.violated(method, method.getFullName()
                                    + " takes a CustomerId: reads of customer data take a consent Grant"));
                        }
                    }
                })
                .check(CLASSES);
    }
}
