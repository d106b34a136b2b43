package org.okr4j.benchmarks;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.okr4j.model.CheckIn;
import org.okr4j.model.CheckInData;
import org.okr4j.model.KeyResult;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Objective;
import org.okr4j.scoring.RollUpPolicy;
import org.okr4j.scoring.ScoringPolicy;
import org.okr4j.scoring.Status;

/**
 * The physical-limit baseline: okr4j's graph evaluation under {@link #POLICY} written by hand over
 * struct-of-arrays in {@code double}, for organisations of linear key results whose objectives align
 * to objectives ({@link SyntheticOrganisation.Shape#DEEP} and {@link SyntheticOrganisation.Shape#WIDE}).
 * It computes what {@code GraphScorecard.evaluate} computes for such an organisation:
 * <ul>
 *   <li>per key result, the latest check-in at or before the instant, progress
 *       {@code (c − b) / (t − b)} (no cap), expected progress (the share of the quarter elapsed),
 *       status (achieved at 1, on track when progress reaches the expected progress, behind
 *       otherwise; off track when never updated after half the quarter) and the colour band of the
 *       grade (progress clamped to [0, 1]; red below 0.4, yellow below 0.7, green);</li>
 *   <li>per objective, children before parents: the weighted mean of its key results' progress and
 *       its child objectives' rolled-up progress (link weights), each contribution clamped to [0, 1]
 *       (a key result without progress counts as 0 while another is scored; weight 0 left out), the
 *       same mean without the clamp, the weakest status of its key results and the band.</li>
 * </ul>
 * A test checks every number against okr4j on generated organisations of both shapes. Explanations,
 * forecasts and confidence, which okr4j builds on request, are not computed.
 *
 * <p>{@link #checkIn} is the incremental update after one check-in: it re-scores the key result and
 * then recomputes each objective on the path to the roots (the objective and every ancestor, children
 * before parents) with the very code of the full evaluation, so the arrays end bit for bit as a full
 * evaluation of the changed organisation would leave them (also tested). It reads the check-in
 * instead of storing it, so that repeating it measures the same work.
 *
 * <p>Mutable; one thread at a time.
 */
public final class ArrayBaseline {

  /** The policy the baseline implements: okr4j's defaults, rolled up through child objectives with link weights. */
  public static final ScoringPolicy POLICY = ScoringPolicy.defaults()
      .withRollUp(RollUpPolicy.defaults().withChildren(RollUpPolicy.Children.POOLED_WEIGHTED));

  /** Band codes: no band, red, yellow, green. */
  static final byte NO_BAND = -1;
  static final byte RED = 0;
  static final byte YELLOW = 1;
  static final byte GREEN = 2;

  private static final byte NOT_SCORED = (byte) Status.NOT_SCORED.rank();
  private static final byte ACHIEVED = (byte) Status.ACHIEVED.rank();
  private static final byte ON_TRACK = (byte) Status.ON_TRACK.rank();
  private static final byte BEHIND = (byte) Status.BEHIND.rank();
  private static final byte OFF_TRACK = (byte) Status.OFF_TRACK.rank();

  final int keyResults;
  final int objectives;
  // key results
  final int[] krObjective;
  final double[] weight;
  final double[] baseline;
  final double[] target;
  final int[] checkInStart;
  final long[] checkInTime;
  final double[] checkInValue;
  // objectives: key results [krStart[o], krStart[o + 1]), child objectives (CSR), parents (CSR)
  final int[] krStart;
  final int[] childStart;
  final int[] child;
  final double[] childWeight;
  final int[] parentStart;
  final int[] parent;
  /** Objectives children first, and each objective's position in that order. */
  final int[] order;
  final int[] position;
  final long windowStart;
  final long windowEnd;
  // results (status and band codes as bytes; NaN for not scored)
  final double[] krProgress;
  final byte[] krStatus;
  final byte[] krBand;
  final double[] objectiveProgress;
  final double[] objectiveRaw;
  final byte[] objectiveStatus;
  final byte[] objectiveBand;
  // scratch of the incremental update
  private final int[] mark;
  private int stamp;
  private int[] path = new int[64];

