package org.okr4j.scoring;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.okr4j.model.CheckIn;
import org.okr4j.model.CheckInData;
import org.okr4j.model.Cycle;
import org.okr4j.model.KeyResult;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Objective;
import org.okr4j.model.OkrSet;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrPath;

/**
 * A set compiled into flat index-based arrays from which every progress number of a roll-up is
 * computed at an instant, and recomputed after a change to one key result along the paths to the
 * roots only.
 *
 * <p><b>Design.</b> Compilation happens in two steps. A {@link Layout} holds what neither the
 * policy nor the instant changes: the nodes in order, the roll-up rows, the order children first,
 * and every linear key result's numbers in columns (its denominator {@code t − b}, and per check-in
 * the instant and the numerator {@code c − b}, as unscaled {@code long}s with their scales). A
 * host that evaluates the same set at several instants or under several policies compiles it once
 * ({@link #layout}) and calls {@link Layout#evaluate} for each. An evaluation computes every node's
 * progress into arrays in fixed point ({@code Fixed}: exact decimals in two or three {@code long}s,
 * giving the digits and the scale {@code BigDecimal} gives under {@code MathContext.DECIMAL128});
 * a number that does not fit is computed with {@code BigDecimal} instead, one number at a time, so
 * every result is the straightforward evaluator's, digit for digit.
 *
 * <p><b>Nodes.</b> The set's objectives are nodes {@code 0 … n−1} in the set's order; their key
 * results follow, objective by objective, each objective's in its own order. Besides its own key
 * results, an objective takes the <em>aligned contributions</em> of other nodes, given at
 * compilation as compressed rows: the contributors of objective {@code v} are
 * {@code children[childStart[v]] … children[childStart[v + 1] − 1]}, each with its weight
 * (child objectives contribute their rolled-up progress, key results their progress). The policy's
 * {@link RollUpPolicy#children()} decides which of the two groups count, as for
 * {@link Scorer#scoreObjective(Objective, Cycle, io.vavr.collection.Seq, io.vavr.collection.Seq,
 * ScoringPolicy, Instant)}.
 *
 * <p><b>Evaluation.</b> Objectives are evaluated children first (Kahn's algorithm over the rows;
 * a loop is refused). A linear key result measured from its baseline, under a policy without
 * stretch levels, is read from the columns: its latest check-in at the instant, and the quotient of
 * the two differences; every other key result is scored by the straightforward evaluator. Under a
 * weighted mean or a mean (not a minimum, not a mean of group means, not weights that must sum to
 * one), each objective's running sums are kept in fixed point, so that
 * {@link #withKeyResult(OkrSet, int)} takes the changed key result's old contribution out of each
 * sum on the way up and puts the new one in, without re-adding the siblings; other roll-ups, and a
 * sum whose scale would become unknown, are recomputed from their contributions.
 *
 * <p><b>Scores.</b> The plan holds numbers, not score objects: {@link #objectiveScore(int)} and
 * {@link #keyResultScore(int)} build the full score of one node when first asked (its
 * explanations when those are asked) and keep it; a plan changed by {@link #withKeyResult} shares
 * the scores of the nodes the change did not touch.
 *
 * <p>Immutable and thread-safe. A plan changed by {@link #withKeyResult} shares its arrays with the
 * plan it came from and records its changes beside them, folding them into fresh arrays after
 * 4,096 changed nodes, so each change costs amortised time in the length of its paths.
 */
public final class EvaluationPlan {

  static final int FOLD_AT = 4096;

  /** A node's scale code: not scored. */
  private static final int NONE = Integer.MIN_VALUE;
  /** A node's scale code: the number is too wide for the arrays and is kept as a {@code BigDecimal}. */
  private static final int WIDE = Integer.MAX_VALUE;
  /** A check-in's scale code: not a measurement the columns can read. */
  private static final int NO_NUMBER = Integer.MIN_VALUE;
  /** The state of {@link #load}: a number, no number (not scored), or a number too wide for fixed point. */
  private static final int SCORED = 1;
  private static final int NOT_SCORED = 0;
  private static final int UNFIT = -1;

  /**
   * The part of a plan that neither the policy nor the instant changes: the nodes in order, the
   * roll-up rows, the order children first, and linear key results' numbers in columns. Built once
   * by {@link EvaluationPlan#layout}, evaluated any number of times by {@link #evaluate}.
   *
   * <p>Immutable and thread-safe.
   */
  public static final class Layout {
    final OkrSet set;
    final Objective[] objectives;
    final KeyResult[] keyResults;
    final int objectiveCount;
    final int nodeCount;
    /** Per objective: its first key-result node; length {@code objectiveCount + 1}. */
    final int[] krStart;
    /** Per key result ({@code node − objectiveCount}): its objective. */
    final int[] krObjective;
    final Cycle[] cycles;
    final int[] childStart;
    final int[] children;
    final BigDecimal[] weights;
    /** The contributors' weights in fixed point (unscaled, scale; {@code -1} scale if they do not fit). */
    final long[] weightUnscaled;
    final int[] weightScale;
    /** Per node: the rows in which it is a contributor ({@code upStart} has length nodeCount + 1). */
    final int[] upStart;
    final int[] upParent;
    final BigDecimal[] upWeight;
    final long[] upWeightUnscaled;
    final int[] upWeightScale;
    /** Per objective: its position in the evaluation order (children first). */
    final int[] position;
    final int[] order;
    /** Per key result: its weight in fixed point. */
    final long[] krWeight;
    final int[] krWeightScale;
    /** Per key result: read from the columns (linear, not degenerate, numbers that fit). */
    final boolean[] columnar;
    /** Per key result: {@code t − b}, unscaled, and its scale. */
    final long[] denominator;
    final int[] denominatorScale;
    /** Per key result: the reciprocal of its denominator's magnitude, to divide by multiplying. */
    final long[] reciprocal;
    /** Per key result: where its check-ins begin in the check-in columns; length keyResults + 1. */
    final int[] checkInStart;
    final long[] seconds;
    final int[] nanos;
    /** Per check-in: {@code c − b}, unscaled, and its scale ({@link #NO_NUMBER} if not readable). */
    final long[] numerator;
    final int[] numeratorScale;

