package org.okr4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.scoring.Fixtures.AFTER;
import static org.okr4j.scoring.Fixtures.Q1;
import static org.okr4j.scoring.Fixtures.d;
import static org.okr4j.scoring.Fixtures.kr;
import static org.okr4j.scoring.Fixtures.measure;
import static org.okr4j.scoring.Fixtures.objective;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Target;
import org.okr4j.model.Unit;
import org.okr4j.validation.MessageCatalog;
import org.okr4j.validation.MessageResolver;
import org.okr4j.validation.OkrException;

/** Objective and roll-up explanations read in the reader's language from the message catalogues. */
class ObjectiveExplanationLocalizationTest {

  /**
   * kr-leads, weight 3: (2250 − 0) / (3000 − 0) = 0.75; kr-demos, weight 1: (30 − 0) / (50 − 0) = 0.6.
   * Weighted mean, each progress within the default cap [0, 1]: (0.75·3 + 0.6·1) / 4 = 2.85 / 4 = 0.7125.
   */
  private static ObjectiveScore score() {
    return Scorer.scoreObjective(objective("o-growth",
        kr("kr-leads", "3", LinearMetric.of(Unit.COUNT, d("0"), Target.absolute(d("3000"))), measure(31, "2250")),
        kr("kr-demos", "1", LinearMetric.of(Unit.COUNT, d("0"), Target.absolute(d("50"))), measure(31, "30"))),
        Q1, ScoringPolicy.defaults(), AFTER);
  }

  @Test
  void englishIsTheDefaultRendering() {
    ObjectiveScore o = score();
    assertThat(o.explanation().render()).isEqualTo(String.join("\n",
        "objective o-growth (Objective o-growth): 0.7125 = (0.75·3 + 0.6·1) / 4  [weighted mean: Σwᵢ·pᵢ / Σwᵢ; each pᵢ within [0, 1]]",
        "  key result kr-leads (KR kr-leads), weight 3: 0.75 = (2250 − 0) / (3000 − 0)  [linear from baseline: (c − b) / (t − b)]",
        "    current c: 2250  [check-in at 2026-02-01T00:00:00Z]",
        "    baseline b: 0",
        "    target t: 3000",
        "  key result kr-demos (KR kr-demos), weight 1: 0.6 = (30 − 0) / (50 − 0)  [linear from baseline: (c − b) / (t − b)]",
        "    current c: 30  [check-in at 2026-02-01T00:00:00Z]",
        "    baseline b: 0",
        "    target t: 50"));
    assertThat(o.explanation(Locale.ENGLISH)).isEqualTo(o.explanation());
    assertThat(o.explanation(Locale.GERMAN, MessageResolver.builtIn())).isEqualTo(o.explanation());
  }

  @Test
  void simplifiedAndTraditionalChinese() {
    ObjectiveScore o = score();
    assertThat(o.explanation(Locale.SIMPLIFIED_CHINESE).render()).isEqualTo(String.join("\n",
        "目标 o-growth（Objective o-growth）: 0.7125 = (0.75·3 + 0.6·1) / 4  [加权平均：Σwᵢ·pᵢ / Σwᵢ；每个 pᵢ 限定在 [0, 1] 之内]",
        "  关键结果 kr-leads（KR kr-leads），权重 3: 0.75 = (2250 − 0) / (3000 − 0)  [自基线线性计算：(c − b) / (t − b)]",
        "    当前值 c: 2250  [签到于 2026-02-01T00:00:00Z]",
        "    基线 b: 0",
        "    目标 t: 3000",
        "  关键结果 kr-demos（KR kr-demos），权重 1: 0.6 = (30 − 0) / (50 − 0)  [自基线线性计算：(c − b) / (t − b)]",
        "    当前值 c: 30  [签到于 2026-02-01T00:00:00Z]",
        "    基线 b: 0",
        "    目标 t: 50"));
    assertThat(o.explanation(Locale.TRADITIONAL_CHINESE).render()).isEqualTo(String.join("\n",
        "目標 o-growth（Objective o-growth）: 0.7125 = (0.75·3 + 0.6·1) / 4  [加權平均：Σwᵢ·pᵢ / Σwᵢ；每個 pᵢ 限定在 [0, 1] 之內]",
        "  關鍵結果 kr-leads（KR kr-leads），權重 3: 0.75 = (2250 − 0) / (3000 − 0)  [自基線線性計算：(c − b) / (t − b)]",
        "    目前值 c: 2250  [簽到於 2026-02-01T00:00:00Z]",
        "    基線 b: 0",
        "    目標 t: 3000",
        "  關鍵結果 kr-demos（KR kr-demos），權重 1: 0.6 = (30 − 0) / (50 − 0)  [自基線線性計算：(c − b) / (t − b)]",
        "    目前值 c: 30  [簽到於 2026-02-01T00:00:00Z]",
        "    基線 b: 0",
        "    目標 t: 50"));
  }

