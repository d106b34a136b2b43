package org.okr4j;

import io.vavr.collection.List;
import io.vavr.collection.TreeSet;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import org.okr4j.model.AggregateMetric;
import org.okr4j.model.BinaryMetric;
import org.okr4j.model.CheckIn;
import org.okr4j.model.CheckInData;
import org.okr4j.model.Comparison;
import org.okr4j.model.Confidence;
import org.okr4j.model.Cycle;
import org.okr4j.model.KeyResult;
import org.okr4j.model.Level;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Metric;
import org.okr4j.model.Milestone;
import org.okr4j.model.MilestoneMetric;
import org.okr4j.model.OrdinalMetric;
import org.okr4j.model.Objective;
import org.okr4j.model.ObjectiveType;
import org.okr4j.model.OkrSet;
import org.okr4j.model.OwnerRef;
import org.okr4j.model.Period;
import org.okr4j.model.RangeMetric;
import org.okr4j.model.RecurringMetric;
import org.okr4j.model.Target;
import org.okr4j.model.ThresholdMetric;
import org.okr4j.model.Zone;
import org.okr4j.model.Unit;
import org.okr4j.model.Visibility;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The generators of okr-core's property tests: valid values of every model type. Each generator
 * draws from QuickTheories' randomness source, so failures shrink and replay with
 * {@code -DQT_SEED=...}. Bounds (0, 1, the cycle's first and last day) are mixed in on purpose:
 * QuickTheories does not favour them.
 */
public final class OkrGenerators {

  /** The cycle every generated objective belongs to: Q1 2026. */
  public static final Cycle CYCLE = Cycle.of("2026-q1", "Q1 2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1));

  private OkrGenerators() {}

  /**
   * Returns the number of examples a property should run: {@code okr.qt.examples} (1000 by
   * default; PIT lowers it).
   *
   * @return the example count
   */
  public static int examples() {
    return Integer.getInteger("okr.qt.examples", 1000);
  }

  /**
   * Returns decimals in [-1000, 1000] with up to 3 decimals, mixing in 0, 1 and -1.
   *
   * @return the generator
   */
  public static Gen<BigDecimal> decimals() {
    Gen<BigDecimal> any = Generate.range(-1_000_000, 1_000_000).map(i -> BigDecimal.valueOf(i, 3));
    return any.mix(Generate.pick(java.util.List.of(BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ONE.negate())), 15);
  }

  /**
   * Returns non-negative decimals up to 1000.
   *
   * @return the generator
   */
  public static Gen<BigDecimal> nonNegative() {
    return Generate.range(0, 1_000_000).map(i -> BigDecimal.valueOf(i, 3))
        .mix(Generate.pick(java.util.List.of(BigDecimal.ZERO, BigDecimal.ONE)), 15);
  }

  /**
   * Returns valid identifiers with a prefix, such as {@code kr-17}.
   *
   * @param prefix the prefix
   * @return the generator
   */
  public static Gen<String> ids(String prefix) {
    return Generate.range(0, 9999).map(i -> prefix + "-" + i);
  }

  /**
   * Returns instants inside {@link #CYCLE}, mixing in its first and last second.
   *
   * @return the generator
   */
  public static Gen<Instant> instantsInCycle() {
    long start = CYCLE.startInstant().getEpochSecond();
    long end = CYCLE.endInstant().getEpochSecond() - 1;
    return Generate.longRange(start, end).map(s -> Instant.ofEpochSecond(s))
        .mix(Generate.pick(java.util.List.of(Instant.ofEpochSecond(start), Instant.ofEpochSecond(end))), 10);
  }

  /**
   * Returns valid metrics of every kind.
   *
   * @return the generator
   */
  public static Gen<Metric> metrics() {
    return in -> {
      int kind = Generate.range(0, 7).generate(in);
      BigDecimal a = decimals().generate(in);
      BigDecimal d = Generate.range(1, 1_000_000).map(i -> BigDecimal.valueOf(i, 3)).generate(in);
      boolean up = Generate.booleans().generate(in);
      switch (kind) {
        case 0:
          return LinearMetric.of(Unit.NUMBER, a, Target.absolute(up ? a.add(d) : a.subtract(d)));
        case 1:
          return ThresholdMetric.of(Unit.PERCENT, Generate.enumValues(Comparison.class).generate(in), a);
        case 2:
          return RangeMetric.of(Unit.NUMBER, a, a.add(d));
        case 3:
          return BinaryMetric.INSTANCE;
        case 4: {
          int n = Generate.range(1, 5).generate(in);
          ArrayList<Milestone> ms = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            ms.add(Milestone.of("m" + i, "Milestone " + i, BigDecimal.valueOf(Generate.range(1, 5).generate(in))));
          }
          return MilestoneMetric.validate(ms).get();
        }
        case 5:
          return RecurringMetric.of(Unit.COUNT, Generate.enumValues(Period.class).generate(in), d);
        case 6:
          return AggregateMetric.of(Unit.PERCENT, up ? Comparison.AT_LEAST : Comparison.AT_MOST, d);
        default: {
          if (up) {
            return OrdinalMetric.of();
          }
          // non-decreasing scores: a, a + d, a + 2d, a + 3d
          return OrdinalMetric.of(io.vavr.collection.TreeMap.of(Zone.FAIL, a, Zone.COMMIT, a.add(d),
              Zone.TARGET, a.add(d).add(d), Zone.STRETCH, a.add(d).add(d).add(d)),
              io.vavr.collection.TreeMap.of(Zone.TARGET, "target zone"));
        }
      }
    };
  }

  /**
   * Returns check-in data that {@code metric} accepts, for periods inside {@link #CYCLE}.
   *
   * @param metric the metric
   * @return the generator
   */
  public static Gen<CheckInData> dataFor(Metric metric) {
    return in -> {
      if (metric instanceof BinaryMetric) {
        return new CheckInData.Completion(Generate.booleans().generate(in));
      } else if (metric instanceof MilestoneMetric m) {
        java.util.TreeSet<String> done = new java.util.TreeSet<>();
        for (Milestone milestone : m.milestones()) {
          if (Generate.booleans().generate(in)) {
            done.add(milestone.id());
          }
        }
        return new CheckInData.MilestonesDone(TreeSet.ofAll(done));
      } else if (metric instanceof RecurringMetric) {
        LocalDate day = CYCLE.start().plusDays(Generate.range(0, (int) CYCLE.lengthInDays() - 1).generate(in));
        return new CheckInData.PeriodValue(day, nonNegative().generate(in));
      } else if (metric instanceof OrdinalMetric) {
        return new CheckInData.ZoneReached(Generate.enumValues(Zone.class).generate(in));
      } else if (metric instanceof AggregateMetric) {
        int n = Generate.range(1, 4).generate(in);
        ArrayList<CheckInData.Item> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          items.add(new CheckInData.Item("item-" + i, nonNegative().generate(in),
              BigDecimal.valueOf(Generate.range(1, 10_000).generate(in))));
        }
        return new CheckInData.ItemValues(List.ofAll(items));
      }
      return new CheckInData.Measurement(decimals().generate(in));
    };
  }

  /**
   * Returns valid key results with up to 5 check-ins.
   *
   * @return the generator
   */
  public static Gen<KeyResult> keyResults() {
    return in -> {
      Metric metric = metrics().generate(in);
      KeyResult.Builder b = KeyResult.builder()
          .id(ids("kr").generate(in))
          .title("Key result " + Generate.range(0, 999).generate(in))
          .weight(nonNegative().generate(in))
          .metric(metric);
      int n = Generate.range(0, 5).generate(in);
      for (int i = 0; i < n; i++) {
        CheckIn c = CheckIn.of(instantsInCycle().generate(in), dataFor(metric).generate(in));
        if (Generate.booleans().generate(in)) {
          c = c.withConfidence(Confidence.ofScale10(BigDecimal.valueOf(Generate.range(0, 10).generate(in))));
        }
        b.checkIn(c);
      }
      return b.buildOrThrow();
    };
  }

  /**
   * Returns valid objectives in {@link #CYCLE} with 0 to 5 key results, whose ids are made unique
   * by the objective's index {@code n}.
   *
   * @param n the objective's index, used to make ids unique
   * @return the generator
   */
  public static Gen<Objective> objectives(int n) {
    return in -> {
      Objective.Builder b = Objective.builder()
          .id("o-" + n)
          .title("Objective " + n)
          .owner(OwnerRef.person("p" + Generate.range(0, 20).generate(in)))
          .cycle(CYCLE.id().value())
          .level(Generate.pick(java.util.List.of(Level.COMPANY, Level.DEPARTMENT, Level.TEAM, Level.INDIVIDUAL))
              .generate(in))
          .type(Generate.enumValues(ObjectiveType.class).generate(in))
          .visibility(Generate.pick(java.util.List.of(Visibility.PUBLIC, Visibility.PRIVATE,
              Visibility.restricted(OwnerRef.person("p1")))).generate(in));
      int krs = Generate.range(0, 5).generate(in);
      for (int k = 0; k < krs; k++) {
        KeyResult kr = keyResults().generate(in);
        b.keyResult(kr.toBuilder().id("kr-" + n + "-" + k));
      }
      return b.buildOrThrow();
    };
  }

  /**
   * Returns valid sets of 1 to 8 objectives in {@link #CYCLE}.
   *
   * @return the generator
   */
  public static Gen<OkrSet> okrSets() {
    return in -> {
      int n = Generate.range(1, 8).generate(in);
      OkrSet.Builder b = OkrSet.builder().cycle(CYCLE);
      for (int i = 0; i < n; i++) {
        b.objective(objectives(i).generate(in));
      }
      return b.buildOrThrow();
    };
  }
}