    private Layout(OkrSet set, Objective[] objectives, int[] childStart, int[] children, BigDecimal[] weights) {
      this.set = set;
      this.objectives = objectives;
      int n = objectives.length;
      int krCount = 0;
      int checkIns = 0;
      for (Objective o : objectives) {
        krCount += o.keyResults().size();
        for (KeyResult kr : o.keyResults()) {
          checkIns += kr.checkIns().size();
        }
      }
      objectiveCount = n;
      nodeCount = n + krCount;
      keyResults = new KeyResult[krCount];
      krObjective = new int[krCount];
      krStart = new int[n + 1];
      cycles = new Cycle[n];
      int k = 0;
      for (int i = 0; i < n; i++) {
        Objective o = objectives[i];
        cycles[i] = i > 0 && objectives[i - 1].cycle().equals(o.cycle()) ? cycles[i - 1] : set.cycleOf(o);
        krStart[i] = n + k;
        for (KeyResult kr : o.keyResults()) {
          keyResults[k] = kr;
          krObjective[k++] = i;
        }
      }
      krStart[n] = nodeCount;
      this.childStart = childStart;
      this.children = children;
      this.weights = weights;
      weightUnscaled = new long[weights.length];
      weightScale = new int[weights.length];
      Fixed.Num num = new Fixed.Num();
      for (int j = 0; j < weights.length; j++) {
        weight(weights[j], num, weightUnscaled, weightScale, j);
      }
      upStart = new int[nodeCount + 1];
      for (int c : children) {
        upStart[c + 1]++;
      }
      for (int v = 0; v < nodeCount; v++) {
        upStart[v + 1] += upStart[v];
      }
      upParent = new int[children.length];
      upWeight = new BigDecimal[children.length];
      upWeightUnscaled = new long[children.length];
      upWeightScale = new int[children.length];
      int[] fill = java.util.Arrays.copyOf(upStart, nodeCount);
      for (int v = 0; v < n; v++) {
        for (int j = childStart[v]; j < childStart[v + 1]; j++) {
          int at = fill[children[j]]++;
          upParent[at] = v;
          upWeight[at] = weights[j];
          upWeightUnscaled[at] = weightUnscaled[j];
          upWeightScale[at] = weightScale[j];
        }
      }
      position = new int[n];
      order = new int[n];
      krWeight = new long[krCount];
      krWeightScale = new int[krCount];
      columnar = new boolean[krCount];
      denominator = new long[krCount];
      denominatorScale = new int[krCount];
      reciprocal = new long[krCount];
      checkInStart = new int[krCount + 1];
      seconds = new long[checkIns];
      nanos = new int[checkIns];
      numerator = new long[checkIns];
      numeratorScale = new int[checkIns];
      int c = 0;
      for (k = 0; k < krCount; k++) {
        KeyResult kr = keyResults[k];
        weight(kr.weight(), num, krWeight, krWeightScale, k);
        checkInStart[k] = c;
        LinearMetric m = kr.metric() instanceof LinearMetric linear && !linear.isDegenerate() ? linear : null;
        BigDecimal b = m == null ? null : m.baseline();
        columnar[k] = m != null && difference(m.targetValue(), b, num) && num.lo != 0;
        denominator[k] = num.lo;
        denominatorScale[k] = num.scale;
        reciprocal[k] = columnar[k] && num.lo != Long.MIN_VALUE ? Fixed.reciprocal(Math.abs(num.lo)) : 0;
        for (CheckIn checkIn : kr.checkIns()) {
          Instant at = checkIn.instant();
          seconds[c] = at.getEpochSecond();
          nanos[c] = at.getNano();
          boolean readable = columnar[k] && checkIn.data() instanceof CheckInData.Measurement measured
              && difference(measured.value(), b, num);
          numerator[c] = readable ? num.lo : 0;
          numeratorScale[c++] = readable ? num.scale : NO_NUMBER;
        }
      }
      checkInStart[krCount] = c;
    }

    /** A copy of {@code from} over other objectives and key results; the replaced key results are read through the model. */
    private Layout(Layout from, OkrSet set, Objective[] objectives, KeyResult[] keyResults, boolean[] columnar) {
      this.set = set;
      this.objectives = objectives;
      this.keyResults = keyResults;
      this.columnar = columnar;
      objectiveCount = from.objectiveCount;
      nodeCount = from.nodeCount;
      krStart = from.krStart;
      krObjective = from.krObjective;
      cycles = from.cycles;
      childStart = from.childStart;
      children = from.children;
      weights = from.weights;
      weightUnscaled = from.weightUnscaled;
      weightScale = from.weightScale;
      upStart = from.upStart;
      upParent = from.upParent;
      upWeight = from.upWeight;
      upWeightUnscaled = from.upWeightUnscaled;
      upWeightScale = from.upWeightScale;
      position = from.position;
      order = from.order;
      krWeight = from.krWeight.clone();
      krWeightScale = from.krWeightScale.clone();
      Fixed.Num num = new Fixed.Num();
      for (int k = 0; k < keyResults.length; k++) {
        if (keyResults[k] != from.keyResults[k]) {
          weight(keyResults[k].weight(), num, krWeight, krWeightScale, k);
        }
      }
      denominator = from.denominator;
      denominatorScale = from.denominatorScale;
      reciprocal = from.reciprocal;
      checkInStart = from.checkInStart;
      seconds = from.seconds;
      nanos = from.nanos;
      numerator = from.numerator;
      numeratorScale = from.numeratorScale;
    }

