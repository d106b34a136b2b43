package org.okr4j.benchmarks;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.okr4j.alignment.AlignmentGraph;
import org.okr4j.alignment.GraphScorecard;
import org.okr4j.model.CheckIn;
import org.okr4j.model.CheckInData;
import org.okr4j.model.KeyResult;
import org.okr4j.model.KeyResultId;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Objective;
import org.okr4j.model.ObjectiveId;
import org.okr4j.model.OkrSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Evaluation through the alignment graph against the struct-of-arrays {@code double} baseline
 * ({@link ArrayBaseline}), on a deep and a wide organisation of linear key results, under
 * {@link ArrayBaseline#POLICY}:
 * <ul>
 *   <li>full evaluation: {@link GraphScorecard#evaluate} against {@link ArrayBaseline#evaluate};</li>
 *   <li>incremental re-score after one check-in on a key result whose objective has the longest
 *       way up (the deep shape's last objective, 19 links below the top; the wide shape's first
 *       objective with two parents, whose parents have about 625 children each):
 *       {@link GraphScorecard#withCheckIn} (the set's {@link OkrSet#withCheckIn} and the re-score
 *       along the paths to the roots) against {@link ArrayBaseline#checkIn}.</li>
 * </ul>
 * {@link GraphScorecard#evaluate} computes every key result's and objective's progress and builds
 * score objects (status, band, explanations) only when they are asked for. The graph keeps the
 * layout its first evaluation compiled (during the warm-up), so a measured evaluation reuses it, as
 * the baseline reuses the arrays it laid out in its set-up; {@link SetUpBenchmark#evaluate} times
 * a first evaluation, compilation included. The baseline computes
 * progress, raw mean, status and band of every node. The set-up checks, score by score, that okr4j's
 * incremental scorecard equals its full evaluation of the changed set; the tests check the
 * baseline's numbers against okr4j's.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
public class ScoringBenchmark {

  /** When the new check-in is made: after every check-in of the quarter's second month, before the instant of evaluation. */
  static final Instant CHECK_IN_AT = Instant.parse("2026-02-27T12:00:00Z");

  /** The organisation, its graph, and the key result the incremental benchmarks change. */
  @State(Scope.Benchmark)
  public static class Organisation {

    /** The shape: {@code deep} or {@code wide}. */
    @Param({"deep", "wide"})
    public String shape;

    /** Number of key results. */
    @Param({"1000000"})
    public int keyResults;

    SyntheticOrganisation org;
    AlignmentGraph graph;
    KeyResultId changed;
    int changedPosition;
    /** The new check-in: a quarter of the way from baseline to target, so that the key result moves. */
    CheckIn checkIn;

    /** Generates the organisation and builds its graph. */
    @Setup(Level.Trial)
    public void setUp() {
      org = SyntheticOrganisation.generate(
          SyntheticOrganisation.Parameters.of(SyntheticOrganisation.Shape.of(shape), keyResults));
      graph = org.graph();
      Objective deepest = deepest(org);
      KeyResult kr = deepest.keyResults().last();
      changed = kr.id();
      changedPosition = Integer.parseInt(kr.id().value().substring(1));
      LinearMetric m = (LinearMetric) kr.metric();
      BigDecimal quarter = m.targetValue().subtract(m.baseline()).divide(BigDecimal.valueOf(4));
      checkIn = CheckIn.of(CHECK_IN_AT, new CheckInData.Measurement(m.baseline().add(quarter)));
    }

    /** The deep shape's last objective; the wide shape's first objective with a second parent. */
    private static Objective deepest(SyntheticOrganisation org) {
      if (org.parameters().shape() == SyntheticOrganisation.Shape.WIDE) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (SyntheticOrganisation.Edge e : org.links()) {
          if (!seen.add(e.child())) {
            return org.set().objective(ObjectiveId.of(e.child())).get();
          }
        }
      }
      return org.set().objectives().last();
    }
  }

  /** okr4j's scorecard of the organisation, for the incremental benchmark. */
  @State(Scope.Benchmark)
  public static class Scored {
    OkrSet before;
    GraphScorecard card;
    KeyResultId changed;
    CheckIn checkIn;

    /**
     * Scores the organisation; fails if the incremental and the full evaluation of the changed set disagree.
     *
     * @param o the organisation
     */
    @Setup(Level.Trial)
    public void setUp(Organisation o) {
      before = o.org.set();
      changed = o.changed;
      checkIn = o.checkIn;
      card = GraphScorecard.evaluate(o.graph, ArrayBaseline.POLICY, SyntheticOrganisation.AS_OF);
      GraphScorecard incremental = rescore(this);
      GraphScorecard full = GraphScorecard.evaluate(AlignmentGraph.buildOrThrow(incremental.graph().set(),
          o.graph.policy(), o.graph.links()), ArrayBaseline.POLICY, SyntheticOrganisation.AS_OF);
      if (!incremental.objectives().equals(full.objectives()) || !incremental.equals(full)) {
        throw new IllegalStateException("incremental and full evaluation disagree");
      }
    }
  }

  /** The baseline's arrays, evaluated once. */
  @State(Scope.Benchmark)
  public static class Baseline {
    ArrayBaseline arrays;
    int changed;
    long asOf;
    long checkInTime;
    double checkInValue;

    /**
     * Lays out the arrays and evaluates them once.
     *
     * @param o the organisation
     */
    @Setup(Level.Trial)
    public void setUp(Organisation o) {
      arrays = ArrayBaseline.of(o.org);
      asOf = SyntheticOrganisation.AS_OF.getEpochSecond();
      arrays.evaluate(asOf);
      changed = o.changedPosition;
      checkInTime = o.checkIn.instant().getEpochSecond();
      checkInValue = ((CheckInData.Measurement) o.checkIn.data()).value().doubleValue();
    }
  }

  static GraphScorecard rescore(Scored s) {
    return s.card.withCheckIn(s.changed, s.checkIn).get();
  }

  /**
   * okr4j: every key result and objective, rolled up through the graph.
   *
   * @param o the organisation
   * @return the scorecard
   */
  @Benchmark
  public GraphScorecard okr4jFull(Organisation o) {
    return GraphScorecard.evaluate(o.graph, ArrayBaseline.POLICY, SyntheticOrganisation.AS_OF);
  }

  /**
   * The baseline: the same roll-up over arrays of {@code double}.
   *
   * @param a the arrays
   * @return a checksum
   */
  @Benchmark
  public double arraysFull(Baseline a) {
    a.arrays.evaluate(a.asOf);
    return a.arrays.checksum();
  }

  /**
   * okr4j: add the check-in, re-score what it moves.
   *
   * @param s the scorecard before
   * @return the new scorecard
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public GraphScorecard okr4jIncremental(Scored s) {
    return rescore(s);
  }

  /**
   * The baseline: re-score the key result, then every objective on its path to the roots.
   *
   * @param a the arrays
   * @return the changed objective's progress
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public double arraysIncremental(Baseline a) {
    a.arrays.checkIn(a.changed, a.checkInTime, a.checkInValue, a.asOf);
    return a.arrays.objectiveProgress[a.arrays.krObjective[a.changed]];
  }
}
