package org.okr4j.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import io.vavr.collection.Seq;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.okr4j.alignment.AlignmentGraph;
import org.okr4j.alignment.GraphScorecard;
import org.okr4j.alignment.Link;
import org.okr4j.alignment.NodeRef;
import org.okr4j.alignment.ScoredView;
import org.okr4j.alignment.ViewNode;
import org.okr4j.model.KeyResult;
import org.okr4j.model.Objective;
import org.okr4j.model.OkrSet;
import org.okr4j.model.OwnerRef;
import org.okr4j.scoring.ScoringPolicy;
import org.okr4j.scoring.Series;
import org.w3c.dom.Element;

/**
 * Laws of the charts over random input: any text survives escaping; every burn-up of a random set
 * (every metric kind, random check-ins, any preset policy, any as-of instant in the cycle) reads
 * back from its SVG as the scorer computes it; no alignment chart of a random graph, for a random
 * viewer, shows anything of a hidden objective.
 */
class ChartProperties {

  private static final List<ScoringPolicy> POLICIES = List.of(ScoringPolicy.defaults(), ScoringPolicy.google(),
      ScoringPolicy.quantive(), ScoringPolicy.perdoo(), ScoringPolicy.oslo(), ScoringPolicy.puzzle());

  @Test
  void anyTextReadsBackAsWrittenExceptWhatXmlForbids() {
    qt().withExamples(RandomOkrs.examples()).forAll(strings().allPossible().ofLengthBetween(0, 40)).checkAssert(text -> {
      String escaped = Markup.escape(text);
      SvgReader xml = SvgReader.parse("<t a=\"" + escaped + "\">" + escaped + "</t>");
      String expected = sanitized(text);
      assertThat(xml.root().getTextContent()).isEqualTo(expected);
      assertThat(xml.root().getAttribute("a")).isEqualTo(expected);
    });
  }

  /** The text with every code point XML cannot hold replaced by U+FFFD. */
  private static String sanitized(String text) {
    StringBuilder sb = new StringBuilder();
    text.codePoints().forEach(cp -> sb.appendCodePoint(Markup.allowed(cp) ? cp : 0xFFFD));
    return sb.toString();
  }

  @Test
  void everyBurnUpReadsBackAsTheScorerComputes() {
    qt().withExamples(Math.max(10, RandomOkrs.examples() / 10))
        .forAll(longs().all(), integers().between(0, POLICIES.size() - 1), integers().between(0, 7))
        .checkAssert((seed, p, pick) -> {
          OkrSet set = RandomOkrs.set(seed);
          Instant asOf = RandomOkrs.instant(new Random(~seed));
          ScoringPolicy policy = POLICIES.get(p);
          Objective objective = set.objectives().get(pick % set.objectives().size());
          BurnUpChart chart = BurnUpChart.objective(objective, RandomOkrs.Q1, policy, asOf);
          check(chart, Series.objective(objective, RandomOkrs.Q1, policy, Series.Step.DAY),
              Timeline.checkIns(objective.keyResults()));
          for (KeyResult kr : objective.keyResults()) {
            check(BurnUpChart.keyResult(kr, RandomOkrs.Q1, policy, asOf),
                Series.keyResult(kr, RandomOkrs.Q1, policy, Series.Step.DAY), Timeline.checkIns(io.vavr.collection.List.of(kr)));
          }
        });
  }

