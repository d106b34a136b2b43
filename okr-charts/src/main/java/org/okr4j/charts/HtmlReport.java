package org.okr4j.charts;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.okr4j.alignment.GraphScorecard;
import org.okr4j.alignment.NodeRef;
import org.okr4j.alignment.ScoredView;
import org.okr4j.lint.Finding;
import org.okr4j.model.KeyResult;
import org.okr4j.model.Objective;
import org.okr4j.model.OwnerRef;

/**
 * A one-file HTML report of OKRs as one viewer may see them: the scorecard as a table, each
 * objective's burn-up chart (its key results' charts under a {@code <details>} element), the
 * alignment tree and the lint findings. The file is self-contained: the charts are inline SVG, the
 * style sheet is inline, there is no script, and a {@code Content-Security-Policy} forbids every
 * fetch, so it opens the same offline, in a mail client or from a file share, and every text in it
 * is HTML-escaped.
 *
 * <p><b>Privacy.</b> The report shows what {@code viewer} may see (an anonymous viewer, {@code null},
 * sees public objectives only), built on {@link GraphScorecard#viewFor} with
 * {@link ScoredView.HiddenContributions#COUNT}: objectives hidden from the viewer, with their key
 * results, appear only as {@code hidden} placeholders, without title, owner, id or number; their
 * check-ins are not marked on any chart; lint findings about them are left out. As with {@code COUNT}
 * everywhere, a visible parent's progress (and so its burn-up line) includes hidden contributions.
 *
 * <pre>{@code
 * GraphScorecard scores = GraphScorecard.evaluate(graph, ScoringPolicy.defaults(), asOf);
 * Seq<Finding> findings = OkrLinter.withDefaults().lint(LintContext.of(graph.set(), asOf).withGraph(graph));
 * String html = HtmlReport.of("Marketing, Q1 2026", scores, null, findings).toHtml();
 * }</pre>
 * A set without alignment links is reported through {@code AlignmentGraph.of(set)}.
 *
 * <p>Drawing the burn-ups evaluates the graph once per day of each cycle up to the as-of instant.
 * Immutable and thread-safe.
 */
public final class HtmlReport {

  /** One visible objective with its burn-up and its key results' burn-ups. */
  record Section(Objective objective, BurnUpChart chart, Vector<BurnUpChart> keyResults) {}

  private final String title;
  private final GraphScorecard scores;
  private final Option<OwnerRef> viewer;
  private final ScoredView view;
  private final Vector<Section> sections;
  private final AlignmentChart alignment;
  private final Vector<Finding> findings;

  private HtmlReport(String title, GraphScorecard scores, @Nullable OwnerRef viewer, Seq<Finding> findings) {
    this.title = title;
    this.scores = scores;
    this.viewer = Option.of(viewer);
    this.view = scores.viewFor(viewer, ScoredView.HiddenContributions.COUNT);
    Vector<Objective> hidden = scores.graph().set().objectives().filter(o -> !isVisible(o));
    GraphDays days = new GraphDays(scores, kr -> !hidden.exists(o -> o.keyResults().contains(kr)));
    List<Section> out = new ArrayList<>();
    for (Objective o : scores.graph().set().objectives()) {
      if (isVisible(o)) {
        BurnUpChart chart = BurnUpChart.of(days.objective(o.id()).get());
        Vector<BurnUpChart> krs = Vector.ofAll(o.keyResults().map(kr -> BurnUpChart.of(days.keyResult(kr.id()).get())));
        out.add(new Section(o, chart, krs));
      }
    }
    this.sections = Vector.ofAll(out);
    this.alignment = AlignmentChart.of(view).withTitle("Alignment"
        + this.viewer.map(v -> " as " + v + " sees it").getOrElse(" as everyone sees it"));
    this.findings = Vector.ofAll(findings).filter(f -> !mentionsHidden(f, hidden));
  }

