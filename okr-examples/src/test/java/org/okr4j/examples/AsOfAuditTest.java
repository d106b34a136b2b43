package org.okr4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.okr4j.model.KeyResultId;
import org.okr4j.scoring.KeyResultScore;
import org.okr4j.scoring.Scorecard;
import org.okr4j.scoring.Status;

/**
 * The marketing scorecard at each month end. Q1 2026 has 90 days; e(Feb 1) = 31/90 = 0.3444,
 * e(Mar 1) = 59/90 = 0.6556, e(Apr 1) = 1 (docs/conventions.md §0). Pace forecast p̂ = a/e (§4 F1).
 */
class AsOfAuditTest {

  private final io.vavr.collection.List<Scorecard> cards = AsOfAudit.cards();

  private KeyResultScore kr(int month, String id) {
    return cards.get(month).keyResult(KeyResultId.of(id)).get();
  }

  private static String four(java.math.BigDecimal v) {
    return v.setScale(4, RoundingMode.HALF_EVEN).toPlainString();
  }

  @Test
  void januaryOnlyKnowsJanuary() {
    // followers: only the Jan 30 check-in, 21000 → (21000 − 20000)/6000 = 1/6; p̂ = (1/6)/(31/90) = 15/31
    assertThat(four(kr(0, "kr-followers").expected())).isEqualTo("0.3444");
    assertThat(four(kr(0, "kr-followers").progress().get())).isEqualTo("0.1667");
    assertThat(four(kr(0, "kr-followers").forecast().progress().get())).isEqualTo("0.4839");
    assertThat(kr(0, "kr-followers").forecast().willMiss()).isTrue();
    // media 2.3M → 0.3; p̂ = 0.3 × 90/31 = 27/31 = 0.8710
    assertThat(four(kr(0, "kr-media").forecast().progress().get())).isEqualTo("0.8710");
    // share's first check-in is Feb 2: not scored yet, and less than half the quarter has passed
    assertThat(kr(0, "kr-share").progress()).isEmpty();
    assertThat(kr(0, "kr-share").status()).isEqualTo(Status.NOT_SCORED);
  }

  @Test
  void februaryAndMarch() {
    // followers 23000 → 0.5; p̂ = 0.5 × 90/59 = 45/59 = 0.7627
    assertThat(four(kr(1, "kr-followers").progress().get())).isEqualTo("0.5000");
    assertThat(four(kr(1, "kr-followers").forecast().progress().get())).isEqualTo("0.7627");
    // co-branded 2/3 ≥ 59/90 → on track; p̂ = (2/3)(90/59) = 60/59 = 1.0169, will not miss
    assertThat(kr(1, "kr-cobrand").status()).isEqualTo(Status.ON_TRACK);
    assertThat(four(kr(1, "kr-cobrand").forecast().progress().get())).isEqualTo("1.0169");
    assertThat(kr(1, "kr-cobrand").forecast().willMiss()).isFalse();
    // reports: never updated and more than half the window gone → off track (WorkBoard rule)
    assertThat(kr(1, "kr-reports").status()).isEqualTo(Status.OFF_TRACK);
    // March: the report's final numbers
    assertThat(four(kr(2, "kr-followers").progress().get())).isEqualTo("0.7500");
    assertThat(kr(2, "kr-reports").status()).isEqualTo(Status.ACHIEVED);
  }

  @Test
  void reportHasOneTablePerMonth() {
    String report = AsOfAudit.report();
    assertThat(report).contains("\nAs of 2026-02-01T00:00:00Z\n").contains("\nAs of 2026-03-01T00:00:00Z\n")
        .contains("\nAs of 2026-04-01T00:00:00Z\n");
    assertThat(report.lines().filter(l -> l.startsWith("将粉丝数量增加30%")).toList()).satisfiesExactly(
        l -> assertThat(l).matches(".*\\s0\\.1667\\s+0\\.3444\\s+behind\\s+0\\.4839 \\(will miss\\)"),
        l -> assertThat(l).matches(".*\\s0\\.5\\s+0\\.6556\\s+behind\\s+0\\.7627 \\(will miss\\)"),
        // at the cycle's end the status and forecast are final: missed, 0.75 reached
        l -> assertThat(l).matches(".*\\s0\\.75\\s+1\\s+missed\\s+0\\.75 \\(final\\)"));
  }
}
