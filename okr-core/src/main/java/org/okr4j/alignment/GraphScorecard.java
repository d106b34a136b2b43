package org.okr4j.alignment;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Locale;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;
import org.okr4j.internal.Numbers;
import org.okr4j.model.CheckIn;
import org.okr4j.model.CheckInData;
import org.okr4j.model.Cycle;
import org.okr4j.model.KeyResult;
import org.okr4j.model.KeyResultId;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Objective;
import org.okr4j.model.OkrSet;
import org.okr4j.model.OwnerRef;
import org.okr4j.model.Target;
import org.okr4j.model.Unit;
import org.okr4j.scoring.Band;
import org.okr4j.scoring.Contribution;
import org.okr4j.scoring.EvaluationPlan;
import org.okr4j.scoring.Explanation;
import org.okr4j.scoring.KeyResultScore;
import org.okr4j.scoring.ObjectiveScore;
import org.okr4j.scoring.RollUpPolicy;
import org.okr4j.scoring.Scorecard;
import org.okr4j.scoring.Scorer;
import org.okr4j.scoring.ScoringPolicy;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;
import org.okr4j.validation.OkrPath;

/**
 * The scores of an {@link AlignmentGraph}'s objectives and key results, rolled up through the
 * graph's contributing links under a {@link ScoringPolicy} as of an instant.
 *
 * <p><b>Roll-up.</b> Key results are scored on their own. Objectives are then scored in a
 * topological order of the graph (Kahn's algorithm, children before parents; no recursion, so a
 * chain of any depth is safe), each from its own key results and its <em>aligned
 * contributions</em> under {@link RollUpPolicy#children()}: {@code KEY_RESULTS_ONLY} ignores them,
 * {@code CHILDREN_ONLY} uses only them, {@code POOLED} pools them with the key results at equal
 * weight, {@code POOLED_WEIGHTED} pools them with their link weights, and
 * {@code CHILDREN_WHEN_NO_KEY_RESULTS} uses them only for an objective without key results. An
 * aligned contribution is one {@link LinkKind#CONTRIBUTES contributing} link into the objective, from
 * a child objective (its rolled-up progress) or from a key result of another objective (its
 * progress), weighted by the link's weight. {@link LinkKind#SUPPORTS Supporting} links are shown in
 * exports but never counted. Links into a key result from an objective never change the key
 * result's progress; contributing links from key results (a key result → key result cascade) change
 * it only under a {@link Cascade} other than the default {@link Cascade#NONE}: by summed values
 * (Quantive) or by the mean of the children's progress. Key results are scored in the same
 * topological order, so a cascade of cascades is taken bottom-up.
 *
 * <p><b>Shared descendants (diamonds).</b> Each contributing link counts exactly once toward its
 * parent, with the child's full progress: a node linked to two parents counts fully toward each, and
 * a common ancestor of both parents feels it once through each parent, each time diluted by that
 * parent's own roll-up. Progress is never split between parents, so a shared child never weighs more
 * in an ancestor than the paths to it say.
 *
 * <p>The objective scores' {@link ObjectiveScore#explanation() explanations} name every contributor
 * (key results and aligned objectives or key results, by id and title) with its weight.
 *
 * <p><b>Evaluation plan, scores on request.</b> Without a cascade the graph's set and contributing
 * links are compiled into an {@link EvaluationPlan}, which computes every node's progress from flat
 * arrays; an {@link ObjectiveScore} or {@link KeyResultScore} (with its explanation) is built when
 * it is first asked for, once, and kept. Every score equals, value and scale, the one scoring each
 * node on its own with {@link Scorer} gives. Under a cascade every score is computed up front.
 *
 * <p><b>Incremental re-evaluation.</b> {@link #withCheckIn(KeyResultId, CheckIn)} records one
 * check-in and {@link #rescore(OkrSet, KeyResultId)} takes a set changed in one key result; both
 * re-score that key result and then only what its change can reach (through cascades and
 * contributing links), in topological order. Without a cascade each objective on the way takes the
 * old contribution out of its running sums and the new one in, so siblings are not added again. The
 * result equals a full evaluation of the changed set under the same cascade rule.
 *
 * <p><b>Views.</b> {@link #viewFor(OwnerRef, ScoredView.HiddenContributions)} gives the scores as one
 * viewer may see them, hidden work counted or left out; see {@link ScoredView}.
 *
 * <pre>{@code
 * GraphScorecard scores = GraphScorecard.evaluate(graph, policy, asOf);
 * scores.objective(ObjectiveId.of("o-conversion")).get().explanation().render();
 * scores.toMermaid();   // each node with its progress and colour band
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class GraphScorecard {

  private final AlignmentGraph graph;
  private final ScoringPolicy policy;
  private final Instant asOf;
  private final Cascade cascade;
  /** The nodes whose contributions were left out, or {@code null} if none. */
  private final boolean @Nullable [] excluded;
  /** Objective scores in node order (the set's order), when computed up front (cascades). */
  private final @Nullable Vector<ObjectiveScore> eager;
  /** The numbers, when the scores are built on request (no cascade). */
  private final @Nullable EvaluationPlan plan;
  private volatile @Nullable Vector<ObjectiveScore> all;

  private GraphScorecard(AlignmentGraph graph, ScoringPolicy policy, Instant asOf, Cascade cascade,
      boolean @Nullable [] excluded, @Nullable Vector<ObjectiveScore> eager, @Nullable EvaluationPlan plan) {
    this.graph = graph;
    this.policy = policy;
    this.asOf = asOf;
    this.cascade = cascade;
    this.excluded = excluded;
    this.eager = eager;
    this.plan = plan;
    this.all = eager;
  }

  /**
   * How a key result takes progress from the key results linked into it by
   * {@link LinkKind#CONTRIBUTES contributing} links (a key result → key result cascade). Only key
   * results that are children count; links from objectives into a key result never change it.
   *
   * <p>Under {@link #SUMMED_VALUES} and {@link #MEAN_OF_PROGRESS} a cascaded key result is scored
   * from a key result like its own but with one synthetic check-in, made at the latest check-in
   * among the children used (or at the evaluation instant if they have none), that replaces its own
   * check-ins; {@link KeyResultScore#keyResult()} shows it. Children are taken after their own
   * cascades, so chains of cascades sum or average all the way down. A child linked with weight 0,
   * or one without a value (summed values) or without progress (mean of progress), is left out; a
   * key result with no child left keeps its own check-ins.
   */
  public enum Cascade {
    /**
     * Links into a key result do not change it: it is scored from its own check-ins only. The
     * default, as GitLab's users ask ("a CEO revenue KR should ignore cascaded KRs").
     */
    NONE,
    /**
     * Quantive's cascade: the parent's current value is the sum of its children's current values
     * (the latest measured value of each, as of the evaluation instant), scored with the parent's
     * own metric. Link weights other than 0 are not applied. Applies only to a parent whose metric
     * takes measured values (linear, threshold, range); any other keeps its own check-ins.
     */
    SUMMED_VALUES,
    /**
     * The parent's progress is the mean of its children's reported progress weighted by the link
     * weights, {@code Σwᵢ·pᵢ / Σwᵢ}: the synthetic key result measures it on a 0 → 1 scale (its
     * metric becomes linear from 0 to 1, rounded to 30 decimals).
     */
    MEAN_OF_PROGRESS
  }

  /**
   * Scores every key result and objective of {@code graph}'s set, rolling up through its links.
   *
   * @param graph the alignment graph
   * @param policy the rules
   * @param asOf the instant of evaluation
   * @return the scores
   * @throws OkrException if an argument is missing
   */
  public static GraphScorecard evaluate(AlignmentGraph graph, ScoringPolicy policy, Instant asOf) {
    return evaluate(graph, policy, asOf, Cascade.NONE);
  }

  /**
   * Scores every key result and objective of {@code graph}'s set, rolling up through its links, key
   * results first taking their cascaded children as {@code cascade} says.
   *
   * @param graph the alignment graph
   * @param policy the rules
   * @param asOf the instant of evaluation
   * @param cascade how key results take progress from key results linked into them
   * @return the scores
   * @throws OkrException if an argument is missing
   */
  public static GraphScorecard evaluate(AlignmentGraph graph, ScoringPolicy policy, Instant asOf, Cascade cascade) {
    require(graph, "graph");
    require(policy, "policy");
    require(asOf, "asOf");
    require(cascade, "cascade");
    return compute(graph, policy, asOf, cascade, null);
  }

  /**
   * Scores the graph, leaving out every contributing link whose child is marked in {@code excluded}
   * (all links are counted when it is {@code null}).
   */
  static GraphScorecard compute(AlignmentGraph graph, ScoringPolicy policy, Instant asOf, Cascade cascade,
      boolean @Nullable [] excluded) {
    if (cascade == Cascade.NONE) {
      return new GraphScorecard(graph, policy, asOf, cascade, excluded, null, plan(graph, policy, asOf, excluded));
    }
    return straightforward(graph, policy, asOf, cascade, excluded);
  }

  /**
   * Scores the graph the straightforward way: every key result and objective scored up front, one
   * score object each, in topological order. The reference the planned evaluation must agree with,
   * and the evaluation under a cascade.
   */
  static GraphScorecard straightforward(AlignmentGraph graph, ScoringPolicy policy, Instant asOf, Cascade cascade,
      boolean @Nullable [] excluded) {
    NodeIndex index = graph.index();
    OkrSet set = graph.set();
    KeyResultScore[] keyResults = new KeyResultScore[index.nodeCount];
    ObjectiveScore[] scores = new ObjectiveScore[index.objectiveCount];
    for (int v : graph.topologicalOrder()) {
      if (index.isObjective(v)) {
        scores[v] = score(graph, v, index.objective(v), k -> keyResults[k], o -> scores[o], policy, asOf, excluded);
      } else {
        Cycle cycle = set.cycleOf(index.objective(index.objectiveNodeOf(v)));
        keyResults[v] = scoreKeyResult(graph, v, index.keyResult(v), cycle, k -> keyResults[k], policy, asOf,
            cascade, excluded);
      }
    }
    return new GraphScorecard(graph, policy, asOf, cascade, excluded, Vector.of(scores), null);
  }

  /**
   * Compiles the graph's set with its contributing links (children left out when marked in
   * {@code excluded}) into an evaluation plan, rows taken from the graph's adjacency. Without
   * exclusions the compiled layout is kept on the graph, so that evaluating it again (at another
   * instant, under another policy) does not compile it again.
   */
  private static EvaluationPlan plan(AlignmentGraph graph, ScoringPolicy policy, Instant asOf,
      boolean @Nullable [] excluded) {
    EvaluationPlan.Layout layout = excluded == null ? graph.layout(() -> layout(graph, null)) : layout(graph, excluded);
    return layout.evaluate(policy, asOf);
  }

  private static EvaluationPlan.Layout layout(AlignmentGraph graph, boolean @Nullable [] excluded) {
    NodeIndex index = graph.index();
    LinkTable table = graph.table();
    Seq<Link> links = graph.links();
    int n = index.objectiveCount;
    int[] start = new int[n + 1];
    int[] children = new int[table.count()];
    BigDecimal[] weights = new BigDecimal[table.count()];
    int at = 0;
    for (int v = 0; v < n; v++) {
      start[v] = at;
      for (int l : table.down(v)) {
        Link link = links.get(l);
        int c = table.childOf(l);
        if (link.isContributing() && (excluded == null || !excluded[c])) {
          children[at] = c;
          weights[at++] = link.weight();
        }
      }
    }
    start[n] = at;
    return EvaluationPlan.layout(graph.set(), start, java.util.Arrays.copyOf(children, at),
        java.util.Arrays.copyOf(weights, at)).getOrElseThrow(e -> new OkrException(io.vavr.collection.List.of(e)));
  }

  /**
   * Scores key-result node {@code k} (whose own definition is {@code own}) under {@code cascade},
   * from the scores of its key-result children, which are already known.
   */
  private static KeyResultScore scoreKeyResult(AlignmentGraph graph, int k, KeyResult own, Cycle cycle,
      IntFunction<KeyResultScore> keyResultAt, ScoringPolicy policy, Instant asOf, Cascade cascade,
      boolean @Nullable [] excluded) {
    if (cascade != Cascade.NONE) {
      KeyResult cascaded = cascaded(graph, k, own, keyResultAt, asOf, cascade, excluded);
      if (cascaded != null) {
        return Scorer.scoreKeyResult(cascaded, cycle, policy, asOf);
      }
    }
    return Scorer.scoreKeyResult(own, cycle, policy, asOf);
  }

  /** Returns the synthetic key result that carries {@code k}'s cascaded value, or null if none. */
  private static @Nullable KeyResult cascaded(AlignmentGraph graph, int k, KeyResult own,
      IntFunction<KeyResultScore> keyResultAt, Instant asOf, Cascade cascade, boolean @Nullable [] excluded) {
    NodeIndex index = graph.index();
    LinkTable table = graph.table();
    Seq<Link> links = graph.links();
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal weights = BigDecimal.ZERO;
    Instant when = null;
    boolean any = false;
    for (int l : table.down(k)) {
      Link link = links.get(l);
      int c = table.childOf(l);
      if (!link.isContributing() || index.isObjective(c) || link.weight().signum() == 0
          || excluded != null && excluded[c]) {
        continue;
      }
      KeyResultScore child = keyResultAt.apply(c);
      Instant at;
      if (cascade == Cascade.SUMMED_VALUES) {
        Option<CheckIn> latest = child.keyResult().latestAsOf(asOf);
        if (latest.isEmpty() || !(latest.get().data() instanceof CheckInData.Measurement m)) {
          continue;
        }
        sum = sum.add(m.value());
        at = latest.get().instant();
      } else {
        if (child.progress().isEmpty()) {
          continue;
        }
        sum = sum.add(link.weight().multiply(child.progress().get()));
        weights = weights.add(link.weight());
        at = child.lastCheckIn().getOrNull();
      }
      any = true;
      if (at != null && (when == null || at.isAfter(when))) {
        when = at;
      }
    }
    if (!any) {
      return null;
    }
    KeyResult.Builder b = KeyResult.builder().id(own.id().value()).title(own.title()).weight(own.weight())
        .owner(own.owner().getOrNull()).dueDate(own.dueDate().getOrNull());
    BigDecimal value = sum;
    if (cascade == Cascade.SUMMED_VALUES) {
      b.metric(own.metric());
    } else {
      value = sum.divide(weights, Numbers.MATH);
      value = value.scale() > Numbers.MAX_DIGITS ? value.setScale(Numbers.MAX_DIGITS, Numbers.ROUNDING) : value;
      b.metric(LinearMetric.of(Unit.NUMBER, BigDecimal.ZERO, Target.absolute(BigDecimal.ONE)));
    }
    b.checkIn(CheckIn.of(when == null ? asOf : when, new CheckInData.Measurement(value)));
    return b.build().getOrNull();
  }

  /**
   * Returns how key results take progress from key results linked into them.
   *
   * @return the cascade rule the scores were computed with
   */
  public Cascade cascade() {
    return cascade;
  }

  /** Scores objective node {@code v} from the scores of its key results and contributors. */
  private static ObjectiveScore score(AlignmentGraph graph, int v, Objective objective,
      IntFunction<KeyResultScore> keyResultAt, IntFunction<ObjectiveScore> objectiveAt,
      ScoringPolicy policy, Instant asOf, boolean @Nullable [] excluded) {
    NodeIndex index = graph.index();
    LinkTable table = graph.table();
    Seq<Link> links = graph.links();
    ArrayList<KeyResultScore> own = new ArrayList<>();
    for (int k = index.firstKeyResult(v); k < index.endKeyResult(v); k++) {
      own.add(keyResultAt.apply(k));
    }
    ArrayList<Contribution> aligned = new ArrayList<>();
    for (int l : table.down(v)) {
      Link link = links.get(l);
      if (!link.isContributing()) {
        continue;
      }
      int c = table.childOf(l);
      if (excluded != null && excluded[c]) {
        continue;
      }
      aligned.add(index.isObjective(c) ? Contribution.objective(objectiveAt.apply(c), link.weight())
          : Contribution.keyResult(keyResultAt.apply(c)).withWeight(link.weight()));
    }
    return Scorer.scoreObjective(objective, graph.set().cycleOf(objective), Vector.ofAll(own), Vector.ofAll(aligned),
        policy, asOf);
  }

  /** Tells whether {@code objective} of {@code set} stands where the graph's objective node does, with the same key results. */
  private static boolean sameShape(NodeIndex index, int objectiveNode, OkrSet set, Objective objective) {
    Objective before = index.objective(objectiveNode);
    return set.objectives().size() == index.objectiveCount && set.objectives().get(objectiveNode) == objective
        && before.id().equals(objective.id())
        && before.keyResults().map(KeyResult::id).equals(objective.keyResults().map(KeyResult::id));
  }

  /**
   * Re-evaluates after one key result changed (typically a new check-in), re-scoring only that key
   * result and the objectives its change can reach through contributing edges, children before
   * parents; every other score is kept. The graph's structure (objectives, key results, links) must
   * be unchanged; the changed key result is read from {@code set}. The new scorecard's
   * {@link #graph()} is the graph over {@code set}, sharing this graph's structure.
   *
   * @param set the set after the change
   * @param keyResult the key result that changed
   * @return the new scores, equal to evaluating a graph over {@code set} with the same links; or an
   *     {@code okr.dangling-reference} error at {@code /keyResult} if the key result is not in both
   *     the graph and {@code set}, under the same objective at the same position with the same key
   *     results (checked in time proportional to that objective's key results)
   * @throws OkrException if an argument is missing
   */
  public Either<OkrError, GraphScorecard> rescore(OkrSet set, KeyResultId keyResult) {
    require(set, "set");
    require(keyResult, "keyResult");
    NodeIndex index = graph.index();
    int node = index.indexOf(NodeRef.keyResult(keyResult));
    Option<Objective> owner = set.objectiveOf(keyResult);
    if (node < 0 || owner.isEmpty() || !sameShape(index, index.objectiveNodeOf(node), set, owner.get())) {
      return Either.left(new OkrError.DanglingReference(OkrPath.of("keyResult"), keyResult.value()));
    }
    int ownerNode = index.objectiveNodeOf(node);
    if (plan != null) {
      return plan.withKeyResult(set, node).map(next ->
          new GraphScorecard(graph.afterCheckIn(set, ownerNode), policy, asOf, cascade, null, null, next));
    }
    KeyResult changed = owner.get().keyResult(keyResult).get();
    java.util.HashMap<Integer, KeyResultScore> fresh = new java.util.HashMap<>();
    Vector<ObjectiveScore> updated = eager;
    for (int v : graph.impactedNodes(node)) {
      Vector<ObjectiveScore> current = updated;
      IntFunction<KeyResultScore> keyResultAt = k -> {
        KeyResultScore s = fresh.get(k);
        int o = index.objectiveNodeOf(k);
        return s != null ? s : current.get(o).keyResults().get(k - index.firstKeyResult(o));
      };
      if (index.isObjective(v)) {
        Objective objective = v == ownerNode ? owner.get() : index.objective(v);
        updated = updated.update(v, score(graph, v, objective, keyResultAt, current::get, policy, asOf, null));
      } else {
        Objective objective = index.objectiveNodeOf(v) == ownerNode ? owner.get()
            : index.objective(index.objectiveNodeOf(v));
        KeyResult own = v == node ? changed : index.keyResult(v);
        fresh.put(v, scoreKeyResult(graph, v, own, set.cycleOf(objective), keyResultAt, policy, asOf, cascade, null));
      }
    }
    return Either.right(new GraphScorecard(graph.afterCheckIn(set, ownerNode), policy, asOf, cascade, null, updated,
        null));
  }

  /**
   * Records one check-in on one key result and returns the scores after it: the one-step form of
   * {@link OkrSet#withCheckIn} followed by {@link #rescore(OkrSet, KeyResultId)}, so the set cannot
   * differ in more than that check-in. Without a cascade the key result's change moves only the
   * objectives on its paths to the roots, each by taking the old contribution out of its running
   * sums and the new one in (siblings are not added again); the result equals a full evaluation of
   * the changed set.
   *
   * @param keyResult the key result checked in on
   * @param checkIn the check-in
   * @return the new scores; or the error {@link OkrSet#withCheckIn} gives, such as
   *     {@code okr.dangling-reference} at {@code /keyResult} for a key result not in the set, or a
   *     check-in that does not fit the key result's metric or lies outside its cycle's periods
   * @throws OkrException if an argument is missing
   */
  public Either<OkrError, GraphScorecard> withCheckIn(KeyResultId keyResult, CheckIn checkIn) {
    require(keyResult, "keyResult");
    require(checkIn, "checkIn");
    return graph.set().withCheckIn(keyResult, checkIn).flatMap(after -> rescore(after, keyResult));
  }

  /**
   * Returns the graph the scores belong to.
   *
   * @return the graph
   */
  public AlignmentGraph graph() {
    return graph;
  }

  /**
   * Returns the rules every number of this scorecard was computed with.
   *
   * @return the scoring policy
   */
  public ScoringPolicy policy() {
    return policy;
  }

  /**
   * Returns the instant of evaluation.
   *
   * @return the instant
   */
  public Instant asOf() {
    return asOf;
  }

  /**
   * Returns the objective scores, in the set's order, each rolled up through the graph.
   *
   * @return the scores
   */
  public Seq<ObjectiveScore> objectives() {
    Vector<ObjectiveScore> scores = all;
    if (scores == null) {
      scores = Vector.range(0, graph.index().objectiveCount).map(this::objectiveAt);
      all = scores;
    }
    return scores;
  }

  /** Returns objective node {@code v}'s score, built on first request when the scores are planned. */
  ObjectiveScore objectiveAt(int v) {
    if (eager != null) {
      return eager.get(v);
    }
    Vector<ObjectiveScore> scores = all;
    if (scores != null) {
      return scores.get(v);
    }
    return plan.objectiveScore(v);
  }

  /**
   * Returns the scores as a {@link Scorecard}.
   *
   * @return the scorecard
   */
  public Scorecard scorecard() {
    return Scorecard.assemble(asOf, policy, objectives());
  }

  /**
   * Returns an objective's score.
   *
   * @param id the objective; may be {@code null}
   * @return the score, or empty if the objective is not in the graph
   */
  public Option<ObjectiveScore> objective(org.okr4j.model.@Nullable ObjectiveId id) {
    int v = id == null ? -1 : graph.index().indexOf(NodeRef.objective(id));
    return v < 0 ? Option.none() : Option.some(objectiveAt(v));
  }

  /**
   * Returns a key result's score.
   *
   * @param id the key result; may be {@code null}
   * @return the score, or empty if the key result is not in the graph
   */
  public Option<KeyResultScore> keyResult(@Nullable KeyResultId id) {
    int k = id == null ? -1 : graph.index().indexOf(NodeRef.keyResult(id));
    return k < 0 ? Option.none() : Option.some(keyResultAt(k));
  }

  /**
   * Returns the scores as {@code principal} may see them: the graph's {@link AlignmentView} with a
   * redacted score for every node, hidden contributions counted or left out; see {@link ScoredView}.
   *
   * @param principal the viewer; {@code null} stands for an anonymous viewer, who sees public
   *     objectives only
   * @param hiddenContributions whether parents' numbers count hidden contributions or leave them out
   * @return the scored view
   * @throws OkrException if {@code hiddenContributions} is missing
   */
  public ScoredView viewFor(@Nullable OwnerRef principal, ScoredView.HiddenContributions hiddenContributions) {
    require(hiddenContributions, "hiddenContributions");
    return ScoredView.of(this, principal, hiddenContributions);
  }

  /** Re-scores this scorecard's graph leaving out the contributions of the marked nodes. */
  GraphScorecard recompute(boolean[] excluded) {
    return compute(graph, policy, asOf, cascade, excluded);
  }

  KeyResultScore keyResultAt(int k) {
    NodeIndex index = graph.index();
    int o = index.objectiveNodeOf(k);
    if (plan == null || all != null) {
      return objectiveAt(o).keyResults().get(k - index.firstKeyResult(o));
    }
    return plan.keyResultScore(k);
  }

  /**
   * Returns the export annotation of a node: its progress in whole percent (or {@code not scored})
   * and its colour band, the band's {@link org.okr4j.scoring.Colour} in lower case with {@code -}
   * for {@code _} (such as {@code dark-green}).
   *
   * @param node the node; may be {@code null}
   * @return the annotation, or empty if the node is not in the graph
   */
  public Option<NodeAnnotation> annotation(@Nullable NodeRef node) {
    int v = graph.index().indexOf(node);
    if (v < 0) {
      return Option.none();
    }
    if (graph.index().isObjective(v)) {
      ObjectiveScore s = objectiveAt(v);
      return Option.some(annotate(s.progress(), s.band()));
    }
    KeyResultScore s = keyResultAt(v);
    return Option.some(annotate(s.progress(), s.band()));
  }

  static NodeAnnotation annotate(Option<BigDecimal> progress, Option<Band> band) {
    String suffix = progress.isEmpty() ? "not scored"
        : progress.get().movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
    return band.isEmpty() ? NodeAnnotation.of(suffix)
        : NodeAnnotation.of(suffix, band.get().colour().name().toLowerCase(Locale.ROOT).replace('_', '-'));
  }

  /**
   * Returns the graph in Graphviz DOT with each node's progress and colour band.
   *
   * @return the DOT text
   */
  public String toDot() {
    return graph.toDot(this::annotation);
  }

  /**
   * Returns the graph as a Mermaid flowchart with each node's progress and colour band.
   *
   * @return the Mermaid text
   */
  public String toMermaid() {
    return graph.toMermaid(this::annotation);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (other == this) {
      return true;
    }
    // The scores are a function of the graph, the policy, the instant, the cascade and the nodes
    // left out: equal inputs give equal scores without building them.
    return other instanceof GraphScorecard g && g.graph.equals(graph) && g.policy.equals(policy)
        && g.asOf.equals(asOf) && g.cascade == cascade
        && (java.util.Arrays.equals(g.excluded, excluded) || g.objectives().equals(objectives()));
  }

  @Override
  public int hashCode() {
    return objectives().hashCode();
  }

  @Override
  public String toString() {
    return "GraphScorecard[asOf=" + asOf + ", objectives=" + graph.index().objectiveCount + "]";
  }

  private static <T> T require(@Nullable T value, String name) {
    if (value == null) {
      throw new OkrException(io.vavr.collection.List.of(new OkrError.Required(OkrPath.of(name))));
    }
    return value;
  }
}
