package org.okr4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.scoring.Fixtures.AFTER;
import static org.okr4j.scoring.Fixtures.Q1;
import static org.okr4j.scoring.Fixtures.d;
import static org.okr4j.scoring.Fixtures.kr;
import static org.okr4j.scoring.Fixtures.measure;

import io.vavr.control.Option;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Target;
import org.okr4j.model.Unit;

/** Explanation lines that only unusual policies reach. */
class ExplainerTest {

  @Test
  void invalidStretchLevelsNameTheProblem() {
    // the stretch level derived from a target of 9·10²⁹ (target / 0.7 ≈ 1.29·10³⁰) has more integer
    // digits than any number okr4j takes
    LinearMetric m = LinearMetric.of(Unit.NUMBER, d("0"), Target.absolute(d("9E+29")));
    ScoringPolicy policy = ScoringPolicy.defaults()
        .withProgress(ProgressPolicy.defaults().withStretch(Option.some(StretchPolicy.defaults())));
    KeyResultScore s = Scorer.scoreKeyResult(kr("k", m, measure(10, "50")), Q1, policy, AFTER);
    assertThat(s.progress()).isEmpty();
    assertThat(s.explanation().render())
        .isEqualTo("key result k (KR k): not scored  [not scored: the stretch levels are invalid (okr.out-of-range)]");
    assertThat(s.explanation(Locale.SIMPLIFIED_CHINESE).rule()).isEqualTo("未评分：挑战档位无效（okr.out-of-range）");
  }

  @Test
  void aRatioRuleWithNothingExpectedYetSaysSo() {
    // checked in at 5 of 10 before the cycle starts, evaluated the day before it starts: e = 0, a = 0.5
    StatusRule rule = StatusRule.oboard();
    ScoringPolicy policy = ScoringPolicy.defaults().withStatus(StatusPolicy.defaults().withRule(rule));
    KeyResultScore s = Scorer.scoreKeyResult(kr("k", LinearMetric.of(Unit.NUMBER, d("0"), Target.absolute(d("10"))),
        measure(-5, "5")), Q1, policy, Fixtures.day(-1));
    assertThat(s.expected()).isEqualByComparingTo("0");
    Explanation status = s.statusExplanation();
    assertThat(status.value()).isEmpty();
    assertThat(status.formula()).isEmpty();
    assertThat(status.rule()).isEqualTo("nothing expected yet; " + rule.describe());
    // the rule's own word ("else") reads in the line's language too
    assertThat(s.statusExplanation(Locale.TRADITIONAL_CHINESE).rule())
        .isEqualTo("尚無預期進度；a / e ≥ 0.7 → ON_TRACK; ≥ 0.4 → BEHIND; 否則 AT_RISK");
  }
}