  private ArrayBaseline(SyntheticOrganisation org) {
    objectives = org.set().objectives().size();
    int k = 0;
    int c = 0;
    for (Objective o : org.set().objectives()) {
      for (KeyResult kr : o.keyResults()) {
        k++;
        c += kr.checkIns().size();
      }
    }
    keyResults = k;
    krObjective = new int[k];
    weight = new double[k];
    baseline = new double[k];
    target = new double[k];
    checkInStart = new int[k + 1];
    checkInTime = new long[c];
    checkInValue = new double[c];
    krStart = new int[objectives + 1];
    Map<String, Integer> objectiveIndex = new HashMap<>();
    k = 0;
    c = 0;
    int i = 0;
    for (Objective o : org.set().objectives()) {
      objectiveIndex.put(o.id().value(), i);
      krStart[i] = k;
      for (KeyResult kr : o.keyResults()) {
        LinearMetric m = (LinearMetric) kr.metric();
        krObjective[k] = i;
        weight[k] = kr.weight().doubleValue();
        baseline[k] = m.baseline().doubleValue();
        target[k] = m.targetValue().doubleValue();
        checkInStart[k] = c;
        for (CheckIn checkIn : kr.checkIns()) {
          checkInTime[c] = checkIn.instant().getEpochSecond();
          checkInValue[c] = ((CheckInData.Measurement) checkIn.data()).value().doubleValue();
          c++;
        }
        k++;
      }
      i++;
    }
    krStart[objectives] = k;
    checkInStart[k] = c;
    // objective → objective links; links into key results never change progress (no cascade)
    int links = 0;
    for (SyntheticOrganisation.Edge e : org.links()) {
      if (e.parent().startsWith("o")) {
        if (!e.child().startsWith("o")) {
          throw new IllegalArgumentException("the baseline rolls up objective → objective links only: " + e);
        }
        links++;
      }
    }
    int[] from = new int[links];
    int[] to = new int[links];
    double[] w = new double[links];
    links = 0;
    for (SyntheticOrganisation.Edge e : org.links()) {
      if (e.parent().startsWith("o")) {
        from[links] = objectiveIndex.get(e.child());
        to[links] = objectiveIndex.get(e.parent());
        w[links] = e.weight().doubleValue();
        links++;
      }
    }
    childStart = new int[objectives + 1];
    parentStart = new int[objectives + 1];
    for (int l = 0; l < links; l++) {
      childStart[to[l] + 1]++;
      parentStart[from[l] + 1]++;
    }
    for (int o = 0; o < objectives; o++) {
      childStart[o + 1] += childStart[o];
      parentStart[o + 1] += parentStart[o];
    }
    child = new int[links];
    childWeight = new double[links];
    parent = new int[links];
    int[] childFill = childStart.clone();
    int[] parentFill = parentStart.clone();
    for (int l = 0; l < links; l++) {
      child[childFill[to[l]]] = from[l];
      childWeight[childFill[to[l]]++] = w[l];
      parent[parentFill[from[l]]++] = to[l];
    }
    order = childrenFirst();
    position = new int[objectives];
    for (int p = 0; p < objectives; p++) {
      position[order[p]] = p;
    }
    windowStart = SyntheticOrganisation.QUARTER.startInstant().getEpochSecond();
    windowEnd = SyntheticOrganisation.QUARTER.endInstant().getEpochSecond();
    krProgress = new double[keyResults];
    krStatus = new byte[keyResults];
    krBand = new byte[keyResults];
    objectiveProgress = new double[objectives];
    objectiveRaw = new double[objectives];
    objectiveStatus = new byte[objectives];
    objectiveBand = new byte[objectives];
    mark = new int[objectives];
  }

  /**
   * Lays out an organisation's arrays (linear key results; objective → objective contributing links).
   *
   * @param org the organisation
   * @return the baseline, not yet evaluated
   * @throws ClassCastException if a key result is not linear
   * @throws IllegalArgumentException if a key result contributes to an objective by a link
   */
  public static ArrayBaseline of(SyntheticOrganisation org) {
    return new ArrayBaseline(org);
  }

  /** Kahn's algorithm over the objectives, children first. */
  private int[] childrenFirst() {
    int[] pending = new int[objectives];
    int[] queue = new int[objectives];
    int tail = 0;
    for (int o = 0; o < objectives; o++) {
      pending[o] = childStart[o + 1] - childStart[o];
      if (pending[o] == 0) {
        queue[tail++] = o;
      }
    }
    for (int head = 0; head < tail; head++) {
      int o = queue[head];
      for (int i = parentStart[o]; i < parentStart[o + 1]; i++) {
        if (--pending[parent[i]] == 0) {
          queue[tail++] = parent[i];
        }
      }
    }
    if (tail != objectives) {
      throw new IllegalArgumentException("the objectives' links form a loop");
    }
    return queue;
  }

  /**
   * Evaluates everything as of {@code asOf}.
   *
   * @param asOf the instant, in epoch seconds
   */
  public void evaluate(long asOf) {
    double expected = expected(asOf);
    for (int k = 0; k < keyResults; k++) {
      int latest = latest(k, asOf);
      scoreKeyResult(k, latest >= 0, latest >= 0 ? checkInValue[latest] : 0, expected);
    }
    for (int o : order) {
      rollUp(o);
    }
  }

