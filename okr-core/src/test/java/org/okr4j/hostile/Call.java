package org.okr4j.hostile;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One call of a public member with generated arguments: the steps that prepare its receiver (a
 * builder's setters), the member itself, and what the test needs to judge the outcome (whether a
 * {@code null} was passed where the contract forbids it, and the BigDecimal subclass instances
 * passed in).
 */
final class Call {

  /** One reflective invocation. */
  record Step(Executable member, @Nullable Object receiver, Object[] args, String text) {}

  final Executable member;
  final List<Step> preparation = new ArrayList<>();
  @Nullable Step step;
  final List<Hostile.Mutant> mutants = new ArrayList<>();
  /** The paths, such as {@code KeyResult.Builder.weight(#0)}, where {@code null} was passed though not {@code @Nullable}. */
  final List<String> contractNulls = new ArrayList<>();
  boolean unreachable;

  Call(Executable member) {
    this.member = member;
  }

  /** Runs the preparation steps, then the member; returns what it returned or throws what it threw. */
  @Nullable Object run() throws Throwable {
    for (Step s : preparation) {
      invoke(s);
    }
    return invoke(step);
  }

  private static @Nullable Object invoke(Step s) throws Throwable {
    try {
      if (s.member() instanceof Method m) {
        return m.invoke(s.receiver(), s.args());
      }
      return ((Constructor<?>) s.member()).newInstance(s.args());
    } catch (InvocationTargetException e) {
      throw e.getCause();
    } catch (IllegalArgumentException | IllegalAccessException | InstantiationException e) {
      throw new IllegalStateException("the test could not call " + s.text() + ": " + e, e);
    }
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (Step s : preparation) {
      sb.append(s.text()).append("\n  then ");
    }
    sb.append(step == null ? ExportedApi.signature(member) + " (no receiver or argument available)" : step.text());
    if (!contractNulls.isEmpty()) {
      sb.append("\n  (null where not @Nullable: ").append(String.join(", ", contractNulls)).append(')');
    }
    return sb.toString();
  }
}
