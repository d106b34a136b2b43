package org.okr4j.charts;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

/**
 * Where a burn-up chart puts things: the title lines, the plot area and the two scales. The plot
 * is 200 pixels high; the progress scale runs from 0 (or the lowest value, at most 100 % below) to
 * 100 % (or the highest value, at most 300 %), both rounded outwards to a quarter; the time scale
 * runs over the cycle. Immutable.
 */
final class BurnUpLayout {

  static final double TITLE_SIZE = 15;
  static final double SMALL = 10;
  static final double LEFT = 48;
  static final double RIGHT = Chart.WIDTH - 100;
  static final double PLOT_HEIGHT = 200;
  static final double MARGIN = 8;

  private static final BigDecimal QUARTER = new BigDecimal("0.25");
  private static final BigDecimal FLOOR = BigDecimal.ONE.negate();
  private static final BigDecimal CEILING = BigDecimal.valueOf(3);

  final List<String> titleLines;
  final double subtitleY;
  final double top;
  final double bottom;
  final BigDecimal min;
  final BigDecimal max;
  final BigDecimal step;
  final Instant start;
  final Instant end;
  private final int height;

  private BurnUpLayout(List<String> titleLines, BigDecimal min, BigDecimal max, Instant start, Instant end) {
    this.titleLines = titleLines;
    this.subtitleY = 24 + 20 * (titleLines.size() - 1) + 19;
    this.top = subtitleY + 26;
    this.bottom = top + PLOT_HEIGHT;
    this.min = min;
    this.max = max;
    BigDecimal range = max.subtract(min);
    this.step = range.compareTo(new BigDecimal("1.25")) <= 0 ? QUARTER
        : range.compareTo(new BigDecimal("2.5")) <= 0 ? new BigDecimal("0.5") : BigDecimal.ONE;
    this.start = start;
    this.end = end;
    this.height = (int) Math.ceil(bottom + 50);
  }

  static BurnUpLayout of(BurnUpChart chart) {
    List<String> title = TextMetrics.wrap(chart.title(), Chart.WIDTH - 2 * MARGIN, TITLE_SIZE * TextMetrics.BOLD, 2);
    BigDecimal low = BigDecimal.ZERO;
    BigDecimal high = BigDecimal.ONE;
    java.util.ArrayList<BigDecimal> values = new java.util.ArrayList<>();
    chart.actual().forEach(p -> p.progress().forEach(values::add));
    chart.current().forEach(values::add);
    chart.forecast().progress().forEach(values::add);
    chart.levels().forEach(l -> values.add(l.progress()));
    for (BigDecimal v : values) {
      low = low.min(v);
      high = high.max(v);
    }
    BigDecimal min = outwards(low, RoundingMode.FLOOR).max(FLOOR);
    BigDecimal max = outwards(high, RoundingMode.CEILING).min(CEILING);
    return new BurnUpLayout(title.isEmpty() ? List.of("") : title, min, max, chart.cycle().startInstant(),
        chart.cycle().endInstant());
  }

  /** Rounds to a quarter, away from the plot's inside. */
  private static BigDecimal outwards(BigDecimal value, RoundingMode mode) {
    return value.divide(QUARTER).setScale(0, mode).multiply(QUARTER);
  }

  int height() {
    return height;
  }

  /** The vertical position of a progress value, clamped to the scale. */
  double y(BigDecimal progress) {
    BigDecimal p = progress.max(min).min(max);
    double share = p.subtract(min).doubleValue() / max.subtract(min).doubleValue();
    return bottom - share * PLOT_HEIGHT;
  }

  /** The vertical position of a progress value, if any. */
  Option<Double> y(Option<BigDecimal> progress) {
    return progress.map(this::y);
  }

  /** The horizontal position of an instant, clamped to the cycle. */
  double x(Instant at) {
    long span = end.getEpochSecond() - start.getEpochSecond();
    if (span <= 0) {
      return LEFT;
    }
    long t = Math.min(Math.max(at.getEpochSecond(), start.getEpochSecond()), end.getEpochSecond());
    return LEFT + (double) (t - start.getEpochSecond()) / span * (RIGHT - LEFT);
  }
}
