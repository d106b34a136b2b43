package org.okr4j.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import io.vavr.control.Option;
import java.time.Instant;
import org.okr4j.alignment.GraphScorecard;
import org.okr4j.alignment.ScoredNode;
import org.okr4j.alignment.ScoredView;
import org.okr4j.model.Visibility;
import org.okr4j.model.CheckIn;
import org.okr4j.model.CheckInData;
import org.okr4j.model.KeyResultId;
import org.okr4j.model.ObjectiveId;
import org.okr4j.scoring.RollUpPolicy;
import org.okr4j.scoring.ScoringPolicy;
import org.okr4j.alignment.AlignmentGraph;
import org.okr4j.alignment.AlignmentPolicy;
import org.okr4j.alignment.Link;
import org.okr4j.alignment.NodeRef;
import org.okr4j.model.Cycle;
import org.okr4j.model.KeyResult;
import org.okr4j.model.Level;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Objective;
import org.okr4j.model.OkrSet;
import org.okr4j.model.OwnerRef;
import org.okr4j.model.Target;
import org.okr4j.model.Unit;
import org.okr4j.validation.OkrError;

/** The README's alignment example (the seed's two teams sharing one goal), compiled and checked. */
class AlignmentSnippetTest {

  @Test
  void alignment() {
    // snippet: alignment
    Cycle q1 = Cycle.of("2026-q1", "Q1 2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1));
    Objective company = Objective.builder().id("o-conversion").title("Conversion +20%")
        .owner(OwnerRef.company("acme")).cycle("2026-q1").level(Level.COMPANY).buildOrThrow();
    Objective marketing = Objective.builder().id("o-leads").title("Generate leads from online ads")
        .owner(OwnerRef.department("marketing")).cycle("2026-q1").level(Level.DEPARTMENT)
        .keyResult(KeyResult.builder().id("kr-leads").title("3000 leads from online ads")
            .metric(LinearMetric.count(3000)))
        .buildOrThrow();
    Objective customers = Objective.builder().id("o-customers").title("Convert more leads")
        .owner(OwnerRef.team("customer")).cycle("2026-q1").level(Level.DEPARTMENT)
        .keyResult(KeyResult.builder().id("kr-rate").title("Lead conversion rate to 10%")
            .metric(LinearMetric.validate(Unit.PERCENT, new BigDecimal("6"), Target.absolute(BigDecimal.TEN))))
        .buildOrThrow();
    OkrSet set = OkrSet.builder().cycle(q1).objective(company).objective(marketing).objective(customers)
        .buildOrThrow();

    // Two teams, one goal: both key results contribute to the company objective.
    NodeRef conversion = NodeRef.objective("o-conversion");
    NodeRef leads = NodeRef.keyResult("kr-leads");
    NodeRef rate = NodeRef.keyResult("kr-rate");
    Validation<Seq<OkrError>, AlignmentGraph> checked = AlignmentGraph.build(set, AlignmentPolicy.defaults(),
        List.of(Link.contributes(leads, conversion), Link.contributes(rate, conversion)));
    AlignmentGraph graph = checked.get();

    Seq<Seq<NodeRef>> sight = graph.lineOfSight(leads); // [[key-result:kr-leads, objective:o-conversion]]
    Seq<Link> shared = graph.crossTeamLinks();          // both links: each joins two owners
    String picture = graph.toMermaid();                 // the flowchart below
    String plain = AlignmentGraph.mermaidOf(set);       // the set alone: key results to objectives

    // A link that would close a loop is refused, naming the loop.
    OkrError refused = graph.link(Link.supports(conversion, leads)).getLeft();
    // okr.alignment.cycle at /links/2: would close a loop:
    //   objective:o-conversion → key-result:kr-leads → objective:o-conversion
    // end snippet

    assertThat(sight).containsExactly(List.of(leads, conversion));
    assertThat(shared).hasSize(2);
    assertThat(plain).isEqualTo(AlignmentGraph.of(set).toMermaid()).contains("n3 --> n2").doesNotContain("==>");
    assertThat(graph.impactSet(rate)).containsExactly(conversion, NodeRef.objective("o-customers"));
    assertThat(refused).hasToString("okr.alignment.cycle at /links/2: would close a loop: "
        + "objective:o-conversion → key-result:kr-leads → objective:o-conversion");
    assertThat(picture).isEqualTo("""
        flowchart BT
          n0["Conversion +20%"]
          n1["Convert more leads"]
          n2["Generate leads from online ads"]
          n3("3000 leads from online ads")
          n4("Lead conversion rate to 10%")
          n3 ==> n0
          n3 --> n2
          n4 ==> n0
          n4 --> n1
        """);
  }

  @Test
  void alignmentRollUp() {
    // snippet: alignment-rollup
    Cycle q1 = Cycle.of("2026-q1", "Q1 2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1));
    Instant day10 = Instant.parse("2026-01-11T00:00:00Z");
    Objective company = Objective.builder().id("o-conversion").title("Conversion +20%")
        .owner(OwnerRef.company("acme")).cycle("2026-q1").level(Level.COMPANY).buildOrThrow();
    Objective marketing = Objective.builder().id("o-leads").title("Generate leads from online ads")
        .owner(OwnerRef.department("marketing")).cycle("2026-q1").level(Level.DEPARTMENT)
        .keyResult(KeyResult.builder().id("kr-leads").title("3000 leads from online ads")
            .metric(LinearMetric.count(3000))
            .checkIn(CheckIn.of(day10, new CheckInData.Measurement(new BigDecimal("2400")))))
        .buildOrThrow();
    Objective customers = Objective.builder().id("o-customers").title("Convert more leads")
        .owner(OwnerRef.team("customer")).cycle("2026-q1").level(Level.DEPARTMENT)
        .keyResult(KeyResult.builder().id("kr-rate").title("Lead conversion rate to 10%")
            .metric(LinearMetric.validate(Unit.PERCENT, new BigDecimal("4"), Target.absolute(BigDecimal.TEN)))
            .checkIn(CheckIn.of(day10, new CheckInData.Measurement(new BigDecimal("8.5")))))
        .buildOrThrow();
    OkrSet set = OkrSet.builder().cycle(q1).objective(company).objective(marketing).objective(customers)
        .buildOrThrow();
    NodeRef conversion = NodeRef.objective("o-conversion");
    AlignmentGraph graph = AlignmentGraph.buildOrThrow(set, AlignmentPolicy.defaults(), List.of(
        Link.contributes(NodeRef.keyResult("kr-leads"), conversion),
        Link.contributes(NodeRef.keyResult("kr-rate"), conversion)));
    // The company objective has no key results of its own: it takes its aligned contributions.
    ScoringPolicy policy = ScoringPolicy.defaults().withRollUp(
        RollUpPolicy.defaults().withChildren(RollUpPolicy.Children.CHILDREN_WHEN_NO_KEY_RESULTS));
    GraphScorecard scores = GraphScorecard.evaluate(graph, policy, Instant.parse("2026-04-01T00:00:00Z"));
    Option<BigDecimal> progress = scores.objective(ObjectiveId.of("o-conversion")).get().progress();
    // leads 2400/3000 = 0.8, rate (8.5 − 4)/(10 − 4) = 0.75: (0.8 + 0.75) / 2 = 0.775
    // One new check-in: only kr-leads and what it moves are re-scored.
    OkrSet later = set.withCheckIn(KeyResultId.of("kr-leads"),
        CheckIn.of(day10.plusSeconds(3600), new CheckInData.Measurement(new BigDecimal("3000")))).get();
    GraphScorecard updated = scores.rescore(later, KeyResultId.of("kr-leads")).get();
    // o-conversion: (1 + 0.75) / 2 = 0.875
    String annotated = scores.toMermaid(); // each node with its progress ("78%") and colour band
    // end snippet

    assertThat(progress.get()).isEqualByComparingTo("0.775");
    assertThat(updated.objective(ObjectiveId.of("o-conversion")).get().progress().get())
        .isEqualByComparingTo("0.875");
    assertThat(annotated).contains("78%", "80%", "75%");
    assertThat(annotated).isEqualTo("""
        flowchart BT
          n0["Conversion +20%<br/>78%"]
          n1["Convert more leads<br/>75%"]
          n2["Generate leads from online ads<br/>80%"]
          n3("3000 leads from online ads<br/>80%")
          n4("Lead conversion rate to 10%<br/>75%")
          n3 ==> n0
          n3 --> n2
          n4 ==> n0
          n4 --> n1
          classDef band_green fill:#a8e0a0
          class n0,n1,n2,n3,n4 band_green
        """);
  }

  @Test
  void alignmentView() {
    Cycle q1 = Cycle.of("2026-q1", "Q1 2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1));
    Instant day10 = Instant.parse("2026-01-11T00:00:00Z");
    Objective company = Objective.builder().id("o-conversion").title("Conversion +20%")
        .owner(OwnerRef.company("acme")).cycle("2026-q1").level(Level.COMPANY).buildOrThrow();
    Objective marketing = Objective.builder().id("o-leads").title("Generate leads from online ads")
        .owner(OwnerRef.department("marketing")).cycle("2026-q1").level(Level.DEPARTMENT)
        .keyResult(KeyResult.builder().id("kr-leads").title("3000 leads from online ads")
            .metric(LinearMetric.count(3000))
            .checkIn(CheckIn.of(day10, new CheckInData.Measurement(new BigDecimal("2400")))))
        .buildOrThrow();
    // snippet: alignment-view
    // The seed's cross-team case as above, but the customer team keeps its objective private.
    Objective customers = Objective.builder().id("o-customers").title("Convert more leads")
        .owner(OwnerRef.team("customer")).cycle("2026-q1").level(Level.DEPARTMENT).visibility(Visibility.PRIVATE)
        .keyResult(KeyResult.builder().id("kr-rate").title("Lead conversion rate to 10%")
            .metric(LinearMetric.validate(Unit.PERCENT, new BigDecimal("4"), Target.absolute(BigDecimal.TEN)))
            .checkIn(CheckIn.of(day10, new CheckInData.Measurement(new BigDecimal("8.5")))))
        .buildOrThrow();
    OkrSet set = OkrSet.builder().cycle(q1).objective(company).objective(marketing).objective(customers)
        .buildOrThrow();
    NodeRef conversion = NodeRef.objective("o-conversion");
    AlignmentGraph graph = AlignmentGraph.buildOrThrow(set, AlignmentPolicy.defaults(), List.of(
        Link.contributes(NodeRef.keyResult("kr-leads"), conversion),
        Link.contributes(NodeRef.keyResult("kr-rate"), conversion)));
    ScoringPolicy policy = ScoringPolicy.defaults().withRollUp(
        RollUpPolicy.defaults().withChildren(RollUpPolicy.Children.CHILDREN_WHEN_NO_KEY_RESULTS));
    GraphScorecard scores = GraphScorecard.evaluate(graph, policy, Instant.parse("2026-04-01T00:00:00Z"));

    // Marketing sees the customer team's work only as "hidden-1".
    OwnerRef viewer = OwnerRef.department("marketing");
    ScoredView counted = scores.viewFor(viewer, ScoredView.HiddenContributions.COUNT);
    ScoredNode goal = counted.score(conversion).get();
    // progress 0.775 as everyone sees it: (0.8 + hidden) / 2, the hidden term not shown
    String why = goal.explanation().render();
    // objective o-conversion (Conversion +20%): 0.775  [weighted mean: Σwᵢ·pᵢ / Σwᵢ; each pᵢ within [0, 1];
    //     counts hidden-1 (not shown); formula withheld]
    //   key result kr-leads (3000 leads from online ads), weight 1: 0.8
    //   hidden-1: not scored  [hidden: counted, not shown]

    ScoredView excluded = scores.viewFor(viewer, ScoredView.HiddenContributions.EXCLUDE);
    Option<BigDecimal> own = excluded.score(conversion).get().progress(); // 0.8: re-rolled without hidden work
    String picture = counted.toMermaid(); // the flowchart below
    // end snippet

    assertThat(goal.progress().get()).isEqualByComparingTo("0.775");
    assertThat(own.get()).isEqualByComparingTo("0.8");
    assertThat(why).doesNotContain("customer", "Convert more leads", "kr-rate", "8.5", "0.75")
        .contains("hidden-1: not scored  [hidden: counted, not shown]", "counts hidden-1 (not shown)");
    assertThat(picture).doesNotContain("Convert more leads", "conversion rate").contains("hidden", "counted", "78%");
    assertThat(why).isEqualTo("""
        objective o-conversion (Conversion +20%): 0.775  [weighted mean: Σwᵢ·pᵢ / Σwᵢ; each pᵢ within [0, 1]; \
        counts hidden-1 (not shown); formula withheld]
          key result kr-leads (3000 leads from online ads), weight 1: 0.8
          hidden-1: not scored  [hidden: counted, not shown]""");
    assertThat(picture).isEqualTo("""
        flowchart BT
          n0["Conversion +20%<br/>78%"]
          n1["Generate leads from online ads<br/>80%"]
          n2("3000 leads from online ads<br/>80%")
          n3["hidden<br/>counted"]
          n2 ==> n0
          n2 --> n1
          n3 ==> n0
          classDef band_green fill:#a8e0a0
          class n0,n1,n2 band_green
          classDef hidden stroke-dasharray:5 5,color:#666666
          class n3 hidden
        """);
  }
}
