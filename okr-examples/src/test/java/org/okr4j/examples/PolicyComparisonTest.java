package org.okr4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The marketing department under four presets (docs/conventions.md §1.3, §2, §3). Director's key results:
 * 0.75, 0.6 and 4/3. Default and Perdoo cap each at 1 in the roll-up: (0.75 + 0.6 + 1)/3 = 0.7833;
 * Quantive never caps: (0.75 + 0.6 + 1.3333)/3 = 0.8944, with no bands. Google clamps key results to
 * [0, 1] and grades in tenths: 0.7833 → 0.8, 0.8056 → 0.8, 0.6667 → 0.7, and 0.7 is green (≥ 0.7),
 * while the default keeps the analyst's continuous 0.6667 yellow.
 */
class PolicyComparisonTest {

  private static String row(String report, String title) {
    return report.lines().filter(l -> l.startsWith(title)).findFirst().orElseThrow();
  }

  @Test
  void sideBySide() {
    String report = PolicyComparison.report();
    assertThat(row(report, "提高公司在目标市场中的品牌影响力")).matches(
        ".*  0\\.7833 / 0\\.7833 / green\\s+0\\.7833 / 0\\.8 / green\\s+0\\.8944 / 0\\.8944 / —\\s+0\\.7833 / 0\\.7833 / green");
    assertThat(row(report, "提供高质量的市场洞察")).matches(
        ".*  0\\.6667 / 0\\.6667 / yellow\\s+0\\.6667 / 0\\.7 / green\\s+0\\.6667 / 0\\.6667 / —\\s+0\\.6667 / 0\\.6667 / yellow");
    assertThat(row(report, "提高品牌在社交媒体上的影响力")).matches(
        ".*  0\\.8056 / 0\\.8056 / green\\s+0\\.8056 / 0\\.8 / green\\s+0\\.8056 / 0\\.8056 / —\\s+0\\.8056 / 0\\.8056 / green");
    // the company goal has no key results and is left out
    assertThat(report).doesNotContain("Grow market share");
    assertThat(PolicyComparison.cards()).hasSize(4);
  }
}
