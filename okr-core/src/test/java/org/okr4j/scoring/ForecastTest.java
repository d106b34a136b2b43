package org.okr4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.scoring.Fixtures.Q1;
import static org.okr4j.scoring.Fixtures.d;
import static org.okr4j.scoring.Fixtures.day;
import static org.okr4j.scoring.Fixtures.kr;
import static org.okr4j.scoring.Fixtures.measure;
import static org.okr4j.scoring.Fixtures.objective;

import org.junit.jupiter.api.Test;
import org.okr4j.model.CheckIn;
import org.okr4j.model.CheckInData;
import org.okr4j.model.KeyResult;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.RecurringMetric;
import org.okr4j.model.Unit;
import org.okr4j.validation.OkrException;

/** Forecasts F1–F3 of docs/conventions.md §4, numbers worked by hand. */
class ForecastTest {

  /**
   * A count to 100 checked in at days 9, 18, 36, 45 of 90: points (0.1, 0.05), (0.2, 0.1), (0.4, 0.3),
   * (0.5, 0.4).
   */
  private static KeyResult leads() {
    return kr("leads", LinearMetric.count(100), measure(9, "5"), measure(18, "10"), measure(36, "30"), measure(45, "40"));
  }

  private static ScoringPolicy method(ForecastPolicy.Method method) {
    return ScoringPolicy.defaults().withForecast(ForecastPolicy.defaults().withMethod(method));
  }

  private static Forecast forecast(KeyResult kr, ScoringPolicy policy) {
    return Scorer.scoreKeyResult(kr, Q1, policy, day(45)).forecast();
  }

  @Test
  void paceFromOrigin() {
    // 0.4 / 0.5 = 0.8 < 1 → will miss
    Forecast f = forecast(leads(), ScoringPolicy.defaults());
    assertThat(f.method()).isEqualTo(ForecastPolicy.Method.PACE);
    assertThat(f.progress().get()).isEqualByComparingTo("0.8");
    assertThat(f.willMiss()).isTrue();
    KeyResultScore s = Scorer.scoreKeyResult(leads(), Q1, ScoringPolicy.defaults(), day(45));
    assertThat(s.forecastExplanation().equation()).isEqualTo("0.8 = 0.4 / 0.5");
    assertThat(s.forecastExplanation().label()).isEqualTo("forecast p̂ (will miss)");
    assertThat(s.forecastExplanation().rule()).isEqualTo("pace from origin: a / e; will miss if p̂ < 1");
  }

  @Test
  void leastSquares() {
    // n = 4, Σx = 1.2, Σy = 0.85, Σx² = 0.46, Σxy = 0.345
    // slope = (4·0.345 − 1.2·0.85) / (4·0.46 − 1.44) = 0.36 / 0.4 = 0.9
    // intercept = (0.85 − 0.9·1.2) / 4 = −0.0575; p̂(1) = 0.8425
    Forecast f = forecast(leads(), method(ForecastPolicy.Method.LEAST_SQUARES));
    assertThat(f.progress().get()).isEqualByComparingTo("0.8425");
    assertThat(f.willMiss()).isTrue();
    KeyResultScore s = Scorer.scoreKeyResult(leads(), Q1, method(ForecastPolicy.Method.LEAST_SQUARES), day(45));
    assertThat(s.forecastExplanation().inputs()).hasSize(4);
    assertThat(s.forecastExplanation().render()).contains("point: 0.05  [at time fraction 0.1]");
  }

  @Test
  void lastTwoCheckIns() {
    // (0.4, 0.3) → (0.5, 0.4): slope 1; 0.4 + 1·(1 − 0.5) = 0.9
    Forecast f = forecast(leads(), method(ForecastPolicy.Method.LAST_TWO));
    assertThat(f.progress().get()).isEqualByComparingTo("0.9");
    KeyResultScore s = Scorer.scoreKeyResult(leads(), Q1, method(ForecastPolicy.Method.LAST_TWO), day(45));
    assertThat(s.forecastExplanation().inputs()).hasSize(2);
    assertThat(s.forecastExplanation().rule()).startsWith("line through the last two check-ins");
  }

