package org.okr4j.alignment;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import org.okr4j.alignment.Fixtures.Seed;
import org.okr4j.model.ObjectiveId;

/**
 * The seed's "two teams, one goal": the company objective "Conversion +20%" gets contributions from
 * marketing's key result "3000 leads from online ads" and the customer team's "lead conversion rate
 * to 10%". (The roll-up numbers, +25% achieved, come with the scoring layer.)
 */
class SeedCrossTeamTest {

  static final NodeRef CONVERSION = NodeRef.objective("o-conversion");
  static final NodeRef LEADS_OBJECTIVE = NodeRef.objective("o-leads");
  static final NodeRef CUSTOMERS_OBJECTIVE = NodeRef.objective("o-customers");
  static final NodeRef LEADS = NodeRef.keyResult("kr-leads");
  static final NodeRef RATE = NodeRef.keyResult("kr-rate");

  static AlignmentGraph graph() {
    return AlignmentGraph.buildOrThrow(Seed.SET, AlignmentPolicy.defaults(),
        List.of(Link.contributes(LEADS, CONVERSION), Link.contributes(RATE, CONVERSION)));
  }

  @Test
  void bothKeyResultsHaveALineOfSightToTheCompanyObjective() {
    AlignmentGraph graph = graph();
    assertThat(graph.topLevelObjectives()).containsExactly(ObjectiveId.of("o-conversion"));
    assertThat(graph.lineOfSight(LEADS)).containsExactly(List.of(LEADS, CONVERSION));
    assertThat(graph.lineOfSight(RATE)).containsExactly(List.of(RATE, CONVERSION));
    assertThat(graph.lineOfSight(CONVERSION)).containsExactly(List.of(CONVERSION));
    // The departments' objectives see the top through their key results, not by a link of their own.
    assertThat(graph.hasLineOfSight(LEADS_OBJECTIVE)).isFalse();
    assertThat(graph.coverage().aligned()).isEqualTo(2);
    assertThat(graph.orphans()).isEmpty();
  }

  @Test
  void bothLinksCrossTeams() {
    AlignmentGraph graph = graph();
    assertThat(graph.crossTeamLinks()).containsExactly(
        Link.contributes(LEADS, CONVERSION), Link.contributes(RATE, CONVERSION));
    assertThat(graph.ownerOf(LEADS)).contains(Fixtures.MARKETING);
    assertThat(graph.ownerOf(RATE)).contains(Fixtures.CUSTOMER);
    assertThat(graph.ownerOf(CONVERSION)).contains(Fixtures.COMPANY);
  }

  @Test
  void aMoveInEitherKeyResultMovesItsOwnObjectiveAndTheSharedGoal() {
    AlignmentGraph graph = graph();
    assertThat(graph.impactSet(LEADS)).containsExactly(CONVERSION, LEADS_OBJECTIVE);
    assertThat(graph.impactSet(RATE)).containsExactly(CONVERSION, CUSTOMERS_OBJECTIVE);
    assertThat(graph.children(CONVERSION)).containsExactly(LEADS, RATE);
    assertThat(graph.coverage().uncoveredObjectives()).isEmpty();
    assertThat(graph.bottlenecks(1)).singleElement()
        .satisfies(b -> assertThat(b.node()).isEqualTo(CONVERSION))
        .satisfies(b -> assertThat(b.dependants()).isEqualTo(2));
  }

  @Test
  void mermaidPictureOfTheCase() {
    assertThat(graph().toMermaid()).isEqualTo("""
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
