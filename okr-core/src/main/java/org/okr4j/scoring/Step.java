package org.okr4j.scoring;

import io.vavr.collection.SortedSet;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.okr4j.model.AggregateMetric;
import org.okr4j.model.Comparison;
import org.okr4j.model.Cycle;
import org.okr4j.model.KeyResult;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Metric;
import org.okr4j.model.MilestoneMetric;
import org.okr4j.model.OrdinalMetric;
import org.okr4j.model.RangeMetric;
import org.okr4j.model.RecurringMetric;
import org.okr4j.model.Zone;

/**
 * The last step of a raw-progress computation, as typed values: which rule produced the number and
 * the operands it used. A progress reader returns one in its {@link Reading} whether or not anybody
 * asks for an explanation; {@link ProgressExplainer} turns it into text only when asked. A step
 * holds references to what the arithmetic built anyway (the check-in's instant, the per-period
 * tables), so recording costs one small object per reading.
 */
sealed interface Step {

  /** No check-in at or before {@code at}: 0 or not scored, by {@link ProgressPolicy#noCheckIn()}. */
  record NoCheckIn(Instant at) implements Step {}

  /** No period has ended (or started) by {@code at}, by {@link ProgressPolicy#periodBasis()}. */
  record NoPeriod(Instant at) implements Step {}

  /** The reference level named {@code level} equals the baseline and the policy rejects that. */
  record Rejected(String level) implements Step {}

  /** The stretch levels could not be derived; {@code code} is the first problem's code. */
  record InvalidLevels(String code) implements Step {}

  /** The rule divides by zero; {@code formula} names the division, as the problem does. */
  record Undefined(String formula, Inputs inputs) implements Step {}

  /** A value {@code c} against a reference level {@code t} equal to the baseline, by {@link ProgressPolicy#degenerate()}. */
  record Degenerate(@Nullable BigDecimal progress, BigDecimal c, BigDecimal t, Inputs inputs) implements Step {}

  /**
   * A value {@code c} graded from {@code b} to {@code t} by {@link ProgressPolicy#linearRule()};
   * {@code name} is the value's symbol ({@code c} or {@code a}).
   */
  record Graded(BigDecimal progress, BigDecimal c, BigDecimal b, BigDecimal t, boolean up, String name,
      Inputs inputs) implements Step {}

  /** A value graded against stretch levels, with {@code reference} as 100 %. */
  record Stretched(BigDecimal progress, BigDecimal c, StretchLevels levels, BigDecimal reference, Inputs.Stretch inputs)
      implements Step {}

  /** A value {@code a} against a threshold {@code t}: met or not, or by distance ({@link ProgressPolicy#controlGrading()}). */
  record Against(BigDecimal progress, BigDecimal a, Comparison cmp, BigDecimal t, Inputs.Threshold inputs)
      implements Step {}

  /** A value inside a range or not. */
  record Within(BigDecimal progress, BigDecimal value, boolean in, RangeMetric range, Value read) implements Step {}

  /**
   * The share of periods whose latest check-in meets the control's test ({@code metric} is a
   * threshold or a range, {@code cmp} the effective comparison of a threshold): {@code count} of
   * {@code n}. For each period with a check-in, in order: its index in the cycle
   * ({@code periods[i]}), its latest value ({@code values[i]}) and whether that met the test
   * ({@code met[i]}).
   */
  record Share(BigDecimal progress, int count, int n, int[] periods, BigDecimal[] values, boolean[] met,
      Cycle cycle, Metric metric, @Nullable Comparison cmp) implements Step {}

  /** A binary key result, done or not, as checked in at {@code at}. */
  record Binary(BigDecimal progress, boolean done, Instant at) implements Step {}

  /** An ordinal key result: the score of the zone reached at {@code at}. */
  record Ordinal(BigDecimal progress, Zone zone, OrdinalMetric metric, Instant at) implements Step {}

  /** Milestones: {@code k} of them {@code done}, as checked in at {@code at}. */
  record Milestones(BigDecimal progress, int k, MilestoneMetric metric, SortedSet<String> done, Instant at)
      implements Step {}

  /**
   * A recurring key result: for each counted period with a check-in, in order, its index in the
   * cycle ({@code periods[i]}), its check-ins ({@code totals[i]}) and the term it adds
   * ({@code terms[i]}), summed to {@code sum}, over {@code n} periods.
   */
  record Recurring(BigDecimal progress, BigDecimal sum, int n, RecurringMetric metric, Cycle cycle, int[] periods,
      RecurringProgress.PeriodTotal[] totals, BigDecimal[] terms) implements Step {}

  /** The inputs shown under a graded, degenerate or undefined step. */
  sealed interface Inputs {

    /** A linear key result's current value (checked in at {@code at}), baseline and target. */
    record Linear(BigDecimal c, Instant at, LinearMetric metric) implements Inputs {}

    /** A linear key result's current value and its stretch levels. */
    record Stretch(BigDecimal c, Instant at, StretchLevels levels, LinearMetric metric) implements Inputs {}

    /** An aggregate's value with its baseline {@code b} and target {@code t}. */
    record Aggregated(Value.Aggregate a, BigDecimal b, BigDecimal t) implements Inputs {}

    /** A control's value and its threshold {@code t} under comparison {@code cmp}. */
    record Threshold(Value read, Comparison cmp, BigDecimal t) implements Inputs {}
  }

  /** The value a control or an aggregate key result grades, and how it was read. */
  sealed interface Value {

    /** The value read. */
    BigDecimal value();

    /** The latest check-in's value, checked in at {@code at}. */
    record Current(BigDecimal value, Instant at) implements Value {}

    /** The mean {@code sum / n} of the key result's check-ins at or before {@code at}. */
    record Mean(BigDecimal value, BigDecimal sum, int n, KeyResult keyResult, Instant at) implements Value {}

    /**
     * An aggregate of items: {@code items} as last checked in; for a pooled ratio the summed
     * numerators and denominators ({@code parts} = [Σnum, Σden]), for a mean of period means the
     * period means in period order, for a mean of item rates the sum of the rates ([Σ]).
     */
    record Aggregate(BigDecimal value, AggregateMetric metric, CheckInItem[] items, BigDecimal[] parts)
        implements Value {}
  }

  /**
   * One item of an aggregate, as last checked in, and the index of the period it was checked in.
   *
   * @param item the item
   * @param period the period's index in the cycle's cadence
   */
  record CheckInItem(org.okr4j.model.CheckInData.Item item, int period) {}
}