  @Test
  void willMissBelowAChosenBand() {
    ScoringPolicy band = ScoringPolicy.defaults().withForecast(ForecastPolicy.defaults().withWillMissBelow(d("0.8")));
    assertThat(forecast(leads(), band).willMiss()).isFalse();
    assertThat(forecast(leads(), band.withForecast(band.forecast().withWillMissBelow(d("0.81")))).willMiss()).isTrue();
    assertThatThrownBy(() -> ForecastPolicy.defaults().withWillMissBelow(null)).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> ForecastPolicy.defaults().withWillMissBelow(d("1E+31"))).isInstanceOf(OkrException.class);
  }

  @Test
  void tooLittleToGoOn() {
    KeyResult one = kr("leads", LinearMetric.count(100), measure(9, "5"));
    for (ForecastPolicy.Method m : new ForecastPolicy.Method[] {ForecastPolicy.Method.LEAST_SQUARES, ForecastPolicy.Method.LAST_TWO}) {
      Forecast f = forecast(one, method(m));
      assertThat(f.progress().isEmpty()).isTrue();
      assertThat(f.willMiss()).isFalse();
      assertThat(Scorer.scoreKeyResult(one, Q1, method(m), day(45)).forecastExplanation().rule())
          .startsWith("no forecast: needs two check-ins at different instants");
    }
    // two check-ins at the same instant are one point
    KeyResult same = kr("leads", LinearMetric.count(100), measure(9, "5"), measure(9, "6"));
    assertThat(forecast(same, method(ForecastPolicy.Method.LAST_TWO)).progress().isEmpty()).isTrue();
    // two check-ins before the cycle: no elapsed time between them
    KeyResult early = kr("leads", LinearMetric.count(100), measure(-9, "5"), measure(-5, "6"));
    assertThat(forecast(early, method(ForecastPolicy.Method.LAST_TWO)).progress().isEmpty()).isTrue();
    assertThat(forecast(early, method(ForecastPolicy.Method.LEAST_SQUARES)).progress().isEmpty()).isTrue();
    // pace: nothing expected yet, or nothing scored
    KeyResult atStart = kr("leads", LinearMetric.count(100), measure(0, "5"));
    assertThat(Scorer.scoreKeyResult(atStart, Q1, ScoringPolicy.defaults(), day(0)).forecast().progress().isEmpty()).isTrue();
    KeyResultScore none = Scorer.scoreKeyResult(kr("leads", LinearMetric.count(100)), Q1, ScoringPolicy.defaults(), day(10));
    assertThat(none.forecast().progress().isEmpty()).isTrue();
    assertThat(none.forecastExplanation().rule()).isEqualTo("pace from origin: no progress or nothing expected yet");
  }

  @Test
  void noForecast() {
    KeyResultScore s = Scorer.scoreKeyResult(leads(), Q1, method(ForecastPolicy.Method.NONE), day(45));
    assertThat(s.forecast().method()).isEqualTo(ForecastPolicy.Method.NONE);
    assertThat(s.forecast().progress().isEmpty()).isTrue();
    assertThat(s.forecastExplanation().rule()).isEqualTo("no forecast");
    ObjectiveScore o = Scorer.scoreObjective(objective("o", leads()), Q1, method(ForecastPolicy.Method.NONE), day(45));
    assertThat(o.forecast().progress().isEmpty()).isTrue();
  }

  @Test
  void forecastOfARecurringKeyResult() {
    // a recurring key result: its progress as of each check-in (share of the 3 planned months met)
    KeyResult articles = kr("articles", RecurringMetric.of(Unit.COUNT, org.okr4j.model.Period.MONTH, d("15")),
        CheckIn.of(day(9), new CheckInData.PeriodValue(java.time.LocalDate.of(2026, 1, 5), d("15"))),
        CheckIn.of(day(45), new CheckInData.PeriodValue(java.time.LocalDate.of(2026, 2, 5), d("15"))));
    // points (0.1, 1/3) and (0.5, 2/3): slope 5/6; 2/3 + 5/6·0.5 = 1.0833
    Forecast f = forecast(articles, method(ForecastPolicy.Method.LAST_TWO));
    assertThat(f.progress().get().setScale(4, java.math.RoundingMode.HALF_EVEN)).isEqualByComparingTo("1.0833");
    assertThat(f.willMiss()).isFalse();
  }

  @Test
  void objectiveForecastRollsUpKeyResultForecasts() {
    // pace 0.8 and 1.2 (capped to 1 in the roll-up): (0.8 + 1) / 2 = 0.9 → will miss
    KeyResult fast = kr("fast", LinearMetric.count(100), measure(45, "60"));
    ObjectiveScore o = Scorer.scoreObjective(objective("o", leads(), fast), Q1, ScoringPolicy.defaults(), day(45));
    assertThat(o.forecast().progress().get()).isEqualByComparingTo("0.9");
    assertThat(o.forecast().willMiss()).isTrue();
  }
}
