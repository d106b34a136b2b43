package org.okr4j.charts;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The module's shape: a small public surface (the {@link Chart} family and the report), okr-core
 * as the only okr4j dependency, no Jackson, and nothing that makes output depend on the machine or
 * the moment: no default locale or {@code String.format}, no clock, no iteration over hash tables.
 */
class ArchitectureTest {

  private static final JavaClasses CHARTS = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importLocations(locationOf(Chart.class));

  private static Set<Location> locationOf(Class<?> type) {
    try {
      return Set.of(Location.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()));
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final ArchRule SMALL_SURFACE = classes().that().arePublic().and().areTopLevelClasses()
      .should().haveFullyQualifiedName(Chart.class.getName())
      .orShould().haveFullyQualifiedName(BurnUpChart.class.getName())
      .orShould().haveFullyQualifiedName(AlignmentChart.class.getName())
      .orShould().haveFullyQualifiedName(HtmlReport.class.getName());

  @Test
  void onlyTheChartsAndTheReportArePublic() {
    assertThat(CHARTS.size()).isGreaterThan(10);
    SMALL_SURFACE.check(CHARTS);
  }

  @Test
  void theSurfaceRuleRejectsAnyOtherPublicClass() {
    // SvgReader, a public class of the tests, stands for one added by mistake.
    JavaClasses probe = new ClassFileImporter().importClasses(Chart.class, SvgReader.class);
    assertThatThrownBy(() -> SMALL_SURFACE.check(probe)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("SvgReader");
  }

  @Test
  void dependsOnOkrCoreAndTheJdkOnly() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "org.okr4j.jackson..",
        "org.okr4j.internal..", "java.awt..", "javax.swing..", "javax.xml..", "org.w3c..").check(CHARTS);
    ModuleDescriptor module = Chart.class.getModule().getDescriptor();
    assertThat(module.name()).isEqualTo("org.okr4j.charts");
    assertThat(module.requires().stream().map(ModuleDescriptor.Requires::name).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("java.base", "org.okr4j.core");
    assertThat(module.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
        .containsExactly("org.okr4j.charts");
  }

  @Test
  void outputDependsOnNeitherTheMachineNorTheMoment() {
    noClasses().should().callMethod(String.class, "format", String.class, Object[].class)
        .orShould().callMethod(String.class, "formatted", Object[].class)
        .orShould().callMethod(java.util.Locale.class, "getDefault")
        .orShould().callMethod(java.time.Instant.class, "now")
        .orShould().callMethod(java.time.LocalDate.class, "now")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .orShould().callMethod(System.class, "nanoTime")
        .orShould().callMethod(String.class, "toLowerCase")
        .orShould().callMethod(String.class, "toUpperCase")
        .check(CHARTS);
    for (Class<?> table : new Class<?>[] {java.util.HashMap.class, java.util.HashSet.class}) {
      noClasses().should().callMethod(table, "iterator").orShould().callMethod(table, "keySet")
          .orShould().callMethod(table, "values").orShould().callMethod(table, "entrySet")
          .check(CHARTS);
    }
  }
}
