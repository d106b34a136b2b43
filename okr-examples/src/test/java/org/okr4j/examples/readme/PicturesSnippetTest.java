package org.okr4j.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.okr4j.alignment.AlignmentGraph;
import org.okr4j.alignment.GraphScorecard;
import org.okr4j.alignment.ScoredView;
import org.okr4j.charts.AlignmentChart;
import org.okr4j.charts.BurnUpChart;
import org.okr4j.charts.HtmlReport;
import org.okr4j.charts.SvgReader;
import org.okr4j.lint.OkrLinter;
import org.okr4j.model.CheckIn;
import org.okr4j.model.CheckInData;
import org.okr4j.model.Cycle;
import org.okr4j.model.KeyResult;
import org.okr4j.model.Level;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Objective;
import org.okr4j.model.OkrSet;
import org.okr4j.model.OwnerRef;
import org.okr4j.scoring.ScoringPolicy;

/**
 * The README's pictures example, compiled and checked. By hand: as of 2026-03-16 (day 74 of 90) one
 * talk of 5 is 20 % (red), 74/90 = 82 % is expected, and the pace forecast is 0.2 / (74/90) = 24 %.
 */
class PicturesSnippetTest {

  @Test
  void pictures() {
    // snippet: pictures
    Cycle q1 = Cycle.of("2026-q1", "Q1 2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1));
    KeyResult talks = KeyResult.builder().id("kr-talks").title("5次演讲或赞助活动 5 talks or sponsorships")
        .metric(LinearMetric.count(5))
        .checkIn(CheckIn.of(Instant.parse("2026-02-13T09:00:00Z"), new CheckInData.Measurement(BigDecimal.ONE)))
        .checkIn(CheckIn.of(Instant.parse("2026-03-20T09:00:00Z"), new CheckInData.Measurement(new BigDecimal("3"))))
        .buildOrThrow();
    Objective director = Objective.builder().id("o-director").title("提高品牌影响力 Raise brand influence")
        .owner(OwnerRef.person("marketing-director")).cycle("2026-q1").level(Level.DEPARTMENT)
        .keyResult(talks).buildOrThrow();
    OkrSet set = OkrSet.builder().cycle(q1).objective(director).buildOrThrow();
    Instant asOf = Instant.parse("2026-03-16T00:00:00Z");

    // A chart is a value; its SVG is 600 px wide and the same bytes on every machine.
    BurnUpChart chart = BurnUpChart.keyResult(talks, q1, ScoringPolicy.defaults(), asOf);
    String svg = chart.toSvg();            // <svg xmlns="http://www.w3.org/2000/svg" width="600" ...
    String words = chart.description();    // what it shows, in words: also the SVG's <desc>
    // "... as of 2026-03-16: progress 20% (band red), expected 82%, ... Forecast for 2026-04-01: 24% (will miss). ..."

    // Through the alignment graph: the tree as a viewer may see it, and the one-file HTML report.
    GraphScorecard scores = GraphScorecard.evaluate(AlignmentGraph.of(set), ScoringPolicy.defaults(), asOf);
    String tree = AlignmentChart.of(scores.viewFor(null, ScoredView.HiddenContributions.COUNT)).toSvg();
    String html = HtmlReport.of("市场部 Marketing, Q1 2026", scores, null, OkrLinter.withDefaults().lint(set, asOf))
        .toHtml();
    // end snippet

    assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"600\" ");
    assertThat(SvgReader.parse(svg).child("desc")).isEqualTo(words);
    assertThat(words).contains("as of 2026-03-16: progress 20% (band red), expected 82%, ",
        "Forecast for 2026-04-01: 24% (will miss).", "Check-ins: 2026-02-13 20%.");
    assertThat(SvgReader.parse(tree).byClass("node")).hasSize(2);
    assertThat(html).startsWith("<!DOCTYPE html>").contains(svg.strip().split("\n")[0]);
  }
}