    /** Orders the objectives children first; false if the rows loop. */
    private boolean sort() {
      int[] pending = new int[objectiveCount];
      for (int v = 0; v < objectiveCount; v++) {
        for (int j = childStart[v]; j < childStart[v + 1]; j++) {
          if (children[j] < objectiveCount) {
            pending[v]++;
          }
        }
      }
      int head = 0;
      int tail = 0;
      for (int v = 0; v < objectiveCount; v++) {
        if (pending[v] == 0) {
          order[tail++] = v;
        }
      }
      while (head < tail) {
        int v = order[head++];
        position[v] = head - 1;
        for (int j = upStart[v]; j < upStart[v + 1]; j++) {
          if (--pending[upParent[j]] == 0) {
            order[tail++] = upParent[j];
          }
        }
      }
      return tail == objectiveCount;
    }

    /**
     * Returns the set the layout was compiled from.
     *
     * @return the set
     */
    public OkrSet set() {
      return set;
    }

    /**
     * Computes every node's progress under {@code policy} at {@code asOf}.
     *
     * @param policy the rules
     * @param asOf the instant of evaluation
     * @return the plan
     * @throws org.okr4j.validation.OkrException if an argument is missing
     */
    public EvaluationPlan evaluate(ScoringPolicy policy, Instant asOf) {
      Args.require(policy, "policy");
      Args.require(asOf, "asOf");
      Rules rules = new Rules(policy, asOf);
      int n = objectiveCount;
      Values values = new Values(nodeCount, rules.sumsInFixedPoint() ? n : 0);
      EvaluationPlan plan = new EvaluationPlan(this, rules, set, values, HashMap.empty(), HashMap.empty(),
          new ConcurrentHashMap<>());
      Fixed.Num num = new Fixed.Num();
      Engine engine = new Engine(policy, asOf, false);
      for (int k = 0; k < keyResults.length; k++) {
        if (columnar[k] && rules.columns != null && readColumns(k, rules, num)) {
          values.set(n + k, num);
        } else {
          values.put(n + k, plan.read(engine, keyResults[k], cycles[krObjective[k]]), num);
        }
      }
      Fixed.Sum sum = rules.newSum();
      for (int v : order) {
        int status = Fixed.Sum.UNFIT;
        if (sum != null) {
          sum.clear();
          status = plan.addAll(v, sum, num) ? sum.mean(num) : Fixed.Sum.UNFIT;
          if (status == Fixed.Sum.UNFIT) {
            sum.contributions = -1;
          }
          values.store(v, sum);
        }
        if (status == Fixed.Sum.VALUE) {
          values.set(v, num);
        } else if (status == Fixed.Sum.UNFIT) {
          values.put(v, plan.rollUpMath(v).progress(), num);
        } else {
          values.set(v, plan.stored(status, num));
        }
      }
      // a fresh plan over the filled arrays, so its final fields publish them to every thread
      return new EvaluationPlan(this, rules, set, values.frozen(), HashMap.empty(), HashMap.empty(),
          new ConcurrentHashMap<>());
    }

    /** Reads key result {@code k}'s progress from the columns into {@code out}; false if it needs the model. */
    private boolean readColumns(int k, Rules rules, Fixed.Num out) {
      int last = -1;
      for (int c = checkInStart[k]; c < checkInStart[k + 1]; c++) {
        long s = seconds[c];
        if (s > rules.asOfSeconds || s == rules.asOfSeconds && nanos[c] > rules.asOfNanos) {
          break;
        }
        last = c;
      }
      if (last < 0 || numeratorScale[last] == NO_NUMBER
          || !Fixed.quotient(numerator[last], numeratorScale[last], denominator[k], denominatorScale[k], reciprocal[k],
              out)) {
        return false;
      }
      rules.columns.apply(out);
      return true;
    }
  }

  /** Puts {@code x − b} into {@code out}, as {@code x.subtract(b)} gives it; false if it does not fit in a {@code long}. */
  private static boolean difference(BigDecimal x, BigDecimal b, Fixed.Num out) {
    BigDecimal d = x.subtract(b);
    if (d.precision() > 18) {
      return false;
    }
    out.set(0, d.unscaledValue().longValue(), d.scale());
    return true;
  }

  /** Puts a weight in fixed point into the arrays at {@code i}: scale −1 if it does not fit. */
  private static void weight(BigDecimal w, Fixed.Num num, long[] unscaled, int[] scale, int i) {
    boolean fits = Fixed.of(w, num) && num.hi == 0 && num.lo >= 0 && num.lo < (1L << 31) && num.scale >= 0
        && num.scale <= 18;
    unscaled[i] = fits ? num.lo : Long.MAX_VALUE;
    scale[i] = fits ? num.scale : -1;
  }

  /** The policy and the instant of one evaluation, with what fixed point needs of them. */
  private static final class Rules {
    final ScoringPolicy policy;
    final Instant asOf;
    final long asOfSeconds;
    final int asOfNanos;
    final RollUpPolicy rollUp;
    /** A linear key result measured from its baseline, without stretch levels: read directly. */
    final boolean fastLinear;
    /** The progress cap, when key results are read from the columns; {@code null} if they are not. */
    final Fixed.@Nullable Bounds columns;
    private final boolean sums;

