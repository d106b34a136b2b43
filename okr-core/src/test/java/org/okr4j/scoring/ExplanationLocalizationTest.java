package org.okr4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.scoring.Fixtures.AFTER;
import static org.okr4j.scoring.Fixtures.Q1;
import static org.okr4j.scoring.Fixtures.d;
import static org.okr4j.scoring.Fixtures.kr;
import static org.okr4j.scoring.Fixtures.measure;

import io.vavr.collection.HashMap;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.okr4j.model.KeyResult;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Target;
import org.okr4j.model.Unit;
import org.okr4j.validation.MessageCatalog;
import org.okr4j.validation.MessageResolver;
import org.okr4j.validation.OkrException;

/** Explanations read in the reader's language from the message catalogues. */
class ExplanationLocalizationTest {

  /** 2250 leads of 3000 from 0: (2250 − 0) / (3000 − 0) = 0.75, checked in on day 31. */
  private static final KeyResult LEADS = kr("kr-leads", LinearMetric.of(Unit.COUNT, d("0"), Target.absolute(d("3000"))),
      measure(31, "2250"));

  private static KeyResultScore score() {
    return Scorer.scoreKeyResult(LEADS, Q1, ScoringPolicy.defaults(), AFTER);
  }

  @Test
  void englishIsTheDefaultRendering() {
    KeyResultScore s = score();
    assertThat(s.explanation().render()).isEqualTo(String.join("\n",
        "key result kr-leads (KR kr-leads): 0.75 = (2250 − 0) / (3000 − 0)  [linear from baseline: (c − b) / (t − b)]",
        "  current c: 2250  [check-in at 2026-02-01T00:00:00Z]",
        "  baseline b: 0",
        "  target t: 3000"));
    assertThat(s.explanation(Locale.ENGLISH)).isEqualTo(s.explanation());
    assertThat(s.explanation(Locale.GERMAN, MessageResolver.builtIn())).isEqualTo(s.explanation());
    assertThat(s.statusExplanation(Locale.US)).isEqualTo(s.statusExplanation());
    assertThat(s.forecastExplanation(Locale.ROOT)).isEqualTo(s.forecastExplanation());
  }

  @Test
  void simplifiedAndTraditionalChinese() {
    KeyResultScore s = score();
    assertThat(s.explanation(Locale.SIMPLIFIED_CHINESE).render()).isEqualTo(String.join("\n",
        "关键结果 kr-leads（KR kr-leads）: 0.75 = (2250 − 0) / (3000 − 0)  [自基线线性计算：(c − b) / (t − b)]",
        "  当前值 c: 2250  [签到于 2026-02-01T00:00:00Z]",
        "  基线 b: 0",
        "  目标 t: 3000"));
    assertThat(s.explanation(Locale.TRADITIONAL_CHINESE).render()).isEqualTo(String.join("\n",
        "關鍵結果 kr-leads（KR kr-leads）: 0.75 = (2250 − 0) / (3000 − 0)  [自基線線性計算：(c − b) / (t − b)]",
        "  目前值 c: 2250  [簽到於 2026-02-01T00:00:00Z]",
        "  基線 b: 0",
        "  目標 t: 3000"));
    // the cycle has ended: the status is final, and the numbers are the same in every language
    assertThat(s.statusExplanation(Locale.SIMPLIFIED_CHINESE).value()).isEqualTo(s.statusExplanation().value());
    assertThat(s.statusExplanation(Locale.SIMPLIFIED_CHINESE).label()).isEqualTo("状态 " + s.status());
    assertThat(s.forecastExplanation(Locale.TRADITIONAL_CHINESE).label()).startsWith("預估 p̂");
  }

  @Test
  void aHostCatalogueAddsALanguageAndFallsBackToEnglishPerLine() {
    MessageResolver german = MessageResolver.builtIn().with(MessageCatalog.of(Locale.GERMAN, HashMap.of(
        "okr.explain.label.current", "aktueller Wert c",
        "okr.explain.check-in", "Check-in am {0}")));
    Explanation e = score().explanation(Locale.GERMANY, german);
    assertThat(e.render()).isEqualTo(String.join("\n",
        "key result kr-leads (KR kr-leads): 0.75 = (2250 − 0) / (3000 − 0)  [linear from baseline: (c − b) / (t − b)]",
        "  aktueller Wert c: 2250  [Check-in am 2026-02-01T00:00:00Z]",
        "  baseline b: 0",
        "  target t: 3000"));
  }

  @Test
  void aMalformedHostTemplateFallsBackToEnglish() {
    MessageResolver broken = MessageResolver.builtIn().with(MessageCatalog.of(Locale.ROOT, HashMap.of(
        "okr.explain.check-in", "Check-in {0")));
    assertThat(new ExplanationTexts(broken, Locale.ENGLISH).t("check-in", "x")).isEqualTo("check-in at x");
    assertThat(ExplanationTexts.ENGLISH.t("no-such-line")).isEqualTo("okr.explain.no-such-line");
  }

  @Test
  void argumentsAreShownWholeAndUnformatted() {
    String title = "t".repeat(300);
    // an argument longer than an error message allows is not cut, and a number-like text keeps its digits
    assertThat(ExplanationTexts.ENGLISH.t("label.milestone", "m1", title)).isEqualTo("milestone m1 (" + title + ")");
    assertThat(ExplanationTexts.ENGLISH.t("label.status", "1234567")).isEqualTo("status 1234567");
  }

  @Test
  void missingArgumentsThrow() {
    KeyResultScore s = score();
    assertThatThrownBy(() -> s.explanation(null)).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> s.explanation(Locale.ENGLISH, null)).isInstanceOf(OkrException.class);
  }

  @Test
  void plainTemplatesAreFilledInAsMessageFormatWould() {
    Object[] args = {"a", java.time.Instant.parse("2026-02-01T00:00:00Z"), Status.BEHIND, null};
    for (String template : new String[] {"x {0} y {1} z {2}", "{2}{1}{0}", "no placeholders", "{3}", "{0} {9}",
        "it''s {0}", "'{0}' {1}", "a {12} b", "{1} and {0}"}) {
      assertThat(ExplanationTexts.format(template, Locale.ENGLISH, args)).as(template)
          .isEqualTo(new java.text.MessageFormat(template, Locale.ENGLISH).format(args));
    }
    for (String malformed : new String[] {"{0", "{x}"}) {
      assertThatThrownBy(() -> ExplanationTexts.format(malformed, Locale.ENGLISH, args)).as(malformed)
          .isInstanceOf(IllegalArgumentException.class);
    }
    Object[] numbers = {1234567, "b"};
    assertThat(ExplanationTexts.format("{0} {1}", Locale.GERMAN, numbers))
        .isEqualTo(new java.text.MessageFormat("{0} {1}", Locale.GERMAN).format(numbers));
  }
}