  /**
   * Records a check-in of key result {@code k} (at {@code time}, of {@code value}) and re-scores it
   * and every objective on its path to the roots, as of {@code asOf}.
   *
   * @param k the key result's position
   * @param time the check-in's instant, in epoch seconds
   * @param value the measured value
   * @param asOf the instant of the last evaluation, in epoch seconds
   */
  public void checkIn(int k, long time, double value, long asOf) {
    int latest = latest(k, asOf);
    boolean newest = time <= asOf && (latest < 0 || time >= checkInTime[latest]);
    scoreKeyResult(k, latest >= 0 || newest, newest ? value : latest >= 0 ? checkInValue[latest] : 0, expected(asOf));
    // The objective and its ancestors (a stack walk, each once), then children before parents.
    stamp++;
    int size = 0;
    int top = 0;
    int[] stack = path;
    int first = krObjective[k];
    mark[first] = stamp;
    stack[top++] = first;
    while (top > size) {
      int o = stack[size++];
      for (int i = parentStart[o]; i < parentStart[o + 1]; i++) {
        int p = parent[i];
        if (mark[p] != stamp) {
          mark[p] = stamp;
          if (top == stack.length) {
            stack = Arrays.copyOf(stack, top * 2);
            path = stack;
          }
          stack[top++] = p;
        }
      }
    }
    for (int i = 1; i < size; i++) {
      int o = stack[i];
      int j = i - 1;
      while (j >= 0 && position[stack[j]] > position[o]) {
        stack[j + 1] = stack[j];
        j--;
      }
      stack[j + 1] = o;
    }
    for (int i = 0; i < size; i++) {
      rollUp(stack[i]);
    }
  }

  /** The share of the quarter elapsed at {@code asOf}, in [0, 1]. */
  private double expected(long asOf) {
    if (asOf <= windowStart) {
      return 0;
    }
    return asOf >= windowEnd ? 1 : (double) (asOf - windowStart) / (windowEnd - windowStart);
  }

  /** The position of key result {@code k}'s latest check-in at or before {@code asOf}, or -1. */
  private int latest(int k, long asOf) {
    int latest = -1;
    for (int c = checkInStart[k]; c < checkInStart[k + 1] && checkInTime[c] <= asOf; c++) {
      latest = c;
    }
    return latest;
  }

  private void scoreKeyResult(int k, boolean measured, double value, double expected) {
    if (!measured) {
      krProgress[k] = Double.NaN;
      krStatus[k] = expected >= 0.5 ? OFF_TRACK : NOT_SCORED;
      krBand[k] = NO_BAND;
      return;
    }
    double p = (value - baseline[k]) / (target[k] - baseline[k]);
    krProgress[k] = p;
    krStatus[k] = p >= 1 ? ACHIEVED : p >= expected ? ON_TRACK : BEHIND;
    krBand[k] = band(p);
  }

  /** Rolls up objective {@code o} from its key results and child objectives, which are scored. */
  private void rollUp(int o) {
    double sumW = 0;
    double sumWp = 0;
    double sumWpRaw = 0;
    int scored = 0;
    int worst = -1;
    int rated = 0;
    boolean allAchieved = true;
    for (int k = krStart[o]; k < krStart[o + 1]; k++) {
      byte s = krStatus[k];
      if (s != NOT_SCORED) {
        worst = Math.max(worst, s);
        rated++;
        allAchieved &= s == ACHIEVED;
      }
      double w = weight[k];
      if (w != 0) {
        double p = krProgress[k];
        double raw = p != p ? 0 : p;
        scored += p != p ? 0 : 1;
        sumW += w;
        sumWp += w * Math.max(0, Math.min(1, raw));
        sumWpRaw += w * raw;
      }
    }
    for (int i = childStart[o]; i < childStart[o + 1]; i++) {
      double w = childWeight[i];
      if (w != 0) {
        double p = objectiveProgress[child[i]];
        double raw = p != p ? 0 : p;
        scored += p != p ? 0 : 1;
        sumW += w;
        sumWp += w * Math.max(0, Math.min(1, raw));
        sumWpRaw += w * raw;
      }
    }
    double progress = scored == 0 ? Double.NaN : sumWp / sumW;
    objectiveProgress[o] = progress;
    objectiveRaw[o] = scored == 0 ? Double.NaN : sumWpRaw / sumW;
    objectiveStatus[o] = rated == 0 ? NOT_SCORED : allAchieved ? ACHIEVED : (byte) worst;
    objectiveBand[o] = band(progress);
  }

  /** The colour band of a progress: its grade (clamped to [0, 1]) below 0.4 red, below 0.7 yellow, else green. */
  private static byte band(double progress) {
    if (progress != progress) {
      return NO_BAND;
    }
    double grade = Math.max(0, Math.min(1, progress));
    return grade < 0.4 ? RED : grade < 0.7 ? YELLOW : GREEN;
  }

  /**
   * Returns a checksum of the results, so that a benchmark's work is not eliminated.
   *
   * @return the sum of the objectives' progress (not scored as 0) and statuses
   */
  public double checksum() {
    double sum = 0;
    for (int o = 0; o < objectives; o++) {
      double p = objectiveProgress[o];
      sum += (p != p ? 0 : p) + objectiveStatus[o];
    }
    return sum;
  }
}
