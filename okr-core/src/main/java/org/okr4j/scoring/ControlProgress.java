package org.okr4j.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.okr4j.model.CheckIn;
import org.okr4j.model.CheckInData;
import org.okr4j.model.Comparison;
import org.okr4j.model.Cycle;
import org.okr4j.model.KeyResult;
import org.okr4j.model.Metric;
import org.okr4j.model.Period;
import org.okr4j.model.RangeMetric;
import org.okr4j.model.ThresholdMetric;

/**
 * Reads controls, key results that must hold a level: thresholds and ranges. The value graded is
 * the latest check-in, the mean of the check-ins, or each period's latest check-in counted as met
 * or not ({@link ProgressPolicy#controlMethod()}); a threshold grades met-or-not or by distance
 * ({@link ProgressPolicy#controlGrading()}), a range met-or-not. Immutable.
 */
final class ControlProgress {

  private final ProgressPolicy pp;

  ControlProgress(ProgressPolicy pp) {
    this.pp = pp;
  }

  Reading threshold(KeyResult kr, ThresholdMetric m, Window w, Instant at) {
    Comparison cmp = pp.effective(m.comparison());
    BigDecimal t = m.threshold();
    Reading.Facts facts = Reading.Facts.control(t);
    if (pp.controlMethod() == ProgressPolicy.ControlMethod.SHARE_OF_PERIODS_MET) {
      CheckIn last = Progress.latest(kr, at);
      Reading.Facts f = facts.withCurrent(last == null ? null : ((CheckInData.Measurement) last.data()).value());
      return share(f, kr, m, cmp, w, at, v -> cmp.isMet(v, t));
    }
    Step.Value read = value(kr, at);
    if (read == null) {
      return Progress.noCheckIn(pp, facts, at);
    }
    return against(facts.withCurrent(read.value()), read, cmp, t);
  }

  /** Reads the value a control grades: the mean of the check-ins or the latest; {@code null} without one. */
  private Step.@Nullable Value value(KeyResult kr, Instant at) {
    if (pp.controlMethod() == ProgressPolicy.ControlMethod.MEAN_OF_CHECK_INS) {
      BigDecimal sum = BigDecimal.ZERO;
      int n = 0;
      for (CheckIn c : kr.checkIns()) {
        if (c.instant().isAfter(at)) {
          break;
        }
        sum = sum.add(((CheckInData.Measurement) c.data()).value());
        n++;
      }
      return n == 0 ? null : new Step.Value.Mean(Decimals.div(sum, BigDecimal.valueOf(n)), sum, n, kr, at);
    }
    CheckIn last = Progress.latest(kr, at);
    return last == null ? null : new Step.Value.Current(((CheckInData.Measurement) last.data()).value(), last.instant());
  }

  /** Grades a value against a threshold: met or not, or by distance. */
  Reading against(Reading.Facts facts, Step.Value read, Comparison cmp, BigDecimal t) {
    BigDecimal a = read.value();
    Step.Inputs.Threshold inputs = new Step.Inputs.Threshold(read, cmp, t);
    if (pp.controlGrading() == ProgressPolicy.ControlGrading.DISTANCE) {
      boolean up = cmp.isUpward();
      if (t.signum() == 0) {
        return LinearProgress.undefined(facts, up ? "1 + (a − t) / |t|, t = 0" : "1 + (t − a) / |t|, t = 0", inputs);
      }
      // 1 + (a − t) / |t| going up, 1 + (t − a) / |t| going down; for t > 0 that is a / t and (2t − a) / t
      BigDecimal size = t.abs();
      BigDecimal p = Decimals.div(size.add(up ? a.subtract(t) : t.subtract(a)), size);
      return facts.read(p, new Step.Against(p, a, cmp, t, inputs));
    }
    BigDecimal p = cmp.isMet(a, t) ? BigDecimal.ONE : BigDecimal.ZERO;
    return facts.metOrNot(p, new Step.Against(p, a, cmp, t, inputs));
  }

  Reading range(KeyResult kr, RangeMetric m, Window w, Instant at) {
    Reading.Facts facts = Reading.Facts.control(null);
    if (pp.controlMethod() == ProgressPolicy.ControlMethod.SHARE_OF_PERIODS_MET) {
      CheckIn last = Progress.latest(kr, at);
      Reading.Facts f = last == null ? facts : inRange(facts, m, ((CheckInData.Measurement) last.data()).value());
      return share(f, kr, m, null, w, at, v -> within(pp, m, v, BigDecimal.ZERO));
    }
    Step.Value read = value(kr, at);
    if (read == null) {
      return Progress.noCheckIn(pp, facts, at);
    }
    BigDecimal value = read.value();
    boolean in = within(pp, m, value, BigDecimal.ZERO);
    BigDecimal p = in ? BigDecimal.ONE : BigDecimal.ZERO;
    return inRange(facts, m, value).metOrNot(p, new Step.Within(p, value, in, m, read));
  }

  /** Tells whether {@code value} lies within the range widened by {@code tolerance} on both sides. */
  static boolean within(ProgressPolicy pp, RangeMetric range, BigDecimal value, BigDecimal tolerance) {
    BigDecimal lo = range.lower().subtract(tolerance);
    BigDecimal hi = range.upper().add(tolerance);
    if (pp.inclusiveRanges()) {
      return value.compareTo(lo) >= 0 && value.compareTo(hi) <= 0;
    }
    return value.compareTo(lo) > 0 && value.compareTo(hi) < 0;
  }

  /** Records a range key result's current value and its signed distance outside the range. */
  private static Reading.Facts inRange(Reading.Facts facts, RangeMetric m, BigDecimal value) {
    return facts.withRange(value, value.compareTo(m.lower()) < 0 ? value.subtract(m.lower())
        : value.compareTo(m.upper()) > 0 ? value.subtract(m.upper()) : BigDecimal.ZERO);
  }

  /** Profit.co method 1: the share of periods whose latest check-in meets {@code met}. */
  private Reading share(Reading.Facts facts, KeyResult kr, Metric metric, @Nullable Comparison cmp, Window w,
      Instant at, Predicate<BigDecimal> met) {
    Cycle cycle = w.cycle;
    Period cadence = pp.cadence();
    int n = Progress.periods(pp, cadence, w, at);
    TreeMap<Integer, BigDecimal> byPeriod = new TreeMap<>();
    boolean any = false;
    for (CheckIn c : kr.checkIns()) {
      if (c.instant().isAfter(at)) {
        break;
      }
      any = true;
      LocalDate d = w.date(c.instant());
      if (cycle.contains(d)) {
        int k = cadence.indexOf(cycle.start(), d);
        if (k < n) {
          byPeriod.put(k, ((CheckInData.Measurement) c.data()).value());
        }
      }
    }
    if (!any) {
      return Progress.noCheckIn(pp, facts, at);
    }
    if (n == 0) {
      return Progress.noPeriod(facts, at);
    }
    int count = 0;
    int[] periods = new int[byPeriod.size()];
    BigDecimal[] values = new BigDecimal[periods.length];
    boolean[] ok = new boolean[periods.length];
    int i = 0;
    for (Map.Entry<Integer, BigDecimal> e : byPeriod.entrySet()) {
      periods[i] = e.getKey();
      values[i] = e.getValue();
      ok[i] = met.test(e.getValue());
      count += ok[i++] ? 1 : 0;
    }
    BigDecimal p = Decimals.div(BigDecimal.valueOf(count), BigDecimal.valueOf(n));
    return facts.read(p, new Step.Share(p, count, n, periods, values, ok, cycle, metric, cmp));
  }
}
