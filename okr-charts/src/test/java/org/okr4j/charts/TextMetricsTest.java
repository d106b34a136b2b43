package org.okr4j.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Width estimates, wrapping and shortening, by example: 10-pixel text, so 1 em is 10 pixels. */
class TextMetricsTest {

  @Test
  void chineseCharactersAreOneEmAndLatinLettersLess() {
    assertThat(TextMetrics.width("市场", 10)).isEqualTo(20.0);
    assertThat(TextMetrics.width("ab", 10)).isCloseTo(12.4, within(1e-9));
    assertThat(TextMetrics.width("W i", 10)).isCloseTo(9.2 + 3.2 + 3.6, within(1e-9));
  }

  @Test
  void wrapsAtSpacesAndBetweenChineseCharacters() {
    // "alpha beta" is 53.8 pixels wide, "beta gamma" 62.4: neither fits in 50.
    assertThat(TextMetrics.wrap("alpha beta gamma", 50, 10, 3)).containsExactly("alpha", "beta", "gamma");
    assertThat(TextMetrics.wrap("alpha beta gamma", 55, 10, 3)).containsExactly("alpha beta", "gamma");
    // 5 characters of 10 pixels fit in 55 pixels.
    assertThat(TextMetrics.wrap("提高公司在目标市场中的品牌影响力", 55, 10, 2)).containsExactly("提高公司在", "目标市场…");
    assertThat(TextMetrics.wrap("  spaced\n\tout  ", 500, 10, 2)).containsExactly("spaced out");
    assertThat(TextMetrics.wrap("", 100, 10, 2)).isEmpty();
  }

  @Test
  void shortensWithAnEllipsisOnlyWhatDoesNotFit() {
    assertThat(TextMetrics.ellipsize("short", 100, 10)).isEqualTo("short");
    assertThat(TextMetrics.ellipsize("市场份额提高", 40, 10)).isEqualTo("市场份…");
    // At least one character survives, however narrow the room.
    assertThat(TextMetrics.ellipsize("市场", 1, 10)).isEqualTo("市…");
  }
}
