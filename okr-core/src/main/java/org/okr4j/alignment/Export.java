package org.okr4j.alignment;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes graphs as Graphviz DOT and Mermaid flowchart text. Callers pass nodes and edges already in
 * their final order, so the output is deterministic. Stateless.
 */
final class Export {

  /** The fill colours of the well-known bands. */
  private static final Map<String, String> FILLS = Map.of(
      "red", "#f4a6a6", "amber", "#f7d08a", "yellow", "#f7e98a", "green", "#a8e0a0", "blue", "#a6c8f4",
      "grey", "#d0d0d0", "gray", "#d0d0d0");

  /** The label of a placeholder. */
  static final String HIDDEN_LABEL = "hidden";

  private Export() {}

  /** A node to draw: its key, its label, and how to draw it. */
  record Node(String key, String label, boolean objective, boolean hidden, Option<NodeAnnotation> annotation) {}

  /** An edge to draw, between node keys. */
  record Edge(String child, String parent, EdgeKind kind, Option<BigDecimal> weight) {}

  static String dot(List<Node> nodes, List<Edge> edges) {
    StringBuilder out = new StringBuilder(64 + 80 * (nodes.size() + edges.size()));
    out.append("digraph alignment {\n");
    out.append("  rankdir=BT;\n");
    out.append("  node [shape=box, fontname=\"sans-serif\"];\n");
    for (Node n : nodes) {
      out.append("  \"").append(n.key()).append("\" [label=\"").append(dotText(fullLabel(n))).append('"');
      ArrayList<String> styles = new ArrayList<>();
      ArrayList<String> classes = new ArrayList<>();
      if (!n.objective()) {
        styles.add("rounded");
      }
      if (n.hidden()) {
        styles.add("dashed");
        classes.add("hidden");
      }
      Option<String> band = n.annotation().flatMap(NodeAnnotation::band);
      if (band.isDefined()) {
        classes.add("band-" + band.get());
        String fill = FILLS.get(band.get());
        if (fill != null) {
          styles.add("filled");
          out.append(", fillcolor=\"").append(fill).append('"');
        }
      }
      if (!styles.isEmpty()) {
        out.append(", style=\"").append(String.join(",", styles)).append('"');
      }
      if (!classes.isEmpty()) {
        out.append(", class=\"").append(String.join(" ", classes)).append('"');
      }
      out.append("];\n");
    }
    for (Edge e : edges) {
      out.append("  \"").append(e.child()).append("\" -> \"").append(e.parent()).append('"');
      switch (e.kind()) {
        case KEY_RESULT_OF -> out.append(" [color=\"gray40\"");
        case CONTRIBUTES -> out.append(" [penwidth=2");
        case SUPPORTS -> out.append(" [style=dashed");
      }
      String weight = weightLabel(e);
      if (!weight.isEmpty()) {
        out.append(", label=\"").append(weight).append('"');
      }
      out.append("];\n");
    }
    out.append("}\n");
    return out.toString();
  }

