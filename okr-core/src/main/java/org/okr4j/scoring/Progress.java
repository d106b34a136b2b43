package org.okr4j.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.okr4j.model.AggregateMetric;
import org.okr4j.model.BinaryMetric;
import org.okr4j.model.CheckIn;
import org.okr4j.model.Cycle;
import org.okr4j.model.KeyResult;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Metric;
import org.okr4j.model.MilestoneMetric;
import org.okr4j.model.OrdinalMetric;
import org.okr4j.model.Period;
import org.okr4j.model.RangeMetric;
import org.okr4j.model.RecurringMetric;
import org.okr4j.model.ThresholdMetric;
import org.okr4j.validation.OkrPath;

/**
 * Reads a key result's raw progress at an instant with the rule of its metric kind, and holds what
 * the kinds' readers share: the latest check-in, the no-check-in rule and the count of periods.
 * Each kind has its reader ({@link LinearProgress}, {@link ControlProgress},
 * {@link DiscreteProgress}, {@link RecurringProgress}, {@link AggregateProgress}); a reader takes
 * the key result, its window and the instant, and returns a {@link Reading}. Immutable.
 */
final class Progress {

  /** Where a problem of the metric is reported, relative to the key result. */
  static final OkrPath METRIC = OkrPath.of("metric");

  private final LinearProgress linear;
  private final ControlProgress control;
  private final DiscreteProgress discrete;
  private final RecurringProgress recurring;
  private final AggregateProgress aggregate;

  Progress(ProgressPolicy pp) {
    this.linear = new LinearProgress(pp);
    this.control = new ControlProgress(pp);
    this.discrete = new DiscreteProgress(pp);
    this.recurring = new RecurringProgress(pp);
    this.aggregate = new AggregateProgress(pp, linear, control);
  }

  /** Reads the raw progress as of {@code at} with the rule of the key result's metric kind. */
  Reading read(KeyResult kr, Window w, Instant at) {
    Metric m = kr.metric();
    if (m instanceof LinearMetric lm) {
      return linear.read(kr, lm, at);
    } else if (m instanceof ThresholdMetric tm) {
      return control.threshold(kr, tm, w, at);
    } else if (m instanceof RangeMetric rm) {
      return control.range(kr, rm, w, at);
    } else if (m instanceof BinaryMetric) {
      return discrete.binary(kr, at);
    } else if (m instanceof MilestoneMetric mm) {
      return discrete.milestones(kr, mm, at);
    } else if (m instanceof RecurringMetric rec) {
      return recurring.read(kr, rec, w, at);
    } else if (m instanceof OrdinalMetric om) {
      return discrete.ordinal(kr, om, at);
    }
    return aggregate.read(kr, (AggregateMetric) m, w, at);
  }

  /**
   * Returns the latest check-in at or before {@code at}. A key result only holds check-ins whose
   * data fits its metric (the model validates them), so callers may cast the data to their kind.
   */
  static @Nullable CheckIn latest(KeyResult kr, Instant at) {
    CheckIn last = null;
    for (CheckIn c : kr.checkIns()) {
      if (c.instant().isAfter(at)) {
        break;
      }
      last = c;
    }
    return last;
  }

  /** The reading of a key result without a check-in at or before {@code at}: 0 or not scored. */
  static Reading noCheckIn(ProgressPolicy pp, Reading.Facts facts, Instant at) {
    return facts.read(pp.noCheckIn() == ProgressPolicy.NoCheckIn.ZERO ? BigDecimal.ZERO : null, new Step.NoCheckIn(at));
  }

  /** The reading of a key result none of whose periods counts yet. */
  static Reading noPeriod(Reading.Facts facts, Instant at) {
    return facts.read(null, new Step.NoPeriod(at));
  }

  /** The number of periods that count: planned, elapsed (ended) or started as of {@code at}. */
  static int periods(ProgressPolicy pp, Period period, Window w, Instant at) {
    Cycle cycle = w.cycle;
    int planned = period.countIn(cycle.start(), cycle.end());
    if (pp.periodBasis() == ProgressPolicy.PeriodBasis.PLANNED) {
      return planned;
    }
    if (at.isBefore(w.start)) {
      return 0;
    }
    LocalDate date = w.date(at);
    if (!date.isBefore(cycle.end())) {
      return planned;
    }
    // the running period is the one holding date; it has started, and it ends after at
    int running = period.indexOf(cycle.start(), date);
    return Math.min(planned, pp.periodBasis() == ProgressPolicy.PeriodBasis.STARTED ? running + 1 : running);
  }
}
