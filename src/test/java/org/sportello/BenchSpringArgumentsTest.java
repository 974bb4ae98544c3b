package org.sportello;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A benchmark passes the Spring properties after its options on to the Sportello it starts:
 * that is how an operator measures PostgreSQL, or H2 with other settings.
 */
class BenchSpringArgumentsTest {

    @Test
    void theDatabaseUrlGivenAfterTheOptionsIsTheOneMeasured() {
        CommandLineRun run = CommandLineRun.of("bench", "ingest", "--accounts", "3", "--transactions", "20", "--batch", "10",
                "--threads", "1", "--spring.datasource.url=jdbc:h2:mem:bench-spring-arguments;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("bench ingest on jdbc:h2:mem:bench-spring-arguments, ");
        assertThat(run.out()).contains("transactions: 20 in 2 batches of 10 on 1 threads, 3 accounts");
    }

    @Test
    void aPropertyGivenTwiceKeepsItsLastValueAsSpringWouldJoinThemWithCommas() {
        assertThat(BenchCommand.Common.lastOfEachName(List.of("--spring.main.banner-mode=off", "--sportello.data-dir=/tmp/a",
                "--spring.main.banner-mode=console", "--debug", "--sportello.data-dir=/tmp/b", "--debug")))
                .containsExactly("--spring.main.banner-mode=console", "--sportello.data-dir=/tmp/b", "--debug");
    }
}
