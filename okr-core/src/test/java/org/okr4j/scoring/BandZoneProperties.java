package org.okr4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.scoring.Fixtures.AFTER;
import static org.okr4j.scoring.Fixtures.kr;
import static org.okr4j.scoring.Fixtures.measure;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.okr4j.model.CheckIn;
import org.okr4j.model.CheckInData;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.OrdinalMetric;
import org.okr4j.model.Target;
import org.okr4j.model.Unit;
import org.okr4j.model.Zone;

/**
 * Bands and zones say the same thing at every value, boundaries included: a key result scored
 * Puzzle's way (against its stretch level, levels at 0.3 and 0.7 of the way) is in band
 * {@code fail}, {@code commit}, {@code target} or {@code stretch} exactly when its zone is FAIL,
 * COMMIT, TARGET or STRETCH; so is an ordinal key result with the default zone scores.
 */
class BandZoneProperties {

  private static final int EXAMPLES = Integer.getInteger("okr.qt.examples", 1000);

  @Test
  void puzzleBandsAndZonesAgreeAtEveryValue() {
    // levels b, b + 3d, b + 7d, b + 10d (decreasing for d < 0); values around them, boundaries mixed in
    qt().withExamples(EXAMPLES)
        .forAll(integers().between(-1_000, 1_000), integers().between(-500, 500).assuming(d -> d != 0),
            integers().between(-20, 140), integers().between(0, 4))
        .checkAssert((b, d, tenths, boundary) -> {
          BigDecimal base = BigDecimal.valueOf(b);
          BigDecimal step = BigDecimal.valueOf(d);
          LinearMetric m = LinearMetric.of(Unit.NUMBER, base, Target.absolute(base.add(step.multiply(BigDecimal.valueOf(7)))))
              .withLevels(Option.none(), Option.some(base.add(step.multiply(BigDecimal.TEN))));
          // a value tenths/10 of the way to the stretch level, or exactly at a level
          BigDecimal way = boundary == 0 ? BigDecimal.valueOf(tenths, 1) : BigDecimal.valueOf(new int[] {0, 3, 7, 10}[boundary - 1], 1);
          BigDecimal value = base.add(step.multiply(BigDecimal.TEN).multiply(way));
          KeyResultScore s = Fixtures.score(kr("k", m, measure(5, value.toPlainString())), ScoringPolicy.puzzle());
          Zone zone = s.zone().get();
          assertThat(s.band().get().label()).as("value %s, levels %s", value, s.levels())
              .isEqualTo(zone.name().toLowerCase(Locale.ROOT));
        });
  }

  @Test
  void ordinalZonesFallInTheirBands() {
    qt().withExamples(Math.min(EXAMPLES, 100)).forAll(arbitrary().enumValues(Zone.class)).checkAssert(zone -> {
      KeyResultScore s = Scorer.scoreKeyResult(kr("o", OrdinalMetric.of(),
          CheckIn.of(Fixtures.day(5), new CheckInData.ZoneReached(zone))), Fixtures.Q1, ScoringPolicy.puzzle(), AFTER);
      assertThat(s.band().get().label()).isEqualTo(zone.name().toLowerCase(Locale.ROOT));
    });
  }
}
