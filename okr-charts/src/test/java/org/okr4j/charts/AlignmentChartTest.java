package org.okr4j.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.okr4j.alignment.AlignmentGraph;
import org.okr4j.alignment.AlignmentPolicy;
import org.okr4j.alignment.GraphScorecard;
import org.okr4j.alignment.Link;
import org.okr4j.alignment.NodeRef;
import org.okr4j.alignment.ScoredView;
import org.okr4j.model.CheckIn;
import org.okr4j.model.CheckInData;
import org.okr4j.model.Cycle;
import org.okr4j.model.KeyResult;
import org.okr4j.model.Level;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Objective;
import org.okr4j.model.OkrSet;
import org.okr4j.model.OwnerRef;
import org.okr4j.model.Target;
import org.okr4j.model.Unit;
import org.okr4j.model.Visibility;
import org.okr4j.scoring.RollUpPolicy;
import org.okr4j.scoring.ScoringPolicy;
import org.okr4j.validation.OkrException;
import org.w3c.dom.Element;

/**
 * The alignment picture of the seed's "two teams, one goal", with the customer team's objective
 * private and a research team that contributes to the goal and supports marketing:
 * <pre>
 * o-conversion (company) ◀═ kr-leads (of o-leads), kr-rate (of private o-customers), o-research
 * o-leads ◀┄ o-research (supports)
 * </pre>
 */
class AlignmentChartTest {

