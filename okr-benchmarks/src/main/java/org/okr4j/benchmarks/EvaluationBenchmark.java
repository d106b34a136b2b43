package org.okr4j.benchmarks;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.okr4j.model.CheckIn;
import org.okr4j.model.CheckInData;
import org.okr4j.model.KeyResult;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Objective;
import org.okr4j.scoring.Scorecard;
import org.okr4j.scoring.Scorer;
import org.okr4j.scoring.ScoringPolicy;
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
 * Benchmark 1: full evaluation (KR progress, objective roll-up, expected progress and status as
 * of one instant) by {@link Scorer#evaluate} against a hand-written baseline doing the same
 * arithmetic over primitive arrays in {@code double}. Linear key results only, so both sides
 * compute the same formulas; okr4j also builds its explanations and exact decimals. A second
 * baseline, {@link #baselineExact}, does the same arithmetic by hand in {@link BigDecimal} with
 * okr4j's precision (34 significant digits, {@link MathContext#DECIMAL128}), which separates the
 * cost of exact decimals from the cost of the library.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
public class EvaluationBenchmark {

  /** Number of key results. */
  @Param({"100000"})
  public int keyResults;

  private SyntheticOrganisation org;
  private Instant asOf;
  private ScoringPolicy policy;

  // baseline arrays
  private double[] baseline;
  private double[] target;
  private double[] weight;
  private long[][] checkInTimes;
  private double[][] checkInValues;
  private int[] objectiveStart;
  private double cycleStart;
  private double cycleLength;
  // exact baseline arrays
  private BigDecimal[] baselineDec;
  private BigDecimal[] targetDec;
  private BigDecimal[] weightDec;
  private BigDecimal[][] checkInDec;

  /** Generates the organisation and the baseline's arrays. */
  @Setup(Level.Trial)
  public void setUp() {
    org = SyntheticOrganisation.generate(SyntheticOrganisation.Parameters.of(keyResults).linear());
    asOf = Instant.parse("2026-03-01T00:00:00Z");
    policy = ScoringPolicy.defaults();
    int n = keyResults;
    baseline = new double[n];
    target = new double[n];
    weight = new double[n];
    checkInTimes = new long[n][];
    checkInValues = new double[n][];
    baselineDec = new BigDecimal[n];
    targetDec = new BigDecimal[n];
    weightDec = new BigDecimal[n];
    checkInDec = new BigDecimal[n][];
    objectiveStart = new int[org.set().objectives().size() + 1];
    int k = 0;
    int o = 0;
    for (Objective objective : org.set().objectives()) {
      objectiveStart[o++] = k;
      for (KeyResult kr : objective.keyResults()) {
        LinearMetric m = (LinearMetric) kr.metric();
        baseline[k] = m.baseline().doubleValue();
        target[k] = m.targetValue().doubleValue();
        weight[k] = kr.weight().doubleValue();
        baselineDec[k] = m.baseline();
        targetDec[k] = m.targetValue();
        weightDec[k] = kr.weight();
        checkInDec[k] = new BigDecimal[kr.checkIns().size()];
        checkInTimes[k] = new long[kr.checkIns().size()];
        checkInValues[k] = new double[kr.checkIns().size()];
        int c = 0;
        for (CheckIn checkIn : kr.checkIns()) {
          checkInTimes[k][c] = checkIn.instant().getEpochSecond();
          checkInValues[k][c] = ((CheckInData.Measurement) checkIn.data()).value().doubleValue();
          checkInDec[k][c] = ((CheckInData.Measurement) checkIn.data()).value();
          c++;
        }
        k++;
      }
    }
    objectiveStart[o] = k;
    cycleStart = SyntheticOrganisation.QUARTER.startInstant().getEpochSecond();
    cycleLength = SyntheticOrganisation.QUARTER.endInstant().getEpochSecond() - cycleStart;
  }

  /**
   * okr4j's full evaluation.
   *
   * @return the scorecard
   */
  @Benchmark
  public Scorecard okr4j() {
    return Scorer.evaluate(org.set(), policy, asOf);
  }

  /**
   * The primitive-array baseline: latest value as of the instant, linear progress clamped for the
   * roll-up, weighted mean per objective, expected progress and on-track status.
   *
   * @return a checksum so the work is not eliminated
   */
  @Benchmark
  public double baseline() {
    long t = asOf.getEpochSecond();
    double expected = Math.max(0, Math.min(1, (t - cycleStart) / cycleLength));
    double checksum = 0;
    for (int o = 0; o + 1 < objectiveStart.length; o++) {
      double sum = 0;
      double weights = 0;
      int onTrack = 0;
      for (int k = objectiveStart[o]; k < objectiveStart[o + 1]; k++) {
        int latest = latest(k, t);
        if (latest < 0) {
          continue;
        }
        double raw = (checkInValues[k][latest] - baseline[k]) / (target[k] - baseline[k]);
        double p = Math.max(0, Math.min(1, raw));
        sum += weight[k] * p;
        weights += weight[k];
        onTrack += raw >= expected ? 1 : 0;
      }
      checksum += weights == 0 ? 0 : sum / weights + onTrack;
    }
    return checksum;
  }

  /**
   * The exact baseline: the arithmetic of {@link #baseline} by hand in {@link BigDecimal}, each
   * quotient to 34 significant digits as okr4j rounds it.
   *
   * @return a checksum so the work is not eliminated
   */
  @Benchmark
  public BigDecimal baselineExact() {
    MathContext mc = MathContext.DECIMAL128;
    long t = asOf.getEpochSecond();
    BigDecimal expected = BigDecimal.valueOf(Math.max(0, Math.min(t - (long) cycleStart, (long) cycleLength)))
        .divide(BigDecimal.valueOf((long) cycleLength), mc);
    BigDecimal checksum = BigDecimal.ZERO;
    for (int o = 0; o + 1 < objectiveStart.length; o++) {
      BigDecimal sum = BigDecimal.ZERO;
      BigDecimal weights = BigDecimal.ZERO;
      int onTrack = 0;
      for (int k = objectiveStart[o]; k < objectiveStart[o + 1]; k++) {
        int latest = latest(k, t);
        if (latest < 0) {
          continue;
        }
        BigDecimal raw = checkInDec[k][latest].subtract(baselineDec[k])
            .divide(targetDec[k].subtract(baselineDec[k]), mc);
        BigDecimal p = raw.signum() < 0 ? BigDecimal.ZERO : raw.compareTo(BigDecimal.ONE) > 0 ? BigDecimal.ONE : raw;
        sum = sum.add(weightDec[k].multiply(p));
        weights = weights.add(weightDec[k]);
        onTrack += raw.compareTo(expected) >= 0 ? 1 : 0;
      }
      checksum = checksum.add(weights.signum() == 0 ? BigDecimal.ZERO : sum.divide(weights, mc))
          .add(BigDecimal.valueOf(onTrack));
    }
    return checksum;
  }

  /** The position of key result {@code k}'s latest check-in at or before {@code t}, or -1. */
  private int latest(int k, long t) {
    long[] times = checkInTimes[k];
    int latest = -1;
    for (int c = 0; c < times.length && times[c] <= t; c++) {
      latest = c;
    }
    return latest;
  }
}
