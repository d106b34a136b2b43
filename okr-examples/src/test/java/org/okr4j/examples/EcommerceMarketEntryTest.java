package org.okr4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.okr4j.model.KeyResultId;
import org.okr4j.model.ObjectiveId;
import org.okr4j.scoring.Scorecard;
import org.okr4j.scoring.Status;

/**
 * E-commerce market entry as of the end of H1 2026 (e = 1). By hand (docs/conventions.md §1.1, §1.9, §6
 * E11, E12, E14): share b = 20, t = 20 × (1 + 0.1) = 22, c = 22.4 → (22.4 − 20)/(22 − 20) = 1.2; ad
 * budget (4.2M − 3M)/(5M − 3M) = 0.6; partners 2/5 = 0.4 (yellow: 0.4 ≤ p &lt; 0.7); campaign 120,000 ≥
 * 100,000 → 1.
 */
class EcommerceMarketEntryTest {

  private static String p(Scorecard card, String kr) {
    return card.keyResult(KeyResultId.of(kr)).get().progress().get().setScale(4, RoundingMode.HALF_EVEN).toPlainString();
  }

  @Test
  void cappedClampsTheOvershootToOne() {
    Scorecard card = EcommerceMarketEntry.score(EcommerceMarketEntry.CAPPED);
    assertThat(card.keyResult(KeyResultId.of("kr-new-market-share")).get().raw().get()).isEqualByComparingTo("1.2");
    assertThat(p(card, "kr-new-market-share")).isEqualTo("1.0000");
    assertThat(p(card, "kr-ad-budget")).isEqualTo("0.6000");
    assertThat(p(card, "kr-partners")).isEqualTo("0.4000");
    assertThat(card.keyResult(KeyResultId.of("kr-partners")).get().band().get().label()).isEqualTo("yellow");
    assertThat(p(card, "kr-campaign")).isEqualTo("1.0000");
    // (1 + 0.6 + 0.4 + 1)/4 = 0.75
    assertThat(card.objective(ObjectiveId.of("o-ecommerce")).get().progress().get()).isEqualByComparingTo("0.75");
    assertThat(card.keyResult(KeyResultId.of("kr-new-market-share")).get().status()).isEqualTo(Status.ACHIEVED);
  }

  @Test
  void uncappedKeepsOnePointTwo() {
    Scorecard card = EcommerceMarketEntry.score(EcommerceMarketEntry.UNCAPPED);
    assertThat(p(card, "kr-new-market-share")).isEqualTo("1.2000");
    // plain mean, no cap: (1.2 + 0.6 + 0.4 + 1)/4 = 3.2/4 = 0.8
    assertThat(card.objective(ObjectiveId.of("o-ecommerce")).get().progress().get()).isEqualByComparingTo("0.8");
    assertThat(card.objective(ObjectiveId.of("o-ecommerce")).get().band()).isEmpty();
  }

  @Test
  void reportPrintsBothPolicies() {
    String report = EcommerceMarketEntry.report();
    assertThat(report).contains("Capped (every key result clamped to [0, 1])\n")
        .contains("Uncapped (Quantive: never capped)\n")
        .contains("1.2 = (22.4 − 20) / (22 − 20)  [linear from baseline: (c − b) / (t − b)]");
    assertThat(report.lines().filter(l -> l.contains("Market share +10%  ")).toList())
        .hasSize(2)
        // evaluated after the six months: the forecast is the final progress
        .anySatisfy(l -> assertThat(l).matches(".*\\s1\\.2\\s+1\\s+1\\s+green\\s+achieved\\s+1\\.2 \\(final\\)"))
        .anySatisfy(l -> assertThat(l).matches(".*\\s1\\.2\\s+1\\.2\\s+1\\s+—\\s+achieved\\s+1\\.2 \\(final\\)"));
    assertThat(report.lines().filter(l -> l.contains("department:ecommerce")).toList())
        .anySatisfy(l -> assertThat(l).contains("0.75  0.75"))
        .anySatisfy(l -> assertThat(l).contains("0.8  0.8"));
  }
}