    Rules(ScoringPolicy policy, Instant asOf) {
      this.policy = policy;
      this.asOf = asOf;
      this.asOfSeconds = asOf.getEpochSecond();
      this.asOfNanos = asOf.getNano();
      this.rollUp = policy.rollUp();
      ProgressPolicy pp = policy.progress();
      this.fastLinear = pp.stretch().isEmpty() && pp.linearRule() == ProgressPolicy.LinearRule.FROM_BASELINE;
      this.columns = fastLinear ? Fixed.Bounds.of(pp.cap()) : null;
      this.sums = Fixed.Sum.forPolicy(rollUp) != null;
    }

    boolean sumsInFixedPoint() {
      return sums;
    }

    Fixed.@Nullable Sum newSum() {
      return sums ? Fixed.Sum.forPolicy(rollUp) : null;
    }
  }

  /**
   * The numbers of one evaluation: per node its progress in fixed point (or a scale code), the
   * wide ones as {@code BigDecimal}s, and per objective the state of its fixed-point sum
   * ({@code contributions} −1 when it has none). Filled once, then only read.
   */
  private static final class Values {
    final long[] hi;
    final long[] lo;
    final int[] scale;
    final java.util.Map<Integer, BigDecimal> wide;
    final long[] sumLongs;
    final int[] sumInts;

    Values(int nodes, int sums) {
      this(new long[nodes], new long[nodes], new int[nodes], new java.util.HashMap<>(), new long[sums * 4],
          new int[sums * 6]);
    }

    private Values(long[] hi, long[] lo, int[] scale, java.util.Map<Integer, BigDecimal> wide, long[] sumLongs,
        int[] sumInts) {
      this.hi = hi;
      this.lo = lo;
      this.scale = scale;
      this.wide = wide;
      this.sumLongs = sumLongs;
      this.sumInts = sumInts;
    }

    Values frozen() {
      return new Values(hi, lo, scale, java.util.Collections.unmodifiableMap(wide), sumLongs, sumInts);
    }

    Values copy() {
      return new Values(hi.clone(), lo.clone(), scale.clone(), new java.util.HashMap<>(wide), sumLongs.clone(),
          sumInts.clone());
    }

    void set(int node, Fixed.Num x) {
      hi[node] = x.hi;
      lo[node] = x.lo;
      scale[node] = x.scale;
    }

    void put(int node, @Nullable BigDecimal p, Fixed.Num scratch) {
      if (p == null) {
        scale[node] = NONE;
      } else if (Fixed.of(p, scratch)) {
        set(node, scratch);
      } else {
        scale[node] = WIDE;
        wide.put(node, p);
      }
    }

    /** Keeps objective {@code v}'s sum, or marks it as having none when the sum could not hold it. */
    void store(int v, Fixed.Sum sum) {
      sum.store(sumLongs, sumInts, v);
    }

    /** Sets a node's progress from its stored form. */
    void set(int node, Stored p) {
      hi[node] = p.hi;
      lo[node] = p.lo;
      scale[node] = p.scale;
      if (p.scale == WIDE) {
        wide.put(node, p.wide);
      }
    }

    Stored stored(int node) {
      int s = scale[node];
      return s == NONE ? Stored.NOT_SCORED : new Stored(hi[node], lo[node], s, s == WIDE ? wide.get(node) : null);
    }

    @Nullable BigDecimal get(int node) {
      int s = scale[node];
      return s == NONE ? null : s == WIDE ? wide.get(node) : Fixed.toBigDecimal(hi[node], lo[node], s);
    }
  }

  /**
   * A node's progress as the plan holds it: in fixed point, not scored ({@link #NONE}), or too wide
   * for fixed point ({@link #WIDE}, with the number). Equal exactly when the numbers are equal, value
   * and scale, as every number that fits is held in fixed point.
   */
  private record Stored(long hi, long lo, int scale, @Nullable BigDecimal wide) {
    static final Stored NOT_SCORED = new Stored(0, 0, NONE, null);
    static final Stored ZERO = new Stored(0, 0, 0, null);

    static Stored of(@Nullable BigDecimal p, Fixed.Num scratch) {
      if (p == null) {
        return NOT_SCORED;
      }
      return Fixed.of(p, scratch) ? of(scratch) : new Stored(0, 0, WIDE, p);
    }

    static Stored of(Fixed.Num n) {
      return new Stored(n.hi, n.lo, n.scale, null);
    }

    @Nullable BigDecimal toBigDecimal() {
      return scale == NONE ? null : scale == WIDE ? wide : Fixed.toBigDecimal(hi, lo, scale);
    }

    /** Loads the number into {@code num}: {@link #SCORED}, {@link #NOT_SCORED} or {@link #UNFIT}. */
    int load(Fixed.Num num) {
      if (scale == NONE) {
        return EvaluationPlan.NOT_SCORED;
      }
      if (scale == WIDE) {
        return UNFIT;
      }
      num.set(hi, lo, scale);
      return SCORED;
    }
  }

  /** A node's state recorded beside the shared arrays: its progress, and an objective's fixed-point sum. */
  private record Change(Stored progress, long @Nullable [] sumLongs, int @Nullable [] sumInts) {}

  private final Layout layout;
  private final Rules rules;
  private final OkrSet set;
  private final Values values;
  /** Objectives replaced since the arrays were filled, by index. */
  private final HashMap<Integer, Objective> replaced;
  /** Nodes changed since the arrays were filled. */
  private final HashMap<Integer, Change> changed;
  /**
   * Scores built on request for nodes unchanged since the arrays were filled, shared by every plan
   * on the same arrays (their scores are the same); scores of changed nodes are kept per plan.
   */
  private final ConcurrentHashMap<Integer, Object> sharedScores;
  /** Scores of changed nodes, created on first use (a walk of {@link #withKeyResult} makes many plans that never build one). */
  private volatile @Nullable ConcurrentHashMap<Integer, Object> ownScores;

