package org.okr4j.scoring;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.okr4j.model.BinaryMetric;
import org.okr4j.model.CheckIn;
import org.okr4j.model.CheckInData;
import org.okr4j.model.Comparison;
import org.okr4j.model.KeyResult;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Metric;
import org.okr4j.model.Milestone;
import org.okr4j.model.MilestoneMetric;
import org.okr4j.model.RangeMetric;
import org.okr4j.model.Target;
import org.okr4j.model.ThresholdMetric;
import org.okr4j.model.Unit;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators for scoring properties. QuickTheories does not favour range bounds, so
 * every numeric generator mixes them in.
 */
final class ScoringGenerators {

  private ScoringGenerators() {}

  /** Decimals from {@code min} to {@code max} (in units of 10^-scale), bounds and 0 mixed in. */
  static Gen<BigDecimal> decimals(int min, int max, int scale) {
    return integers().between(min, max).map(i -> BigDecimal.valueOf(i, scale))
        .mix(arbitrary().pick(BigDecimal.valueOf(min, scale), BigDecimal.valueOf(max, scale), BigDecimal.ZERO), 20);
  }

  static Gen<Cap> caps() {
    return arbitrary().pick(Cap.none(), Cap.clamp01(), Cap.nonNegative(), Cap.atMost(new BigDecimal("1.5")),
        Cap.between(new BigDecimal("-0.5"), new BigDecimal("2")), Cap.between(BigDecimal.ONE, BigDecimal.ONE));
  }

  /** Linear metrics with baseline in [−1000, 1000] and a non-zero distance to the target. */
  static Gen<LinearMetric> linearMetrics() {
    Gen<BigDecimal> baseline = decimals(-100_000, 100_000, 2);
    Gen<BigDecimal> delta = decimals(-100_000, 100_000, 2).assuming(x -> x.signum() != 0)
        .mix(arbitrary().pick(new BigDecimal("0.01"), new BigDecimal("-0.01")), 10);
    return baseline.zip(delta, (b, dt) -> LinearMetric.of(Unit.NUMBER, b, Target.absolute(b.add(dt))));
  }

  /** A key result as generated: its kind, weight and check-ins as (day, value) pairs. */
  record Spec(int kind, BigDecimal weight, List<int[]> checkIns) {}

  static Gen<Spec> specs(int minDay, int maxDay) {
    Gen<int[]> checkIn = integers().between(minDay, maxDay).zip(integers().between(-50, 150), (day, v) -> new int[] {day, v});
    return integers().between(0, 5).zip(arbitrary().pick(BigDecimal.ZERO, new BigDecimal("0.5"), BigDecimal.ONE,
        BigDecimal.valueOf(2), BigDecimal.valueOf(3)), lists().of(checkIn).ofSizeBetween(0, 4), Spec::new);
  }

  static Gen<List<Spec>> specLists(int min, int max, int minDay, int maxDay) {
    return lists().of(specs(minDay, maxDay)).ofSizeBetween(min, max);
  }

  static Metric metric(int kind) {
    switch (kind) {
      case 0:
        return LinearMetric.of(Unit.NUMBER, BigDecimal.ZERO, Target.absolute(BigDecimal.TEN));
      case 1:
        return LinearMetric.of(Unit.NUMBER, BigDecimal.TEN, Target.absolute(BigDecimal.ZERO));
      case 2:
        return ThresholdMetric.of(Unit.NUMBER, Comparison.AT_LEAST, BigDecimal.valueOf(5));
      case 3:
        return RangeMetric.of(Unit.NUMBER, BigDecimal.valueOf(2), BigDecimal.valueOf(6));
      case 4:
        return BinaryMetric.INSTANCE;
      default:
        return MilestoneMetric.of(Milestone.of("m1", "One"), Milestone.of("m2", "Two", BigDecimal.valueOf(2)),
            Milestone.of("m3", "Three"));
    }
  }

  static CheckInData data(int kind, int value) {
    BigDecimal v = BigDecimal.valueOf(value, 1);
    switch (kind) {
      case 4:
        return new CheckInData.Completion(value > 50);
      case 5: {
        io.vavr.collection.TreeSet<String> done = io.vavr.collection.TreeSet.empty();
        for (int i = 1; i <= Math.max(0, Math.min(3, value / 40)); i++) {
          done = done.add("m" + i);
        }
        return new CheckInData.MilestonesDone(done);
      }
      default:
        return new CheckInData.Measurement(v);
    }
  }

  /** Builds the key result of a spec; its check-ins are given in the order listed. */
  static KeyResult keyResult(String id, Spec spec, List<int[]> order) {
    ArrayList<CheckIn> checkIns = new ArrayList<>();
    for (int[] c : order) {
      CheckIn checkIn = CheckIn.of(Fixtures.day(c[0]), data(spec.kind(), c[1]));
      if (c[1] % 3 == 0) {
        checkIn = checkIn.withConfidence(org.okr4j.model.Confidence.of(BigDecimal.valueOf(Math.abs(c[1]) % 11, 1)));
      }
      checkIns.add(checkIn);
    }
    return KeyResult.builder().id(id).title("KR " + id).weight(spec.weight()).metric(metric(spec.kind()))
        .checkIns(checkIns).buildOrThrow();
  }
}
