package org.okr4j.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.Test;
import org.okr4j.alignment.AlignmentGraph;
import org.okr4j.alignment.GraphScorecard;
import org.okr4j.lint.Finding;
import org.okr4j.lint.LintContext;
import org.okr4j.lint.OkrLinter;
import org.okr4j.model.OwnerRef;
import org.okr4j.validation.OkrException;

/** The HTML report of {@link AlignmentChartTest}'s OKRs, one of them private. */
class HtmlReportTest {

  static Seq<Finding> findings(GraphScorecard scores) {
    AlignmentGraph graph = scores.graph();
    return OkrLinter.withDefaults().lint(LintContext.of(graph.set(), scores.asOf()).withGraph(graph));
  }

  static HtmlReport report(OwnerRef viewer) {
    GraphScorecard scores = AlignmentChartTest.scores();
    return HtmlReport.of("报告 <Report> & \"more\"", scores, viewer, findings(scores));
  }

  private static String unindent(String text) {
    return text.strip().replaceAll("\n\\s+", "\n");
  }

  @Test
  void oneSelfContainedFileWithoutScriptOrFetch() {
    String html = report(OwnerRef.department("marketing")).toHtml();
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n").endsWith("</html>\n")
        .contains("<meta charset=\"utf-8\"/>")
        .contains("content=\"default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; img-src data:;")
        .doesNotContainIgnoringCase("<script").doesNotContain("src=", "href=", "@import", "url(", "<link", "<img");
    // The only address is the SVG namespace's name, which is a name, not a fetch.
    assertThat(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")).doesNotContain("http:", "https:");
  }

  @Test
  void everyTextIsEscaped() {
    String html = report(null).toHtml();
    assertThat(html).contains("<title>报告 &lt;Report&gt; &amp; &quot;more&quot;</title>")
        .contains("<h1>报告 &lt;Report&gt; &amp; &quot;more&quot;</h1>")
        .contains("转化率 Conversion +20% &lt;&amp;&gt;")
        .doesNotContain("<Report>", "+20% <&>");
  }

  @Test
  void itHoldsTheScorecardTheBurnUpsTheAlignmentAndTheFindings() {
    HtmlReport report = report(OwnerRef.department("marketing"));
    String html = report.toHtml();
    // Three visible objectives, each with its chart; two visible key results.
    assertThat(report.objectiveCharts()).extracting(BurnUpChart::id).containsExactly("o-conversion", "o-leads", "o-research");
    assertThat(report.keyResultCharts()).extracting(BurnUpChart::id).containsExactly("kr-leads", "kr-survey");
    java.util.List<String> svgs = SvgReader.inline(html);
    assertThat(svgs).hasSize(3 + 2 + 1);
    for (String svg : svgs) {
      SvgReader.parse(svg);
    }
    // The charts go in as they render, only indented.
    assertThat(unindent(svgs.get(svgs.size() - 1))).isEqualTo(unindent(report.alignment().toSvg()));
    assertThat(unindent(svgs.get(0))).isEqualTo(unindent(report.objectiveCharts().get(0).toSvg()));
    assertThat(html).contains("<section id=\"scorecard\">", "<section id=\"burn-up\">", "<section id=\"alignment\">",
        "<section id=\"lint\">", "<tr class=\"objective\">", "<tr class=\"key-result\">",
        "<tr class=\"hidden\"><td>hidden</td><td class=\"num\">counted</td>");
    assertThat(report.alignment().title()).isEqualTo("Alignment as department:marketing sees it");
    assertThat(html).contains("<details>", "<summary>Key results (1)</summary>");
  }

  @Test
  void nothingOfAHiddenObjectiveAppearsAnywhere() {
    HtmlReport report = report(OwnerRef.department("marketing"));
    String html = report.toHtml();
    for (String secret : List.of("o-customers", "秘密", "Convert more leads", "customer-secret-team", "kr-rate-secret",
        AlignmentChartTest.SECRET_NOTE, "hidden-1")) {
      assertThat(html).as(secret).doesNotContain(secret);
    }
    // The linter finds something about the hidden objective (it has one key result); the report leaves it out.
    Seq<Finding> all = findings(AlignmentChartTest.scores());
    assertThat(all).anyMatch(f -> f.path().toString().startsWith("/objectives/2"));
    assertThat(report.findings()).noneMatch(f -> f.path().toString().startsWith("/objectives/2"))
        .hasSizeLessThan(all.size()).isNotEmpty();
    // Its owner sees it all.
    HtmlReport own = report(OwnerRef.team("customer-secret-team"));
    assertThat(own.toHtml()).contains("秘密 Convert more leads");
    assertThat(own.findings()).hasSameSizeAs(all);
  }

  @Test
  void theAnonymousViewerSeesPublicObjectivesOnly() {
    HtmlReport report = report(null);
    assertThat(report.viewer()).isEmpty();
    assertThat(report.toHtml()).contains("as everyone may see it (public objectives only) · 1 objective hidden")
        .doesNotContain("秘密");
  }

  @Test
  void theSameInputGivesTheSameBytes() {
    assertThat(report(null).toHtml()).isEqualTo(report(null).toHtml());
    assertThat(report(null)).isEqualTo(report(null)).hasSameHashCodeAs(report(null));
    assertThat(report(null).toString()).startsWith("HtmlReport[报告 <Report> & \"more\", as of 2026-04-01T00:00:00Z, 3 objectives]");
    assertThatThrownBy(() -> HtmlReport.of(null, AlignmentChartTest.scores(), null, List.empty()))
        .isInstanceOf(OkrException.class).hasMessageContaining("okr.required at /title");
  }
}
