package org.amicus;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules stay apart: none reaches into another's internals. Writes the diagrams in docs/modules/. */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(AmicusApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
            .writeModulesAsPlantUml()
            .writeIndividualModulesAsPlantUml();
    }
}
