package org.okr4j.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vavr.Tuple2;
import io.vavr.collection.Seq;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.okr4j.alignment.GraphScorecard;
import org.okr4j.alignment.NodeRef;
import org.okr4j.charts.BurnUpChart;
import org.okr4j.charts.Chart;
import org.okr4j.charts.HtmlReport;
import org.okr4j.charts.SvgReader;
import org.okr4j.model.CheckIn;
import org.okr4j.model.KeyResult;
import org.okr4j.model.KeyResultId;
import org.okr4j.model.ObjectiveId;
import org.okr4j.scoring.ObjectiveScore;
import org.okr4j.scoring.Series;
import org.w3c.dom.Element;

/**
 * The seed's marketing department drawn: every chart of {@link MarketingReport#report()} equals its
 * committed golden file, parses as XML, and reads back as the scorer computes it.
 */
class MarketingChartsTest {

  static final Path ROOT = root();
  static final HtmlReport REPORT = MarketingReport.report();

  static Path root() {
    Path dir = Path.of("").toAbsolutePath();
    while (!Files.exists(dir.resolve("README.md")) || !Files.exists(dir.resolve("okr-examples"))) {
      dir = dir.getParent();
    }
    return dir;
  }

  @Test
  void everyChartEqualsItsGoldenFile() throws IOException {
    Path golden = ROOT.resolve(MarketingReport.GOLDEN);
    Seq<Tuple2<String, Chart>> charts = MarketingReport.golden(REPORT);
    // 5 objectives, 12 key results, the alignment tree; no file left over from an older drawing.
    assertThat(charts).hasSize(18);
    try (Stream<Path> files = Files.list(golden)) {
      TreeSet<String> names = files.map(f -> f.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
      assertThat(names).isEqualTo(new TreeSet<>(charts.map(t -> t._1).asJava()));
    }
    for (Tuple2<String, Chart> c : charts) {
      assertThat(Files.readString(golden.resolve(c._1), StandardCharsets.UTF_8))
          .as("%s (run MarketingReport to redraw, then review the difference)", c._1).isEqualTo(c._2.toSvg());
    }
  }

  @Test
  void keyResultLinesHoldTheScorersSeriesOnEveryCheckInDay() {
    GraphScorecard scores = MarketingReport.scores();
    for (BurnUpChart chart : REPORT.keyResultCharts()) {
      KeyResult kr = scores.keyResult(KeyResultId.of(chart.id())).get().keyResult();
      Seq<Series.Point> series = Series.keyResult(kr, Seed.Q1, MarketingReport.policy(), Series.Step.DAY);
      SvgReader svg = SvgReader.parse(chart.toSvg());
      SvgReader.Scale progress = svg.progressScale();
      SvgReader.DateScale dates = svg.dateScale();
      List<Element> actual = svg.byClass("actual");
      int checked = 0;
      for (CheckIn c : kr.checkIns()) {
        if (c.instant().isAfter(MarketingReport.AS_OF)) {
          continue;
        }
        LocalDate day = LocalDate.ofInstant(c.instant(), ZoneOffset.UTC);
        BigDecimal scored = series.find(p -> p.date().equals(day)).get().progress().get();
        double y = SvgReader.StepLine.of(actual.get(0)).yAt(dates.pixel(day));
        assertThat(progress.value(y)).as("%s on %s", chart.id(), day).isCloseTo(clamp(svg, scored), within(progress.tolerance()));
        Element marker = svg.byClass("check-in").stream().filter(m -> m.getAttribute("data-date").equals(day.toString()))
            .findFirst().get();
        assertThat(SvgReader.decimal(marker, "data-progress")).isEqualByComparingTo(scored);
        checked++;
      }
      assertThat(checked).as(chart.id()).isEqualTo(kr.checkInsAsOf(MarketingReport.AS_OF).size());
      assertForecast(svg, chart, scores.keyResult(KeyResultId.of(chart.id())).get().forecast().progress());
    }
  }

  @Test
  void objectiveLinesHoldTheGraphsRollUpOnEveryCheckInDay() {
    GraphScorecard scores = MarketingReport.scores();
    for (BurnUpChart chart : REPORT.objectiveCharts()) {
      ObjectiveId id = ObjectiveId.of(chart.id());
      SvgReader svg = SvgReader.parse(chart.toSvg());
      SvgReader.Scale progress = svg.progressScale();
      SvgReader.DateScale dates = svg.dateScale();
      // The days with a check-in that feeds the objective: its own key results', and for the
      // company goal (rolled up from its children) every key result's below it.
      TreeSet<LocalDate> days = new TreeSet<>();
      Seq<KeyResult> feeding = scores.objective(id).get().objective().keyResults();
      if (feeding.isEmpty()) {
        feeding = scores.graph().descendants(NodeRef.objective(id)).toList()
            .flatMap(n -> n instanceof NodeRef.OfObjective o ? scores.graph().set().objective(o.id()).get().keyResults()
                : io.vavr.collection.List.empty());
      }
      feeding.forEach(kr -> kr.checkInsAsOf(MarketingReport.AS_OF)
          .forEach(c -> days.add(LocalDate.ofInstant(c.instant(), ZoneOffset.UTC))));
      assertThat(days).as(chart.id()).isNotEmpty();
      SvgReader.StepLine line = SvgReader.StepLine.of(svg.one("actual"));
      for (LocalDate day : days) {
        Instant endOfDay = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1);
        ObjectiveScore then = GraphScorecard.evaluate(scores.graph(), scores.policy(), endOfDay).objective(id).get();
        double y = line.yAt(dates.pixel(day));
        if (then.progress().isEmpty()) {
          assertThat(y).as("%s on %s: not scored, no line yet", chart.id(), day).isNaN();
        } else {
          assertThat(progress.value(y)).as("%s on %s", chart.id(), day)
              .isCloseTo(clamp(svg, then.progress().get()), within(progress.tolerance()));
        }
      }
      assertForecast(svg, chart, scores.objective(id).get().forecast().progress());
      assertThat(svg.child("title")).isEqualTo(scores.objective(id).get().objective().title());
    }
  }

