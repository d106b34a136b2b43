package org.okr4j.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.TreeMap;
import org.okr4j.model.AggregateMetric;
import org.okr4j.model.CheckIn;
import org.okr4j.model.CheckInData;
import org.okr4j.model.Cycle;
import org.okr4j.model.KeyResult;
import org.okr4j.model.Period;

/**
 * Reads aggregate key results, rates over items (numerator / denominator, each item's latest
 * check-in counting): a pooled ratio, a mean of item rates or a mean of per-period means
 * ({@link ProgressPolicy#aggregate()}). With a baseline the value is graded as a linear key result
 * ({@link LinearProgress#graded}), without one against its target as a threshold
 * ({@link ControlProgress#against}). Immutable.
 */
final class AggregateProgress {

  private final ProgressPolicy pp;
  private final LinearProgress linear;
  private final ControlProgress control;

  AggregateProgress(ProgressPolicy pp, LinearProgress linear, ControlProgress control) {
    this.pp = pp;
    this.linear = linear;
    this.control = control;
  }

  Reading read(KeyResult kr, AggregateMetric m, Window w, Instant at) {
    Reading.Facts facts = Reading.Facts.of(m.target(), null);
    Cycle cycle = w.cycle;
    Period cadence = pp.cadence();
    int planned = Math.max(1, cadence.countIn(cycle.start(), cycle.end()));
    HashMap<String, Step.CheckInItem> items = new HashMap<>();
    for (CheckIn c : kr.checkIns()) {
      if (c.instant().isAfter(at)) {
        break;
      }
      LocalDate d = w.date(c.instant());
      int k = d.isBefore(cycle.start()) ? 0 : Math.min(planned - 1, cadence.indexOf(cycle.start(), d));
      for (CheckInData.Item item : ((CheckInData.ItemValues) c.data()).items()) {
        items.put(item.key(), new Step.CheckInItem(item, k));
      }
    }
    if (items.isEmpty()) {
      return Progress.noCheckIn(pp, facts, at);
    }
    Step.Value.Aggregate value = value(m, items);
    BigDecimal a = value.value();
    if (m.baseline().isDefined()) {
      BigDecimal b = m.baseline().get();
      return linear.graded(facts.withAggregate(a, b, false), a, b, m.target(), m.target().compareTo(b) > 0, "a",
          new Step.Inputs.Aggregated(value, b, m.target()));
    }
    return control.against(facts.withAggregate(a, null, true), value, pp.effective(m.comparison()), m.target());
  }

  private Step.Value.Aggregate value(AggregateMetric m, HashMap<String, Step.CheckInItem> items) {
    BigDecimal scale = m.scale();
    switch (pp.aggregate()) {
      case POOLED_RATIO: {
        BigDecimal num = BigDecimal.ZERO;
        BigDecimal den = BigDecimal.ZERO;
        for (Step.CheckInItem e : items.values()) {
          num = num.add(e.item().numerator());
          den = den.add(e.item().denominator());
        }
        return new Step.Value.Aggregate(Decimals.div(num.multiply(scale), den), m, all(items),
            new BigDecimal[] {num, den});
      }
      case MEAN_OF_PERIOD_MEANS: {
        TreeMap<Integer, BigDecimal[]> byPeriod = new TreeMap<>();
        for (Step.CheckInItem e : items.values()) {
          BigDecimal[] acc = byPeriod.computeIfAbsent(e.period(), x -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
          acc[0] = acc[0].add(rate(e.item(), scale));
          acc[1] = acc[1].add(BigDecimal.ONE);
        }
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal[] means = new BigDecimal[byPeriod.size()];
        int i = 0;
        for (BigDecimal[] acc : byPeriod.values()) {
          means[i] = Decimals.div(acc[0], acc[1]);
          sum = sum.add(means[i++]);
        }
        return new Step.Value.Aggregate(Decimals.div(sum, BigDecimal.valueOf(byPeriod.size())), m, all(items), means);
      }
      default: {
        BigDecimal sum = BigDecimal.ZERO;
        for (Step.CheckInItem e : items.values()) {
          sum = sum.add(rate(e.item(), scale));
        }
        return new Step.Value.Aggregate(Decimals.div(sum, BigDecimal.valueOf(items.size())), m, all(items),
            new BigDecimal[] {sum});
      }
    }
  }

  private static Step.CheckInItem[] all(HashMap<String, Step.CheckInItem> items) {
    return items.values().toArray(new Step.CheckInItem[0]);
  }

  /** An item's rate: its numerator over its denominator, times the metric's scale. */
  static BigDecimal rate(CheckInData.Item item, BigDecimal scale) {
    return Decimals.div(item.numerator().multiply(scale), item.denominator());
  }
}
