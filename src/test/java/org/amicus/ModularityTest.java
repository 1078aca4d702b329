package org.amicus;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules stay apart: none reaches into another's internals; the diagram in docs/ comes from here. */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(AmicusApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("target/modulith-docs"))
            .writeModulesAsPlantUml()
            .writeIndividualModulesAsPlantUml();
    }
}