  @Test
  void aHostCatalogueAddsALanguageAndFallsBackToEnglishPerLine() {
    MessageResolver german = MessageResolver.builtIn().with(MessageCatalog.of(Locale.GERMAN, HashMap.of(
        "okr.explain.label.objective", "Ziel {0} ({1})",
        "okr.explain.rollup.weight", "{0}, Gewicht {1}")));
    java.util.List<String> lines = java.util.Arrays.asList(
        score().explanation(Locale.GERMANY, german).render().split("\n"));
    // the objective's label and each contributor's weight in German; the rule, the key results'
    // own labels and their inputs have no German template and read in English
    assertThat(lines.get(0)).isEqualTo(
        "Ziel o-growth (Objective o-growth): 0.7125 = (0.75·3 + 0.6·1) / 4  [weighted mean: Σwᵢ·pᵢ / Σwᵢ; each pᵢ within [0, 1]]");
    assertThat(lines.get(1)).startsWith("  key result kr-leads (KR kr-leads), Gewicht 3: 0.75 = ");
    assertThat(lines.get(2)).isEqualTo("    current c: 2250  [check-in at 2026-02-01T00:00:00Z]");
  }

  /** The roll-up of 0.75·3, 0.625·2 and 0.6·1 at most 1 each, one not scored and skipped. */
  @Test
  void aRollUpWithACapAndAMissingContributionInChinese() {
    RollUpPolicy policy = RollUpPolicy.defaults().withMissing(RollUpPolicy.Missing.SKIP);
    RollUp r = policy.combine(List.of(
        Contribution.of(Contribution.Kind.KEY_RESULT, "a", "", Option.some(new BigDecimal("0.75")), BigDecimal.valueOf(3)),
        Contribution.of(Contribution.Kind.KEY_RESULT, "b", "", Option.some(new BigDecimal("1.25")), BigDecimal.valueOf(2)),
        Contribution.of(Contribution.Kind.OBJECTIVE, "o-x", "X", Option.none(), BigDecimal.ONE)));
    // (0.75·3 + 1·2) / 5 = 4.25 / 5 = 0.85, b bounded to 1, o-x skipped
    assertThat(r.explanation().render()).isEqualTo(String.join("\n",
        "roll-up: 0.85 = (0.75·3 + 1·2) / 5  [weighted mean: Σwᵢ·pᵢ / Σwᵢ; each pᵢ within [0, 1]; not scored is skipped]",
        "  key result a, weight 3: 0.75",
        "  key result b, weight 2, bounded to 1: 1.25",
        "  objective o-x (X), weight 1: not scored  [skipped: not scored]"));
    assertThat(r.explanation(Locale.SIMPLIFIED_CHINESE).render()).isEqualTo(String.join("\n",
        "汇总: 0.85 = (0.75·3 + 1·2) / 5  [加权平均：Σwᵢ·pᵢ / Σwᵢ；每个 pᵢ 限定在 [0, 1] 之内；未评分的项被跳过]",
        "  关键结果 a，权重 3: 0.75",
        "  关键结果 b，权重 2，限定为 1: 1.25",
        "  目标 o-x（X），权重 1: not scored  [已跳过：未评分]"));
    assertThat(r.explanation(Locale.TRADITIONAL_CHINESE).render()).startsWith(
        "彙總: 0.85 = (0.75·3 + 1·2) / 5  [加權平均：Σwᵢ·pᵢ / Σwᵢ；每個 pᵢ 限定在 [0, 1] 之內；未評分的項目被略過]");
  }

  @Test
  void theStatusRuleReadsInTheLinesLanguage() {
    StatusRule rule = StatusPolicy.defaults().rule();
    String english = rule.describe();
    assertThat(rule.describe(ExplanationTexts.ENGLISH)).isEqualTo(english);
    assertThat(english).contains("; else ");
    assertThat(rule.describe(new ExplanationTexts(MessageResolver.defaults(), Locale.SIMPLIFIED_CHINESE)))
        .isEqualTo(english.replace("; else ", "; 否则 "));
    assertThat(rule.describe(new ExplanationTexts(MessageResolver.defaults(), Locale.TRADITIONAL_CHINESE)))
        .isEqualTo(english.replace("; else ", "; 否則 "));
  }

  @Test
  void missingArgumentsThrow() {
    ObjectiveScore o = score();
    assertThatThrownBy(() -> o.explanation((Locale) null)).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> o.explanation(Locale.CHINESE, null)).isInstanceOf(OkrException.class);
  }
}