  static String mermaid(List<Node> nodes, List<Edge> edges) {
    StringBuilder out = new StringBuilder(64 + 60 * (nodes.size() + edges.size()));
    out.append("flowchart BT\n");
    HashMap<String, String> ids = new HashMap<>(nodes.size() * 2);
    TreeMap<String, List<String>> classes = new TreeMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      Node n = nodes.get(i);
      String id = "n" + i;
      ids.put(n.key(), id);
      String label = mermaidText(fullLabel(n));
      out.append("  ").append(id).append(n.objective() ? "[\"" : "(\"").append(label)
          .append(n.objective() ? "\"]\n" : "\")\n");
      if (n.hidden()) {
        classes.computeIfAbsent("hidden", k -> new ArrayList<>()).add(id);
      }
      n.annotation().flatMap(NodeAnnotation::band).forEach(band ->
          classes.computeIfAbsent("band_" + band.replace('-', '_'), k -> new ArrayList<>()).add(id));
    }
    for (Edge e : edges) {
      out.append("  ").append(ids.get(e.child()));
      String arrow = switch (e.kind()) {
        case KEY_RESULT_OF -> " -->";
        case CONTRIBUTES -> " ==>";
        case SUPPORTS -> " -.->";
      };
      out.append(arrow);
      String weight = weightLabel(e);
      if (!weight.isEmpty()) {
        out.append("|\"").append(weight).append("\"|");
      }
      out.append(' ').append(ids.get(e.parent())).append('\n');
    }
    for (Map.Entry<String, List<String>> c : classes.entrySet()) {
      String name = c.getKey();
      String style = name.equals("hidden") ? "stroke-dasharray:5 5,color:#666666"
          : "fill:" + FILLS.getOrDefault(name.substring("band_".length()), "#ffffff");
      out.append("  classDef ").append(name).append(' ').append(style).append('\n');
      out.append("  class ").append(String.join(",", c.getValue())).append(' ').append(name).append('\n');
    }
    return out.toString();
  }

  /**
   * Returns the order of {@code count} edges by child, then parent, then kind (all given as
   * positions or ordinals): a counting sort on the child, then a sort of each child's few edges.
   * Linear for bounded out-degree.
   */
  static int[] edgeOrder(int[] child, int[] parent, int[] kind, int count, int nodes) {
    int[] start = new int[nodes + 1];
    for (int e = 0; e < count; e++) {
      start[child[e] + 1]++;
    }
    for (int v = 0; v < nodes; v++) {
      start[v + 1] += start[v];
    }
    int[] fill = start.clone();
    int[] order = new int[count];
    for (int e = 0; e < count; e++) {
      order[fill[child[e]]++] = e;
    }
    for (int v = 0; v < nodes; v++) {
      int from = start[v];
      int to = start[v + 1];
      if (to - from > 16) {
        Integer[] bucket = new Integer[to - from];
        for (int i = from; i < to; i++) {
          bucket[i - from] = order[i];
        }
        java.util.Arrays.sort(bucket, java.util.Comparator.<Integer>comparingInt(e -> parent[e])
            .thenComparingInt(e -> kind[e]));
        for (int i = from; i < to; i++) {
          order[i] = bucket[i - from];
        }
      } else {
        for (int i = from + 1; i < to; i++) {
          int e = order[i];
          int j = i - 1;
          while (j >= from && (parent[order[j]] > parent[e] || parent[order[j]] == parent[e] && kind[order[j]] > kind[e])) {
            order[j + 1] = order[j];
            j--;
          }
          order[j + 1] = e;
        }
      }
    }
    return order;
  }

  private static String fullLabel(Node n) {
    return n.annotation().map(a -> a.labelSuffix().isEmpty() ? n.label() : n.label() + "\n" + a.labelSuffix())
        .getOrElse(n.label());
  }

  private static String weightLabel(Edge e) {
    return e.weight().filter(w -> w.compareTo(BigDecimal.ONE) != 0).map(w -> "w " + w.toPlainString()).getOrElse("");
  }

  /** Escapes text for a quoted DOT string: backslash and quote escaped, line breaks as {@code \n}. */
  static String dotText(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' || c == '"') {
        out.append('\\').append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c < 0x20 || c == 0x7f) {
        out.append(' ');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Escapes text for a quoted Mermaid label: quote, {@code #}, {@code <}, {@code >}, {@code &} and
   * backtick as Mermaid entity codes, line breaks as {@code <br/>}.
   */
  static String mermaidText(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("#quot;");
        case '#' -> out.append("#35;");
        case '<' -> out.append("#lt;");
        case '>' -> out.append("#gt;");
        case '&' -> out.append("#amp;");
        case '`' -> out.append("#96;");
        case '\n' -> out.append("<br/>");
        default -> out.append(c < 0x20 || c == 0x7f ? ' ' : c);
      }
    }
    return out.toString();
  }
}
