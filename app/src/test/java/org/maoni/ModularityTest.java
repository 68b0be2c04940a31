package org.maoni;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The module rules of DESIGN.md, checked on the compiled classes without starting Spring. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(MaoniApplication.class);

    @Test
    void modulesRespectTheirDeclaredDependenciesAndInternals() {
        modules.verify();
    }

    @Test
    void onlyReviewTouchesCamunda() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.maoni");
        noClasses()
                .that()
                .resideOutsideOfPackage("org.maoni.review..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.camunda..")
                .because("only the review module may use Camunda's APIs (DESIGN.md)")
                .check(classes);
    }
}
