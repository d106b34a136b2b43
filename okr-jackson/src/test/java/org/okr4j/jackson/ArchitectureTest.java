package org.okr4j.jackson;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The module's shape: {@link OkrModule} and {@link PackageVersion} are its only public classes,
 * and okr-core knows nothing of Jackson.
 */
class ArchitectureTest {

  private static final JavaClasses JACKSON = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.okr4j.jackson");

  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.okr4j.model", "org.okr4j.validation", "org.okr4j.internal");

  @Test
  void onlyTheModuleAndItsVersionArePublic() {
    classes().that().resideInAPackage("org.okr4j.jackson").and().arePublic()
        .should().haveFullyQualifiedName(OkrModule.class.getName())
        .orShould().haveFullyQualifiedName(PackageVersion.class.getName())
        .check(JACKSON);
  }

  @Test
  void theModuleHasClasses() {
    org.assertj.core.api.Assertions.assertThat(JACKSON.size()).isGreaterThan(10);
    org.assertj.core.api.Assertions.assertThat(CORE.size()).isGreaterThan(10);
  }

  @Test
  void coreDoesNotKnowJackson() {
    noClasses().should().dependOnClassesThat().resideInAPackage("com.fasterxml..").check(CORE);
  }
}
