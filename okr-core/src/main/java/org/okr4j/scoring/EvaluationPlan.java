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
 * A set compiled once, under one {@link ScoringPolicy} at one instant, into flat index-based
 * arrays from which every progress number of a roll-up is computed, and recomputed after a change
 * to one key result along the paths to the roots only.
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
 * stretch levels, is read directly from its latest check-in; every other key result is scored by the
 * straightforward evaluator. Each objective keeps the running sums of its roll-up, so that
 * {@link #withKeyResult(OkrSet, int)} takes the changed key result's old contribution out of each
 * sum on the way up and puts the new one in, without re-adding the siblings (a roll-up by minimum,
 * or a sum whose scale would become unknown, is recomputed from its contributions instead). Every
 * number equals, value and scale, the one the straightforward evaluator computes.
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

  /** What check-ins never change: the policy, the instant, the rows, the order. */
  private static final class Shape {
    final ScoringPolicy policy;
    final Instant asOf;
    final RollUpPolicy rollUp;
    final boolean fastLinear;
    final int objectiveCount;
    final int nodeCount;
    /** Per objective: its first key-result node; length {@code objectiveCount + 1}. */
    final int[] krStart;
    /** Per key result ({@code node − objectiveCount}): its objective. */
    final int[] krObjective;
    /** Per objective: its cycle. */
    final Cycle[] cycles;
    final int[] childStart;
    final int[] children;
    final BigDecimal[] weights;
    /** Per node: the rows in which it is a contributor ({@code upStart} has length nodeCount + 1). */
    final int[] upStart;
    final int[] upParent;
    final BigDecimal[] upWeight;
    /** Per objective: its position in the evaluation order (children first). */
    final int[] position;
    final int[] order;

    Shape(ScoringPolicy policy, Instant asOf, int objectiveCount, int nodeCount, int[] krStart, int[] krObjective,
        Cycle[] cycles, int[] childStart, int[] children, BigDecimal[] weights) {
      this.policy = policy;
      this.asOf = asOf;
      this.rollUp = policy.rollUp();
      ProgressPolicy pp = policy.progress();
      this.fastLinear = pp.stretch().isEmpty() && pp.linearRule() == ProgressPolicy.LinearRule.FROM_BASELINE;
      this.objectiveCount = objectiveCount;
      this.nodeCount = nodeCount;
      this.krStart = krStart;
      this.krObjective = krObjective;
      this.cycles = cycles;
      this.childStart = childStart;
      this.children = children;
      this.weights = weights;
      upStart = new int[nodeCount + 1];
      for (int c : children) {
        upStart[c + 1]++;
      }
      for (int v = 0; v < nodeCount; v++) {
        upStart[v + 1] += upStart[v];
      }
      upParent = new int[children.length];
      upWeight = new BigDecimal[children.length];
      int[] fill = java.util.Arrays.copyOf(upStart, nodeCount);
      for (int v = 0; v < objectiveCount; v++) {
        for (int j = childStart[v]; j < childStart[v + 1]; j++) {
          int at = fill[children[j]]++;
          upParent[at] = v;
          upWeight[at] = weights[j];
        }
      }
      position = new int[objectiveCount];
      order = new int[objectiveCount];
    }

    /** Orders the objectives children first; false if the rows loop. */
    boolean sort() {
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
  }

  /** A node's state recorded beside the shared arrays: its progress, and an objective's sums. */
  private record Change(@Nullable BigDecimal progress, @Nullable RollUpMath math) {}

  private final Shape shape;
  private final OkrSet set;
  private final Objective[] objectives;
  private final KeyResult[] keyResults;
  /** Per node: a key result's reported progress, an objective's rolled-up progress; null if not scored. */
  private final @Nullable BigDecimal[] progress;
  /** Per objective: the running sums of its roll-up. */
  private final RollUpMath[] math;
  /** Objectives replaced since the arrays were filled, by index. */
  private final HashMap<Integer, Objective> replaced;
  /** Nodes changed since the arrays were filled. */
  private final HashMap<Integer, Change> changed;
  /**
   * Scores built on request for nodes unchanged since the arrays were filled, shared by every plan
   * on the same arrays (their scores are the same); scores of changed nodes are kept per plan.
   */
  private final ConcurrentHashMap<Integer, Object> sharedScores;
  private final ConcurrentHashMap<Integer, Object> ownScores = new ConcurrentHashMap<>();

  private EvaluationPlan(Shape shape, OkrSet set, Objective[] objectives, KeyResult[] keyResults,
      @Nullable BigDecimal[] progress, RollUpMath[] math, HashMap<Integer, Objective> replaced,
      HashMap<Integer, Change> changed, ConcurrentHashMap<Integer, Object> sharedScores) {
    this.shape = shape;
    this.set = set;
    this.objectives = objectives;
    this.keyResults = keyResults;
    this.progress = progress;
    this.math = math;
    this.replaced = replaced;
    this.changed = changed;
    this.sharedScores = sharedScores;
  }

  /** The store of built scores for {@code node}: this plan's own if the node changed since the arrays were filled. */
  private ConcurrentHashMap<Integer, Object> scoresOf(int node) {
    boolean own = !changed.isEmpty() && changed.containsKey(node)
        || node < shape.objectiveCount && !replaced.isEmpty() && replaced.containsKey(node);
    return own ? ownScores : sharedScores;
  }

  /**
   * Compiles and evaluates {@code set} with the aligned contributions given as compressed rows.
   * The arrays are copied.
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
    Args.require(set, "set");
    Args.require(policy, "policy");
    Args.require(asOf, "asOf");
    Args.require(childStart, "childStart");
    Args.require(children, "children");
    Args.require(weights, "weights");
    Vector<Objective> os = set.objectives();
    int n = os.size();
    Objective[] objectives = os.toJavaArray(Objective[]::new);
    int krCount = 0;
    for (Objective o : objectives) {
      krCount += o.keyResults().size();
    }
    int nodes = n + krCount;
    OkrError bad = checkRows(n, nodes, childStart, children, weights);
    if (bad != null) {
      return Either.left(bad);
    }
    KeyResult[] keyResults = new KeyResult[krCount];
    int[] krObjective = new int[krCount];
    int[] krStart = new int[n + 1];
    Cycle[] cycles = new Cycle[n];
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
    krStart[n] = nodes;
    Shape shape = new Shape(policy, asOf, n, nodes, krStart, krObjective, cycles, childStart.clone(),
        children.clone(), weights.clone());
    if (!shape.sort()) {
      return Either.left(new OkrError.CyclicReference(OkrPath.of("children"), List.empty()));
    }
    BigDecimal[] progress = new BigDecimal[nodes];
    RollUpMath[] math = new RollUpMath[n];
    EvaluationPlan plan = new EvaluationPlan(shape, set, objectives, keyResults, progress, math, HashMap.empty(),
        HashMap.empty(), new ConcurrentHashMap<>());
    Engine engine = new Engine(policy, asOf, false);
    for (int node = n; node < nodes; node++) {
      progress[node] = plan.read(engine, keyResults[node - n], cycles[krObjective[node - n]]);
    }
    for (int v : shape.order) {
      math[v] = plan.rollUp(v);
      progress[v] = math[v].progress();
    }
    // a fresh plan over the filled arrays, so its final fields publish them to every thread
    return Either.right(new EvaluationPlan(shape, set, objectives, keyResults, progress, math, HashMap.empty(),
        HashMap.empty(), new ConcurrentHashMap<>()));
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

  /** The reported progress of a key result: read directly when the fast path covers it. */
  private @Nullable BigDecimal read(Engine engine, KeyResult kr, Cycle cycle) {
    if (shape.fastLinear && kr.metric() instanceof LinearMetric m && !m.isDegenerate()) {
      CheckIn last = null;
      for (CheckIn c : kr.checkIns()) {
        if (c.instant().isAfter(shape.asOf)) {
          break;
        }
        last = c;
      }
      if (last != null && last.data() instanceof CheckInData.Measurement measured) {
        BigDecimal b = m.baseline();
        BigDecimal raw = Decimals.div(measured.value().subtract(b), m.targetValue().subtract(b));
        return shape.policy.progress().cap().apply(raw);
      }
    }
    return engine.score(kr, cycle).progress().getOrNull();
  }

  /** Rolls objective {@code v} up from the current progress of its contributors. */
  private RollUpMath rollUp(int v) {
    RollUpPolicy rp = shape.rollUp;
    RollUpMath m = new RollUpMath(rp);
    int first = shape.krStart[v];
    int end = shape.krStart[v + 1];
    if (rp.usesKeyResults(end - first)) {
      for (int k = first; k < end; k++) {
        m.add(progressAt(k), keyResult(k).weight());
      }
    }
    if (rp.usesChildren(end - first)) {
      for (int j = shape.childStart[v]; j < shape.childStart[v + 1]; j++) {
        m.addChild(progressAt(shape.children[j]), shape.weights[j]);
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
    return shape.objectiveCount;
  }

  /**
   * Returns the number of nodes, objectives and key results.
   *
   * @return the number of nodes
   */
  public int nodeCount() {
    return shape.nodeCount;
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
   * Returns a node's progress: a key result's reported progress, an objective's rolled-up progress
   * (each contribution bounded by the roll-up's cap), as its score's {@code progress()} gives it.
   *
   * @param node the node
   * @return the progress, or empty if not scored or not a node of the plan
   */
  public Option<BigDecimal> progress(int node) {
    return node < 0 || node >= shape.nodeCount ? Option.none() : Option.of(progressAt(node));
  }

  private @Nullable BigDecimal progressAt(int node) {
    if (!changed.isEmpty()) {
      Change c = changed.get(node).getOrNull();
      if (c != null) {
        return c.progress;
      }
    }
    return progress[node];
  }

  private RollUpMath mathAt(int v) {
    if (!changed.isEmpty()) {
      Change c = changed.get(v).getOrNull();
      if (c != null && c.math != null) {
        return c.math;
      }
    }
    return math[v];
  }

  private Objective objective(int v) {
    if (!replaced.isEmpty()) {
      Objective o = replaced.get(v).getOrNull();
      if (o != null) {
        return o;
      }
    }
    return objectives[v];
  }

  private KeyResult keyResult(int node) {
    int i = shape.krObjective[node - shape.objectiveCount];
    if (!replaced.isEmpty()) {
      Objective o = replaced.get(i).getOrNull();
      if (o != null) {
        return o.keyResults().get(node - shape.krStart[i]);
      }
    }
    return keyResults[node - shape.objectiveCount];
  }

  /**
   * Builds the full score of a key-result node, as the straightforward evaluator does.
   *
   * @param node a key-result node, from {@link #objectiveCount()} to {@link #nodeCount()} − 1
   * @return the score
   * @throws org.okr4j.validation.OkrException if {@code node} is not a key-result node
   */
  public KeyResultScore keyResultScore(int node) {
    if (node < shape.objectiveCount || node >= shape.nodeCount) {
      throw outOfRange("node", node);
    }
    return (KeyResultScore) scoresOf(node).computeIfAbsent(node, k -> new Engine(shape.policy, shape.asOf, false)
        .score(keyResult(k), shape.cycles[shape.krObjective[k - shape.objectiveCount]]));
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
    if (v < 0 || v >= shape.objectiveCount) {
      throw outOfRange("v", v);
    }
    return (ObjectiveScore) scoresOf(v).computeIfAbsent(v, this::buildObjectiveScore);
  }

  private ObjectiveScore buildObjectiveScore(int v) {
    Engine engine = new Engine(shape.policy, shape.asOf, false);
    Objective o = objective(v);
    Cycle cycle = shape.cycles[v];
    Vector<KeyResultScore> krs = o.keyResults().map(kr -> engine.score(kr, cycle)).toVector();
    ArrayList<Contribution> aligned = new ArrayList<>();
    for (int j = shape.childStart[v]; j < shape.childStart[v + 1]; j++) {
      int c = shape.children[j];
      if (c < shape.objectiveCount) {
        Objective child = objective(c);
        aligned.add(Contribution.objective(child.id().value(), child.title(), Option.of(progressAt(c)),
            shape.weights[j]));
      } else {
        KeyResultScore child = engine.score(keyResult(c), shape.cycles[shape.krObjective[c - shape.objectiveCount]]);
        aligned.add(Contribution.keyResult(child).withWeight(shape.weights[j]));
      }
    }
    return engine.objective(o, cycle, krs, Vector.ofAll(aligned));
  }

  private static org.okr4j.validation.OkrException outOfRange(String name, int value) {
    return new org.okr4j.validation.OkrException(List.of(
        new OkrError.OutOfRange(OkrPath.of(name), String.valueOf(value), "a node of the plan")));
  }

  /** One contribution that changed: taken out of a roll-up with its old numbers, put in with its new. */
  private record Delta(boolean aligned, @Nullable BigDecimal before, BigDecimal weightBefore,
      @Nullable BigDecimal after, BigDecimal weightAfter) {}

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
    int n = shape.objectiveCount;
    if (keyResultNode < n || keyResultNode >= shape.nodeCount || after.objectives().size() != n) {
      return Either.left(new OkrError.DanglingReference(OkrPath.of("keyResult"), String.valueOf(keyResultNode)));
    }
    int i = shape.krObjective[keyResultNode - n];
    Objective owner = after.objectives().get(i);
    Objective before = objective(i);
    if (!owner.id().equals(before.id()) || owner.keyResults().size() != before.keyResults().size()) {
      return Either.left(new OkrError.DanglingReference(OkrPath.of("keyResult"), String.valueOf(keyResultNode)));
    }
    KeyResult old = keyResult(keyResultNode);
    KeyResult fresh = owner.keyResults().get(keyResultNode - shape.krStart[i]);
    BigDecimal oldProgress = progressAt(keyResultNode);
    BigDecimal newProgress = read(new Engine(shape.policy, shape.asOf, false), fresh, shape.cycles[i]);
    EvaluationPlan next = new EvaluationPlan(shape, after, objectives, keyResults, progress, math,
        replaced.put(i, owner), changed.put(keyResultNode, new Change(newProgress, null)), sharedScores);
    if (Objects.equals(oldProgress, newProgress) && old.weight().equals(fresh.weight())) {
      return Either.right(next.folded());
    }
    java.util.HashMap<Integer, ArrayList<Delta>> pending = new java.util.HashMap<>();
    PriorityQueue<Integer> queue = new PriorityQueue<>((a, b) -> Integer.compare(shape.position[a], shape.position[b]));
    int krs = shape.krStart[i + 1] - shape.krStart[i];
    if (shape.rollUp.usesKeyResults(krs)) {
      enqueue(pending, queue, i, new Delta(false, oldProgress, old.weight(), newProgress, fresh.weight()));
    }
    next.propagateFrom(keyResultNode, oldProgress, newProgress, pending, queue);
    while (!queue.isEmpty()) {
      int v = queue.poll();
      ArrayList<Delta> deltas = pending.remove(v);
      RollUpMath m = next.mathAt(v).copy();
      boolean exact = true;
      for (Delta d : deltas) {
        exact = exact && (d.aligned ? m.removeChild(d.before, d.weightBefore) : m.remove(d.before, d.weightBefore));
        if (exact) {
          if (d.aligned) {
            m.addChild(d.after, d.weightAfter);
          } else {
            m.add(d.after, d.weightAfter);
          }
        }
      }
      if (!exact) {
        m = next.rollUp(v);
      }
      BigDecimal was = next.progressAt(v);
      BigDecimal now = m.progress();
      next = new EvaluationPlan(shape, after, objectives, keyResults, progress, math, next.replaced,
          next.changed.put(v, new Change(now, m)), sharedScores);
      if (!Objects.equals(was, now)) {
        next.propagateFrom(v, was, now, pending, queue);
      }
    }
    return Either.right(next.folded());
  }

  /** Queues the rows in which {@code node} is an aligned contributor with its change. */
  private void propagateFrom(int node, @Nullable BigDecimal was, @Nullable BigDecimal now,
      java.util.HashMap<Integer, ArrayList<Delta>> pending, PriorityQueue<Integer> queue) {
    for (int j = shape.upStart[node]; j < shape.upStart[node + 1]; j++) {
      int parent = shape.upParent[j];
      int krs = shape.krStart[parent + 1] - shape.krStart[parent];
      if (shape.rollUp.usesChildren(krs)) {
        enqueue(pending, queue, parent, new Delta(true, was, shape.upWeight[j], now, shape.upWeight[j]));
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
    Objective[] os = objectives.clone();
    KeyResult[] ks = keyResults.clone();
    for (var e : replaced) {
      int i = e._1;
      os[i] = e._2;
      for (int k = shape.krStart[i]; k < shape.krStart[i + 1]; k++) {
        ks[k - shape.objectiveCount] = e._2.keyResults().get(k - shape.krStart[i]);
      }
    }
    BigDecimal[] ps = progress.clone();
    RollUpMath[] ms = math.clone();
    for (var e : changed) {
      ps[e._1] = e._2.progress;
      if (e._2.math != null) {
        ms[e._1] = e._2.math;
      }
    }
    return new EvaluationPlan(shape, set, os, ks, ps, ms, HashMap.empty(), HashMap.empty(), new ConcurrentHashMap<>());
  }

  @Override
  public String toString() {
    return "EvaluationPlan[objectives=" + shape.objectiveCount + ", nodes=" + shape.nodeCount + "]";
  }
}
