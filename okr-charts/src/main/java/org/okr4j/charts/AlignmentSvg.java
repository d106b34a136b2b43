package org.okr4j.charts;

import static org.okr4j.charts.AlignmentLayout.FONT;
import static org.okr4j.charts.AlignmentLayout.LANE;
import static org.okr4j.charts.AlignmentLayout.LINE;
import static org.okr4j.charts.AlignmentLayout.MARGIN;
import static org.okr4j.charts.Format.px;

import java.util.ArrayList;
import java.util.List;
import org.okr4j.alignment.EdgeKind;
import org.okr4j.alignment.ViewNode;
import org.okr4j.charts.AlignmentLayout.Cross;
import org.okr4j.charts.AlignmentLayout.Row;

/**
 * Draws an {@link AlignmentLayout} as SVG. Nodes are groups of class {@code node} (plus
 * {@code objective} or {@code key-result}, and {@code hidden} for a placeholder); edges are paths of
 * class {@code edge} and {@code key-result-of}, {@code contributes} or {@code supports}. A visible
 * node carries its reference in {@code data-ref}; a placeholder carries nothing but its class.
 * Stateless.
 */
final class AlignmentSvg {

  private AlignmentSvg() {}

  static String render(String title, AlignmentLayout layout) {
    int height = layout.height();
    Markup svg = new Markup(4096 + 1024 * layout.rows.size());
    svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "width", String.valueOf(Chart.WIDTH), "height",
        String.valueOf(height), "viewBox", "0 0 " + Chart.WIDTH + " " + height, "role", "img", "font-family",
        Palette.FONTS, "font-size", px(FONT), "class", "okr4j-chart okr4j-alignment");
    svg.text("title", title);
    svg.text("desc", layout.description());
    svg.leaf("rect", "class", "background", "x", "0", "y", "0", "width", String.valueOf(Chart.WIDTH), "height",
        String.valueOf(height), "fill", "#ffffff");
    svg.text("text", TextMetrics.ellipsize(title, Chart.WIDTH - 2 * MARGIN, 15 * TextMetrics.BOLD), "class", "title", "x", px(MARGIN),
        "y", "24", "font-size", "15", "font-weight", "bold", "fill", Palette.INK);
    svg.open("g", "class", "edges", "fill", "none");
    List<Row> rows = layout.rows;
    for (Row row : rows) {
      if (row.parent() >= 0) {
        Row parent = rows.get(row.parent());
        double x = parent.x() + 10;
        double from = row.previous() >= 0 ? rows.get(row.previous()).middle() : parent.top() + parent.height();
        edge(svg, row.kind().get(), "M" + px(x) + " " + px(from) + " V" + px(row.middle()) + " H" + px(row.x()),
            layout.name(row) + " " + AlignmentLayout.verb(row.kind().get()) + AlignmentLayout.weight(row.weight()) + " "
                + layout.name(parent));
      }
    }
    for (Cross c : layout.crosses) {
      Row child = rows.get(c.child());
      Row parent = rows.get(c.parent());
      double lane = layout.right + 4 + c.lane() * LANE;
      edge(svg, c.kind(), "M" + px(layout.right) + " " + px(child.middle()) + " H" + px(lane) + " V"
          + px(parent.middle()) + " H" + px(layout.right + 6), layout.name(child) + " " + AlignmentLayout.verb(c.kind())
          + AlignmentLayout.weight(c.weight()) + " " + layout.name(parent));
      svg.leaf("path", "class", "arrow", "d", "M" + px(layout.right) + " " + px(parent.middle()) + " l6 -3.5 l0 7 z",
          "fill", Palette.INK);
    }
    svg.close("g");
    svg.open("g", "class", "nodes");
    for (Row row : rows) {
      node(svg, row, layout.right);
    }
    svg.close("g");
    legend(svg, height - 16.0);
    svg.close("svg");
    return svg.toString();
  }

  private static String[] stroke(EdgeKind kind) {
    return switch (kind) {
      case KEY_RESULT_OF -> new String[] {"key-result-of", Palette.MUTED, "1", ""};
      case CONTRIBUTES -> new String[] {"contributes", Palette.INK, "2.5", ""};
      case SUPPORTS -> new String[] {"supports", Palette.INK, "1.5", "5 3"};
    };
  }

  private static void edge(Markup svg, EdgeKind kind, String d, String title) {
    String[] s = stroke(kind);
    List<String> attributes = new ArrayList<>(List.of("class", "edge " + s[0], "d", d, "stroke", s[1], "stroke-width",
        s[2]));
    if (!s[3].isEmpty()) {
      attributes.addAll(List.of("stroke-dasharray", s[3]));
    }
    svg.open("path", attributes.toArray(String[]::new));
    svg.text("title", title);
    svg.close("path");
  }

  private static void node(Markup svg, Row row, double right) {
    List<String> group = new ArrayList<>(List.of("class", "node " + (row.objective() ? "objective" : "key-result")
        + (row.hidden() ? " hidden" : "")));
    if (row.node().node() instanceof ViewNode.Visible visible) {
      group.addAll(List.of("data-ref", visible.ref().toString()));
      row.node().progress().forEach(p -> group.addAll(List.of("data-progress", Format.plain(p))));
      row.band().forEach(b -> group.addAll(List.of("data-band", b.label())));
    }
    svg.open("g", group.toArray(String[]::new));
    String tip = row.hidden() ? "hidden: " + row.annotation()
        : row.label() + " — " + AlignmentLayout.figure(row)
            + row.node().status().map(s -> ", " + Format.words(s)).getOrElse("");
    svg.text("title", tip);
    double x = row.x();
    List<String> box = new ArrayList<>(List.of("x", px(x), "y", px(row.top()), "width", px(right - x), "height",
        px(row.height()), "rx", row.objective() ? "2" : "9", "fill",
        row.hidden() ? Palette.HIDDEN : row.band().map(b -> Palette.fill(b.colour())).getOrElse(Palette.NO_BAND),
        "stroke", row.hidden() ? Palette.MUTED : Palette.INK, "stroke-width", "1"));
    if (row.hidden()) {
      box.addAll(List.of("stroke-dasharray", "5 5"));
    }
    svg.leaf("rect", box.toArray(String[]::new));
    String ink = row.hidden() ? Palette.MUTED : Palette.INK;
    double y = row.top() + 4.5 + LINE - 3;
    for (String line : row.lines()) {
      svg.text("text", line, "class", "label", "x", px(x + 8), "y", px(y), "fill", ink);
      y += LINE;
    }
    svg.text("text", AlignmentLayout.figure(row), "class", "figure", "x", px(right - 8), "y",
        px(row.top() + 4.5 + LINE - 3), "text-anchor", "end", "font-weight", row.hidden() ? "normal" : "bold", "fill", ink);
    svg.close("g");
  }

  private static void legend(Markup svg, double y) {
    svg.open("g", "class", "legend", "font-size", "10", "fill", Palette.INK);
    double x = MARGIN;
    for (EdgeKind kind : EdgeKind.values()) {
      String[] s = stroke(kind);
      List<String> line = new ArrayList<>(List.of("x1", px(x), "y1", px(y - 3.5), "x2", px(x + 22), "y2", px(y - 3.5),
          "stroke", s[1], "stroke-width", s[2]));
      if (!s[3].isEmpty()) {
        line.addAll(List.of("stroke-dasharray", s[3]));
      }
      svg.leaf("line", line.toArray(String[]::new));
      String text = AlignmentLayout.verb(kind);
      svg.text("text", text, "x", px(x + 26), "y", px(y));
      x += 26 + TextMetrics.width(text, 10) + 14;
    }
    svg.leaf("rect", "x", px(x), "y", px(y - 9), "width", "14", "height", "11", "rx", "1", "fill", Palette.NO_BAND,
        "stroke", Palette.INK);
    svg.text("text", "objective", "x", px(x + 18), "y", px(y));
    x += 18 + TextMetrics.width("objective", 10) + 12;
    svg.leaf("rect", "x", px(x), "y", px(y - 9), "width", "14", "height", "11", "rx", "5", "fill", Palette.NO_BAND,
        "stroke", Palette.INK);
    svg.text("text", "key result", "x", px(x + 18), "y", px(y));
    x += 18 + TextMetrics.width("key result", 10) + 12;
    svg.leaf("rect", "x", px(x), "y", px(y - 9), "width", "14", "height", "11", "rx", "1", "fill", Palette.HIDDEN,
        "stroke", Palette.MUTED, "stroke-dasharray", "3 2");
    svg.text("text", "hidden", "x", px(x + 18), "y", px(y));
    svg.close("g");
  }
}
