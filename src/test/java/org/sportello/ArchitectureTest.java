package org.sportello;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The hexagon rule inside each module, and what shared value types may depend on. */
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
                .and().areDeclaredInClassesThat().haveNameNotMatching(".*\\.(GeoPoint|\\w+Benchmark\\$Result)")
                .should().notHaveRawType(double.class).andShould().notHaveRawType(float.class)
                .andShould().notHaveRawType(Double.class).andShould().notHaveRawType(Float.class)
                .because("amounts are long minor units or BigDecimal; only coordinates and benchmark timings are doubles")
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
}