  private EvaluationPlan(Layout layout, Rules rules, OkrSet set, Values values, HashMap<Integer, Objective> replaced,
      HashMap<Integer, Change> changed, ConcurrentHashMap<Integer, Object> sharedScores) {
    this.layout = layout;
    this.rules = rules;
    this.set = set;
    this.values = values;
    this.replaced = replaced;
    this.changed = changed;
    this.sharedScores = sharedScores;
  }

  /** The store of built scores for {@code node}: this plan's own if the node changed since the arrays were filled. */
  private ConcurrentHashMap<Integer, Object> scoresOf(int node) {
    boolean own = !changed.isEmpty() && changed.containsKey(node)
        || node < layout.objectiveCount && !replaced.isEmpty() && replaced.containsKey(node);
    if (!own) {
      return sharedScores;
    }
    ConcurrentHashMap<Integer, Object> scores = ownScores;
    if (scores == null) {
      synchronized (this) {
        scores = ownScores;
        if (scores == null) {
          scores = new ConcurrentHashMap<>();
          ownScores = scores;
        }
      }
    }
    return scores;
  }

  /**
   * Compiles {@code set} with the aligned contributions given as compressed rows into a layout
   * that any number of evaluations share. The arrays are copied.
   *
   * @param set the OKRs
   * @param childStart per objective node {@code v}, where its contributors begin in {@code children};
   *     {@code n + 1} non-decreasing entries from 0 to {@code children.length}
   * @param children the contributors' nodes, row by row; never the objective itself
   * @param weights each contributor's weight, ≥ 0, beside {@code children}
   * @return the layout; or {@code okr.out-of-range} at {@code /childStart}, {@code /children} or
   *     {@code /weights} if the rows do not fit the set, or {@code okr.cyclic-reference} at
   *     {@code /children} if objectives contribute to each other in a loop
   * @throws org.okr4j.validation.OkrException if an argument is missing
   */
  public static Either<OkrError, Layout> layout(OkrSet set, int[] childStart, int[] children, BigDecimal[] weights) {
    Args.require(set, "set");
    Args.require(childStart, "childStart");
    Args.require(children, "children");
    Args.require(weights, "weights");
    Vector<Objective> os = set.objectives();
    int n = os.size();
    Objective[] objectives = os.toJavaArray(Objective[]::new);
    int nodes = n;
    for (Objective o : objectives) {
      nodes += o.keyResults().size();
    }
    OkrError bad = checkRows(n, nodes, childStart, children, weights);
    if (bad != null) {
      return Either.left(bad);
    }
    Layout layout = new Layout(set, objectives, childStart.clone(), children.clone(), weights.clone());
    if (!layout.sort()) {
      return Either.left(new OkrError.CyclicReference(OkrPath.of("children"), List.empty()));
    }
    return Either.right(layout);
  }

  /**
   * Compiles and evaluates {@code set} with the aligned contributions given as compressed rows:
   * {@link #layout} and {@link Layout#evaluate} in one step. The arrays are copied.
   *
   * @param set the OKRs
   * @param policy the rules
   * @param asOf the instant of evaluation
   * @param childStart per objective node {@code v}, where its contributors begin in {@code children};
   *     {@code n + 1} non-decreasing entries from 0 to {@code children.length}
   * @param children the contributors' nodes, row by row; never the objective itself
   * @param weights each contributor's weight, ≥ 0, beside {@code children}
   * @return the plan; or {@code okr.out-of-range} at {@code /childStart}, {@code /children} or
   *     {@code /weights} if the rows do not fit the set, or {@code okr.cyclic-reference} at
   *     {@code /children} if objectives contribute to each other in a loop
   * @throws org.okr4j.validation.OkrException if an argument is missing
   */
  public static Either<OkrError, EvaluationPlan> compile(OkrSet set, ScoringPolicy policy, Instant asOf,
      int[] childStart, int[] children, BigDecimal[] weights) {
    Args.require(policy, "policy");
    Args.require(asOf, "asOf");
    return layout(set, childStart, children, weights).map(l -> l.evaluate(policy, asOf));
  }

  private static @Nullable OkrError checkRows(int n, int nodes, int[] childStart, int[] children, BigDecimal[] weights) {
    if (childStart.length != n + 1 || childStart[0] != 0 || childStart[n] != children.length) {
      return new OkrError.OutOfRange(OkrPath.of("childStart"), String.valueOf(childStart.length),
          (n + 1) + " entries from 0 to " + children.length);
    }
    if (weights.length != children.length) {
      return new OkrError.OutOfRange(OkrPath.of("weights"), String.valueOf(weights.length), children.length + " entries");
    }
    for (int v = 0; v < n; v++) {
      if (childStart[v + 1] < childStart[v]) {
        return new OkrError.OutOfRange(OkrPath.of("childStart").index(v + 1), String.valueOf(childStart[v + 1]),
            "at least " + childStart[v]);
      }
      for (int j = childStart[v]; j < childStart[v + 1]; j++) {
        if (children[j] < 0 || children[j] >= nodes || children[j] == v) {
          return new OkrError.OutOfRange(OkrPath.of("children").index(j), String.valueOf(children[j]),
              "a node from 0 to " + (nodes - 1) + " other than " + v);
        }
        if (weights[j] == null || weights[j].signum() < 0) {
          return new OkrError.OutOfRange(OkrPath.of("weights").index(j), String.valueOf(weights[j]), "≥ 0");
        }
      }
    }
    return null;
  }

