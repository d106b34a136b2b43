package org.okr4j.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
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

    // A link that would close a loop is refused, naming the loop.
    OkrError refused = graph.link(Link.supports(conversion, leads)).getLeft();
    // okr.alignment.cycle at /links/2: would close a loop:
    //   objective:o-conversion → key-result:kr-leads → objective:o-conversion
    // end snippet

    assertThat(sight).containsExactly(List.of(leads, conversion));
    assertThat(shared).hasSize(2);
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
}
