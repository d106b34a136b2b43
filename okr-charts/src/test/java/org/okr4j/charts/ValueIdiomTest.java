package org.okr4j.charts;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * okr4j's value idiom in this module: a public record of an exported package is a plain result
 * that checks nothing, so it cannot throw from its constructor. The check is strict and simple:
 * such a constructor calls nothing but {@code Record}'s constructor and the record's own
 * constructors (it only assigns its components), so it creates no exception and calls no helper
 * that could throw one.
 */
class ValueIdiomTest {

  private static final Set<String> EXPORTED = Chart.class.getModule().getDescriptor().exports().stream()
      .map(ModuleDescriptor.Exports::source).collect(Collectors.toUnmodifiableSet());

  private static final ArchCondition<JavaClass> ONLY_ASSIGN =
      new ArchCondition<>("call nothing from their constructors but Record's and their own") {
        @Override
        public void check(JavaClass record, ConditionEvents events) {
          for (JavaConstructor constructor : record.getConstructors()) {
            for (JavaAccess<?> call : constructor.getCallsFromSelf()) {
              JavaClass owner = call.getTargetOwner();
              boolean allowed = call.getName().equals("<init>")
                  && (owner.isEquivalentTo(Record.class) || owner.equals(record));
              if (!allowed) {
                events.add(SimpleConditionEvent.violated(constructor, constructor.getFullName() + " calls "
                    + owner.getName() + "." + call.getName() + " " + call.getSourceCodeLocation()));
              }
            }
          }
        }
      };

  private static final ArchRule PLAIN_RECORDS = classes().that().areAssignableTo(Record.class).and().arePublic()
      .and().resideInAnyPackage(EXPORTED.toArray(String[]::new))
      .should(ONLY_ASSIGN)
      .allowEmptyShould(true);

  @Test
  void noPublicRecordOfAnExportedPackageThrowsFromItsConstructor() throws java.net.URISyntaxException {
    JavaClasses charts = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importLocations(Set.of(Location.of(Chart.class.getProtectionDomain().getCodeSource().getLocation().toURI())));
    assertThat(EXPORTED).containsExactly("org.okr4j.charts");
    assertThat(charts.get(BurnUpChart.Point.class).isRecord()).isTrue();
    PLAIN_RECORDS.check(charts);
  }

  @Test
  void theRuleRejectsARecordThatChecksItsComponents() {
    // Checking, a public record of the tests in the exported package, stands for one that throws.
    JavaClasses probe = new ClassFileImporter().importClasses(Checking.class, Plain.class);
    assertThatThrownBy(() -> PLAIN_RECORDS.check(probe)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("Checking").hasMessageContaining("requireNonNull")
        .hasMessageNotContaining("Plain.<init>");
  }

  /**
   * A record that refuses a missing name.
   *
   * @param name the name
   */
  public record Checking(String name) {
    /**
     * Refuses a missing name.
     *
     * @param name the name
     */
    public Checking {
      java.util.Objects.requireNonNull(name, "name");
    }
  }

  /**
   * A record that only carries its name.
   *
   * @param name the name
   */
  public record Plain(String name) {
    /**
     * Carries the name through another constructor of its own.
     */
    public Plain() {
      this("plain");
    }
  }
}
