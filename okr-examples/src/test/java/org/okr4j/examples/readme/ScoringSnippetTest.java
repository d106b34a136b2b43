package org.okr4j.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.okr4j.model.CheckIn;
import org.okr4j.model.CheckInData;
import org.okr4j.model.Cycle;
import org.okr4j.model.KeyResult;
import org.okr4j.model.KeyResultId;
import org.okr4j.model.Level;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Objective;
import org.okr4j.model.ObjectiveId;
import org.okr4j.model.OkrSet;
import org.okr4j.model.OwnerRef;
import org.okr4j.model.Target;
import org.okr4j.model.Unit;
import org.okr4j.scoring.KeyResultScore;
import org.okr4j.scoring.ObjectiveScore;
import org.okr4j.scoring.Scorecard;
import org.okr4j.scoring.Scorer;
import org.okr4j.scoring.ScoringPolicy;
import org.okr4j.scoring.Status;
import org.okr4j.scoring.StatusPolicy;
import org.okr4j.scoring.StatusRule;

/** The README's "Scoring" snippet, compiled and checked. */
class ScoringSnippetTest {

  @Test
  void scoring() {
    // snippet: scoring
    Cycle q1 = Cycle.of("2026-q1", "Q1 2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1));
    Instant feb1 = Instant.parse("2026-02-01T00:00:00Z");
    Objective brand = Objective.builder()
        .id("o-brand").title("Raise brand influence").owner(OwnerRef.department("marketing"))
        .cycle("2026-q1").level(Level.DEPARTMENT)
        .keyResult(KeyResult.builder().id("kr-exposure").title("Brand exposure +50%").weight(BigDecimal.valueOf(3))
            .metric(LinearMetric.of(Unit.NUMBER, new BigDecimal("2000000"), Target.relative(new BigDecimal("0.5"))))
            .checkIn(CheckIn.of(feb1, new CheckInData.Measurement(new BigDecimal("2750000")))))
        .keyResult(KeyResult.builder().id("kr-talks").title("8 talks or sponsorships").weight(BigDecimal.valueOf(2))
            .metric(LinearMetric.count(8))
            .checkIn(CheckIn.of(feb1, new CheckInData.Measurement(new BigDecimal("5")))))
        .keyResult(KeyResult.builder().id("kr-campaigns").title("5 co-branded campaigns")
            .metric(LinearMetric.count(5))
            .checkIn(CheckIn.of(feb1, new CheckInData.Measurement(new BigDecimal("3")))))
        .buildOrThrow();
    OkrSet set = OkrSet.builder().cycle(q1).objective(brand).buildOrThrow();

    // Every rule is an option of an immutable policy; presets: defaults(), google(), quantive(), perdoo(), oslo().
    ScoringPolicy policy = ScoringPolicy.defaults()
        .withStatus(StatusPolicy.defaults().withRule(StatusRule.oboard()));
    Scorecard card = Scorer.evaluate(set, policy, Instant.parse("2026-02-15T00:00:00Z"));

    ObjectiveScore score = card.objective(ObjectiveId.of("o-brand")).get();
    System.out.println(score.explanation().equation()); // 0.6833 = (0.75·3 + 0.625·2 + 0.6·1) / 6
    System.out.println(score.status() + ", " + score.band().get().label()); // ON_TRACK, yellow
    KeyResultScore talks = card.keyResult(KeyResultId.of("kr-talks")).get();
    System.out.println(talks.explanation().render());
    // key result kr-talks (8 talks or sponsorships): 0.625 = (5 − 0) / (8 − 0)  [linear from baseline: (c − b) / (t − b)]
    //   current c: 5  [check-in at 2026-02-01T00:00:00Z]
    //   baseline b: 0
    //   target t: 8
    // end snippet

    assertThat(score.explanation().equation()).isEqualTo("0.6833 = (0.75·3 + 0.625·2 + 0.6·1) / 6");
    assertThat(score.progress().get().setScale(4, java.math.RoundingMode.HALF_EVEN)).isEqualByComparingTo("0.6833");
    assertThat(score.status()).isEqualTo(Status.ON_TRACK);
    assertThat(score.band().get().label()).isEqualTo("yellow");
    assertThat(talks.explanation().render()).isEqualTo(String.join("\n",
        "key result kr-talks (8 talks or sponsorships): 0.625 = (5 − 0) / (8 − 0)  [linear from baseline: (c − b) / (t − b)]",
        "  current c: 5  [check-in at 2026-02-01T00:00:00Z]",
        "  baseline b: 0",
        "  target t: 8"));
  }
}
