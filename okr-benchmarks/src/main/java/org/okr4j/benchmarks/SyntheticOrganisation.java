package org.okr4j.benchmarks;

import io.vavr.collection.List;
import io.vavr.collection.TreeSet;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.SplittableRandom;
import org.okr4j.model.AggregateMetric;
import org.okr4j.model.BinaryMetric;
import org.okr4j.model.CheckIn;
import org.okr4j.model.CheckInData;
import org.okr4j.model.Comparison;
import org.okr4j.model.Cycle;
import org.okr4j.model.KeyResult;
import org.okr4j.model.Level;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Metric;
import org.okr4j.model.Milestone;
import org.okr4j.model.MilestoneMetric;
import org.okr4j.model.Objective;
import org.okr4j.model.OkrSet;
import org.okr4j.model.OwnerRef;
import org.okr4j.model.Period;
import org.okr4j.model.RecurringMetric;
import org.okr4j.model.Target;
import org.okr4j.model.ThresholdMetric;
import org.okr4j.model.Unit;

/**
 * A deterministic synthetic organisation for benchmarks: {@code keyResults / krsPerObjective}
 * objectives laid out as a tree of {@code levels} levels (objective {@code i}'s parent is
 * {@code (i − 1) / fanOut}), each with {@code krsPerObjective} key results of a mixed metric kind and
 * {@code checkInsPerKr} check-ins spread over one quarter; a share of key results also cascade to a
 * key result of an objective higher up, owned by another team (cross-team links).
 *
 * @param set the objectives and the cycle
 * @param links every alignment link as {@code [childId, parentId]}, child first; objectives align
 *     to their parent objective, cross-team key results to a key result higher up
 * @param parameters the parameters it was generated with
 */
public record SyntheticOrganisation(OkrSet set, java.util.List<String[]> links, Parameters parameters) {

