package org.okr4j.charts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import org.okr4j.model.BinaryMetric;
import org.okr4j.model.CheckIn;
import org.okr4j.model.CheckInData;
import org.okr4j.model.Comparison;
import org.okr4j.model.Cycle;
import org.okr4j.model.KeyResult;
import org.okr4j.model.Level;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Metric;
import org.okr4j.model.Objective;
import org.okr4j.model.OkrSet;
import org.okr4j.model.OrdinalMetric;
import org.okr4j.model.OwnerRef;
import org.okr4j.model.Period;
import org.okr4j.model.RecurringMetric;
import org.okr4j.model.Target;
import org.okr4j.model.ThresholdMetric;
import org.okr4j.model.Unit;
import org.okr4j.model.Visibility;
import org.okr4j.model.Zone;

/**
 * Random OKR sets for the charts' properties, drawn from one seed (so a failure replays from the
 * seed QuickTheories prints): 1 to 6 objectives in Q1 2026 with 0 to 4 key results of the linear
 * (increasing and decreasing), threshold, recurring, ordinal and binary kinds, 0 to 5 check-ins
 * each at random instants of the cycle (now and then at its very start or on its last day), random
 * weights, due dates, owners {@code p0}..{@code p5} and visibility.
 */
final class RandomOkrs {

  static final Cycle Q1 = Cycle.of("2026-q1", "Q1 2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1));

  private RandomOkrs() {}

  static int examples() {
    return Integer.getInteger("okr.qt.examples", 1000);
  }

  static Instant instant(Random r) {
    long start = Q1.startInstant().getEpochSecond();
    long end = Q1.endInstant().getEpochSecond();
    return switch (r.nextInt(8)) {
      case 0 -> Q1.startInstant();
      case 1 -> Q1.endInstant().minusSeconds(1);
      default -> Instant.ofEpochSecond(start + (long) (r.nextDouble() * (end - start)));
    };
  }

  static OkrSet set(long seed) {
    Random r = new Random(seed);
    OkrSet.Builder set = OkrSet.builder().cycle(Q1);
    int objectives = 1 + r.nextInt(6);
    for (int o = 0; o < objectives; o++) {
      Objective.Builder b = Objective.builder().id("o-" + o).title("目标 Objective " + o)
          .owner(OwnerRef.person("p" + r.nextInt(6))).cycle("2026-q1").level(Level.TEAM)
          .visibility(switch (r.nextInt(3)) {
            case 0 -> Visibility.PRIVATE;
            case 1 -> Visibility.restricted(OwnerRef.person("p1"));
            default -> Visibility.PUBLIC;
          });
      for (int k = 0, n = r.nextInt(5); k < n; k++) {
        b.keyResult(keyResult(r, "kr-" + o + "-" + k));
      }
      set.objective(b.buildOrThrow());
    }
    return set.buildOrThrow();
  }

  private static KeyResult keyResult(Random r, String id) {
    int kind = r.nextInt(6);
    Metric metric = switch (kind) {
      case 0 -> LinearMetric.count(1 + r.nextInt(20));
      case 1 -> LinearMetric.validate(Unit.NUMBER, BigDecimal.valueOf(100), Target.absolute(BigDecimal.valueOf(60))).get();
      case 2 -> ThresholdMetric.of(Unit.PERCENT, Comparison.AT_LEAST, BigDecimal.valueOf(5));
      case 3 -> RecurringMetric.of(Unit.custom("articles"), Period.MONTH, BigDecimal.valueOf(1 + r.nextInt(15)));
      case 4 -> OrdinalMetric.of();
      default -> BinaryMetric.INSTANCE;
    };
    KeyResult.Builder b = KeyResult.builder().id(id).title("关键结果 Key result " + id).metric(metric)
        .weight(BigDecimal.valueOf(r.nextInt(4)));
    if (r.nextInt(4) == 0) {
      b.dueDate(Q1.start().plusDays(20 + r.nextInt(60)));
    }
    for (int c = 0, n = r.nextInt(6); c < n; c++) {
      Instant at = instant(r);
      CheckInData data = switch (kind) {
        case 0, 1 -> new CheckInData.Measurement(BigDecimal.valueOf(r.nextInt(130) - 5));
        case 2 -> new CheckInData.Measurement(BigDecimal.valueOf(r.nextInt(100), 1));
        case 3 -> new CheckInData.PeriodValue(LocalDate.ofInstant(at, Q1.zone()), BigDecimal.valueOf(r.nextInt(20)));
        case 4 -> new CheckInData.ZoneReached(Zone.values()[r.nextInt(Zone.values().length)]);
        default -> new CheckInData.Completion(r.nextBoolean());
      };
      b.checkIn(CheckIn.of(at, data));
    }
    return b.buildOrThrow();
  }
}
