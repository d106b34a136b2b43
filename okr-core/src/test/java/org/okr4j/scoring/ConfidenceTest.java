package org.okr4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.scoring.Fixtures.AFTER;
import static org.okr4j.scoring.Fixtures.Q1;
import static org.okr4j.scoring.Fixtures.d;
import static org.okr4j.scoring.Fixtures.kr;
import static org.okr4j.scoring.Fixtures.measure;
import static org.okr4j.scoring.Fixtures.objective;

import org.junit.jupiter.api.Test;
import org.okr4j.model.Confidence;
import org.okr4j.model.KeyResult;
import org.okr4j.model.LinearMetric;
import org.okr4j.validation.OkrException;

/** Confidence conventions of docs/conventions.md §5. */
class ConfidenceTest {

  private static ScoringPolicy confidence(ConfidencePolicy policy) {
    return ScoringPolicy.defaults().withConfidence(policy);
  }

  @Test
  void latestCheckInCarryingAConfidence() {
    // 7/10 on day 10; the check-in of day 20 has none
    KeyResult kr = kr("k", LinearMetric.count(10), measure(10, "2", "7"), measure(20, "3"));
    KeyResultScore s = Scorer.scoreKeyResult(kr, Q1, ScoringPolicy.defaults(), AFTER);
    assertThat(s.confidence().get().value()).isEqualByComparingTo("0.7");
    assertThat(s.confidence().get().toScale10()).isEqualByComparingTo("7");
    assertThat(s.confidenceBand().get().label()).isEqualTo("high");
    KeyResult low = kr("k", LinearMetric.count(10), measure(10, "2", "3"));
    assertThat(Scorer.scoreKeyResult(low, Q1, ScoringPolicy.defaults(), AFTER).confidenceBand().get().colour())
        .isEqualTo(Colour.RED);
    assertThat(Scorer.scoreKeyResult(kr("k", LinearMetric.count(10)), Q1, ScoringPolicy.defaults(), AFTER)
        .confidence().isEmpty()).isTrue();
  }

  @Test
  void radicalFocusStartsAtFive() {
    ScoringPolicy rf = confidence(ConfidencePolicy.defaults().withInitial(Confidence.ofScale10(d("5"))));
    KeyResultScore s = Scorer.scoreKeyResult(kr("k", LinearMetric.count(10), measure(3, "1")), Q1, rf, AFTER);
    assertThat(s.confidence().get().value()).isEqualByComparingTo("0.5");
    assertThat(s.confidenceBand().get().label()).isEqualTo("medium");
    assertThat(rf.confidence().withoutInitial().initial().isEmpty()).isTrue();
    assertThatThrownBy(() -> ConfidencePolicy.defaults().withInitial(null)).isInstanceOf(OkrException.class);
  }

  @Test
  void perdooClearsConfidenceAtOneHundredPercent() {
    KeyResult done = kr("k", LinearMetric.count(10), measure(10, "10", "9"));
    assertThat(Scorer.scoreKeyResult(done, Q1, ScoringPolicy.perdoo(), AFTER).confidence().isEmpty()).isTrue();
    assertThat(Scorer.scoreKeyResult(done, Q1, ScoringPolicy.defaults(), AFTER).confidence().isDefined()).isTrue();
    KeyResult open = kr("k", LinearMetric.count(10), measure(10, "9", "9"));
    assertThat(Scorer.scoreKeyResult(open, Q1, ScoringPolicy.perdoo(), AFTER).confidence().isDefined()).isTrue();
    KeyResult unscored = kr("k", LinearMetric.count(10));
    ScoringPolicy initial = ScoringPolicy.perdoo().withConfidence(ScoringPolicy.perdoo().confidence()
        .withInitial(Confidence.of(d("0.5"))));
    assertThat(Scorer.scoreKeyResult(unscored, Q1, initial, AFTER).confidence().isDefined()).isTrue();
  }

  private static ObjectiveScore twoKeyResults(ScoringPolicy policy) {
    // weights 3 and 1, confidences 0.8 and 0.4; a third key result without confidence
    return Scorer.scoreObjective(objective("o",
        kr("a", "3", LinearMetric.count(10), measure(5, "1", "8")),
        kr("b", "1", LinearMetric.count(10), measure(5, "1", "4")),
        kr("c", "5", LinearMetric.count(10), measure(5, "1"))), Q1, policy, AFTER);
  }

  @Test
  void objectiveConfidenceAggregations() {
    // weighted (0.8·3 + 0.4·1) / 4 = 0.7 (Amoeboids); mean 0.6; minimum 0.4
    assertThat(twoKeyResults(ScoringPolicy.defaults()).confidence().get().value()).isEqualByComparingTo("0.7");
    assertThat(twoKeyResults(ScoringPolicy.defaults()).confidenceBand().get().label()).isEqualTo("high");
    assertThat(twoKeyResults(confidence(ConfidencePolicy.defaults().withAggregation(ConfidencePolicy.Aggregation.MEAN)))
        .confidence().get().value()).isEqualByComparingTo("0.6");
    assertThat(twoKeyResults(confidence(ConfidencePolicy.defaults().withAggregation(ConfidencePolicy.Aggregation.MINIMUM)))
        .confidence().get().value()).isEqualByComparingTo("0.4");
  }

  @Test
  void objectiveConfidenceEdgeCases() {
    // none carries a confidence
    ObjectiveScore none = Scorer.scoreObjective(objective("o", kr("a", LinearMetric.count(10), measure(5, "1"))), Q1,
        ScoringPolicy.defaults(), AFTER);
    assertThat(none.confidence().isEmpty()).isTrue();
    assertThat(none.confidenceBand().isEmpty()).isTrue();
    // only a zero-weight key result carries one
    ObjectiveScore zero = Scorer.scoreObjective(objective("o", kr("a", "0", LinearMetric.count(10), measure(5, "1", "9"))),
        Q1, ScoringPolicy.defaults(), AFTER);
    assertThat(zero.confidence().isEmpty()).isTrue();
    // a third: 1/3 to 30 decimals
    ObjectiveScore third = Scorer.scoreObjective(objective("o",
        kr("a", LinearMetric.count(10), measure(5, "1", "10")), kr("b", LinearMetric.count(10), measure(5, "1", "0")),
        kr("c", LinearMetric.count(10), measure(5, "1", "0"))), Q1,
        confidence(ConfidencePolicy.defaults().withAggregation(ConfidencePolicy.Aggregation.MEAN)), AFTER);
    assertThat(third.confidence().get().value()).isEqualByComparingTo("0.333333333333333333333333333333");
    ObjectiveScore bands = Scorer.scoreObjective(objective("o", kr("a", LinearMetric.count(10), measure(5, "1", "9"))),
        Q1, confidence(ConfidencePolicy.defaults().withBands(Bands.none())), AFTER);
    assertThat(bands.confidenceBand().isEmpty()).isTrue();
    assertThat(bands.keyResults().head().confidenceBand().isEmpty()).isTrue();
  }
}
