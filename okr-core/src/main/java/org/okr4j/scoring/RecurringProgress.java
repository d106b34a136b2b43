package org.okr4j.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.okr4j.model.CheckIn;
import org.okr4j.model.CheckInData;
import org.okr4j.model.Cycle;
import org.okr4j.model.KeyResult;
import org.okr4j.model.Period;
import org.okr4j.model.RecurringMetric;

/**
 * Reads recurring key results, a target per period: each counted period's check-ins are combined
 * ({@link ProgressPolicy#periodItems()}) and the periods aggregated cumulatively, as a mean of
 * capped ratios, or as the share of periods met ({@link ProgressPolicy#recurring()}). Immutable.
 */
final class RecurringProgress {

  private final ProgressPolicy pp;

  RecurringProgress(ProgressPolicy pp) {
    this.pp = pp;
  }

  /** One period of a recurring key result: its check-ins' values combined by {@link ProgressPolicy#periodItems()}. */
  static final class PeriodTotal {
    private BigDecimal sum = BigDecimal.ZERO;
    private @Nullable BigDecimal max;
    private @Nullable BigDecimal last;
    private int items;

    void add(BigDecimal v) {
      sum = sum.add(v);
      max = max == null || v.compareTo(max) > 0 ? v : max;
      last = v;
      items++;
    }

    /** The number of check-ins in the period. */
    int items() {
      return items;
    }

    BigDecimal value(ProgressPolicy.PeriodItems how) {
      return switch (how) {
        case SUM -> sum;
        case MAX_ITEM -> max;
        case MEAN -> Decimals.div(sum, BigDecimal.valueOf(items));
        default -> last;
      };
    }
  }

  Reading read(KeyResult kr, RecurringMetric m, Window w, Instant at) {
    Cycle cycle = w.cycle;
    Period period = m.period();
    BigDecimal t = m.perPeriod();
    Reading.Facts facts = Reading.Facts.of(t, null);
    int n = Progress.periods(pp, period, w, at);
    TreeMap<Integer, PeriodTotal> byPeriod = new TreeMap<>();
    boolean any = false;
    for (CheckIn c : kr.checkIns()) {
      if (c.instant().isAfter(at)) {
        break;
      }
      CheckInData.PeriodValue pv = (CheckInData.PeriodValue) c.data();
      any = true;
      if (cycle.contains(pv.period())) {
        int k = period.indexOf(cycle.start(), pv.period());
        if (k < n) {
          byPeriod.computeIfAbsent(k, x -> new PeriodTotal()).add(pv.value());
        }
      }
    }
    if (!any) {
      return Progress.noCheckIn(pp, facts, at);
    }
    if (n == 0) {
      return Progress.noPeriod(facts, at);
    }
    ProgressPolicy.PeriodItems items = pp.periodItems();
    ProgressPolicy.RecurringAggregation how = pp.recurring();
    BigDecimal sum = BigDecimal.ZERO;
    int[] periods = new int[byPeriod.size()];
    PeriodTotal[] totals = new PeriodTotal[periods.length];
    BigDecimal[] terms = new BigDecimal[periods.length];
    int i = 0;
    for (Map.Entry<Integer, PeriodTotal> e : byPeriod.entrySet()) {
      periods[i] = e.getKey();
      totals[i] = e.getValue();
      BigDecimal a = e.getValue().value(items);
      BigDecimal term = switch (how) {
        case CUMULATIVE -> a;
        case MEAN_OF_CAPPED_RATIOS -> a.compareTo(t) >= 0 ? BigDecimal.ONE : Decimals.div(a, t);
        default -> a.compareTo(t) >= 0 ? BigDecimal.ONE : BigDecimal.ZERO;
      };
      sum = sum.add(term);
      terms[i++] = term;
    }
    BigDecimal nn = BigDecimal.valueOf(n);
    BigDecimal p = how == ProgressPolicy.RecurringAggregation.CUMULATIVE ? Decimals.div(sum, nn.multiply(t))
        : Decimals.div(sum, nn);
    return facts.read(p, new Step.Recurring(p, sum, n, m, cycle, periods, totals, terms));
  }
}