  /** The reported progress of a key result, read through the model: directly when the fast path covers it. */
  private @Nullable BigDecimal read(Engine engine, KeyResult kr, Cycle cycle) {
    if (rules.fastLinear && kr.metric() instanceof LinearMetric m && !m.isDegenerate()) {
      CheckIn last = null;
      for (CheckIn c : kr.checkIns()) {
        if (c.instant().isAfter(rules.asOf)) {
          break;
        }
        last = c;
      }
      if (last != null && last.data() instanceof CheckInData.Measurement measured) {
        BigDecimal b = m.baseline();
        BigDecimal raw = Decimals.div(measured.value().subtract(b), m.targetValue().subtract(b));
        return rules.policy.progress().cap().apply(raw);
      }
    }
    return engine.score(kr, cycle).progress().getOrNull();
  }

  /** Adds every contribution of objective {@code v} to {@code sum}; false if one does not fit. */
  private boolean addAll(int v, Fixed.Sum sum, Fixed.Num num) {
    RollUpPolicy rp = rules.rollUp;
    int first = layout.krStart[v];
    int end = layout.krStart[v + 1];
    int n = layout.objectiveCount;
    if (rp.usesKeyResults(end - first)) {
      for (int k = first; k < end; k++) {
        int state = load(k, num);
        if (state == UNFIT || !sum.add(state == SCORED, num.hi, num.lo, num.scale, layout.krWeight[k - n],
            layout.krWeightScale[k - n])) {
          return false;
        }
      }
    }
    if (rp.usesChildren(end - first)) {
      for (int j = layout.childStart[v]; j < layout.childStart[v + 1]; j++) {
        int state = load(layout.children[j], num);
        if (state == UNFIT || !sum.add(state == SCORED, num.hi, num.lo, num.scale, layout.weightUnscaled[j],
            layout.weightScale[j])) {
          return false;
        }
      }
    }
    return true;
  }

  /** Loads a node's current progress into {@code num}: {@link #SCORED}, {@link #NOT_SCORED} or {@link #UNFIT}. */
  private int load(int node, Fixed.Num num) {
    if (!changed.isEmpty()) {
      Change c = changed.get(node).getOrNull();
      if (c != null) {
        return c.progress.load(num);
      }
    }
    int s = values.scale[node];
    if (s == NONE) {
      return NOT_SCORED;
    }
    if (s == WIDE) {
      return UNFIT;
    }
    num.set(values.hi[node], values.lo[node], s);
    return SCORED;
  }

  /** Rolls objective {@code v} up from the current progress of its contributors with {@code BigDecimal}. */
  private RollUpMath rollUpMath(int v) {
    RollUpPolicy rp = rules.rollUp;
    RollUpMath m = new RollUpMath(rp);
    int first = layout.krStart[v];
    int end = layout.krStart[v + 1];
    if (rp.usesKeyResults(end - first)) {
      for (int k = first; k < end; k++) {
        m.add(progressAt(k), keyResult(k).weight());
      }
    }
    if (rp.usesChildren(end - first)) {
      for (int j = layout.childStart[v]; j < layout.childStart[v + 1]; j++) {
        m.addChild(progressAt(layout.children[j]), layout.weights[j]);
      }
    }
    return m;
  }

  /**
   * Returns the number of objectives ({@code n}); key-result nodes follow them.
   *
   * @return the number of objective nodes
   */
  public int objectiveCount() {
    return layout.objectiveCount;
  }

  /**
   * Returns the number of nodes, objectives and key results.
   *
   * @return the number of nodes
   */
  public int nodeCount() {
    return layout.nodeCount;
  }

  /**
   * Returns the set the numbers belong to.
   *
   * @return the set
   */
  public OkrSet set() {
    return set;
  }

  /**
   * Returns the layout the plan was evaluated from, to evaluate the same set at another instant
   * or under another policy without compiling it again. A plan changed by {@link #withKeyResult}
   * returns the layout of the set it was evaluated from, not of the changed set.
   *
   * @return the layout
   */
  public Layout layout() {
    return layout;
  }

  /**
   * Returns a node's progress: a key result's reported progress, an objective's rolled-up progress
   * (each contribution bounded by the roll-up's cap), as its score's {@code progress()} gives it.
   *
   * @param node the node
   * @return the progress, or empty if not scored or not a node of the plan
   */
  public Option<BigDecimal> progress(int node) {
    return node < 0 || node >= layout.nodeCount ? Option.none() : Option.of(progressAt(node));
  }

  private @Nullable BigDecimal progressAt(int node) {
    if (!changed.isEmpty()) {
      Change c = changed.get(node).getOrNull();
      if (c != null) {
        return c.progress.toBigDecimal();
      }
    }
    return values.get(node);
  }

  /** A node's current progress in its stored form. */
  private Stored storedAt(int node) {
    if (!changed.isEmpty()) {
      Change c = changed.get(node).getOrNull();
      if (c != null) {
        return c.progress;
      }
    }
    return values.stored(node);
  }

  /** Loads objective {@code v}'s fixed-point sum into {@code sum}; false if it has none. */
  private boolean loadSum(int v, Fixed.Sum sum) {
    if (!changed.isEmpty()) {
      Change c = changed.get(v).getOrNull();
      if (c != null) {
        if (c.sumLongs == null) {
          return false;
        }
        sum.load(c.sumLongs, c.sumInts, 0);
        return true;
      }
    }
    sum.load(values.sumLongs, values.sumInts, v);
    return sum.contributions >= 0;
  }

  private Objective objective(int v) {
    if (!replaced.isEmpty()) {
      Objective o = replaced.get(v).getOrNull();
      if (o != null) {
        return o;
      }
    }
    return layout.objectives[v];
  }

  private KeyResult keyResult(int node) {
    int i = layout.krObjective[node - layout.objectiveCount];
    if (!replaced.isEmpty()) {
      Objective o = replaced.get(i).getOrNull();
      if (o != null) {
        return o.keyResults().get(node - layout.krStart[i]);
      }
    }
    return layout.keyResults[node - layout.objectiveCount];
  }

