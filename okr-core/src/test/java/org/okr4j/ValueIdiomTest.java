package org.okr4j;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The value idiom written in {@code OkrStyle}: a value with rules to check is an Immutables class
 * built through a validating factory or builder; a record is a plain carrier that checks nothing.
 * So no public record of an exported package may throw from its constructor: its constructors
 * create no {@link Throwable}, call no {@code Objects.requireNonNull…}, and call no okr4j code that
 * (directly or through further okr4j calls) does either.
 */
class ValueIdiomTest {

  private static final Set<String> EXPORTED = Set.of(
      "org.okr4j.model", "org.okr4j.scoring", "org.okr4j.validation", "org.okr4j.alignment", "org.okr4j.lint");

  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.okr4j");
  }

  @Test
  void noPublicRecordOfAnExportedPackageThrowsFromItsConstructor() {
    classes().that().areAssignableTo(Record.class).and().arePublic()
        .and().resideInAnyPackage(EXPORTED.toArray(String[]::new))
        .should(new ArchCondition<JavaClass>("not throw from their constructors") {
          @Override
          public void check(JavaClass record, ConditionEvents events) {
            for (JavaConstructor constructor : record.getConstructors()) {
              Optional<String> why = mayThrow(constructor);
              if (why.isPresent()) {
                events.add(SimpleConditionEvent.violated(constructor,
                    constructor.getFullName() + " may throw: " + why.get()));
              }
            }
          }
        })
        .allowEmptyShould(true)
        .check(core);
  }

  @Test
  void theRuleSeesThrowsThroughHelpers() {
    // The rule itself is tested on a record of this test's own making.
    JavaClasses own = new ClassFileImporter().importClasses(Throwing.class, Plain.class, ThrowingHelper.class);
    JavaConstructor throwing = own.get(Throwing.class).getConstructors().iterator().next();
    JavaConstructor plain = own.get(Plain.class).getConstructors().iterator().next();
    org.assertj.core.api.Assertions.assertThat(mayThrow(throwing)).isPresent();
    org.assertj.core.api.Assertions.assertThat(mayThrow(plain)).isEmpty();
  }

  /** A record that throws through a helper. */
  public record Throwing(String name) {
    /** Refuses a blank name through a helper. */
    public Throwing {
      ThrowingHelper.check(name);
    }
  }

  /** A record with a constructor that only normalises its component. */
  public record Plain(String name) {
    /** Trims the name. */
    public Plain {
      name = name.strip();
    }
  }

  /** A helper that throws. */
  static final class ThrowingHelper {
    private ThrowingHelper() {}

    static void check(String name) {
      if (name.isBlank()) {
        throw new IllegalArgumentException("blank");
      }
    }
  }

  /**
   * Tells why a code unit may throw: it creates a throwable, calls {@code Objects.requireNonNull…},
   * or calls okr4j code that may throw.
   */
  static Optional<String> mayThrow(JavaCodeUnit start) {
    Deque<JavaCodeUnit> todo = new ArrayDeque<>();
    Set<String> seen = new HashSet<>();
    todo.push(start);
    while (!todo.isEmpty()) {
      JavaCodeUnit unit = todo.pop();
      if (!seen.add(unit.getFullName())) {
        continue;
      }
      for (var call : unit.getConstructorCallsFromSelf()) {
        JavaClass owner = call.getTargetOwner();
        if (owner.isAssignableTo(Throwable.class)) {
          return Optional.of(unit.getFullName() + " creates " + owner.getName());
        }
        if (isOwn(owner) && !owner.isEquivalentTo(Object.class)) {
          call.getTarget().resolveMember().ifPresent(todo::push);
        }
      }
      for (var call : unit.getMethodCallsFromSelf()) {
        JavaClass owner = call.getTargetOwner();
        String name = call.getName();
        if (owner.isEquivalentTo(java.util.Objects.class) && name.startsWith("requireNonNull")) {
          return Optional.of(unit.getFullName() + " calls Objects." + name);
        }
        if (isOwn(owner)) {
          call.getTarget().resolveMember().ifPresent(todo::push);
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isOwn(JavaClass owner) {
    return owner.getPackageName().startsWith("org.okr4j") && !owner.getModifiers().contains(JavaModifier.SYNTHETIC);
  }
}
