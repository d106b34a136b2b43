package org.okr4j;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.lang.module.ModuleDescriptor;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.okr4j.model.OkrSet;

/**
 * The architecture of okr-core: packages are layers, with {@code validation} (the error
 * vocabulary) at the bottom, then {@code internal}, then {@code model}, then {@code scoring} and
 * {@code alignment}; no package cycles; no Jackson; generated {@code Immutable*} classes hidden;
 * no mutable {@code java.util} collection in public signatures; no console or JUL logging.
 */
class ArchitectureTest {

  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.okr4j");
  }

  @Test
  void validationDependsOnNothingElseInOkr4j() {
    noClasses().that().resideInAPackage("org.okr4j.validation..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.okr4j.model..", "org.okr4j.internal..", "org.okr4j.scoring..", "org.okr4j.alignment..",
            "org.okr4j.lint..")
        .check(core);
  }

  @Test
  void internalDependsOnlyOnValidation() {
    noClasses().that().resideInAPackage("org.okr4j.internal..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.okr4j.model..", "org.okr4j.scoring..", "org.okr4j.alignment..", "org.okr4j.lint..")
        .check(core);
  }

  @Test
  void modelDependsOnNoHigherLayer() {
    noClasses().that().resideInAPackage("org.okr4j.model..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.okr4j.scoring..", "org.okr4j.alignment..", "org.okr4j.lint..")
        .allowEmptyShould(true)
        .check(core);
  }

  @Test
  void scoringDoesNotKnowAlignmentOrLint() {
    noClasses().that().resideInAPackage("org.okr4j.scoring..")
        .should().dependOnClassesThat().resideInAnyPackage("org.okr4j.alignment..", "org.okr4j.lint..")
        .allowEmptyShould(true)
        .check(core);
  }

  @Test
  void noPackageCycles() {
    slices().matching("org.okr4j.(*)..").should().beFreeOfCycles().check(core);
  }

  @Test
  void coreNeverUsesJackson() {
    noClasses().should().dependOnClassesThat().resideInAPackage("com.fasterxml..").check(core);
  }

  @Test
  void coreUsesImmutablesOnlyAtCompileTime() {
    // Annotations of CLASS retention stay in class files; real code must not touch Immutables.
    noClasses().should().accessClassesThat().resideInAPackage("org.immutables..").check(core);
  }

  @Test
  void generatedImmutablesArePackagePrivate() {
    classes().that().haveSimpleNameStartingWith("Immutable")
        .should().notHaveModifier(JavaModifier.PUBLIC)
        .check(core);
  }

  @Test
  void publicSignaturesUseNoMutableJavaUtilCollections() {
    DescribedPredicate<JavaClass> mutableCollection = new DescribedPredicate<>("a java.util collection or map") {
      @Override
      public boolean test(JavaClass type) {
        return type.isAssignableTo(java.util.Collection.class) || type.isAssignableTo(java.util.Map.class);
      }
    };
    ArchCondition<com.tngtech.archunit.core.domain.JavaMethod> noMutableTypes =
        new ArchCondition<>("not use java.util collections in parameters or return types") {
          @Override
          public void check(com.tngtech.archunit.core.domain.JavaMethod method, ConditionEvents events) {
            boolean bad = mutableCollection.test(method.getRawReturnType())
                || method.getRawParameterTypes().stream().anyMatch(mutableCollection);
            if (bad) {
              events.add(SimpleConditionEvent.violated(method, method.getFullName() + " uses a java.util collection"));
            }
          }
        };
    methods().that().arePublic().and().areDeclaredInClassesThat().arePublic()
        .and().areDeclaredInClassesThat().resideOutsideOfPackage("org.okr4j.internal..")
        .should(noMutableTypes)
        .check(core);
  }

  @Test
  void noConsoleOrJulLogging() {
    noClasses().should().accessField(System.class, "out")
        .orShould().accessField(System.class, "err")
        .orShould().dependOnClassesThat().resideInAPackage("java.util.logging..")
        .check(core);
  }

  @Test
  void internalIsNotExported() {
    Module module = OkrSet.class.getModule();
    if (module.isNamed()) {
      ModuleDescriptor descriptor = module.getDescriptor();
      assertThat(descriptor.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
          .doesNotContain("org.okr4j.internal")
          .contains("org.okr4j.model", "org.okr4j.validation");
    }
  }
}
