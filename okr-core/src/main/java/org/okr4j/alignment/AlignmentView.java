package org.okr4j.alignment;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.okr4j.model.Objective;
import org.okr4j.model.OwnerRef;
import org.okr4j.model.Visibility;

/**
 * An {@link AlignmentGraph} as one viewer (a principal) may see it. Objectives the viewer may not
 * see under their {@link Visibility}, together with all their key results (which share their
 * objective's visibility), are collapsed into one opaque {@link ViewNode.Hidden placeholder} each:
 * no id, title, owner, level, cycle, value or check-in of theirs appears in the view, its
 * {@code toString()} or its exports. What stays visible is where hidden work connects: the edges
 * between placeholders and visible nodes, with their kind but without weights.
 *
 * <p>Placeholders are named {@code hidden-1}, {@code hidden-2}, … in the order of the hidden
 * objectives in the set, so the names are stable for a set and a viewer and say nothing about the
 * hidden ids (a hash of the id would let a viewer confirm a guessed id). A link between two key
 * results of the same hidden objective disappears inside its placeholder; links that collapse onto
 * the same pair of view nodes and kind are shown once.
 *
 * <pre>{@code
 * AlignmentView view = graph.viewFor(OwnerRef.person("analyst"));
 * view.nodes();   // visible nodes in NodeRef order, then hidden-1, hidden-2, ...
 * view.toMermaid();
 * }</pre>
 *
 * <p>For the scores as the viewer may see them, with hidden contributions counted or left out, see
 * {@link ScoredView} ({@link GraphScorecard#viewFor(OwnerRef, ScoredView.HiddenContributions)}).
 *
 * <p>Immutable and thread-safe.
 */
public final class AlignmentView {

  private static final String HIDDEN_PREFIX = "hidden-";

  private final Option<OwnerRef> principal;
  private final Vector<ViewNode> nodes;
  private final Vector<ViewEdge> edges;
  /** For every node of the graph, the view node that shows it (a placeholder for hidden ones). */
  private final ViewNode[] viewOf;
  private final NodeIndex index;

  private AlignmentView(Option<OwnerRef> principal, Vector<ViewNode> nodes, Vector<ViewEdge> edges,
      ViewNode[] viewOf, NodeIndex index) {
    this.principal = principal;
    this.nodes = nodes;
    this.edges = edges;
    this.viewOf = viewOf;
    this.index = index;
  }

  static AlignmentView of(AlignmentGraph graph, @Nullable OwnerRef principal) {
    NodeIndex index = graph.index();
    LinkTable table = graph.table();
    Seq<Link> links = graph.links();
    int n = index.nodeCount;
    ViewNode[] viewOf = new ViewNode[n];
    ArrayList<ViewNode> hidden = new ArrayList<>();
    /* For a hidden node: the number of its placeholder, from 1; 0 for a visible node. */
    int[] hiddenNumber = new int[n];
    for (int o = 0; o < index.objectiveCount; o++) {
      Objective objective = index.objective(o);
      Visibility visibility = objective.visibility();
      boolean visible = principal == null ? visibility instanceof Visibility.Public
          : visibility.isVisibleTo(principal, objective.owner());
      if (!visible) {
        ViewNode placeholder = new ViewNode.Hidden(HIDDEN_PREFIX + (hidden.size() + 1));
        hidden.add(placeholder);
        viewOf[o] = placeholder;
        hiddenNumber[o] = hidden.size();
        for (int k = index.firstKeyResult(o); k < index.endKeyResult(o); k++) {
          viewOf[k] = placeholder;
          hiddenNumber[k] = hidden.size();
        }
      } else {
        viewOf[o] = visibleNode(index, o);
        for (int k = index.firstKeyResult(o); k < index.endKeyResult(o); k++) {
          viewOf[k] = visibleNode(index, k);
        }
      }
    }
    // Positions: visible nodes in NodeRef order, then the placeholders in number order.
    int[] rank = index.sortRank();
    int[] byRank = new int[n];
    for (int v = 0; v < n; v++) {
      byRank[rank[v]] = v;
    }
    int[] position = new int[n];
    ArrayList<ViewNode> all = new ArrayList<>(n);
    for (int r = 0; r < n; r++) {
      int v = byRank[r];
      if (hiddenNumber[v] == 0) {
        position[v] = all.size();
        all.add(viewOf[v]);
      }
    }
    int visibleCount = all.size();
    for (int v = 0; v < n; v++) {
      if (hiddenNumber[v] > 0) {
        position[v] = visibleCount + hiddenNumber[v] - 1;
      }
    }
    all.addAll(hidden);
    int most = n - index.objectiveCount + table.count();
    int[] childAt = new int[most];
    int[] parentAt = new int[most];
    int[] kindAt = new int[most];
    ArrayList<ViewEdge> edges = new ArrayList<>();
    for (int k = index.objectiveCount; k < n; k++) {
      if (hiddenNumber[k] == 0) {
        int o = index.objectiveNodeOf(k);
        childAt[edges.size()] = position[k];
        parentAt[edges.size()] = position[o];
        kindAt[edges.size()] = EdgeKind.KEY_RESULT_OF.ordinal();
        edges.add(new ViewEdge(viewOf[k], viewOf[o], EdgeKind.KEY_RESULT_OF, Option.some(index.keyResult(k).weight())));
      }
    }
    HashSet<Long> seen = new HashSet<>();
    for (int l = 0; l < table.count(); l++) {
      int c = table.childOf(l);
      int p = table.parentOf(l);
      Link link = links.get(l);
      EdgeKind kind = EdgeKind.of(link.kind());
      boolean anyHidden = hiddenNumber[c] > 0 || hiddenNumber[p] > 0;
      if (position[c] == position[p]
          || anyHidden && !seen.add(((long) position[c] * (n + 1) + position[p]) * 3 + kind.ordinal())) {
        continue;
      }
      boolean weighted = link.isContributing() && !anyHidden;
      childAt[edges.size()] = position[c];
      parentAt[edges.size()] = position[p];
      kindAt[edges.size()] = kind.ordinal();
      edges.add(new ViewEdge(viewOf[c], viewOf[p], kind, weighted ? Option.some(link.weight()) : Option.none()));
    }
    int[] order = Export.edgeOrder(childAt, parentAt, kindAt, edges.size(), all.size());
    ViewEdge[] sorted = new ViewEdge[order.length];
    for (int i = 0; i < sorted.length; i++) {
      sorted[i] = edges.get(order[i]);
    }
    return new AlignmentView(Option.of(principal), Vector.ofAll(all), Vector.of(sorted), viewOf, index);
  }

