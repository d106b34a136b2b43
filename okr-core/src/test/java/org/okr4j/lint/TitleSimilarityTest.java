package org.okr4j.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TitleSimilarityTest {

  private static TitleSimilarity.Score score(String a, String b) {
    return TitleSimilarity.similarity(TitleSimilarity.of(a), TitleSimilarity.of(b));
  }

  @Test
  void normalizationFoldsWidthCaseAndDropsPunctuationAndSpaces() {
    assertThat(TitleSimilarity.normalize("ＧＲＯＷ  Market-Share!")).isEqualTo("growmarketshare");
    assertThat(TitleSimilarity.normalize("Straße")).isEqualTo(TitleSimilarity.normalize("STRASSE"));
    assertThat(TitleSimilarity.normalize("提高，市场份额。 2 个百分点")).isEqualTo("提高市场份额2个百分点");
    assertThat(TitleSimilarity.normalize("①")).isEqualTo("1");
  }

  @Test
  void equalNormalizedTitlesAreFullySimilar() {
    assertThat(score("Grow market share!", "grow   MARKET share")).isEqualTo(TitleSimilarity.Score.ONE);
    assertThat(score("!!!", "???")).isEqualTo(TitleSimilarity.Score.ONE);
    assertThat(score("a", "A").percent()).isEqualTo(100);
  }

  @Test
  void diceOfCharacterBigrams() {
    // abcdef: ab bc cd de ef; abcdeg: ab bc cd de eg; 4 shared of 5 + 5
    TitleSimilarity.Score s = score("abcdef", "abcdeg");
    assertThat(s).isEqualTo(new TitleSimilarity.Score(8, 10));
    assertThat(s.percent()).isEqualTo(80);
    assertThat(s.atLeast(new BigDecimal("0.8"))).isTrue();
    assertThat(s.atLeast(new BigDecimal("0.8000001"))).isFalse();
    // repeated bigrams count as a multiset: aaaa has aa×3, aa has aa×1
    assertThat(score("aaaa", "aa")).isEqualTo(new TitleSimilarity.Score(2, 4));
    // bigrams are compared as sorted multisets: cab has ca ab, abca has ab bc ca
    assertThat(score("cab", "abca")).isEqualTo(new TitleSimilarity.Score(4, 5));
    // 13 and 12 bigrams, 11 shared
    assertThat(score("提高品牌在社交媒体上的影响力", "提高品牌在社交媒体的影响力")).isEqualTo(new TitleSimilarity.Score(22, 25));
  }

  @Test
  void titlesWithNothingInCommonScoreZero() {
    assertThat(score("abc", "xyz")).isEqualTo(new TitleSimilarity.Score(0, 4));
    assertThat(score("!!!", "abc")).isEqualTo(TitleSimilarity.Score.ZERO);
    assertThat(score("abc", "")).isEqualTo(TitleSimilarity.Score.ZERO);
    assertThat(score("a", "ab")).isEqualTo(new TitleSimilarity.Score(0, 2));
    assertThat(score("a", "b").percent()).isZero();
  }

  @Test
  void scoresCompareAsFractions() {
    assertThat(new TitleSimilarity.Score(1, 2).compareTo(new TitleSimilarity.Score(2, 4))).isZero();
    assertThat(new TitleSimilarity.Score(2, 3).compareTo(new TitleSimilarity.Score(3, 5))).isPositive();
    assertThat(new TitleSimilarity.Score(3, 5).compareTo(new TitleSimilarity.Score(2, 3))).isNegative();
    assertThat(new TitleSimilarity.Score(199, 200).percent()).isEqualTo(99);
  }
}