  private static double clamp(SvgReader svg, BigDecimal value) {
    Element axis = svg.one("y-axis");
    return Math.max(Double.parseDouble(axis.getAttribute("data-min")),
        Math.min(Double.parseDouble(axis.getAttribute("data-max")), value.doubleValue()));
  }

  /** The dashed forecast line ends at the cycle's end, at the scorer's forecast. */
  private static void assertForecast(SvgReader svg, BurnUpChart chart, io.vavr.control.Option<BigDecimal> forecast) {
    if (forecast.isEmpty()) {
      assertThat(svg.byClass("forecast")).as(chart.id()).isEmpty();
      return;
    }
    SvgReader.Scale progress = svg.progressScale();
    String[] d = svg.one("forecast").getAttribute("d").replace("M", "").replace("L", "").trim().split("\\s+");
    assertThat(Double.parseDouble(d[2])).as(chart.id()).isCloseTo(svg.dateScale().pixel(LocalDate.of(2026, 4, 1)),
        within(0.01));
    assertThat(progress.value(Double.parseDouble(d[3]))).as(chart.id())
        .isCloseTo(clamp(svg, forecast.get()), within(progress.tolerance()));
  }

  @Test
  void theAlignmentTreeShowsEveryNodeWithItsProgressAndBand() {
    GraphScorecard scores = MarketingReport.scores();
    SvgReader svg = SvgReader.parse(REPORT.alignment().toSvg());
    List<Element> nodes = svg.byClass("node");
    assertThat(nodes).hasSize(scores.graph().nodeCount()).hasSize(17);
    for (Element node : nodes) {
      NodeRef ref = NodeRef.parse(node.getAttribute("data-ref")).get();
      String figure = svg.byClass("figure").get(nodes.indexOf(node)).getTextContent();
      var annotation = scores.annotation(ref).get();
      assertThat(figure).as(ref.toString()).startsWith(annotation.labelSuffix());
    }
    // The company goal at the top; the department under it; the analyst supports the department.
    assertThat(nodes.get(0).getAttribute("data-ref")).isEqualTo("objective:o-company");
    assertThat(nodes.get(1).getAttribute("data-ref")).isEqualTo("objective:o-marketing");
    assertThat(svg.byClass("supports")).hasSize(1);
    assertThat(svg.byClass("contributes")).hasSize(3);
    assertThat(svg.byClass("key-result-of")).hasSize(12);
    assertThat(svg.texts()).anyMatch(t -> t.contains("扩大市场份额 Grow market share"));
  }
}
