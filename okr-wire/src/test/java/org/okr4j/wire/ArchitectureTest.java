package org.okr4j.wire;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The wire layer's shape: it knows no Jackson version (the adapters do), and its public surface is
 * the few types the adapters use; everything that reads or writes a section is package-private.
 */
class ArchitectureTest {

  private static final JavaClasses WIRE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importLocations(locationOf(Wire.class));

  private static java.util.Set<Location> locationOf(Class<?> type) {
    try {
      return java.util.Set.of(Location.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()));
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theWireLayerKnowsNoJackson() {
    assertThat(WIRE.size()).isGreaterThan(30);
    noClasses().should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "tools.jackson..").check(WIRE);
  }

  @Test
  void onlyWhatTheAdaptersUseIsPublic() {
    List<String> api = List.of(Wire.class, Token.class, TokenSource.class, TokenSink.class, Settings.class,
        DocumentKind.class, ReadResult.class, WriteRefusedException.class).stream().map(Class::getName).toList();
    classes().that().arePublic().and().areTopLevelClasses().should()
        .haveNameMatching(String.join("|", api.stream().map(java.util.regex.Pattern::quote).toList())).check(WIRE);
  }
}