  static final Cycle Q1 = Cycle.of("2026-q1", "Q1 2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1));
  static final Instant AS_OF = Instant.parse("2026-04-01T00:00:00Z");
  static final String SECRET_TITLE = "秘密 Convert more leads";
  static final String SECRET_NOTE = "pipeline numbers from the board pack";

  static OkrSet set() {
    Instant day10 = Instant.parse("2026-01-11T00:00:00Z");
    Objective company = Objective.builder().id("o-conversion").title("转化率 Conversion +20% <&>")
        .owner(OwnerRef.company("acme")).cycle("2026-q1").level(Level.COMPANY).buildOrThrow();
    Objective marketing = Objective.builder().id("o-leads").title("Generate leads from online ads")
        .owner(OwnerRef.department("marketing")).cycle("2026-q1").level(Level.DEPARTMENT)
        .keyResult(KeyResult.builder().id("kr-leads").title("3000 leads from online ads").metric(LinearMetric.count(3000))
            .checkIn(CheckIn.of(day10, new CheckInData.Measurement(new BigDecimal("2400")))))
        .buildOrThrow();
    Objective customers = Objective.builder().id("o-customers").title(SECRET_TITLE)
        .owner(OwnerRef.team("customer-secret-team")).cycle("2026-q1").level(Level.DEPARTMENT)
        .visibility(Visibility.PRIVATE)
        .keyResult(KeyResult.builder().id("kr-rate-secret").title("Lead conversion rate to 10% (secret)")
            .metric(LinearMetric.validate(Unit.PERCENT, new BigDecimal("4"), Target.absolute(BigDecimal.TEN)))
            .checkIn(CheckIn.validate(day10, new CheckInData.Measurement(new BigDecimal("8.5")), null, SECRET_NOTE, null)
                .get()))
        .buildOrThrow();
    Objective research = Objective.builder().id("o-research").title("Know our buyers")
        .owner(OwnerRef.team("research")).cycle("2026-q1").level(Level.DEPARTMENT)
        .keyResult(KeyResult.builder().id("kr-survey").title("4 buyer surveys").metric(LinearMetric.count(4))
            .checkIn(CheckIn.of(day10, new CheckInData.Measurement(BigDecimal.ONE))))
        .buildOrThrow();
    return OkrSet.builder().cycle(Q1).objective(company).objective(marketing).objective(customers).objective(research)
        .buildOrThrow();
  }

  static GraphScorecard scores() {
    NodeRef conversion = NodeRef.objective("o-conversion");
    AlignmentGraph graph = AlignmentGraph.buildOrThrow(set(), AlignmentPolicy.defaults(), List.of(
        Link.contributes(NodeRef.keyResult("kr-leads"), conversion),
        Link.contributes(NodeRef.keyResult("kr-rate-secret"), conversion),
        Link.supports(NodeRef.objective("o-research"), NodeRef.objective("o-leads")),
        Link.contributes(NodeRef.objective("o-research"), conversion)));
    ScoringPolicy policy = ScoringPolicy.defaults().withRollUp(
        RollUpPolicy.defaults().withChildren(RollUpPolicy.Children.CHILDREN_WHEN_NO_KEY_RESULTS));
    return GraphScorecard.evaluate(graph, policy, AS_OF);
  }

  static AlignmentChart asMarketingSeesIt(ScoredView.HiddenContributions mode) {
    return AlignmentChart.of(scores().viewFor(OwnerRef.department("marketing"), mode));
  }

  @Test
  void everyNodeIsARowUnderTheParentItWorksFor() {
    SvgReader svg = SvgReader.parse(asMarketingSeesIt(ScoredView.HiddenContributions.COUNT).toSvg());
    assertThat(svg.child("title")).isEqualTo("Alignment");
    // Key results hang under their objective; the rest under the first parent they contribute to.
    assertThat(svg.byClass("node")).extracting(n -> n.getAttribute("data-ref")).containsExactly(
        "objective:o-conversion", "objective:o-research", "key-result:kr-survey", "", "objective:o-leads",
        "key-result:kr-leads");
    java.util.List<Element> nodes = svg.byClass("node");
    assertThat(nodes).extracting(n -> SvgReader.number(firstRect(n), "x")).containsExactly(8.0, 26.0, 44.0, 26.0, 8.0, 26.0);
    // Progress as the exports write it, and the band in words: leads 2400/3000 = 80 %; survey 1/4 = 25 %;
    // research (its key result) 25 %; the goal, counting the hidden 75 %: (0.8 + 0.75 + 0.25) / 3 = 60 %.
    assertThat(svg.byClass("figure")).extracting(Element::getTextContent)
        .containsExactly("60% yellow", "25% red", "25% red", "counted", "80% green", "80% green");
    assertThat(nodes.get(0).getAttribute("class")).isEqualTo("node objective");
    assertThat(nodes.get(2).getAttribute("class")).isEqualTo("node key-result");
    assertThat(firstRect(nodes.get(0)).getAttribute("rx")).isEqualTo("2");
    assertThat(firstRect(nodes.get(2)).getAttribute("rx")).isEqualTo("9");
    assertThat(firstRect(nodes.get(0)).getAttribute("fill")).isEqualTo(Palette.fill(org.okr4j.scoring.Colour.YELLOW));
  }

  @Test
  void contributingSupportingAndKeyResultEdgesAreDrawnDifferently() {
    SvgReader svg = SvgReader.parse(asMarketingSeesIt(ScoredView.HiddenContributions.COUNT).toSvg());
    java.util.List<Element> contributes = svg.byClass("contributes");
    java.util.List<Element> supports = svg.byClass("supports");
    java.util.List<Element> keyResultOf = svg.byClass("key-result-of");
    // Tree: research → goal, hidden → goal (contribute); survey → research, leads → marketing (key results).
    // Cross: kr-leads → goal (contributes), research ┄ marketing (supports).
    assertThat(contributes).hasSize(3);
    assertThat(supports).hasSize(1);
    assertThat(keyResultOf).hasSize(2);
    assertThat(contributes).allSatisfy(e -> {
      assertThat(e.getAttribute("stroke-width")).isEqualTo("2.5");
      assertThat(e.getAttribute("stroke-dasharray")).isEmpty();
    });
    assertThat(supports.get(0).getAttribute("stroke-dasharray")).isEqualTo("5 3");
    assertThat(keyResultOf).allSatisfy(e -> assertThat(e.getAttribute("stroke-width")).isEqualTo("1"));
    assertThat(supports.get(0).getTextContent().strip()).isEqualTo("objective \"Know our buyers\" supports objective "
        + "\"Generate leads from online ads\"");
    assertThat(svg.byClass("arrow")).hasSize(2);
    assertThat(svg.byClass("legend").get(0).getTextContent()).contains("key result of", "contributes to", "supports",
        "hidden");
  }

  @Test
  void aHiddenObjectiveIsAPlaceholderExactlyAsTheViewShowsIt() {
    for (ScoredView.HiddenContributions mode : ScoredView.HiddenContributions.values()) {
      ScoredView view = scores().viewFor(OwnerRef.department("marketing"), mode);
      String word = mode == ScoredView.HiddenContributions.COUNT ? "counted" : "left out";
      // The view's own export: a node labelled "hidden" with "counted" or "left out" below it.
      assertThat(view.toMermaid()).contains("[\"hidden<br/>" + word + "\"]");
      String text = AlignmentChart.of(view).toSvg();
      SvgReader svg = SvgReader.parse(text);
      Element placeholder = svg.one("hidden");
      assertThat(placeholder.getAttribute("class")).isEqualTo("node objective hidden");
      assertThat(placeholder.hasAttribute("data-ref")).isFalse();
      assertThat(placeholder.hasAttribute("data-progress")).isFalse();
      assertThat(placeholder.hasAttribute("data-band")).isFalse();
      assertThat(placeholder.getElementsByTagNameNS("*", "text")).satisfies(texts -> {
        assertThat(texts.getLength()).isEqualTo(2);
        assertThat(texts.item(0).getTextContent()).isEqualTo("hidden");
        assertThat(texts.item(1).getTextContent()).isEqualTo(word);
      });
      assertThat(firstRect(placeholder).getAttribute("stroke-dasharray")).isEqualTo("5 5");
      // Nothing of the hidden objective anywhere: no id, title, owner, key result, note or value.
      for (String secret : List.of("o-customers", "秘密", "Convert more leads", "customer-secret-team", "kr-rate-secret",
          "conversion rate", SECRET_NOTE, "8.5", "0.75", "75%", "hidden-1")) {
        assertThat(text).as(mode + ": " + secret).doesNotContain(secret);
        assertThat(svg.texts()).as(mode + ": " + secret).noneMatch(t -> t.contains(secret));
      }
    }
  }

  @Test
  void leavingHiddenWorkOutReRollsTheGoal() {
    SvgReader svg = SvgReader.parse(asMarketingSeesIt(ScoredView.HiddenContributions.EXCLUDE).toSvg());
    // Without the hidden 75 %: (0.8 + 0.25) / 2 = 52.5 %, shown as 53 %.
    assertThat(svg.byClass("figure").get(0).getTextContent()).isEqualTo("53% yellow");
    assertThat(svg.child("desc")).contains("1 placeholder for hidden work (left out in the numbers)");
  }

  @Test
  void theOwnerOfTheHiddenObjectiveSeesItWithItsNumbers() {
    AlignmentChart chart = AlignmentChart.of(scores().viewFor(OwnerRef.team("customer-secret-team"),
        ScoredView.HiddenContributions.COUNT));
    SvgReader svg = SvgReader.parse(chart.toSvg());
    assertThat(svg.byClass("hidden")).isEmpty();
    assertThat(svg.texts()).anyMatch(t -> t.contains(SECRET_TITLE));
    assertThat(svg.byClass("node")).hasSize(7);
  }

  @Test
  void theDescriptionTellsEverythingInWords() {
    String desc = asMarketingSeesIt(ScoredView.HiddenContributions.COUNT).description();
    assertThat(desc).startsWith("Alignment tree of 3 objectives and 2 key results, with 1 placeholder for hidden work "
        + "(counted in the numbers).")
        .contains("Objective \"转化率 Conversion +20% <&>\": 60% yellow.")
        .contains("Hidden (counted); contributes to objective \"转化率 Conversion +20% <&>\".")
        .contains("Key result \"3000 leads from online ads\": 80% green; key result of objective \"Generate leads from "
            + "online ads\"; contributes to objective \"转化率 Conversion +20% <&>\".");
    assertThat(SvgReader.parse(asMarketingSeesIt(ScoredView.HiddenContributions.COUNT).toSvg()).child("desc"))
        .isEqualTo(desc);
  }

  @Test
  void aLoopThroughAPlaceholderStillGivesEveryNodeARow() {
    // The private objective's key result contributes to research, and research supports the private
    // objective: no loop in the graph, but one through the placeholder in marketing's view.
    AlignmentGraph graph = AlignmentGraph.buildOrThrow(set(), AlignmentPolicy.defaults(), List.of(
        Link.contributes(NodeRef.keyResult("kr-rate-secret"), NodeRef.objective("o-research")),
        Link.supports(NodeRef.objective("o-research"), NodeRef.objective("o-customers"))));
    ScoredView view = GraphScorecard.evaluate(graph, ScoringPolicy.defaults(), AS_OF)
        .viewFor(OwnerRef.department("marketing"), ScoredView.HiddenContributions.COUNT);
    SvgReader svg = SvgReader.parse(AlignmentChart.of(view).toSvg());
    assertThat(svg.byClass("node")).hasSize(view.view().nodes().size());
    assertThat(svg.byClass("edge")).hasSize(view.view().edges().size());
    assertThat(svg.one("hidden")).isNotNull();
  }

  @Test
  void aDeepChainStaysInsideThePicture() {
    Objective.Builder[] chain = new Objective.Builder[600];
    OkrSet.Builder set = OkrSet.builder().cycle(Q1);
    java.util.List<Link> links = new java.util.ArrayList<>();
    for (int i = 0; i < chain.length; i++) {
      set.objective(Objective.builder().id("o-" + i).title("Level " + i).owner(OwnerRef.team("t" + i)).cycle("2026-q1")
          .level(Level.TEAM).buildOrThrow());
      if (i > 0) {
        links.add(Link.supports(NodeRef.objective("o-" + i), NodeRef.objective("o-" + (i - 1))));
      }
    }
    AlignmentGraph graph = AlignmentGraph.buildOrThrow(set.buildOrThrow(), AlignmentPolicy.defaults(), links);
    AlignmentChart chart = AlignmentChart.of(GraphScorecard.evaluate(graph, ScoringPolicy.defaults(), AS_OF)
        .viewFor(null, ScoredView.HiddenContributions.COUNT));
    SvgReader svg = SvgReader.parse(chart.toSvg());
    assertThat(svg.byClass("node")).hasSize(600).allSatisfy(n -> assertThat(SvgReader.number(firstRect(n), "x"))
        .isLessThanOrEqualTo(8 + 12 * 18.0));
  }

  @Test
  void equalViewsGiveEqualChartsAndTheSameBytes() {
    AlignmentChart a = asMarketingSeesIt(ScoredView.HiddenContributions.COUNT);
    AlignmentChart b = asMarketingSeesIt(ScoredView.HiddenContributions.COUNT);
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.toSvg()).isEqualTo(b.toSvg());
    assertThat(a.withTitle("对齐 Alignment")).isNotEqualTo(a);
    assertThat(SvgReader.parse(a.withTitle("对齐 <Alignment>").toSvg()).child("title")).isEqualTo("对齐 <Alignment>");
    assertThat(a.toString()).isEqualTo("AlignmentChart[Alignment, 6 nodes]");
    assertThat(a.height()).isEqualTo((int) SvgReader.number(SvgReader.parse(a.toSvg()).root(), "height"));
    assertThatThrownBy(() -> AlignmentChart.of(null)).isInstanceOf(OkrException.class)
        .hasMessageContaining("okr.required at /view");
  }

  private static Element firstRect(Element node) {
    return (Element) node.getElementsByTagNameNS("*", "rect").item(0);
  }
}
