package org.okr4j.charts;

import static org.okr4j.charts.Markup.escape;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.Locale;
import org.okr4j.alignment.GraphScorecard;
import org.okr4j.alignment.NodeRef;
import org.okr4j.alignment.ScoredNode;
import org.okr4j.lint.Finding;
import org.okr4j.model.Objective;
import org.okr4j.scoring.Band;
import org.okr4j.scoring.Colour;
import org.okr4j.model.Confidence;
import org.okr4j.scoring.Forecast;
import org.okr4j.scoring.KeyResultScore;
import org.okr4j.scoring.ObjectiveScore;
import org.okr4j.scoring.Status;

/** Writes an {@link HtmlReport} as an HTML5 document. Stateless. */
final class ReportHtml {

  /** The only sources the page may use: its own inline style. No script, no fetch, no frame. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'";

  private static final String STYLE = """
      body { margin: 0; background: #f4f4f4; color: #222; font-family: FONTS; font-size: 14px; line-height: 1.45; }
      main { max-width: 640px; margin: 0 auto; padding: 12px 20px 32px; background: #fff; }
      h1 { font-size: 22px; margin: 12px 0 4px; }
      h2 { font-size: 18px; margin: 28px 0 8px; padding-bottom: 4px; border-bottom: 1px solid #ddd; }
      h3 { font-size: 15px; margin: 20px 0 6px; }
      p.meta, .owner, footer { color: #666; font-size: 12px; }
      .table { overflow-x: auto; }
      table { border-collapse: collapse; width: 100%; font-size: 12px; }
      th, td { padding: 4px 6px; border-bottom: 1px solid #e4e4e4; text-align: left; vertical-align: top; }
      th { background: #f0f0f0; }
      td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
      tr.key-result td:first-child { padding-left: 20px; }
      tr.objective td { font-weight: bold; }
      tr.hidden td { color: #666; font-style: italic; }
      .owner { display: block; font-weight: normal; }
      .swatch { display: inline-block; width: 10px; height: 10px; margin-right: 4px; border: 1px solid #888;
        vertical-align: -1px; }
      figure { margin: 8px 0; }
      svg { display: block; max-width: 100%; height: auto; }
      details { margin: 4px 0 12px; }
      summary { cursor: pointer; color: #1f4e9c; }
      .severity-ERROR { color: #a61b1b; font-weight: bold; }
      .severity-WARNING { color: #8a5a00; }
      code { font-size: 11px; }
      td.band, td.status { white-space: nowrap; }
      .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
        white-space: nowrap; }
      """;

  private ReportHtml() {}

  static String render(HtmlReport report) {
    Markup html = new Markup(65536);
    html.line("<!DOCTYPE html>");
    html.open("html", "lang", "en");
    html.open("head");
    html.leaf("meta", "charset", "utf-8");
    html.leaf("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
    html.leaf("meta", "http-equiv", "Content-Security-Policy", "content", CONTENT_SECURITY_POLICY);
    html.leaf("meta", "name", "generator", "content", "okr4j");
    html.text("title", report.title());
    html.raw("style", "\n" + styles() + "    ");
    html.close("head");
    html.open("body");
    html.open("main");
    html.text("h1", report.title());
    html.text("p", meta(report), "class", "meta");
    scorecard(html, report);
    burnUps(html, report);
    html.open("section", "id", "alignment");
    html.text("h2", "Alignment");
    html.open("figure");
    html.line(report.alignment().toSvg());
    html.close("figure");
    html.close("section");
    findings(html, report);
    html.text("footer", "Made with okr4j: one file, no script, nothing fetched.");
    html.close("main");
    html.close("body");
    html.close("html");
    return html.toString();
  }

  private static String styles() {
    StringBuilder css = new StringBuilder(STYLE.replace("FONTS", Palette.FONTS));
    for (Colour c : Colour.values()) {
      css.append(".band-").append(c.name().toLowerCase(Locale.ROOT).replace('_', '-')).append(" { background: ")
          .append(Palette.fill(c)).append("; }\n");
    }
    return css.toString().indent(6);
  }

  private static String meta(HtmlReport report) {
    long hidden = report.view().scores().count(ScoredNode::isHidden);
    return "As of " + report.asOf() + " · " + report.viewer().map(v -> "as " + v + " may see it")
        .getOrElse("as everyone may see it (public objectives only)")
        + (hidden > 0 ? " · " + hidden + (hidden == 1 ? " objective hidden" : " objectives hidden") : "");
  }

  private static void scorecard(Markup html, HtmlReport report) {
    GraphScorecard scores = report.scores();
    html.open("section", "id", "scorecard");
    html.text("h2", "Scorecard");
    html.open("div", "class", "table");
    html.open("table");
    html.raw("tr", "<th>Objective / key result</th><th>Progress</th><th>Grade</th><th>Band</th><th>Status</th>"
        + "<th>Forecast</th><th>Confidence</th>");
    for (HtmlReport.Section section : report.sections()) {
      Objective o = section.objective();
      ObjectiveScore s = scores.objective(o.id()).get();
      ScoredNode node = report.view().score(NodeRef.objective(o.id())).get();
      html.raw("tr", "<td>" + escape(o.title()) + "<span class=\"owner\">" + escape(o.owner().toString()) + "</span></td>"
          + cells(node.progress(), s.grade(), node.band(), s.status(), s.forecast(), s.confidence()),
          "class", "objective");
      for (KeyResultScore k : s.keyResults()) {
        html.raw("tr", "<td>" + escape(k.keyResult().title()) + "</td>"
            + cells(k.progress(), k.grade(), k.band(), k.status(), k.forecast(), k.confidence()), "class", "key-result");
      }
    }
    for (ScoredNode node : report.view().scores().filter(ScoredNode::isHidden)) {
      String what = report.view().annotation(node.node()).get().labelSuffix();
      html.raw("tr", "<td>hidden</td><td class=\"num\">" + escape(what) + "</td><td></td><td></td><td></td><td></td><td></td>",
          "class", "hidden");
    }
    html.close("table");
    html.close("div");
    html.close("section");
  }

  private static String cells(Option<BigDecimal> progress, Option<BigDecimal> grade, Option<Band> band, Status status,
      Forecast forecast, Option<Confidence> confidence) {
    return "<td class=\"num\">" + escape(Format.percent(progress)) + "</td>"
        + "<td class=\"num\">" + escape(grade.map(g -> Format.decimal(g, 2)).getOrElse("—")) + "</td>"
        + "<td class=\"band\">" + band.map(b -> "<span class=\"swatch band-" + b.colour().name().toLowerCase(Locale.ROOT).replace('_', '-')
            + "\"></span>" + escape(b.label())).getOrElse("—") + "</td>"
        + "<td class=\"status\">" + escape(Format.words(status)) + "</td>"
        + "<td class=\"num\">" + escape(forecast.progress().map(f -> Format.percent(f) + (forecast.willMiss() ? " (will miss)" : ""))
            .getOrElse("—")) + "</td>"
        + "<td class=\"num\">" + escape(confidence.map(c -> Format.percent(c.value())).getOrElse("—")) + "</td>";
  }

  private static void burnUps(Markup html, HtmlReport report) {
    html.open("section", "id", "burn-up");
    html.text("h2", "Burn-up");
    for (HtmlReport.Section section : report.sections()) {
      html.open("article", "class", "objective", "id", "objective-" + section.objective().id().value());
      // The chart's own title shows the objective's; the heading is for navigation only.
      html.text("h3", section.objective().title(), "class", "visually-hidden");
      html.open("figure");
      html.line(section.chart().toSvg());
      html.close("figure");
      if (!section.keyResults().isEmpty()) {
        html.open("details");
        html.text("summary", "Key results (" + section.keyResults().size() + ")");
        for (BurnUpChart kr : section.keyResults()) {
          html.open("figure");
          html.line(kr.toSvg());
          html.close("figure");
        }
        html.close("details");
      }
      html.close("article");
    }
    html.close("section");
  }

  private static void findings(Markup html, HtmlReport report) {
    html.open("section", "id", "lint");
    html.text("h2", "Lint findings");
    if (report.findings().isEmpty()) {
      html.text("p", "None.");
    } else {
      html.open("div", "class", "table");
      html.open("table");
      html.raw("tr", "<th>Severity</th><th>Where</th><th>Finding</th>");
      for (Finding f : report.findings()) {
        html.raw("tr", "<td class=\"severity-" + f.severity().name() + "\">" + escape(Format.words(f.severity()))
            + "</td><td><code>" + escape(f.path().toString()) + "</code></td><td>" + escape(f.message(Locale.ENGLISH))
            + f.fix(Locale.ENGLISH).map(fix -> "<br>" + escape("Fix: " + fix)).getOrElse("")
            + "<br><code>" + escape(f.code()) + "</code></td>");
      }
      html.close("table");
      html.close("div");
    }
    html.close("section");
  }
}
