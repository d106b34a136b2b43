package org.okr4j.scoring;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.okr4j.internal.Numbers;
import org.okr4j.internal.Problems;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;
import org.okr4j.validation.OkrPath;

/**
 * How a status follows from actual progress {@code a} and expected progress {@code e}
 * (docs/conventions.md §4). Three families:
 * <ul>
 *   <li>{@link Kind#AT_LEAST_EXPECTED}: on track iff {@code a ≥ e}, else {@link #otherwise()}
 *       (Viva Goals / Ally.io). The default: {@link #atLeastExpected()}.</li>
 *   <li>{@link Kind#RATIO}: bands on {@code a / e}; the first step whose bound the ratio reaches
 *       ({@code ≥}) gives the status, steps from the highest bound down (Oboard
 *       {@link #oboard()}, Amoeboids {@link #amoeboids()}). Nothing is expected at {@code e = 0},
 *       so the first step's status applies.</li>
 *   <li>{@link Kind#GAP}: bands on the gap {@code e − a}; the first step whose bound the gap does
 *       not exceed ({@code ≤}) gives the status, steps from the lowest bound up (Engagedly
 *       {@link #engagedly()}).</li>
 * </ul>
 *
 * <pre>{@code
 * StatusRule.oboard().apply(new BigDecimal("0.3"), new BigDecimal("0.5")); // a/e = 0.6 → BEHIND
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class StatusRule {

  /** The rule families. */
  public enum Kind {
    /** On track iff actual ≥ expected. */
    AT_LEAST_EXPECTED,
    /** Bands on actual / expected. */
    RATIO,
    /** Bands on expected − actual. */
    GAP
  }

  /**
   * One band of a {@link Kind#RATIO} or {@link Kind#GAP} rule: values that reach {@code bound}
   * get {@code status}.
   *
   * @param bound the bound: a minimum ratio, or a maximum gap
   * @param status the status of the band
   */
  public record Step(BigDecimal bound, Status status) {
    /**
     * Keeps a plain {@link BigDecimal} bound: an instance of a subclass is copied; the step is
     * checked when a rule is built from it.
     *
     * @param bound the bound: a minimum ratio, or a maximum gap
     * @param status the status of the band
     */
    public Step {
      bound = Numbers.plainIfPresent(bound);
    }
  }

  private static final StatusRule AT_LEAST_EXPECTED =
      ImmutableStatusRule.of(Kind.AT_LEAST_EXPECTED, List.empty(), Status.BEHIND);

  StatusRule() {}

  /**
   * Returns the rule family.
   *
   * @return the kind
   */
  public abstract Kind kind();

  /**
   * Returns the steps of a ratio or gap rule, in the order they are tried.
   *
   * @return the steps; empty for {@link Kind#AT_LEAST_EXPECTED}
   */
  public abstract Seq<Step> steps();

  /**
   * Returns the status when no step applies (for {@link Kind#AT_LEAST_EXPECTED}: when
   * {@code a < e}).
   *
   * @return the fallback status
   */
  public abstract Status otherwise();

  /**
   * Returns "on track iff actual ≥ expected, else behind" (Viva Goals / Ally.io). The default.
   *
   * @return the rule
   */
  public static StatusRule atLeastExpected() {
    return AT_LEAST_EXPECTED;
  }

  /**
   * Returns "on track iff actual ≥ expected, else {@code otherwise}".
   *
   * @param otherwise the status when behind expectation
   * @return the rule
   * @throws OkrException if {@code otherwise} is missing or {@link Status#NOT_SCORED}
   */
  public static StatusRule atLeastExpected(Status otherwise) {
    return OkrException.getOrThrow(validate(Kind.AT_LEAST_EXPECTED, List.empty(), otherwise));
  }

  /**
   * Returns Oboard's ratio bands: {@code a/e ≥ 0.7} on track, {@code ≥ 0.4} behind, else at risk.
   *
   * @return the rule
   */
  public static StatusRule oboard() {
    return ratio(List.of(new Step(new BigDecimal("0.7"), Status.ON_TRACK),
        new Step(new BigDecimal("0.4"), Status.BEHIND)), Status.AT_RISK);
  }

  /**
   * Returns Amoeboids' ratio bands: {@code a ≥ 0.95e} on track, {@code a ≥ 0.75e} behind ("falling
   * behind"; the source leaves exactly 0.75 open), else at risk.
   *
   * @return the rule
   */
  public static StatusRule amoeboids() {
    return ratio(List.of(new Step(new BigDecimal("0.95"), Status.ON_TRACK),
        new Step(new BigDecimal("0.75"), Status.BEHIND)), Status.AT_RISK);
  }

  /**
   * Returns Engagedly's gap bands in percentage points of progress: {@code e − a ≤ 0.165} on track,
   * {@code ≤ 0.33} behind, else at risk.
   *
   * @return the rule
   */
  public static StatusRule engagedly() {
    return gap(List.of(new Step(new BigDecimal("0.165"), Status.ON_TRACK),
        new Step(new BigDecimal("0.33"), Status.BEHIND)), Status.AT_RISK);
  }

  /**
   * Returns a ratio rule.
   *
   * @param steps the steps, bounds strictly decreasing
   * @param otherwise the status below the last bound
   * @return the rule
   * @throws OkrException if the steps are not in order or a status is {@link Status#NOT_SCORED}
   */
  public static StatusRule ratio(Iterable<Step> steps, Status otherwise) {
    return OkrException.getOrThrow(validate(Kind.RATIO, steps, otherwise));
  }

  /**
   * Returns a gap rule.
   *
   * @param steps the steps, bounds strictly increasing
   * @param otherwise the status above the last bound
   * @return the rule
   * @throws OkrException if the steps are not in order or a status is {@link Status#NOT_SCORED}
   */
  public static StatusRule gap(Iterable<Step> steps, Status otherwise) {
    return OkrException.getOrThrow(validate(Kind.GAP, steps, otherwise));
  }

  /**
   * Validates a status rule.
   *
   * @param kind the family, may be {@code null}
   * @param steps the steps: none for {@link Kind#AT_LEAST_EXPECTED}, at least one otherwise, with
   *     strictly decreasing ({@link Kind#RATIO}) or increasing ({@link Kind#GAP}) bounds
   * @param otherwise the fallback status, may be {@code null}
   * @return the rule, or every problem (paths {@code /kind}, {@code /steps/i/bound},
   *     {@code /otherwise})
   */
  public static Validation<Seq<OkrError>, StatusRule> validate(
      @Nullable Kind kind, @Nullable Iterable<Step> steps, @Nullable Status otherwise) {
    Problems problems = new Problems();
    problems.present(kind, OkrPath.of("kind"));
    if (problems.present(otherwise, OkrPath.of("otherwise")) && otherwise == Status.NOT_SCORED) {
      problems.add(new OkrError.OutOfRange(OkrPath.of("otherwise"), otherwise.name(), "a scored status"));
    }
    OkrPath path = OkrPath.of("steps");
    List<Step> list = steps == null ? List.empty() : List.ofAll(steps);
    problems.present(steps, path);
    if (kind == Kind.AT_LEAST_EXPECTED && !list.isEmpty()) {
      problems.add(new OkrError.OutOfRange(path, Integer.toString(list.size()), "no steps"));
    } else if (kind != null && kind != Kind.AT_LEAST_EXPECTED && steps != null && list.isEmpty()) {
      problems.add(new OkrError.EmptyCollection(path));
    }
    BigDecimal previous = null;
    for (int i = 0; i < list.size(); i++) {
      Step step = list.get(i);
      OkrPath at = path.index(i);
      if (!problems.present(step, at)) {
        continue;
      }
      BigDecimal bound = problems.number(step.bound(), at.key("bound"));
      if (problems.present(step.status(), at.key("status")) && step.status() == Status.NOT_SCORED) {
        problems.add(new OkrError.OutOfRange(at.key("status"), step.status().name(), "a scored status"));
      }
      if (bound != null && previous != null) {
        boolean ordered = kind == Kind.RATIO ? bound.compareTo(previous) < 0 : bound.compareTo(previous) > 0;
        if (!ordered) {
          problems.add(new OkrError.OutOfRange(at.key("bound"), Fmt.num(bound),
              (kind == Kind.RATIO ? "< " : "> ") + Fmt.num(previous)));
        }
      }
      previous = bound == null ? previous : bound;
    }
    return problems.result(() -> ImmutableStatusRule.of(kind, list, otherwise));
  }

  /**
   * Returns the status for actual progress {@code actual} against expected progress
   * {@code expected}.
   *
   * @param actual the actual progress; it and {@code expected} must have fewer than 1,000 integer
   *     digits and at most 1,000 decimals
   * @param expected the expected progress, in [0, 1]
   * @return the status
   * @throws OkrException if an argument is missing or out of range
   */
  public Status apply(BigDecimal actual, BigDecimal expected) {
    return status(Numbers.argument(actual, "actual"), Numbers.argument(expected, "expected"));
  }

  /** {@link #apply} without the argument checks, for the scorer's own results. */
  Status status(BigDecimal actual, BigDecimal expected) {
    switch (kind()) {
      case RATIO: {
        if (expected.signum() <= 0) {
          return steps().head().status();
        }
        BigDecimal ratio = Decimals.div(actual, expected);
        for (Step step : steps()) {
          if (ratio.compareTo(step.bound()) >= 0) {
            return step.status();
          }
        }
        return otherwise();
      }
      case GAP: {
        BigDecimal gap = expected.subtract(actual);
        for (Step step : steps()) {
          if (gap.compareTo(step.bound()) <= 0) {
            return step.status();
          }
        }
        return otherwise();
      }
      default:
        return actual.compareTo(expected) >= 0 ? Status.ON_TRACK : otherwise();
    }
  }

  /**
   * Describes the rule, such as {@code a / e ≥ 0.7 → ON_TRACK; ≥ 0.4 → BEHIND; else AT_RISK}.
   *
   * @return the description
   */
  public String describe() {
    return describe(ExplanationTexts.ENGLISH);
  }

  /** Describes the rule with its words ("else") in the words of {@code tx}. */
  String describe(ExplanationTexts tx) {
    StringBuilder sb = new StringBuilder();
    switch (kind()) {
      case RATIO:
        sb.append("a / e");
        break;
      case GAP:
        sb.append("e − a");
        break;
      default:
        return "a ≥ e → ON_TRACK; " + tx.t("status-rule.otherwise", otherwise().name());
    }
    String op = kind() == Kind.RATIO ? " ≥ " : " ≤ ";
    for (int i = 0; i < steps().size(); i++) {
      Step step = steps().get(i);
      sb.append(i == 0 ? "" : ";").append(op).append(Fmt.num(step.bound())).append(" → ").append(step.status());
    }
    return sb.append("; ").append(tx.t("status-rule.otherwise", otherwise().name())).toString();
  }
}
