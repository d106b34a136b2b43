package org.okr4j.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.okr4j.internal.Numbers;
import org.okr4j.model.AggregateMetric;
import org.okr4j.model.CheckIn;
import org.okr4j.model.Cycle;
import org.okr4j.model.KeyResult;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Metric;

/**
 * Forecasts a key result's progress at the end of its window ({@link ForecastPolicy}): the pace so
 * far, or a line through its check-ins (the last two, or least squares), each point a reading of
 * the raw progress at a check-in's instant. A fitted forecast is computed on first use, as no
 * roll-up needs it. Immutable.
 */
final class Forecasting {

  private final ScoringPolicy policy;
  private final ForecastPolicy fp;
  private final Instant asOf;
  private final Progress progress;

  Forecasting(ScoringPolicy policy, Instant asOf, Progress progress) {
    this.policy = policy;
    this.fp = policy.forecast();
    this.asOf = asOf;
    this.progress = progress;
  }

  /**
   * Returns the forecast of a key result, computed on first use: no roll-up needs it, and a fitted
   * forecast re-reads every check-in. The deferred work uses a window of its own, as windows
   * memoise. Once the window has closed the forecast is final: the progress reached.
   */
  Forecast forecast(KeyResult kr, Window w, Reading r, BigDecimal expected) {
    BigDecimal raw = r.progress();
    Function<BigDecimal, @Nullable BigDecimal> toValue = projection(kr.metric(), r.facts());
    if (fp.method() == ForecastPolicy.Method.NONE) {
      return Forecast.of(fp, null);
    }
    if (w.isClosed(asOf)) {
      return Forecast.later(fp, true, () -> raw, toValue);
    }
    if (fp.method() == ForecastPolicy.Method.PACE) {
      return Forecast.later(fp, false, () -> raw == null || expected.signum() == 0 ? null : Decimals.div(raw, expected),
          toValue);
    }
    Cycle cycle = w.cycle;
    return Forecast.later(fp, false, () -> fitted(points(kr, Window.of(cycle, kr))), toValue);
  }

  /**
   * Returns how a forecast progress maps back to the key result's measure: the inverse of its
   * linear rule, or nothing for kinds without a measure.
   */
  private Function<BigDecimal, @Nullable BigDecimal> projection(Metric metric, Reading.Facts r) {
    BigDecimal b = r.baseline();
    BigDecimal t = r.target();
    boolean linear = metric instanceof LinearMetric
        || metric instanceof AggregateMetric a && a.baseline().isDefined();
    if (!linear || b == null || t == null || t.compareTo(b) == 0) {
      return p -> null;
    }
    if (policy.progress().linearRule() == ProgressPolicy.LinearRule.RATIO_TO_TARGET && r.levels() == null) {
      boolean up = t.compareTo(b) > 0;
      return p -> up ? p.multiply(t, Numbers.MATH) : p.signum() == 0 ? null : Decimals.div(t, p);
    }
    return p -> b.add(p.multiply(t.subtract(b)), Numbers.MATH);
  }

  /** The points (time fraction, raw progress) at each distinct check-in instant up to {@code asOf}. */
  ArrayList<BigDecimal[]> points(KeyResult kr, Window w) {
    ArrayList<Instant> instants = new ArrayList<>();
    for (CheckIn c : kr.checkIns()) {
      if (c.instant().isAfter(asOf)) {
        break;
      }
      if (instants.isEmpty() || !instants.get(instants.size() - 1).equals(c.instant())) {
        instants.add(c.instant());
      }
    }
    int from = fp.method() == ForecastPolicy.Method.LAST_TWO ? Math.max(0, instants.size() - 2) : 0;
    ArrayList<BigDecimal[]> points = new ArrayList<>();
    for (int i = from; i < instants.size(); i++) {
      Instant at = instants.get(i);
      BigDecimal y = progress.read(kr, w, at).progress();
      if (y != null) {
        points.add(new BigDecimal[] {w.fraction(at, policy.status().expected().dayCount()), y});
      }
    }
    return points;
  }

  /** The line's value at the window's end (time fraction 1), or {@code null} without a line. */
  private @Nullable BigDecimal fitted(ArrayList<BigDecimal[]> points) {
    int n = points.size();
    if (n < 2) {
      return null;
    }
    if (fp.method() == ForecastPolicy.Method.LAST_TWO) {
      BigDecimal[] a = points.get(n - 2);
      BigDecimal[] b = points.get(n - 1);
      BigDecimal dx = b[0].subtract(a[0]);
      if (dx.signum() == 0) {
        return null;
      }
      BigDecimal slope = Decimals.div(b[1].subtract(a[1]), dx);
      return b[1].add(slope.multiply(BigDecimal.ONE.subtract(b[0])), Numbers.MATH);
    }
    BigDecimal sx = BigDecimal.ZERO;
    BigDecimal sy = BigDecimal.ZERO;
    BigDecimal sxx = BigDecimal.ZERO;
    BigDecimal sxy = BigDecimal.ZERO;
    for (BigDecimal[] pt : points) {
      sx = sx.add(pt[0]);
      sy = sy.add(pt[1]);
      sxx = sxx.add(pt[0].multiply(pt[0]));
      sxy = sxy.add(pt[0].multiply(pt[1]));
    }
    BigDecimal nn = BigDecimal.valueOf(n);
    BigDecimal den = nn.multiply(sxx).subtract(sx.multiply(sx));
    if (den.signum() == 0) {
      return null;
    }
    BigDecimal slope = Decimals.div(nn.multiply(sxy).subtract(sx.multiply(sy)), den);
    BigDecimal intercept = Decimals.div(sy.subtract(slope.multiply(sx)), nn);
    return slope.add(intercept, Numbers.MATH);
  }
}