  private static void check(BurnUpChart chart, Seq<Series.Point> series, Seq<Instant> feeding) {
    String text = chart.toSvg();
    assertThat(chart.toSvg()).isEqualTo(text);
    SvgReader svg = SvgReader.parse(text);
    assertThat(svg.root().getAttribute("width")).isEqualTo("600");
    SvgReader.Scale progress = svg.progressScale();
    SvgReader.DateScale dates = svg.dateScale();
    Element axis = svg.one("y-axis");
    double low = Double.parseDouble(axis.getAttribute("data-min"));
    double top = Double.parseDouble(axis.getAttribute("data-max"));
    List<Element> actual = svg.byClass("actual");
    if (chart.actual().isEmpty()) {
      assertThat(actual).isEmpty();
      return;
    }
    SvgReader.StepLine line = SvgReader.StepLine.of(actual.get(0));
    // On every day that ended by the as-of instant, from the first check-in's day on, the line holds
    // the scorer's series (within the scale). Before the first check-in the series may already hold
    // a value (a policy that counts "no check-in" as zero), but the line starts at the first check-in.
    Instant first = feeding.head();
    for (Series.Point point : series) {
      Instant end = point.date().plusDays(1).atStartOfDay(RandomOkrs.Q1.zone()).toInstant();
      if (end.isAfter(chart.asOf()) || !first.isBefore(end) || point.progress().isEmpty()) {
        continue;
      }
      double expected = Math.max(low, Math.min(top, point.progress().get().doubleValue()));
      assertThat(progress.value(line.yAt(dates.pixel(point.date())))).as(point.date().toString())
          .isCloseTo(expected, within(progress.tolerance()));
    }
    // Every marker sits on the line and carries the series' exact value for its day.
    for (Element marker : svg.byClass("check-in")) {
      LocalDate day = LocalDate.parse(marker.getAttribute("data-date"));
      Instant end = day.plusDays(1).atStartOfDay(RandomOkrs.Q1.zone()).toInstant();
      BigDecimal drawn = SvgReader.decimal(marker, "data-progress");
      if (!end.isAfter(chart.asOf())) {
        assertThat(drawn).isEqualByComparingTo(series.find(pt -> pt.date().equals(day)).get().progress().get());
      }
      double expected = Math.max(low, Math.min(top, drawn.doubleValue()));
      assertThat(progress.value(SvgReader.number(marker, "cy"))).isCloseTo(expected, within(progress.tolerance()));
      assertThat(progress.value(line.yAt(dates.pixel(day)))).isCloseTo(expected, within(progress.tolerance()));
    }
    // The forecast, when there is one, ends at the scorer's forecast (within the scale).
    chart.forecast().progress().forEach(f -> {
      String[] d = svg.one("forecast").getAttribute("d").replace("M", "").replace("L", "").trim().split("\\s+");
      double expected = Math.max(low, Math.min(top, f.doubleValue()));
      assertThat(progress.value(Double.parseDouble(d[3]))).isCloseTo(expected, within(progress.tolerance()));
      assertThat(SvgReader.decimal(svg.one("forecast"), "data-progress")).isEqualByComparingTo(f);
    });
  }

  @Test
  void noAlignmentChartShowsAnythingHidden() {
    qt().withExamples(Math.max(10, RandomOkrs.examples() / 10))
        .forAll(longs().all(), integers().between(0, 3), integers().between(0, 1))
        .checkAssert((seed, who, mode) -> {
          OkrSet set = RandomOkrs.set(seed);
          AlignmentGraph graph = randomLinks(set, new Random(~seed));
          OwnerRef viewer = OwnerRef.person("p" + who);
          ScoredView view = GraphScorecard.evaluate(graph, ScoringPolicy.defaults(), RandomOkrs.Q1.endInstant())
              .viewFor(viewer, ScoredView.HiddenContributions.values()[mode]);
          String text = AlignmentChart.of(view).toSvg();
          SvgReader svg = SvgReader.parse(text);
          assertThat(svg.byClass("node")).hasSize(view.view().nodes().size());
          List<Element> placeholders = svg.byClass("hidden");
          assertThat(placeholders).hasSize(view.view().nodes().count(ViewNode::isHidden));
          for (Element p : placeholders) {
            assertThat(p.getElementsByTagNameNS("*", "text").item(0).getTextContent()).isEqualTo("hidden");
            assertThat(p.getAttributes().getLength()).isEqualTo(1);
          }
          List<String> visible = new ArrayList<>();
          view.view().nodes().forEach(n -> {
            if (n instanceof ViewNode.Visible v) {
              visible.add(v.title());
              visible.add(v.ref().toString());
            }
          });
          for (Objective o : set.objectives()) {
            if (view.score(NodeRef.objective(o.id())).isDefined()) {
              continue;
            }
            List<String> secrets = new ArrayList<>(List.of(o.id().value(), o.title()));
            o.keyResults().forEach(kr -> secrets.addAll(List.of(kr.id().value(), kr.title())));
            for (String secret : secrets) {
              // A hidden text that is part of a visible one (two key results may share a title) proves nothing.
              if (visible.stream().noneMatch(v -> v.contains(secret))) {
                assertThat(text).as(secret).doesNotContain(secret);
              }
            }
          }
        });
  }

  /** Up to 12 random links between random nodes, each kept if the graph accepts it. */
  private static AlignmentGraph randomLinks(OkrSet set, Random r) {
    List<NodeRef> nodes = new ArrayList<>();
    for (Objective o : set.objectives()) {
      nodes.add(NodeRef.objective(o.id()));
      o.keyResults().forEach(kr -> nodes.add(NodeRef.keyResult(kr.id())));
    }
    AlignmentGraph graph = AlignmentGraph.of(set);
    for (int i = 0, n = r.nextInt(13); i < n; i++) {
      NodeRef child = nodes.get(r.nextInt(nodes.size()));
      NodeRef parent = nodes.get(r.nextInt(nodes.size()));
      Link link = r.nextBoolean() ? Link.contributes(child, parent) : Link.supports(child, parent);
      graph = graph.link(link).getOrElse(graph);
    }
    return graph;
  }
}
