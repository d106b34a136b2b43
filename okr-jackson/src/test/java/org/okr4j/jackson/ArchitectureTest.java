package org.okr4j.jackson;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import org.junit.jupiter.api.Test;
import org.okr4j.model.OkrSet;

/**
 * The module's shape: {@link OkrModule}, {@link OkrInputException} and {@link PackageVersion} are its
 * only public classes, and okr-core knows nothing of Jackson.
 */
class ArchitectureTest {

  /** This module's main classes only (no class-path scan). */
  private static final JavaClasses JACKSON = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importLocations(locationOf(OkrModule.class));

  /** okr-core's classes, from wherever okr-core comes from. */
  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importLocations(locationOf(OkrSet.class));

  private static java.util.Set<Location> locationOf(Class<?> type) {
    try {
      return java.util.Set.of(Location.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()));
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final com.tngtech.archunit.lang.ArchRule ONLY_MODULE_AND_VERSION_PUBLIC =
      classes().that().resideInAPackage("org.okr4j.jackson").and().arePublic()
          .should().haveFullyQualifiedName(OkrModule.class.getName())
          .orShould().haveFullyQualifiedName(PackageVersion.class.getName())
          .orShould().haveFullyQualifiedName(OkrInputException.class.getName());

  @Test
  void onlyTheModuleItsExceptionAndItsVersionArePublic() {
    ONLY_MODULE_AND_VERSION_PUBLIC.check(JACKSON);
  }

  /** A public class the rule must reject. */
  public static final class PublicProbe {
    private PublicProbe() {}
  }

  @Test
  void theRuleRejectsAnyOtherPublicClass() {
    JavaClasses probe = new ClassFileImporter().importClasses(OkrModule.class, PublicProbe.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ONLY_MODULE_AND_VERSION_PUBLIC.check(probe))
        .isInstanceOf(AssertionError.class).hasMessageContaining("PublicProbe");
  }

  @Test
  void theModuleHasClasses() {
    org.assertj.core.api.Assertions.assertThat(JACKSON.size()).isGreaterThan(5);
    org.assertj.core.api.Assertions.assertThat(CORE.size()).isGreaterThan(10);
  }

  @Test
  void coreDoesNotKnowJackson() {
    noClasses().should().dependOnClassesThat().resideInAPackage("com.fasterxml..").check(CORE);
  }
}
