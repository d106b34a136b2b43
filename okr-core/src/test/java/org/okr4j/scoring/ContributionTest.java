package org.okr4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.okr4j.OkrGenerators;
import org.okr4j.model.CheckIn;
import org.okr4j.model.CheckInData;
import org.okr4j.model.KeyResult;
import org.okr4j.model.Level;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Objective;
import org.okr4j.model.ObjectiveId;
import org.okr4j.model.OkrSet;
import org.okr4j.model.OwnerRef;
import org.okr4j.validation.OkrException;

class ContributionTest {

  private static KeyResult.Builder kr(String id, String value) {
    return KeyResult.builder().id(id).title(id).metric(LinearMetric.count(1))
        .checkIn(CheckIn.of(Instant.parse("2026-02-01T00:00:00Z"), new CheckInData.Measurement(new BigDecimal(value))));
  }

  @Test
  void aChildObjectiveContributesItsExactComputedProgress() {
    // progress 1, 0, 0 → mean 1/3, computed to 34 significant digits (more decimals than input may carry)
    Objective o = Objective.builder().id("o").title("Thirds").owner(OwnerRef.team("t")).cycle("2026-q1")
        .level(Level.TEAM).keyResult(kr("a", "1")).keyResult(kr("b", "0")).keyResult(kr("c", "0")).buildOrThrow();
    OkrSet set = OkrSet.builder().cycle(OkrGenerators.CYCLE).objective(o).buildOrThrow();
    ObjectiveScore score = Scorer.evaluate(set, ScoringPolicy.defaults(), Instant.parse("2026-03-01T00:00:00Z"))
        .objective(ObjectiveId.of("o")).get();
    assertThat(score.progress().get().scale()).isGreaterThan(30);
    Contribution c = Contribution.objective(score, new BigDecimal("2"));
    assertThat(c.progress()).isEqualTo(score.progress());
    assertThat(c.weight()).isEqualByComparingTo("2");
    assertThat(c.withWeight(BigDecimal.ONE).progress()).isEqualTo(score.progress());
    assertThatThrownBy(() -> Contribution.objective(score, new BigDecimal("-1"))).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> c.withWeight(new BigDecimal("-1"))).isInstanceOf(OkrException.class);
  }
}
