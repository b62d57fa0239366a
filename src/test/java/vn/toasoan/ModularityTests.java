package vn.toasoan;


import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The application modules (Spring Modulith: one per direct sub-package of {@code vn.toasoan}). Verification fails
 * the build on a cycle between modules or on a module reaching into another's internals.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(ToaSoanApplication.class);

    @Test
    void modulesUseOnlyEachOthersApisAndDependOnEachOtherWithoutCycles() {
        MODULES.verify();
    }
}
