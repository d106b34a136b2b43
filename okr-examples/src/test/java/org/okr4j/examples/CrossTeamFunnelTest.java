package org.okr4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.okr4j.model.KeyResultId;
import org.okr4j.model.ObjectiveId;
import org.okr4j.scoring.Scorecard;

/**
 * Two teams, one goal, as of the end of Q1 2026. By hand (docs/conventions.md §1.1, §1.8, §1.9, §6 E10, E15):
 * conversion b = 5, t = 5 × (1 + 0.2) = 6, c = 6.25 → 1.25/1 = 1.25 (the "+25 % of +20 %" reading:
 * 25/20 = 1.25); leads 3150/3000 = 1.05; lead conversion (8.5 − 6)/(10 − 6) = 2.5/4 = 0.625.
 */
class CrossTeamFunnelTest {

  private final Scorecard card = CrossTeamFunnel.score();

  @Test
  void progress() {
    assertThat(card.keyResult(KeyResultId.of("kr-conversion")).get().raw().get()).isEqualByComparingTo("1.25");
    assertThat(card.keyResult(KeyResultId.of("kr-leads")).get().raw().get()).isEqualByComparingTo("1.05");
    assertThat(card.keyResult(KeyResultId.of("kr-lead-conversion")).get().raw().get()).isEqualByComparingTo("0.625");
    // objectives cap each key result at 1 when rolling up: 1.25 → 1, 1.05 → 1
    assertThat(card.objective(ObjectiveId.of("o-conversion")).get().progress().get()).isEqualByComparingTo("1");
    assertThat(card.objective(ObjectiveId.of("o-customer-conversion")).get().progress().get())
        .isEqualByComparingTo("0.625");
  }

  @Test
  void bothTeamsContributeAcrossOwners() {
    assertThat(CrossTeamFunnel.graph().crossTeamLinks()).hasSize(2);
    String report = CrossTeamFunnel.report();
    assertThat(report)
        .contains("  team:marketing-promotion key-result:kr-leads → company:acme objective:o-conversion\n")
        .contains("  team:customer-management key-result:kr-lead-conversion → company:acme objective:o-conversion\n")
        .contains("1.25 = (6.25 − 5) / (6 − 5)")
        .contains("  n4 ==> n0\n").contains("  n5 ==> n0\n");
    assertThat(report.lines().filter(l -> l.contains("Lead conversion rate to 10%  ")).findFirst().get())
        .matches(".*\\s0\\.625\\s+0\\.625\\s+0\\.625\\s+yellow\\s+missed\\s+0\\.625 \\(final\\)");
  }
}