  /**
   * Builds the report.
   *
   * @param title the report's title, in any script
   * @param scores the scores of the OKRs through their alignment graph
   * @param viewer who the report is for; {@code null} for an anonymous viewer, who sees public
   *     objectives only
   * @param findings lint findings of the same OKRs (those about hidden objectives are left out)
   * @return the report
   * @throws org.okr4j.validation.OkrException if {@code title}, {@code scores} or {@code findings}
   *     is missing
   */
  public static HtmlReport of(String title, GraphScorecard scores, @Nullable OwnerRef viewer, Seq<Finding> findings) {
    BurnUpChart.require(title, "title");
    BurnUpChart.require(scores, "scores");
    BurnUpChart.require(findings, "findings").forEach(f -> BurnUpChart.require(f, "findings"));
    return new HtmlReport(title, scores, viewer, findings);
  }

  private boolean isVisible(Objective objective) {
    return view.score(NodeRef.objective(objective.id())).isDefined();
  }

  /**
   * Tells whether a finding points into a hidden objective or names anything of one (its id, title
   * or owner, or a key result's id or title), so that leaving it out leaks nothing.
   */
  private boolean mentionsHidden(Finding finding, Vector<Objective> hidden) {
    Seq<String> segments = finding.path().segments();
    Vector<Objective> all = scores.graph().set().objectives();
    if (segments.size() >= 2 && segments.get(0).equals("objectives") && segments.get(1).matches("[0-9]{1,9}")) {
      int i = Integer.parseInt(segments.get(1));
      if (i < all.size() && hidden.contains(all.get(i))) {
        return true;
      }
    }
    for (Objective o : hidden) {
      List<String> secrets = new ArrayList<>(List.of(o.id().value(), o.title(), o.owner().id()));
      for (KeyResult kr : o.keyResults()) {
        secrets.add(kr.id().value());
        secrets.add(kr.title());
      }
      for (String argument : finding.arguments()) {
        for (String secret : secrets) {
          if (!secret.isEmpty() && argument.contains(secret)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Returns the report's title.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * Returns the instant of evaluation.
   *
   * @return the as-of instant
   */
  public Instant asOf() {
    return scores.asOf();
  }

  /**
   * Returns who the report is for.
   *
   * @return the viewer; empty for an anonymous viewer
   */
  public Option<OwnerRef> viewer() {
    return viewer;
  }

  /**
   * Returns the view the report shows.
   *
   * @return the scored view, hidden contributions counted
   */
  public ScoredView view() {
    return view;
  }

  /**
   * Returns the burn-up charts of the visible objectives, in the set's order.
   *
   * @return the objective charts
   */
  public Seq<BurnUpChart> objectiveCharts() {
    return sections.map(Section::chart);
  }

  /**
   * Returns the burn-up charts of the visible key results, objective by objective.
   *
   * @return the key-result charts
   */
  public Seq<BurnUpChart> keyResultCharts() {
    return sections.flatMap(Section::keyResults);
  }

  /**
   * Returns the alignment chart.
   *
   * @return the chart
   */
  public AlignmentChart alignment() {
    return alignment;
  }

  /**
   * Returns the lint findings shown: those given, without the ones about hidden objectives.
   *
   * @return the findings
   */
  public Seq<Finding> findings() {
    return findings;
  }

  Vector<Section> sections() {
    return sections;
  }

  GraphScorecard scores() {
    return scores;
  }

  /**
   * Renders the report as one HTML5 document, in UTF-8 text.
   *
   * @return the HTML text, ending with a line break
   */
  public String toHtml() {
    return ReportHtml.render(this);
  }

  /**
   * Tells whether {@code other} is a report with the same title, scores, viewer and findings.
   *
   * @param other the object to compare with
   * @return {@code true} if equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return this == other || other instanceof HtmlReport r && title.equals(r.title) && scores.equals(r.scores)
        && viewer.equals(r.viewer) && findings.equals(r.findings);
  }

  /**
   * Returns a hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(title, scores, viewer, findings);
  }

  /**
   * Returns a summary such as {@code HtmlReport[Marketing, as of 2026-03-01T00:00:00Z, 5 objectives]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "HtmlReport[" + title + ", as of " + scores.asOf() + ", " + sections.size() + " objectives]";
  }
}