  /**
   * Builds the full score of a key-result node, as the straightforward evaluator does.
   *
   * @param node a key-result node, from {@link #objectiveCount()} to {@link #nodeCount()} − 1
   * @return the score
   * @throws org.okr4j.validation.OkrException if {@code node} is not a key-result node
   */
  public KeyResultScore keyResultScore(int node) {
    if (node < layout.objectiveCount || node >= layout.nodeCount) {
      throw outOfRange("node", node);
    }
    return (KeyResultScore) scoresOf(node).computeIfAbsent(node, k -> new Engine(rules.policy, rules.asOf, false)
        .score(keyResult(k), layout.cycles[layout.krObjective[k - layout.objectiveCount]]));
  }

  /**
   * Builds the full score of an objective node from its key results' scores and its contributors'
   * numbers, as the straightforward evaluator does.
   *
   * @param v an objective node, from 0 to {@link #objectiveCount()} − 1
   * @return the score
   * @throws org.okr4j.validation.OkrException if {@code v} is not an objective node
   */
  public ObjectiveScore objectiveScore(int v) {
    if (v < 0 || v >= layout.objectiveCount) {
      throw outOfRange("v", v);
    }
    return (ObjectiveScore) scoresOf(v).computeIfAbsent(v, this::buildObjectiveScore);
  }

  private ObjectiveScore buildObjectiveScore(int v) {
    Engine engine = new Engine(rules.policy, rules.asOf, false);
    Objective o = objective(v);
    Cycle cycle = layout.cycles[v];
    Vector<KeyResultScore> krs = o.keyResults().map(kr -> engine.score(kr, cycle)).toVector();
    ArrayList<Contribution> aligned = new ArrayList<>();
    for (int j = layout.childStart[v]; j < layout.childStart[v + 1]; j++) {
      int c = layout.children[j];
      if (c < layout.objectiveCount) {
        Objective child = objective(c);
        aligned.add(Contribution.objective(child.id().value(), child.title(), Option.of(progressAt(c)),
            layout.weights[j]));
      } else {
        KeyResultScore child = engine.score(keyResult(c), layout.cycles[layout.krObjective[c - layout.objectiveCount]]);
        aligned.add(Contribution.keyResult(child).withWeight(layout.weights[j]));
      }
    }
    return engine.objective(o, cycle, krs, Vector.ofAll(aligned));
  }

  private static org.okr4j.validation.OkrException outOfRange(String name, int value) {
    return new org.okr4j.validation.OkrException(List.of(
        new OkrError.OutOfRange(OkrPath.of(name), String.valueOf(value), "a node of the plan")));
  }

  /** One contribution that changed: taken out of a roll-up with its old numbers, put in with its new. */
  private record Delta(Stored before, long weightBefore, int weightScaleBefore, Stored after, long weightAfter,
      int weightScaleAfter) {}

  /**
   * Returns the plan of {@code after}, a set that differs from this plan's only in the key result
   * at {@code keyResultNode} (typically a new check-in): that key result is read again, and each
   * objective on its paths to the roots takes its old contribution out of its running sums and the
   * new one in; an objective whose progress does not change stops the walk.
   *
   * @param after the set after the change: the same objectives and key results, in the same order
   * @param keyResultNode the changed key result's node
   * @return the new plan; or {@code okr.dangling-reference} at {@code /keyResult} if the node is not
   *     a key result of the plan or {@code after} does not hold the same objective there with the
   *     same number of key results
   * @throws org.okr4j.validation.OkrException if {@code after} is missing
   */
  public Either<OkrError, EvaluationPlan> withKeyResult(OkrSet after, int keyResultNode) {
    Args.require(after, "after");
    int n = layout.objectiveCount;
    if (keyResultNode < n || keyResultNode >= layout.nodeCount || after.objectives().size() != n) {
      return Either.left(new OkrError.DanglingReference(OkrPath.of("keyResult"), String.valueOf(keyResultNode)));
    }
    int i = layout.krObjective[keyResultNode - n];
    Objective owner = after.objectives().get(i);
    Objective before = objective(i);
    if (!owner.id().equals(before.id()) || owner.keyResults().size() != before.keyResults().size()) {
      return Either.left(new OkrError.DanglingReference(OkrPath.of("keyResult"), String.valueOf(keyResultNode)));
    }
    KeyResult old = keyResult(keyResultNode);
    KeyResult fresh = owner.keyResults().get(keyResultNode - layout.krStart[i]);
    Fixed.Num num = new Fixed.Num();
    Stored oldProgress = storedAt(keyResultNode);
    Stored newProgress = Stored.of(read(new Engine(rules.policy, rules.asOf, false), fresh, layout.cycles[i]), num);
    EvaluationPlan next = new EvaluationPlan(layout, rules, after, values, replaced.put(i, owner),
        changed.put(keyResultNode, new Change(newProgress, null, null)), sharedScores);
    if (oldProgress.equals(newProgress) && old.weight().equals(fresh.weight())) {
      return Either.right(next.folded());
    }
    java.util.HashMap<Integer, ArrayList<Delta>> pending = new java.util.HashMap<>();
    PriorityQueue<Integer> queue = new PriorityQueue<>((a, b) -> Integer.compare(layout.position[a], layout.position[b]));
    int krs = layout.krStart[i + 1] - layout.krStart[i];
    if (rules.rollUp.usesKeyResults(krs)) {
      long[] w = new long[2];
      int[] ws = new int[2];
      weight(old.weight(), num, w, ws, 0);
      weight(fresh.weight(), num, w, ws, 1);
      enqueue(pending, queue, i, new Delta(oldProgress, w[0], ws[0], newProgress, w[1], ws[1]));
    }
    next.propagateFrom(keyResultNode, oldProgress, newProgress, pending, queue);
    Fixed.Sum sum = rules.newSum();
    while (!queue.isEmpty()) {
      int v = queue.poll();
      Stored was = next.storedAt(v);
      Change change = next.rescore(v, pending.remove(v), sum, num);
      next = new EvaluationPlan(layout, rules, after, values, next.replaced, next.changed.put(v, change), sharedScores);
      if (!was.equals(change.progress)) {
        next.propagateFrom(v, was, change.progress, pending, queue);
      }
    }
    return Either.right(next.folded());
  }

