package com.modernmedia.content;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Dependencies point one way. Features (article, person, ...) use the content model ({@code model}) and
 * {@code shared}, and may build on one another, never in a circle; the model uses only {@code shared}, and
 * {@code shared} uses no feature at all.
 */
class ArchitectureTest {

    private static final String ROOT = "com.modernmedia.content";
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void packagesDependOnEachOtherWithoutCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void sharedDependsOnNoFeatureAndNotOnTheModel() {
        classes().that().resideInAPackage(ROOT + ".shared..")
                .should().onlyDependOnClassesThat(resideOutsideOfPackage(ROOT + "..")
                        .or(resideInAPackage(ROOT + ".shared.."))
                        .or(resideInAPackage(ROOT)))
                .check(MAIN);
    }

    @Test
    void modelDependsOnlyOnShared() {
        classes().that().resideInAPackage(ROOT + ".model..")
                .should().onlyDependOnClassesThat(resideOutsideOfPackage(ROOT + "..")
                        .or(resideInAPackage(ROOT + ".model.."))
                        .or(resideInAPackage(ROOT + ".shared.."))
                        .or(resideInAPackage(ROOT)))
                .check(MAIN);
    }
}
