package org.okr4j.charts;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import org.okr4j.alignment.EdgeKind;
import org.okr4j.alignment.NodeAnnotation;
import org.okr4j.alignment.ScoredNode;
import org.okr4j.alignment.ScoredView;
import org.okr4j.alignment.ViewEdge;
import org.okr4j.alignment.ViewNode;
import org.okr4j.scoring.Band;

/**
 * Lays a scored view out as an indented tree. Every node hangs under one parent: a key result under
 * its objective, otherwise the first parent it contributes to, otherwise the first it supports (the
 * view's edge order). Roots (nodes without a parent) come in the view's order, each followed
 * depth-first by its children: its key results first, then what contributes to it, then what
 * supports it. Every other edge, to a second parent, is a cross edge drawn in a lane on the right.
 * A view can hold a loop that the graph does not (a placeholder stands for an objective and its key
 * results, so visible → hidden key result and hidden objective → visible become a loop through the
 * placeholder): what the walk from the roots leaves over is walked again from the first node of each
 * loop, so every node gets exactly one row. The walk uses an explicit stack, not recursion.
 * Immutable once built.
 */
final class AlignmentLayout {

  static final double MARGIN = 8;
  static final double TOP = 40;
  static final double INDENT = 18;
  static final int MAX_INDENT_LEVELS = 12;
  static final double LINE = 15;
  static final double GAP = 6;
  static final double FONT = 12;
  static final double LANE = 8;
  static final int MAX_LANES = 12;
  static final double STATUS_WIDTH = 84;

  /** A node's row. */
  record Row(ScoredNode node, String label, String annotation, Option<Band> band, boolean objective, int depth,
      int parent, int previous, Option<EdgeKind> kind, Option<BigDecimal> weight, List<String> lines, double top) {

    double height() {
      return lines.size() * LINE + 9;
    }

    double middle() {
      return top + height() / 2;
    }

    double x() {
      return MARGIN + Math.min(depth, MAX_INDENT_LEVELS) * INDENT;
    }

    boolean hidden() {
      return node.isHidden();
    }
  }

  /** An edge to a second (or later) parent, drawn in a lane on the right. */
  record Cross(int child, int parent, EdgeKind kind, Option<BigDecimal> weight, int lane) {}

  final List<Row> rows;
  final List<Cross> crosses;
  final double right;
  final ScoredView.HiddenContributions mode;
  private final double height;

  private AlignmentLayout(List<Row> rows, List<Cross> crosses, double right, ScoredView.HiddenContributions mode) {
    this.rows = rows;
    this.crosses = crosses;
    this.right = right;
    this.mode = mode;
    double bottom = rows.isEmpty() ? TOP + 20 : rows.get(rows.size() - 1).top + rows.get(rows.size() - 1).height();
    this.height = Math.ceil(bottom + 40);
  }

  int height() {
    return (int) height;
  }

  /** A frame of the depth-first walk: a node to place, at a depth, under a row, by an edge. */
  private record Visit(int node, int depth, int parentRow, ViewEdge edge) {}