  /**
   * Objective {@code v}'s new progress after its contributions changed by {@code deltas}: its sum
   * updated in fixed point when it has one and every change can be taken out exactly, else
   * summed again from all its contributions.
   */
  private Change rescore(int v, ArrayList<Delta> deltas, Fixed.@Nullable Sum sum, Fixed.Num num) {
    if (sum != null) {
      int status = Fixed.Sum.UNFIT;
      if (loadSum(v, sum)) {
        boolean exact = true;
        for (Delta d : deltas) {
          exact = exact && change(sum, d.before, d.weightBefore, d.weightScaleBefore, true, num)
              && change(sum, d.after, d.weightAfter, d.weightScaleAfter, false, num);
        }
        status = exact ? sum.mean(num) : Fixed.Sum.UNFIT;
      }
      if (status == Fixed.Sum.UNFIT) {
        sum.clear();
        status = addAll(v, sum, num) ? sum.mean(num) : Fixed.Sum.UNFIT;
      }
      if (status != Fixed.Sum.UNFIT) {
        long[] longs = new long[4];
        int[] ints = new int[6];
        sum.store(longs, ints, 0);
        return new Change(stored(status, num), longs, ints);
      }
    }
    return new Change(Stored.of(rollUpMath(v).progress(), num), null, null);
  }

  /** The stored progress a sum's {@link Fixed.Sum#mean} status stands for (the policy's empty rule included); not for UNFIT. */
  private Stored stored(int status, Fixed.Num num) {
    if (status == Fixed.Sum.VALUE) {
      return Stored.of(num);
    }
    return status == Fixed.Sum.EMPTY && rules.rollUp.empty() == RollUpPolicy.Empty.ZERO ? Stored.ZERO
        : Stored.NOT_SCORED;
  }

  /** Adds (or takes out) one contribution to a fixed-point sum; false if it does not fit or cannot be taken out exactly. */
  private static boolean change(Fixed.Sum sum, Stored progress, long w, int ws, boolean out, Fixed.Num num) {
    int state = progress.load(num);
    if (state == UNFIT) {
      return false;
    }
    return out ? sum.remove(state == SCORED, num.hi, num.lo, num.scale, w, ws)
        : sum.add(state == SCORED, num.hi, num.lo, num.scale, w, ws);
  }

  /** Queues the rows in which {@code node} is an aligned contributor with its change. */
  private void propagateFrom(int node, Stored was, Stored now, java.util.HashMap<Integer, ArrayList<Delta>> pending,
      PriorityQueue<Integer> queue) {
    for (int j = layout.upStart[node]; j < layout.upStart[node + 1]; j++) {
      int parent = layout.upParent[j];
      int krs = layout.krStart[parent + 1] - layout.krStart[parent];
      if (rules.rollUp.usesChildren(krs)) {
        long w = layout.upWeightUnscaled[j];
        int ws = layout.upWeightScale[j];
        enqueue(pending, queue, parent, new Delta(was, w, ws, now, w, ws));
      }
    }
  }

  private static void enqueue(java.util.HashMap<Integer, ArrayList<Delta>> pending, PriorityQueue<Integer> queue,
      int v, Delta d) {
    ArrayList<Delta> list = pending.get(v);
    if (list == null) {
      list = new ArrayList<>(2);
      pending.put(v, list);
      queue.add(v);
    }
    list.add(d);
  }

  /** Folds the recorded changes into fresh arrays once there are many. */
  private EvaluationPlan folded() {
    if (changed.size() < FOLD_AT && replaced.size() < FOLD_AT) {
      return this;
    }
    Objective[] os = layout.objectives.clone();
    KeyResult[] ks = layout.keyResults.clone();
    boolean[] columnar = layout.columnar.clone();
    for (var e : replaced) {
      int i = e._1;
      os[i] = e._2;
      for (int k = layout.krStart[i]; k < layout.krStart[i + 1]; k++) {
        int at = k - layout.objectiveCount;
        KeyResult kr = e._2.keyResults().get(k - layout.krStart[i]);
        if (kr != ks[at]) {
          ks[at] = kr;
          columnar[at] = false;
        }
      }
    }
    Values vs = values.copy();
    Fixed.Num num = new Fixed.Num();
    Fixed.Sum sum = rules.newSum();
    for (var e : changed) {
      vs.set(e._1, e._2.progress);
      if (e._1 < layout.objectiveCount && sum != null) {
        if (e._2.sumLongs != null) {
          sum.load(e._2.sumLongs, e._2.sumInts, 0);
        } else {
          sum.contributions = -1;
        }
        vs.store(e._1, sum);
      }
    }
    Layout l = new Layout(layout, set, os, ks, columnar);
    return new EvaluationPlan(l, rules, set, vs.frozen(), HashMap.empty(), HashMap.empty(), new ConcurrentHashMap<>());
  }

  @Override
  public String toString() {
    return "EvaluationPlan[objectives=" + layout.objectiveCount + ", nodes=" + layout.nodeCount + "]";
  }
}
