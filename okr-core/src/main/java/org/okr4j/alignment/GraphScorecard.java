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
import org.okr4j.model.Cycle;
import org.okr4j.model.KeyResult;
import org.okr4j.model.KeyResultId;
import org.okr4j.model.Objective;
import org.okr4j.model.OkrSet;
import org.okr4j.model.OwnerRef;
import org.okr4j.scoring.Band;
import org.okr4j.scoring.Contribution;
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
 * exports but never counted. Links into a key result (objective → key result, key result → key
 * result cascade) do not change the key result's progress.
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
 * <p><b>Incremental re-evaluation.</b> {@link #rescore(OkrSet, KeyResultId)} re-scores one changed
 * key result and then only the objectives its change can reach, in topological order; the result
 * equals a full evaluation of the changed set.
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
  /** Objective scores in node order (the set's order). */
  private final Vector<ObjectiveScore> objectives;

  private GraphScorecard(AlignmentGraph graph, ScoringPolicy policy, Instant asOf, Vector<ObjectiveScore> objectives) {
    this.graph = graph;
    this.policy = policy;
    this.asOf = asOf;
    this.objectives = objectives;
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
    require(graph, "graph");
    require(policy, "policy");
    require(asOf, "asOf");
    return compute(graph, policy, asOf, null);
  }

  /**
   * Scores the graph, leaving out every contributing link whose child is marked in {@code excluded}
   * (all links are counted when it is {@code null}).
   */
  static GraphScorecard compute(AlignmentGraph graph, ScoringPolicy policy, Instant asOf,
      boolean @Nullable [] excluded) {
    NodeIndex index = graph.index();
    OkrSet set = graph.set();
    KeyResultScore[] keyResults = new KeyResultScore[index.nodeCount];
    for (int o = 0; o < index.objectiveCount; o++) {
      Cycle cycle = set.cycleOf(index.objective(o));
      for (int k = index.firstKeyResult(o); k < index.endKeyResult(o); k++) {
        keyResults[k] = Scorer.scoreKeyResult(index.keyResult(k), cycle, policy, asOf);
      }
    }
    ObjectiveScore[] scores = new ObjectiveScore[index.objectiveCount];
    for (int v : graph.topologicalOrder()) {
      if (index.isObjective(v)) {
        scores[v] = score(graph, v, index.objective(v), k -> keyResults[k], o -> scores[o], policy, asOf, excluded);
      }
    }
    return new GraphScorecard(graph, policy, asOf, Vector.of(scores));
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
    return Scorer.scoreObjective(objective, Vector.ofAll(own), Vector.ofAll(aligned), policy, asOf);
  }

  /**
   * Re-evaluates after one key result changed (typically a new check-in), re-scoring only that key
   * result and the objectives its change can reach through contributing edges, children before
   * parents; every other score is kept. The graph's structure (objectives, key results, links) must
   * be unchanged; the changed key result is read from {@code set}.
   *
   * @param set the set after the change
   * @param keyResult the key result that changed
   * @return the new scores, equal to evaluating a graph over {@code set} with the same links; or an
   *     {@code okr.dangling-reference} error at {@code /keyResult} if the key result is not in both
   *     the graph and {@code set}, under the same objective
   * @throws OkrException if an argument is missing
   */
  public Either<OkrError, GraphScorecard> rescore(OkrSet set, KeyResultId keyResult) {
    require(set, "set");
    require(keyResult, "keyResult");
    NodeIndex index = graph.index();
    int node = index.indexOf(NodeRef.keyResult(keyResult));
    Option<Objective> owner = set.objectiveOf(keyResult);
    if (node < 0 || owner.isEmpty() || !owner.get().id().equals(index.objective(index.objectiveNodeOf(node)).id())) {
      return Either.left(new OkrError.DanglingReference(OkrPath.of("keyResult"), keyResult.value()));
    }
    int ownerNode = index.objectiveNodeOf(node);
    KeyResult changed = owner.get().keyResult(keyResult).get();
    KeyResultScore fresh = Scorer.scoreKeyResult(changed, set.cycleOf(owner.get()), policy, asOf);
    Vector<ObjectiveScore> updated = objectives;
    for (int v : graph.impactedObjectives(node)) {
      Vector<ObjectiveScore> current = updated;
      IntFunction<KeyResultScore> keyResultAt = k -> k == node ? fresh
          : current.get(index.objectiveNodeOf(k)).keyResults().get(k - index.firstKeyResult(index.objectiveNodeOf(k)));
      Objective objective = v == ownerNode ? owner.get() : index.objective(v);
      updated = updated.update(v, score(graph, v, objective, keyResultAt, current::get, policy, asOf, null));
    }
    return Either.right(new GraphScorecard(graph, policy, asOf, updated));
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
   * Returns the rules.
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
    return objectives;
  }

  /**
   * Returns the scores as a {@link Scorecard}.
   *
   * @return the scorecard
   */
  public Scorecard scorecard() {
    return Scorecard.assemble(asOf, policy, objectives);
  }

  /**
   * Returns an objective's score.
   *
   * @param id the objective; may be {@code null}
   * @return the score, or empty if the objective is not in the graph
   */
  public Option<ObjectiveScore> objective(org.okr4j.model.@Nullable ObjectiveId id) {
    int v = id == null ? -1 : graph.index().indexOf(NodeRef.objective(id));
    return v < 0 ? Option.none() : Option.some(objectives.get(v));
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
    return compute(graph, policy, asOf, excluded);
  }

  /**
   * Returns the explanation of key-result node {@code k} as a view shows it, given which nodes are
   * hidden and how hidden contributions count.
   */
  Explanation keyResultExplanation(int k, boolean[] hidden, AlignmentView view,
      ScoredView.HiddenContributions mode) {
    return keyResultAt(k).explanation();
  }

  KeyResultScore keyResultAt(int k) {
    NodeIndex index = graph.index();
    int o = index.objectiveNodeOf(k);
    return objectives.get(o).keyResults().get(k - index.firstKeyResult(o));
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
      ObjectiveScore s = objectives.get(v);
      return Option.some(annotate(s.progress(), s.band()));
    }
    KeyResultScore s = keyResultAt(v);
    return Option.some(annotate(s.progress(), s.band()));
  }

  static NodeAnnotation annotate(Option<BigDecimal> progress, Option<Band> band) {
    String suffix = progress.isEmpty() ? "not scored"
        : progress.get().movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
    return new NodeAnnotation(suffix, band.map(b -> b.colour().name().toLowerCase(Locale.ROOT).replace('_', '-')));
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
    return other instanceof GraphScorecard g && g.graph.equals(graph) && g.policy.equals(policy)
        && g.asOf.equals(asOf) && g.objectives.equals(objectives);
  }

  @Override
  public int hashCode() {
    return objectives.hashCode();
  }

  @Override
  public String toString() {
    return "GraphScorecard[asOf=" + asOf + ", objectives=" + objectives.size() + "]";
  }

  private static <T> T require(@Nullable T value, String name) {
    if (value == null) {
      throw new OkrException(io.vavr.collection.List.of(new OkrError.Required(OkrPath.of(name))));
    }
    return value;
  }
}
