package org.okr4j.examples;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.okr4j.alignment.AlignmentGraph;
import org.okr4j.alignment.GraphScorecard;
import org.okr4j.charts.BurnUpChart;
import org.okr4j.charts.Chart;
import org.okr4j.charts.HtmlReport;
import org.okr4j.lint.Finding;
import org.okr4j.lint.LintContext;
import org.okr4j.lint.OkrLinter;
import org.okr4j.scoring.RollUpPolicy;
import org.okr4j.scoring.ScoringPolicy;

/**
 * The seed's marketing department as pictures: the one-file HTML report ({@link HtmlReport}) of
 * {@link MarketingDepartment#graph()} two weeks before the end of Q1 2026, so that every forecast
 * still has a fortnight to run, scored as {@link MarketingDepartment} scores it (the default policy,
 * with the company goal, which has no key results, rolled up from the marketing department).
 *
 * <p>{@link #main(String[])} writes the report and the committed pictures: the README's two SVG
 * files under {@code docs/pictures/} and the golden files of the chart tests under
 * {@code okr-examples/src/test/resources/golden/}. Tests check that every committed file equals
 * what the code draws now, so a change to the charts shows up as a change to those files.
 */
public final class MarketingReport {

  /** The instant of the report: 2026-03-16, two weeks before the end of the quarter. */
  public static final Instant AS_OF = Instant.parse("2026-03-16T00:00:00Z");

  /** The report's title. */
  public static final String TITLE = "okr4j — the seed's marketing department, Q1 2026";

  /** Where {@link #main(String[])} writes the report by default, from the repository's root. */
  public static final Path REPORT = Path.of("okr-examples/target/marketing-report.html");

  /** The README's pictures, from the repository's root. */
  public static final Path PICTURES = Path.of("docs/pictures");

  /** The golden files of the chart tests, from the repository's root. */
  public static final Path GOLDEN = Path.of("okr-examples/src/test/resources/golden");

  private MarketingReport() {}

  /**
   * Returns the policy: the default, with an objective that has no key results of its own rolled up
   * from its aligned children ({@link RollUpPolicy.Children#CHILDREN_WHEN_NO_KEY_RESULTS}).
   *
   * @return the policy
   */
  public static ScoringPolicy policy() {
    ScoringPolicy defaults = ScoringPolicy.defaults();
    return defaults.withRollUp(defaults.rollUp().withChildren(RollUpPolicy.Children.CHILDREN_WHEN_NO_KEY_RESULTS));
  }

  /**
   * Returns the scores of the marketing department's graph as of {@link #AS_OF}.
   *
   * @return the scores
   */
  public static GraphScorecard scores() {
    return GraphScorecard.evaluate(MarketingDepartment.graph(), policy(), AS_OF);
  }

  /**
   * Returns the lint findings as of {@link #AS_OF}, with the alignment rules.
   *
   * @return the findings
   */
  public static Seq<Finding> findings() {
    AlignmentGraph graph = MarketingDepartment.graph();
    return OkrLinter.withDefaults().lint(LintContext.of(graph.set(), AS_OF).withGraph(graph));
  }

  /**
   * Returns the report, for an anonymous viewer (every objective of the seed is public).
   *
   * @return the report
   */
  public static HtmlReport report() {
    return HtmlReport.of(TITLE, scores(), null, findings());
  }

  /**
   * Returns the README's pictures: file name under {@link #PICTURES} and chart. The marketing
   * director's burn-up and the alignment tree.
   *
   * @param report the report
   * @return the pictures
   */
  public static Seq<Tuple2<String, Chart>> pictures(HtmlReport report) {
    BurnUpChart director = report.objectiveCharts().find(c -> c.id().equals("o-director")).get();
    return Vector.of(Tuple.of("burn-up-director.svg", director),
        Tuple.of("alignment.svg", report.alignment()));
  }

  /**
   * Returns the golden files: file name under {@link #GOLDEN} and chart. Every chart of the report:
   * each objective's and each key result's burn-up, and the alignment tree.
   *
   * @param report the report
   * @return the golden files
   */
  public static Seq<Tuple2<String, Chart>> golden(HtmlReport report) {
    Seq<Tuple2<String, Chart>> burnUps = report.objectiveCharts().appendAll(report.keyResultCharts())
        .map(c -> Tuple.of("burn-up-" + c.id() + ".svg", c));
    return burnUps.append(Tuple.of("alignment.svg", report.alignment()));
  }

  /**
   * Writes the report ({@code args[0]}, {@link #REPORT} by default) and, run from the repository's
   * root, the README's pictures and the golden files.
   *
   * @param args the report's path, optional
   * @throws IOException if writing fails
   */
  public static void main(String[] args) throws IOException {
    HtmlReport report = report();
    Path out = args.length > 0 ? Path.of(args[0]) : REPORT;
    if (out.toAbsolutePath().getParent() != null) {
      Files.createDirectories(out.toAbsolutePath().getParent());
    }
    Files.writeString(out, report.toHtml(), StandardCharsets.UTF_8);
    System.out.println("okr4j: wrote " + out);
    if (Files.isDirectory(Path.of("okr-examples")) && Files.isDirectory(Path.of("docs"))) {
      write(PICTURES, pictures(report));
      write(GOLDEN, golden(report));
      System.out.println("okr4j: wrote " + PICTURES + " and " + GOLDEN);
    }
  }

  private static void write(Path dir, Seq<Tuple2<String, Chart>> charts) throws IOException {
    Files.createDirectories(dir);
    for (Tuple2<String, Chart> c : charts) {
      Files.writeString(dir.resolve(c._1), c._2.toSvg(), StandardCharsets.UTF_8);
    }
  }
}
