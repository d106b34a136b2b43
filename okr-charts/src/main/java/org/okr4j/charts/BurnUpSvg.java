package org.okr4j.charts;

import static org.okr4j.charts.BurnUpLayout.LEFT;
import static org.okr4j.charts.BurnUpLayout.MARGIN;
import static org.okr4j.charts.BurnUpLayout.RIGHT;
import static org.okr4j.charts.BurnUpLayout.SMALL;
import static org.okr4j.charts.Format.px;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.okr4j.charts.BurnUpChart.Level;
import org.okr4j.charts.BurnUpChart.Point;
import org.okr4j.scoring.Band;

/**
 * Draws a {@link BurnUpChart} as SVG. Every element that carries data has a {@code class} naming
 * what it is ({@code actual}, {@code expected}, {@code forecast}, {@code check-in}, {@code band},
 * {@code level}, {@code as-of}, {@code y-tick}, {@code x-tick}) and {@code data-*} attributes with
 * the exact values it is drawn from, so that hosts and tests can read a chart back. Stateless.
 */
final class BurnUpSvg {

  private BurnUpSvg() {}

  static String render(BurnUpChart chart, BurnUpLayout layout) {
    int height = layout.height();
    Markup svg = new Markup(8192);
    svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "width", String.valueOf(Chart.WIDTH),
        "height", String.valueOf(height), "viewBox", "0 0 " + Chart.WIDTH + " " + height, "role", "img",
        "font-family", Palette.FONTS, "font-size", "11", "class", "okr4j-chart okr4j-burn-up",
        "data-subject", chart.subject() == BurnUpChart.Subject.KEY_RESULT ? "key-result" : "objective",
        "data-id", chart.id());
    svg.text("title", chart.title());
    svg.text("desc", chart.description());
    svg.leaf("rect", "class", "background", "x", "0", "y", "0", "width", String.valueOf(Chart.WIDTH),
        "height", String.valueOf(height), "fill", "#ffffff");
    double y = 24;
    for (String line : layout.titleLines) {
      svg.text("text", line, "class", "title", "x", px(MARGIN), "y", px(y), "font-size", px(BurnUpLayout.TITLE_SIZE),
          "font-weight", "bold", "fill", Palette.INK);
      y += 20;
    }
    svg.text("text", TextMetrics.ellipsize(BurnUpText.subtitle(chart), Chart.WIDTH - 2 * MARGIN, 11), "class",
        "subtitle", "x", px(MARGIN), "y", px(layout.subtitleY), "fill", Palette.MUTED);
    bands(svg, chart, layout);
    grid(svg, layout);
    timeAxis(svg, chart, layout);
    levels(svg, chart.levels(), layout);
    expected(svg, chart.expected(), layout);
    actual(svg, chart, layout);
    forecast(svg, chart, layout);
    asOf(svg, chart, layout);
    legend(svg, layout);
    svg.close("svg");
    return svg.toString();
  }

  private static void bands(Markup svg, BurnUpChart chart, BurnUpLayout layout) {
    Seq<Band> bands = chart.bands().bands();
    if (bands.isEmpty()) {
      return;
    }
    svg.open("g", "class", "bands");
    for (int i = 0; i < bands.size(); i++) {
      Band band = bands.get(i);
      BigDecimal from = band.lowerBound().getOrElse(layout.min).max(layout.min);
      BigDecimal to = i + 1 < bands.size() ? bands.get(i + 1).lowerBound().get().min(layout.max) : layout.max;
      if (from.compareTo(to) >= 0) {
        continue;
      }
      double top = layout.y(to);
      double bottom = layout.y(from);
      svg.leaf("rect", "class", "band", "data-label", band.label(), "data-from", band.lowerBound().map(Format::plain)
          .getOrElse(""), "x", px(LEFT), "y", px(top), "width", px(RIGHT - LEFT), "height", px(bottom - top),
          "fill", Palette.fill(band.colour()), "fill-opacity", "0.45");
      if (bottom - top >= 14) {
        svg.text("text", BurnUpText.bandLabel(bands, i), "class", "band-label", "x", px(LEFT + 4), "y", px(top + 12),
            "font-size", px(SMALL), "fill", Palette.MUTED);
      }
    }
    svg.close("g");
  }

  private static void grid(Markup svg, BurnUpLayout layout) {
    svg.open("g", "class", "y-axis", "data-min", Format.plain(layout.min), "data-max", Format.plain(layout.max));
    for (BigDecimal v = firstTick(layout); v.compareTo(layout.max) <= 0; v = v.add(layout.step)) {
      double y = layout.y(v);
      boolean zero = v.signum() == 0;
      svg.leaf("line", "class", "grid", "x1", px(LEFT), "y1", px(y), "x2", px(RIGHT), "y2", px(y), "stroke",
          zero ? Palette.INK : Palette.GRID, "stroke-width", zero ? "1" : "0.75");
      svg.text("text", Format.percent(v), "class", "y-tick", "data-value", Format.plain(v), "x", px(LEFT - 5),
          "y", px(y + 3.5), "text-anchor", "end", "font-size", px(SMALL), "fill", Palette.MUTED);
    }
    svg.close("g");
  }

  private static BigDecimal firstTick(BurnUpLayout layout) {
    BigDecimal k = layout.min.divide(layout.step, 0, java.math.RoundingMode.CEILING);
    return k.multiply(layout.step);
  }

  /** Labels the start of the cycle, then weeks, month starts, quarter starts or year starts, whichever fits. */
  private static void timeAxis(Markup svg, BurnUpChart chart, BurnUpLayout layout) {
    LocalDate first = chart.cycle().start();
    LocalDate last = chart.cycle().end();
    ZoneId zone = chart.cycle().zone();
    long days = Math.max(1, ChronoUnit.DAYS.between(first, last));
    double perDay = (RIGHT - LEFT) / days;
    svg.open("g", "class", "x-axis");
    double previous = Double.NEGATIVE_INFINITY;
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      if (!d.equals(first) && !ticks(d, first, perDay)) {
        continue;
      }
      double x = layout.x(Timeline.startOf(d, zone));
      svg.leaf("line", "class", "grid", "x1", px(x), "y1", px(layout.top), "x2", px(x), "y2", px(layout.bottom + 4),
          "stroke", Palette.GRID, "stroke-width", "0.75");
      String label = Format.shortDate(d);
      double half = TextMetrics.width(label, SMALL) / 2;
      if (x - half >= previous + 6) {
        double at = Math.min(x, Chart.WIDTH - MARGIN - half);
        svg.text("text", label, "class", "x-tick", "data-date", d.toString(), "x", px(at), "y", px(layout.bottom + 16),
            "text-anchor", "middle", "font-size", px(SMALL), "fill", Palette.MUTED);
        previous = at + half;
      }
    }
    svg.close("g");
  }

  private static boolean ticks(LocalDate d, LocalDate first, double perDay) {
    if (perDay * 7 >= 40) {
      return ChronoUnit.DAYS.between(first, d) % 7 == 0;
    }
    if (perDay * 28 >= 40) {
      return d.getDayOfMonth() == 1;
    }
    if (perDay * 90 >= 40) {
      return d.getDayOfMonth() == 1 && (d.getMonthValue() - 1) % 3 == 0;
    }
    return d.getDayOfYear() == 1;
  }

  private static void levels(Markup svg, Seq<Level> levels, BurnUpLayout layout) {
    if (levels.isEmpty()) {
      return;
    }
    svg.open("g", "class", "levels");
    for (Level level : levels) {
      double y = layout.y(level.progress());
      svg.leaf("line", "class", "level", "data-label", level.label(), "data-progress", Format.plain(level.progress()),
          "x1", px(LEFT), "y1", px(y), "x2", px(RIGHT), "y2", px(y), "stroke", Palette.INK, "stroke-width", "1",
          "stroke-dasharray", "1 3");
      svg.text("text", level.label() + " " + Format.percent(level.progress()), "class", "level-label", "x",
          px(RIGHT - 4), "y", px(y - 3), "text-anchor", "end", "font-size", px(SMALL), "fill", Palette.INK);
    }
    svg.close("g");
  }

  private static void expected(Markup svg, Seq<Point> expected, BurnUpLayout layout) {
    StringBuilder d = new StringBuilder();
    for (Point p : expected) {
      d.append(d.length() == 0 ? "M" : " L").append(px(layout.x(p.at()))).append(' ')
          .append(px(layout.y(p.progress().get())));
    }
    if (d.length() > 0) {
      svg.leaf("path", "class", "expected", "d", d.toString(), "fill", "none", "stroke", Palette.EXPECTED,
          "stroke-width", "1.5", "stroke-dasharray", "2 3");
    }
  }

  /** The step line: from each vertex, along to the next one's day, then up or down to its value. */
  private static void actual(Markup svg, BurnUpChart chart, BurnUpLayout layout) {
    Seq<Point> points = chart.actual();
    if (points.isEmpty()) {
      String message = chart.current().isEmpty() ? "not scored as of " + BurnUpText.date(chart.asOf(), chart)
          : "no check-in";
      double width = TextMetrics.width(message, 11) + 12;
      double middle = (layout.top + layout.bottom) / 2;
      svg.leaf("rect", "x", px((LEFT + RIGHT - width) / 2), "y", px(middle - 13), "width", px(width), "height", "19",
          "rx", "3", "fill", "#ffffff", "fill-opacity", "0.85");
      svg.text("text", message, "class", "empty", "x", px((LEFT + RIGHT) / 2), "y", px(middle), "text-anchor", "middle",
          "fill", Palette.MUTED);
      return;
    }
    StringBuilder d = new StringBuilder();
    boolean drawing = false;
    for (Point p : points) {
      double x = layout.x(p.at());
      if (drawing) {
        d.append(" H").append(px(x));
      }
      if (p.progress().isEmpty()) {
        drawing = false;
        continue;
      }
      double y = layout.y(p.progress().get());
      d.append(drawing ? " V" + px(y) : (d.length() == 0 ? "M" : " M") + px(x) + " " + px(y));
      drawing = true;
    }
    Instant end = lineEnd(chart);
    if (drawing) {
      d.append(" H").append(px(layout.x(end)));
    }
    svg.leaf("path", "class", "actual", "d", d.toString(), "fill", "none", "stroke", Palette.ACTUAL,
        "stroke-width", "2.5", "stroke-linejoin", "round");
    svg.open("g", "class", "check-ins");
    for (Point p : chart.checkIns()) {
      String date = BurnUpText.date(p.at(), chart);
      svg.open("circle", "class", "check-in", "data-date", date, "data-progress", Format.plain(p.progress().get()),
          "cx", px(layout.x(p.at())), "cy", px(layout.y(p.progress().get())), "r", "3.5", "fill", Palette.ACTUAL,
          "stroke", "#ffffff", "stroke-width", "1");
      svg.text("title", "check-in " + date + ": " + Format.percent(p.progress().get()));
      svg.close("circle");
    }
    svg.close("g");
    chart.current().forEach(c -> svg.text("text", Format.percent(c), "class", "current", "data-progress",
        Format.plain(c), "x", px(layout.x(end) - 4), "y", px(layout.y(c) - 7), "text-anchor", "end", "font-size",
        px(SMALL), "font-weight", "bold", "fill", Palette.ACTUAL));
  }

  /** Where the actual line ends: the as-of instant, within the cycle. */
  static Instant lineEnd(BurnUpChart chart) {
    Instant end = chart.cycle().endInstant();
    return chart.asOf().isAfter(end) ? end : chart.asOf();
  }

  private static void forecast(Markup svg, BurnUpChart chart, BurnUpLayout layout) {
    Option<BigDecimal> forecast = chart.forecast().progress();
    List<double[]> labelYs = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    List<String> classes = new ArrayList<>();
    if (forecast.isDefined()) {
      BigDecimal f = forecast.get();
      double x2 = layout.x(chart.forecastEnd());
      double y2 = layout.y(f);
      double x1 = chart.current().isDefined() ? layout.x(lineEnd(chart)) : x2;
      double y1 = chart.current().isDefined() ? layout.y(chart.current().get()) : y2;
      svg.leaf("path", "class", "forecast", "data-progress", Format.plain(f), "data-date",
          BurnUpText.date(chart.forecastEnd(), chart), "d", "M" + px(x1) + " " + px(y1) + " L" + px(x2) + " " + px(y2),
          "fill", "none", "stroke", Palette.FORECAST, "stroke-width", "2", "stroke-dasharray", "6 4");
      svg.leaf("path", "class", "forecast-end", "d", "M" + px(x2) + " " + px(y2 - 4.5) + " l4.5 4.5 l-4.5 4.5 l-4.5 -4.5 z",
          "fill", "#ffffff", "stroke", Palette.FORECAST, "stroke-width", "1.5");
      labelYs.add(new double[] {y2});
      labels.add("forecast " + Format.percent(f));
      classes.add("forecast-label");
    }
    if (!chart.expected().isEmpty()) {
      BigDecimal e = chart.expected().last().progress().get();
      labelYs.add(new double[] {layout.y(e)});
      labels.add("pace " + Format.percent(e));
      classes.add("expected-label");
    }
    // The margin labels, top to bottom, at least 12 pixels apart.
    Integer[] order = new Integer[labels.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Double.compare(labelYs.get(a)[0], labelYs.get(b)[0]));
    double last = Double.NEGATIVE_INFINITY;
    for (int i : order) {
      double y = Math.max(labelYs.get(i)[0] + 3.5, last + 12);
      svg.text("text", labels.get(i), "class", classes.get(i), "x", px(RIGHT + 6), "y", px(y), "font-size", px(SMALL),
          "fill", Palette.INK);
      last = y;
    }
  }

  private static void asOf(Markup svg, BurnUpChart chart, BurnUpLayout layout) {
    Instant at = chart.asOf();
    if (at.isBefore(chart.cycle().startInstant()) || at.isAfter(chart.cycle().endInstant())) {
      return;
    }
    double x = layout.x(at);
    String label = "as of " + Format.shortDate(BurnUpChart.day(at, chart.cycle().zone()));
    double half = TextMetrics.width(label, SMALL) / 2;
    double lx = Math.max(LEFT + half, Math.min(x, Chart.WIDTH - MARGIN - half));
    svg.open("g", "class", "as-of", "data-instant", at.toString());
    svg.leaf("line", "x1", px(x), "y1", px(layout.top - 2), "x2", px(x), "y2", px(layout.bottom), "stroke", Palette.INK,
        "stroke-width", "1", "stroke-dasharray", "4 2");
    svg.text("text", label, "x", px(lx), "y", px(layout.top - 6), "text-anchor", "middle", "font-size", px(SMALL),
        "fill", Palette.INK);
    svg.close("g");
  }

  private static void legend(Markup svg, BurnUpLayout layout) {
    double y = layout.bottom + 38;
    double x = LEFT;
    svg.open("g", "class", "legend", "font-size", px(SMALL), "fill", Palette.INK);
    String[][] items = {{"actual", Palette.ACTUAL, "2.5", ""}, {"expected pace", Palette.EXPECTED, "1.5", "2 3"},
        {"forecast", Palette.FORECAST, "2", "6 4"}, {"check-in", "", "", ""}, {"as of", Palette.INK, "1", "4 2"}};
    for (String[] item : items) {
      if (item[0].equals("check-in")) {
        svg.leaf("circle", "cx", px(x + 9), "cy", px(y - 3.5), "r", "3.5", "fill", Palette.ACTUAL);
      } else if (item[0].equals("as of")) {
        svg.leaf("line", "x1", px(x + 9), "y1", px(y - 10), "x2", px(x + 9), "y2", px(y + 2), "stroke", item[1],
            "stroke-width", item[2], "stroke-dasharray", item[3]);
      } else {
        List<String> a = new ArrayList<>(List.of("x1", px(x), "y1", px(y - 3.5), "x2", px(x + 18), "y2", px(y - 3.5),
            "stroke", item[1], "stroke-width", item[2]));
        if (!item[3].isEmpty()) {
          a.addAll(List.of("stroke-dasharray", item[3]));
        }
        svg.leaf("line", a.toArray(String[]::new));
      }
      svg.text("text", item[0], "x", px(x + 22), "y", px(y));
      x += 22 + TextMetrics.width(item[0], SMALL) + 16;
    }
    svg.close("g");
  }
}