  /** The quarter every objective belongs to. */
  public static final Cycle QUARTER = Cycle.of("2026-q1", "Q1 2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1));

  /**
   * The generator's parameters.
   *
   * @param keyResults how many key results (10 000, 100 000, 1 000 000)
   * @param krsPerObjective key results per objective
   * @param levels organisational levels (6)
   * @param checkInsPerKr check-ins per key result (4)
   * @param crossTeamShare share of key results with a cross-team cascade link
   * @param seed the random seed
   * @param linearOnly whether every key result is linear (for arithmetic baselines), rather than
   *     the mix of 60 % linear, 10 % threshold, 10 % milestones, 10 % recurring, 5 % binary and
   *     5 % aggregate
   */
  public record Parameters(int keyResults, int krsPerObjective, int levels, int checkInsPerKr,
      double crossTeamShare, long seed, boolean linearOnly) {

    /**
     * Returns the default parameters for {@code keyResults} key results: 4 per objective, 6 levels,
     * 4 check-ins each, 5 % cross-team links, seed 42.
     *
     * @param keyResults how many key results
     * @return the parameters
     */
    public static Parameters of(int keyResults) {
      return new Parameters(keyResults, 4, 6, 4, 0.05, 42L, false);
    }

    /**
     * Returns a copy whose key results are all linear.
     *
     * @return the parameters
     */
    public Parameters linear() {
      return new Parameters(keyResults, krsPerObjective, levels, checkInsPerKr, crossTeamShare, seed, true);
    }

    /**
     * Returns the number of objectives.
     *
     * @return {@code ceil(keyResults / krsPerObjective)}
     */
    public int objectives() {
      return (keyResults + krsPerObjective - 1) / krsPerObjective;
    }

    /**
     * Returns the smallest fan-out that fits every objective in {@code levels} levels.
     *
     * @return the fan-out, at least 2
     */
    public int fanOut() {
      for (int f = 2; ; f++) {
        long total = 0;
        long width = 1;
        for (int d = 0; d < levels; d++) {
          total += width;
          width *= f;
        }
        if (total >= objectives()) {
          return f;
        }
      }
    }
  }

  /**
   * Generates an organisation.
   *
   * @param p the parameters
   * @return the organisation
   */
  public static SyntheticOrganisation generate(Parameters p) {
    SplittableRandom random = new SplittableRandom(p.seed());
    int objectives = p.objectives();
    int fanOut = p.fanOut();
    Level[] levels = new Level[p.levels()];
    for (int d = 0; d < levels.length; d++) {
      levels[d] = Level.of("level-" + d, d);
    }
    long start = QUARTER.startInstant().getEpochSecond();
    long span = QUARTER.endInstant().getEpochSecond() - start;
    OkrSet.Builder set = OkrSet.builder().cycle(QUARTER);
    java.util.List<String[]> links = new ArrayList<>();
    int[] depth = new int[objectives];
    int kr = 0;
    for (int i = 0; i < objectives; i++) {
      int parent = i == 0 ? -1 : (i - 1) / fanOut;
      depth[i] = i == 0 ? 0 : Math.min(depth[parent] + 1, levels.length - 1);
      Objective.Builder o = Objective.builder()
          .id("o" + i).title("Objective " + i)
          .owner(OwnerRef.team("team-" + (i == 0 ? 0 : (i - 1) / fanOut)))
          .cycle(QUARTER.id().value()).level(levels[depth[i]]);
      for (int k = 0; k < p.krsPerObjective() && kr < p.keyResults(); k++, kr++) {
        Metric metric = p.linearOnly() ? linear(random) : metric(random);
        KeyResult.Builder b = KeyResult.builder().id("k" + kr).title("Key result " + kr).metric(metric);
        for (int c = 0; c < p.checkInsPerKr(); c++) {
          Instant at = Instant.ofEpochSecond(start + (span * (c + 1)) / (p.checkInsPerKr() + 1) + random.nextInt(3600));
          b.checkIn(CheckIn.of(at, data(metric, random, c)));
        }
        o.keyResult(b);
        if (i > 0 && random.nextDouble() < p.crossTeamShare()) {
          int target = random.nextInt(i);
          links.add(new String[] {"k" + kr, "k" + (target * p.krsPerObjective())});
        }
      }
      if (parent >= 0) {
        links.add(new String[] {"o" + i, "o" + parent});
      }
      set.objective(o.buildOrThrow());
    }
    return new SyntheticOrganisation(set.buildOrThrow(), links, p);
  }

  private static Metric linear(SplittableRandom random) {
    int baseline = random.nextInt(100);
    return LinearMetric.of(Unit.NUMBER, BigDecimal.valueOf(baseline),
        Target.absolute(BigDecimal.valueOf(baseline + 1 + random.nextInt(1000))));
  }

  private static Metric metric(SplittableRandom random) {
    int roll = random.nextInt(100);
    if (roll < 60) {
      return linear(random);
    } else if (roll < 70) {
      return ThresholdMetric.of(Unit.PERCENT, Comparison.AT_LEAST, BigDecimal.valueOf(random.nextInt(100)));
    } else if (roll < 80) {
      return MilestoneMetric.of(Milestone.of("m1", "First"), Milestone.of("m2", "Second"), Milestone.of("m3", "Third"));
    } else if (roll < 90) {
      return RecurringMetric.of(Unit.COUNT, Period.MONTH, BigDecimal.valueOf(1 + random.nextInt(20)));
    } else if (roll < 95) {
      return BinaryMetric.INSTANCE;
    }
    return AggregateMetric.of(Unit.PERCENT, Comparison.AT_LEAST, BigDecimal.valueOf(1 + random.nextInt(10)));
  }

  private static CheckInData data(Metric metric, SplittableRandom random, int c) {
    if (metric instanceof MilestoneMetric) {
      return new CheckInData.MilestonesDone(c == 0 ? TreeSet.empty() : TreeSet.of("m1"));
    } else if (metric instanceof RecurringMetric) {
      return new CheckInData.PeriodValue(QUARTER.start().plusDays(20L * c), BigDecimal.valueOf(random.nextInt(25)));
    } else if (metric instanceof BinaryMetric) {
      return new CheckInData.Completion(c > 2);
    } else if (metric instanceof AggregateMetric) {
      return new CheckInData.ItemValues(List.of(new CheckInData.Item("item-" + c,
          BigDecimal.valueOf(random.nextInt(50)), BigDecimal.valueOf(100 + random.nextInt(900)))));
    }
    return new CheckInData.Measurement(BigDecimal.valueOf(random.nextInt(1200)));
  }
}