  static AlignmentLayout of(ScoredView view) {
    Seq<ViewNode> nodes = view.view().nodes();
    int n = nodes.size();
    HashMap<String, Integer> position = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      position.put(nodes.get(i).key(), i);
    }
    // Each node hangs under one preferred parent: a key result under its objective, else the first
    // parent it contributes to, else its first parent; every other edge is drawn as a cross edge.
    ViewEdge[] preferred = new ViewEdge[n];
    for (ViewEdge e : view.view().edges()) {
      int c = position.get(e.child().key());
      if (preferred[c] == null || rank(e) < rank(preferred[c])) {
        preferred[c] = e;
      }
    }
    List<List<ViewEdge>> children = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      children.add(new ArrayList<>());
    }
    for (ViewEdge e : view.view().edges()) {
      if (preferred[position.get(e.child().key())] == e) {
        children.get(position.get(e.parent().key())).add(e);
      }
    }
    Comparator<ViewEdge> order = Comparator.<ViewEdge>comparingInt(e -> e.kind().ordinal())
        .thenComparingInt(e -> position.get(e.child().key()));
    children.forEach(list -> list.sort(order));
    int[] rowOf = new int[n];
    java.util.Arrays.fill(rowOf, -1);
    ViewEdge[] used = new ViewEdge[n];
    int[] lastChild = new int[n];
    java.util.Arrays.fill(lastChild, -1);
    List<Visit> placed = new ArrayList<>(n);
    ArrayDeque<Visit> stack = new ArrayDeque<>();
    // First from the roots; then, since collapsing hidden work into placeholders can close a loop in
    // a view (visible → placeholder → visible), from the first node of each loop left over.
    for (int pass = 0; pass < 2; pass++) {
      for (int r = 0; r < n; r++) {
        if (rowOf[r] >= 0 || pass == 0 && preferred[r] != null) {
          continue;
        }
        stack.push(new Visit(r, 0, -1, null));
        while (!stack.isEmpty()) {
          Visit v = stack.pop();
          if (rowOf[v.node()] >= 0) {
            continue;
          }
          rowOf[v.node()] = placed.size();
          used[v.node()] = v.edge();
          placed.add(v);
          List<ViewEdge> below = children.get(v.node());
          for (int i = below.size() - 1; i >= 0; i--) {
            int c = position.get(below.get(i).child().key());
            if (rowOf[c] < 0) {
              stack.push(new Visit(c, v.depth() + 1, rowOf[v.node()], below.get(i)));
            }
          }
        }
      }
    }
    List<ViewEdge> others = new ArrayList<>();
    for (ViewEdge e : view.view().edges()) {
      if (used[position.get(e.child().key())] != e) {
        others.add(e);
      }
    }
    int laneCount = Math.min(others.size(), MAX_LANES);
    double right = Chart.WIDTH - MARGIN - laneCount * LANE;
    List<Row> rows = new ArrayList<>(n);
    double top = TOP;
    for (Visit v : placed) {
      ScoredNode node = view.score(nodes.get(v.node())).get();
      NodeAnnotation annotation = view.annotation(node.node()).get();
      String label = node.node() instanceof ViewNode.Visible visible ? visible.title() : "hidden";
      boolean objective = !(node.node() instanceof ViewNode.Visible visible) || visible.ref().isObjective();
      int depth = v.depth();
      double x = MARGIN + Math.min(depth, MAX_INDENT_LEVELS) * INDENT;
      List<String> lines = TextMetrics.wrap(label, right - x - 10 - STATUS_WIDTH, FONT, 2);
      int previous = v.parentRow() < 0 ? -1 : lastChild[v.parentRow()];
      if (v.parentRow() >= 0) {
        lastChild[v.parentRow()] = rows.size();
      }
      Row row = new Row(node, label, annotation.labelSuffix(), node.band(), objective, depth, v.parentRow(), previous,
          Option.of(v.edge()).map(ViewEdge::kind), Option.of(v.edge()).flatMap(ViewEdge::weight),
          lines.isEmpty() ? List.of("") : lines, top);
      rows.add(row);
      top += row.height() + GAP;
    }
    List<Cross> crosses = new ArrayList<>();
    for (int i = 0; i < others.size(); i++) {
      ViewEdge e = others.get(i);
      crosses.add(new Cross(rowOf[position.get(e.child().key())], rowOf[position.get(e.parent().key())], e.kind(),
          e.weight(), i % laneCount));
    }
    return new AlignmentLayout(rows, crosses, right, view.hiddenContributions());
  }

  /** The preference of an edge as a node's place in the tree: key result of, then contributes, then supports. */
  private static int rank(ViewEdge e) {
    return e.kind().ordinal();
  }

  /** How an edge kind reads in words. */
  static String verb(EdgeKind kind) {
    return switch (kind) {
      case KEY_RESULT_OF -> "key result of";
      case CONTRIBUTES -> "contributes to";
      case SUPPORTS -> "supports";
    };
  }

  /** A row's node as the description names it. */
  String name(Row row) {
    return row.hidden() ? "hidden (" + row.annotation() + ")"
        : (row.objective() ? "objective \"" : "key result \"") + row.label() + "\"";
  }

  /** A row's progress and band, such as {@code 78% green}. */
  static String figure(Row row) {
    return row.annotation() + row.band().map(b -> " " + b.label()).getOrElse("");
  }

  /** Every node with its progress and band, and every edge, in words. */
  String description() {
    long hidden = rows.stream().filter(Row::hidden).count();
    long objectives = rows.stream().filter(r -> !r.hidden() && r.objective()).count();
    StringBuilder sb = new StringBuilder("Alignment tree of ").append(objectives)
        .append(objectives == 1 ? " objective and " : " objectives and ").append(rows.size() - objectives - hidden)
        .append(" key results");
    if (hidden > 0) {
      sb.append(", with ").append(hidden).append(hidden == 1 ? " placeholder" : " placeholders")
          .append(" for hidden work (").append(mode == ScoredView.HiddenContributions.COUNT ? "counted" : "left out")
          .append(" in the numbers)");
    }
    sb.append('.');
    List<List<String>> parents = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      parents.add(new ArrayList<>());
    }
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      if (r.parent() >= 0) {
        parents.get(i).add(verb(r.kind().get()) + weight(r.weight()) + " " + name(rows.get(r.parent())));
      }
    }
    for (Cross c : crosses) {
      parents.get(c.child()).add(verb(c.kind()) + weight(c.weight()) + " " + name(rows.get(c.parent())));
    }
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      sb.append(' ').append(Character.toUpperCase(name(r).charAt(0))).append(name(r).substring(1));
      if (!r.hidden()) {
        sb.append(": ").append(figure(r));
      }
      if (!parents.get(i).isEmpty()) {
        sb.append("; ").append(String.join("; ", parents.get(i)));
      }
      sb.append('.');
    }
    return sb.toString();
  }

  /** A link weight other than 1, in words. */
  static String weight(Option<BigDecimal> weight) {
    return weight.filter(w -> w.compareTo(BigDecimal.ONE) != 0).map(w -> " (weight " + Format.plain(w) + ")")
        .getOrElse("");
  }
}