  private static ViewNode visibleNode(NodeIndex index, int v) {
    Objective objective = index.objective(v);
    return new ViewNode.Visible(index.ref(v), index.title(v), index.owner(v), objective.level(), objective.cycle());
  }

  /**
   * Returns whom the view was made for: visibility was decided for this principal.
   *
   * @return the principal, or empty for an anonymous viewer
   */
  public Option<OwnerRef> principal() {
    return principal;
  }

  /**
   * Returns the nodes: visible objectives and key results in {@link NodeRef} order, then the
   * placeholders in token order.
   *
   * @return the nodes
   */
  public Seq<ViewNode> nodes() {
    return nodes;
  }

  /**
   * Returns the edges, ordered by child, then parent (in the order of {@link #nodes()}), then kind.
   *
   * @return the edges
   */
  public Seq<ViewEdge> edges() {
    return edges;
  }

  /**
   * Returns the visible node for {@code node}. A hidden or unknown node gives empty, so the view
   * never confirms that a hidden id exists.
   *
   * @param node the node, may be {@code null}
   * @return the visible node, if the viewer may see it
   */
  public Option<ViewNode.Visible> visible(@Nullable NodeRef node) {
    int v = index.indexOf(node);
    return v >= 0 && viewOf[v] instanceof ViewNode.Visible visible ? Option.some(visible) : Option.none();
  }

  /**
   * Returns the view node that shows a node of the graph: the node itself or its placeholder. For the
   * layer that attaches redacted scores; it must not hand hidden references to the viewer.
   *
   * @param node a node of the graph
   * @return its view node
   */
  ViewNode viewOf(int node) {
    return viewOf[node];
  }

  /**
   * Returns the view as Graphviz DOT text; see {@link #toDot(Function)}.
   *
   * @return the DOT text
   */
  public String toDot() {
    return toDot(null);
  }

  /**
   * Returns the view as Graphviz DOT text, drawn as {@link AlignmentGraph#toDot(Function)} draws a
   * graph; placeholders are dashed boxes labelled {@code hidden} and named by their tokens.
   *
   * @param annotator gives each view node an optional label suffix and colour band; {@code null},
   *     or a function that returns {@code null}, adds none
   * @return the DOT text
   */
  public String toDot(@Nullable Function<ViewNode, Option<NodeAnnotation>> annotator) {
    return Export.dot(exportNodes(annotator), exportEdges());
  }

  /**
   * Returns the view as a Mermaid flowchart; see {@link #toMermaid(Function)}.
   *
   * @return the Mermaid text
   */
  public String toMermaid() {
    return toMermaid(null);
  }

  /**
   * Returns the view as a Mermaid flowchart, drawn as {@link AlignmentGraph#toMermaid(Function)}
   * draws a graph; placeholders are dashed boxes labelled {@code hidden}.
   *
   * @param annotator gives each view node an optional label suffix and colour band; {@code null},
   *     or a function that returns {@code null}, adds none
   * @return the Mermaid text
   */
  public String toMermaid(@Nullable Function<ViewNode, Option<NodeAnnotation>> annotator) {
    return Export.mermaid(exportNodes(annotator), exportEdges());
  }

  private java.util.List<Export.Node> exportNodes(@Nullable Function<ViewNode, Option<NodeAnnotation>> annotator) {
    Export.Node[] out = new Export.Node[nodes.size()];
    for (int i = 0; i < out.length; i++) {
      ViewNode node = nodes.get(i);
      Option<NodeAnnotation> annotation = annotator == null ? Option.none() : annotator.apply(node);
      Option<NodeAnnotation> checked = annotation == null ? Option.none() : annotation;
      if (node instanceof ViewNode.Visible visible) {
        out[i] = new Export.Node(node.key(), visible.title(), visible.ref().isObjective(), false, checked);
      } else {
        out[i] = new Export.Node(node.key(), Export.HIDDEN_LABEL, true, true, checked);
      }
    }
    return Arrays.asList(out);
  }

  private java.util.List<Export.Edge> exportEdges() {
    return edges.map(e -> new Export.Edge(e.child().key(), e.parent().key(), e.kind(), e.weight())).toJavaList();
  }

  /** Tells whether {@code other} is a view for the same principal with equal nodes and edges. */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof AlignmentView that && principal.equals(that.principal) && nodes.equals(that.nodes)
        && edges.equals(that.edges);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * principal.hashCode() + nodes.hashCode()) + edges.hashCode();
  }

  /** Returns a summary such as {@code AlignmentView[for person:u-1: 5 visible, 2 hidden, 6 edges]}. */
  @Override
  public String toString() {
    int hiddenCount = nodes.count(ViewNode::isHidden);
    return "AlignmentView[for " + principal.map(Object::toString).getOrElse("anyone") + ": "
        + (nodes.size() - hiddenCount) + " visible, " + hiddenCount + " hidden, " + edges.size() + " edges]";
  }
}
