package org.okr4j.scoring;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.okr4j.model.CheckIn;
import org.okr4j.model.CheckInData;
import org.okr4j.model.KeyResult;
import org.okr4j.model.LinearMetric;
import org.okr4j.validation.OkrError;

/**
 * Reads linear key results: from baseline to target, or as a ratio to the target
 * ({@link ProgressPolicy#linearRule()}), or against commit / target / stretch levels when the
 * policy has a {@link ProgressPolicy#stretch() stretch policy}; and grades an aggregate with a
 * baseline the same way. Immutable.
 */
final class LinearProgress {

  private static final BigDecimal HALF = new BigDecimal("0.5");

  private final ProgressPolicy pp;

  LinearProgress(ProgressPolicy pp) {
    this.pp = pp;
  }

  Reading read(KeyResult kr, LinearMetric m, Instant at) {
    CheckIn last = Progress.latest(kr, at);
    if (pp.stretch().isDefined()) {
      return stretched(m, last, pp.stretch().get(), at);
    }
    Reading.Facts facts = Reading.Facts.of(m.targetValue(), m.baseline());
    boolean degenerate = m.isDegenerate() && pp.linearRule() == ProgressPolicy.LinearRule.FROM_BASELINE;
    if (degenerate && pp.degenerate() == ProgressPolicy.Degenerate.REJECT) {
      return rejected(facts, "target", m.targetValue());
    }
    if (last == null) {
      return Progress.noCheckIn(pp, facts, at);
    }
    BigDecimal c = ((CheckInData.Measurement) last.data()).value();
    Step.Inputs inputs = new Step.Inputs.Linear(c, last.instant(), m);
    if (degenerate) {
      return degenerate(facts.withCurrent(c), c, m.targetValue(), inputs);
    }
    return graded(facts.withCurrent(c), c, m.baseline(), m.targetValue(), m.isIncreasing(), "c", inputs);
  }

  /**
   * Refuses a key result whose reference level equals its baseline ({@link ProgressPolicy.Degenerate#REJECT}),
   * with or without a check-in: such a key result can never be scored.
   *
   * @param level the name of the level that equals the baseline, for the problem's path
   */
  private static Reading rejected(Reading.Facts facts, String level, BigDecimal t) {
    return facts.problem(new OkrError.TargetEqualsBaseline(Progress.METRIC.key(level), t), new Step.Rejected(level));
  }

  /** Scores a value against a reference level equal to the baseline, by {@link ProgressPolicy#degenerate()}. */
  private Reading degenerate(Reading.Facts facts, BigDecimal c, BigDecimal t, Step.Inputs inputs) {
    BigDecimal p = switch (pp.degenerate()) {
      case ZERO -> BigDecimal.ZERO;
      case HALF -> HALF;
      case THRESHOLD -> c.compareTo(t) >= 0 ? BigDecimal.ONE : BigDecimal.ZERO;
      default -> null;
    };
    return facts.read(p, new Step.Degenerate(p, c, t, inputs));
  }

  /** Scores a linear key result against its commit / target / stretch levels. */
  private Reading stretched(LinearMetric m, @Nullable CheckIn last, StretchPolicy st, Instant at) {
    Validation<Seq<OkrError>, StretchLevels> derived = st.derive(m);
    if (derived.isInvalid()) {
      OkrError first = derived.getError().head();
      return Reading.Facts.NONE.problem(first.under(Progress.METRIC), new Step.InvalidLevels(first.code()));
    }
    StretchLevels l = derived.get();
    BigDecimal ref = st.reference(l);
    Reading.Facts facts = Reading.Facts.of(ref, l.baseline()).withLevels(l);
    boolean degenerate = ref.compareTo(l.baseline()) == 0;
    if (degenerate && pp.degenerate() == ProgressPolicy.Degenerate.REJECT) {
      return rejected(facts, st.reference() == StretchPolicy.Reference.STRETCH ? "stretch" : "target", ref);
    }
    if (last == null) {
      return Progress.noCheckIn(pp, facts, at);
    }
    BigDecimal c = ((CheckInData.Measurement) last.data()).value();
    Step.Inputs.Stretch inputs = new Step.Inputs.Stretch(c, last.instant(), l, m);
    if (degenerate) {
      return degenerate(facts.withCurrent(c), c, ref, inputs);
    }
    BigDecimal p = st.progress(l, Option.some(c)).get();
    return facts.withCurrent(c).read(p, new Step.Stretched(p, c, l, ref, inputs));
  }

  /**
   * Grades value {@code c} linearly from {@code b} to {@code t} under the linear rule.
   *
   * @param name the value's symbol in formulas: {@code c} for a measurement, {@code a} for an aggregate
   */
  Reading graded(Reading.Facts facts, BigDecimal c, BigDecimal b, BigDecimal t, boolean up, String name,
      Step.Inputs inputs) {
    if (pp.linearRule() == ProgressPolicy.LinearRule.RATIO_TO_TARGET) {
      BigDecimal den = up ? t : c;
      if (den.signum() == 0) {
        return undefined(facts, up ? name + " / t, t = 0" : "t / " + name + ", " + name + " = 0", inputs);
      }
      BigDecimal p = Decimals.div(up ? c : t, den);
      return facts.read(p, new Step.Graded(p, c, b, t, up, name, inputs));
    }
    BigDecimal p = Decimals.div(c.subtract(b), t.subtract(b));
    return facts.read(p, new Step.Graded(p, c, b, t, up, name, inputs));
  }

  /** A reading whose rule divides by zero: not scored, with the problem naming {@code formula}. */
  static Reading undefined(Reading.Facts facts, String formula, Step.Inputs inputs) {
    return facts.problem(new OkrError.UndefinedProgress(Progress.METRIC, formula), new Step.Undefined(formula, inputs));
  }
}
