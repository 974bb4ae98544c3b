package org.sportello;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/** The module structure of docs/architecture.md holds: no cycles, no reach into another module's internals. */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(SportelloApplication.class);

    @Test
    void modulesAreCleanlySeparated() {
        MODULES.verify();
    }

    @Test
    void hasTheModulesOfTheArchitecture() {
        assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .containsExactlyInAnyOrder("shared", "bank", "consent", "commerce", "notify", "fraud", "atm", "assistant", "channel", "desk");
    }

}
