package org.okr4j.alignment;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import org.jspecify.annotations.Nullable;
import org.okr4j.model.OwnerRef;
import org.okr4j.scoring.Explanation;
import org.okr4j.scoring.KeyResultScore;
import org.okr4j.scoring.ObjectiveScore;

/**
 * A {@link GraphScorecard} as one viewer may see it: the {@link AlignmentView} of the graph and, for
 * each of its nodes, a {@link ScoredNode}. What the viewer may not see (objectives hidden by their
 * {@link org.okr4j.model.Visibility}, with all their key results) is redacted everywhere: a
 * placeholder {@code hidden-N} carries no title, owner, id, value, check-in, progress or band, and
 * no explanation of a visible node names a hidden node or shows one of its numbers.
 *
 * <p><b>Parents' numbers.</b> {@link HiddenContributions} decides how hidden work enters the numbers
 * of the visible nodes it contributes to:
 * <ul>
 *   <li>{@link HiddenContributions#COUNT COUNT}: every number is the one of the full scorecard, so a
 *       parent's progress includes its hidden contributors. Their terms are shown only as
 *       {@code hidden-N}, without progress or weight, and the parent's formula is withheld (its terms
 *       would give the hidden progress away); its rule says which placeholders it counts. <em>The
 *       trade-off:</em> a parent's progress is an aggregate that includes hidden work, so a viewer
 *       who knows the roll-up rules and the visible terms can work out what the hidden part adds up
 *       to (exactly, when it is the only hidden contributor). Use it where the total must agree for
 *       everyone, as Quantive does with its private-OKR placeholder.</li>
 *   <li>{@link HiddenContributions#EXCLUDE EXCLUDE}: the graph is re-rolled without any contributing
 *       link out of a hidden node, so no visible number depends on hidden data at all: changing any
 *       hidden title, owner, value or check-in leaves the view unchanged. A parent's number then
 *       differs from what its owner sees, and its rule names the placeholders left out.</li>
 * </ul>
 * Work that reaches a visible node only through a hidden one (visible → hidden → visible) follows
 * the hidden node: counted inside its aggregate or left out with it.
 *
 * <pre>{@code
 * GraphScorecard scores = GraphScorecard.evaluate(graph, policy, asOf);
 * ScoredView view = scores.viewFor(OwnerRef.person("analyst"), ScoredView.HiddenContributions.EXCLUDE);
 * view.score(NodeRef.objective("o-growth")).get().explanation().render();
 * view.toMermaid();   // visible nodes with progress and band; placeholders "hidden"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ScoredView {

  /** How hidden contributions enter the numbers of the visible nodes they contribute to. */
  public enum HiddenContributions {
    /**
     * Hidden contributions count: parents keep the progress of the full scorecard and show each
     * hidden contributor only as its placeholder, with no number.
     */
    COUNT,
    /** Hidden contributions are left out: parents are re-rolled without them. */
    EXCLUDE
  }

  private final AlignmentView view;
  private final HiddenContributions hiddenContributions;
  private final Vector<ScoredNode> scores;
  private final Map<String, ScoredNode> byKey;

  private ScoredView(AlignmentView view, HiddenContributions hiddenContributions, Vector<ScoredNode> scores) {
    this.view = view;
    this.hiddenContributions = hiddenContributions;
    this.scores = scores;
    this.byKey = HashMap.ofEntries(scores.map(s -> io.vavr.Tuple.of(s.node().key(), s)));
  }

  static ScoredView of(GraphScorecard full, @Nullable OwnerRef principal, HiddenContributions mode) {
    AlignmentGraph graph = full.graph();
    AlignmentView view = graph.viewFor(principal);
    NodeIndex index = graph.index();
    int n = index.nodeCount;
    boolean[] hidden = new boolean[n];
    boolean anyHidden = false;
    for (int v = 0; v < n; v++) {
      hidden[v] = view.viewOf(v).isHidden();
      anyHidden |= hidden[v];
    }
    GraphScorecard scores = mode == HiddenContributions.EXCLUDE && anyHidden
        ? full.recompute(hidden) : full;
    // Key results whose cascaded value includes hidden work (only when counted): their formulas
    // and inputs would show hidden values, or sums from which a single hidden value reads off.
    boolean[] tainted = new boolean[n];
    if (mode == HiddenContributions.COUNT && anyHidden && full.cascade() != GraphScorecard.Cascade.NONE) {
      LinkTable table = graph.table();
      for (int v : graph.topologicalOrder()) {
        if (index.isObjective(v)) {
          continue;
        }
        for (int l : table.down(v)) {
          int c = table.childOf(l);
          tainted[v] |= !index.isObjective(c) && graph.links().get(l).isContributing() && (hidden[c] || tainted[c]);
        }
      }
    }
    ArrayList<ScoredNode> out = new ArrayList<>(view.nodes().size());
    for (ViewNode node : view.nodes()) {
      if (node instanceof ViewNode.Visible visible) {
        int v = index.indexOf(visible.ref());
        if (index.isObjective(v)) {
          ObjectiveScore s = scores.objectiveAt(v);
          Explanation explanation = redact(s.explanation(), graph, view, v, hidden, tainted, mode);
          out.add(new ScoredNode(node, s.progress(), s.band(), Option.some(s.status()), explanation));
        } else {
          KeyResultScore s = scores.keyResultAt(v);
          Explanation explanation = tainted[v] ? withheld(s.explanation()) : s.explanation();
          out.add(new ScoredNode(node, s.progress(), s.band(), Option.some(s.status()), explanation));
        }
      } else {
        out.add(new ScoredNode(node, Option.none(), Option.none(), Option.none(), placeholder(node.key(), mode)));
      }
    }
    return new ScoredView(view, mode, Vector.ofAll(out));
  }

  /** The explanation of a placeholder: its token and what happens to its work, nothing else. */
  static Explanation placeholder(String token, HiddenContributions mode) {
    return Explanation.of(token, Option.none(), "", mode == HiddenContributions.COUNT
        ? "hidden: counted in what it contributes to, not shown" : "hidden: left out of every number shown",
        List.empty());
  }

  /**
   * Redacts a roll-up explanation of node {@code v}: each input that describes a hidden contributor
   * (a contributing link into {@code v} from a hidden node) is dropped and one placeholder input per
   * hidden objective, without a number, is added after the others; the formula, whose terms would reveal them, is withheld. In
   * EXCLUDE mode the hidden contributors were never rolled in, so only the rule changes.
   */
  static Explanation redact(Explanation explanation, AlignmentGraph graph, AlignmentView view, int v,
      boolean[] hidden, boolean[] tainted, HiddenContributions mode) {
    NodeIndex index = graph.index();
    LinkTable table = graph.table();
    ArrayList<String> described = new ArrayList<>();
    ArrayList<String> withheld = new ArrayList<>();
    LinkedHashSet<String> tokens = new LinkedHashSet<>();
    for (int k = index.firstKeyResult(v); k < index.endKeyResult(v); k++) {
      if (tainted[k]) {
        withheld.add(describe(index, k));
      }
    }
    for (int l : table.down(v)) {
      int c = table.childOf(l);
      if (!graph.links().get(l).isContributing()) {
        continue;
      }
      if (hidden[c]) {
        described.add(describe(index, c));
        tokens.add(view.viewOf(c).key());
      } else if (tainted[c]) {
        withheld.add(describe(index, c));
      }
    }
    if (!withheld.isEmpty()) {
      ArrayList<Explanation> inputs = new ArrayList<>();
      for (Explanation input : explanation.inputs()) {
        inputs.add(describesAny(input.label(), withheld) ? withheld(input) : input);
      }
      explanation = Explanation.of(explanation.label(), explanation.value(), explanation.formula(),
          explanation.rule(), List.ofAll(inputs));
    }
    if (tokens.isEmpty()) {
      return explanation;
    }
    String names = String.join(", ", tokens);
    if (mode == HiddenContributions.EXCLUDE) {
      return Explanation.of(explanation.label(), explanation.value(), explanation.formula(),
          suffix(explanation.rule(), "leaves out " + names), explanation.inputs());
    }
    // Placeholders go last, so their place among the sorted inputs says nothing about hidden ids.
    ArrayList<Explanation> inputs = new ArrayList<>();
    for (Explanation input : explanation.inputs()) {
      if (!describesAny(input.label(), described)) {
        inputs.add(input);
      }
    }
    for (String token : tokens) {
      inputs.add(Explanation.of(token, Option.none(), "", "hidden: counted, not shown", List.empty()));
    }
    return Explanation.of(explanation.label(), explanation.value(), "",
        suffix(explanation.rule(), "counts " + names + " (not shown); formula withheld"), List.ofAll(inputs));
  }

  /** Describes a node as a roll-up explanation names it: {@code key result kr-a (Title)}. */
  private static String describe(NodeIndex index, int c) {
    return (index.isObjective(c) ? "objective " : "key result ") + index.ref(c).idText() + " (" + index.title(c) + ")";
  }

  /** Keeps a cascaded key result's label and progress, and withholds how they were derived. */
  static Explanation withheld(Explanation explanation) {
    return Explanation.of(explanation.label(), explanation.value(), "",
        "cascaded from key results that include hidden work; values withheld", List.empty());
  }

  private static boolean describesAny(String label, ArrayList<String> described) {
    for (String d : described) {
      if (label.equals(d) || label.startsWith(d + ",")) {
        return true;
      }
    }
    return false;
  }

  private static String suffix(String rule, String more) {
    return rule.isEmpty() ? more : rule + "; " + more;
  }

  /**
   * Returns the view of the graph: visible nodes and placeholders, and the edges between them.
   *
   * @return the view
   */
  public AlignmentView view() {
    return view;
  }

  /**
   * Returns how hidden contributions enter the numbers.
   *
   * @return the option the view was made with
   */
  public HiddenContributions hiddenContributions() {
    return hiddenContributions;
  }

  /**
   * Returns one scored node per node of {@link #view()}, in the same order.
   *
   * @return the scored nodes
   */
  public Seq<ScoredNode> scores() {
    return scores;
  }

  /**
   * Returns the scored node of a visible objective or key result. A hidden or unknown node gives
   * empty, so the view never confirms that a hidden id exists.
   *
   * @param node the node, may be {@code null}
   * @return the scored node, if the viewer may see it
   */
  public Option<ScoredNode> score(@Nullable NodeRef node) {
    return view.visible(node).flatMap(v -> byKey.get(v.key()));
  }

  /**
   * Returns the scored node of a view node, visible or a placeholder.
   *
   * @param node a node of {@link #view()}, may be {@code null}
   * @return the scored node, or empty if the node is not in the view
   */
  public Option<ScoredNode> score(@Nullable ViewNode node) {
    return node == null ? Option.none() : byKey.get(node.key()).filter(s -> s.node().equals(node));
  }

  /**
   * Returns the export annotation of a view node: a visible node's progress in whole percent (or
   * {@code not scored}) and colour band, as {@link GraphScorecard#annotation(NodeRef)} gives them; a
   * placeholder's {@code counted} or {@code left out}, without a band.
   *
   * @param node a node of {@link #view()}, may be {@code null}
   * @return the annotation, or empty if the node is not in the view
   */
  public Option<NodeAnnotation> annotation(@Nullable ViewNode node) {
    return score(node).map(s -> s.isHidden()
        ? NodeAnnotation.of(hiddenContributions == HiddenContributions.COUNT ? "counted" : "left out")
        : GraphScorecard.annotate(s.progress(), s.band()));
  }

  /**
   * Returns the view in Graphviz DOT with each visible node's progress and band.
   *
   * @return the DOT text
   */
  public String toDot() {
    return view.toDot(this::annotation);
  }

  /**
   * Returns the view as a Mermaid flowchart with each visible node's progress and band.
   *
   * @return the Mermaid text
   */
  public String toMermaid() {
    return view.toMermaid(this::annotation);
  }

  /** Tells whether {@code other} is a scored view with an equal view, option and scores. */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ScoredView that && view.equals(that.view)
        && hiddenContributions == that.hiddenContributions && scores.equals(that.scores);
  }

  @Override
  public int hashCode() {
    return 31 * view.hashCode() + scores.hashCode();
  }

  /** Returns a summary such as {@code ScoredView[COUNT, AlignmentView[for person:u-1: …]]}. */
  @Override
  public String toString() {
    return "ScoredView[" + hiddenContributions + ", " + view + "]";
  }
}
