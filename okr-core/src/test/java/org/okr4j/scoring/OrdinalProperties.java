package org.okr4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.scoring.Fixtures.AFTER;
import static org.okr4j.scoring.Fixtures.day;
import static org.okr4j.scoring.Fixtures.kr;
import static org.okr4j.scoring.Fixtures.measure;
import static org.okr4j.scoring.Fixtures.objective;
import static org.okr4j.scoring.Fixtures.set;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.okr4j.model.BinaryMetric;
import org.okr4j.model.CheckIn;
import org.okr4j.model.CheckInData;
import org.okr4j.model.KeyResult;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.OrdinalMetric;
import org.okr4j.model.Zone;

/** The laws of ordinal key results and of scoring against stretch levels. */
class OrdinalProperties {

  private static final int EXAMPLES = Integer.getInteger("okr.qt.examples", 1000);

  private static final List<ScoringPolicy> POLICIES = List.of(ScoringPolicy.defaults(), ScoringPolicy.google(),
      ScoringPolicy.puzzle(), ScoringPolicy.oslo(), ScoringPolicy.quantive(), ScoringPolicy.perdoo(),
      ScoringPolicy.defaults().withProgress(ProgressPolicy.defaults().withNoCheckIn(ProgressPolicy.NoCheckIn.ZERO)
          .withDegenerate(ProgressPolicy.Degenerate.HALF).withStretch(Option.some(StretchPolicy.defaults()))));

  @Test
  void ordinalProgressIsMonotoneInTheZoneOrder() {
    qt().withExamples(EXAMPLES).forAll(lists().of(integers().between(-50, 150)).ofSize(4), integers().between(0, 3),
        integers().between(0, 3), integers().between(0, POLICIES.size() - 1)).checkAssert((raw, a, b, p) -> {
          ArrayList<Integer> sorted = new ArrayList<>(raw);
          Collections.sort(sorted);
          OrdinalMetric m = OrdinalMetric.of(OrdinalMetric.scores(pct(sorted.get(0)), pct(sorted.get(1)),
              pct(sorted.get(2)), pct(sorted.get(3))));
          Zone lo = Zone.values()[Math.min(a, b)];
          Zone hi = Zone.values()[Math.max(a, b)];
          ScoringPolicy policy = POLICIES.get(p);
          KeyResultScore low = Fixtures.score(kr("l", m, zoneAt(1, lo)), policy);
          KeyResultScore high = Fixtures.score(kr("h", m, zoneAt(1, hi)), policy);
          assertThat(low.raw().get()).isLessThanOrEqualTo(high.raw().get());
          assertThat(low.progress().get()).isLessThanOrEqualTo(high.progress().get());
          assertThat(low.grade().get()).isLessThanOrEqualTo(high.grade().get());
          assertThat(low.zone()).contains(lo);
          assertThat(high.zone()).contains(hi);
        });
  }

  @Test
  void mixedKindsNeverThrowAndOrdinalZonesAreTheLatestCheckIns() {
    // each key result: kind (0 linear, 1 ordinal, 2 binary) and up to 4 check-in codes
    qt().withExamples(Math.max(1, EXAMPLES / 5)).forAll(
        lists().of(lists().of(integers().between(0, 400)).ofSizeBetween(1, 5)).ofSizeBetween(1, 6),
        integers().between(0, POLICIES.size() - 1)).checkAssert((specs, p) -> {
          ArrayList<KeyResult> krs = new ArrayList<>();
          for (int i = 0; i < specs.size(); i++) {
            java.util.List<Integer> spec = specs.get(i);
            int kind = spec.get(0) % 3;
            ArrayList<CheckIn> checkIns = new ArrayList<>();
            for (int j = 1; j < spec.size(); j++) {
              int v = spec.get(j);
              checkIns.add(kind == 0 ? measure(j * 10L, Integer.toString(v - 100))
                  : kind == 1 ? zoneAt(j * 10L, Zone.values()[v % 4])
                  : CheckIn.of(day(j * 10L), new CheckInData.Completion(v % 2 == 0)));
            }
            CheckIn[] array = checkIns.toArray(new CheckIn[0]);
            krs.add(kind == 0 ? kr("k" + i, LinearMetric.count(1 + spec.get(0)), array)
                : kind == 1 ? kr("k" + i, OrdinalMetric.of(), array) : kr("k" + i, BinaryMetric.INSTANCE, array));
          }
          Scorecard card = Scorer.evaluate(set(objective("o", krs.toArray(new KeyResult[0]))), POLICIES.get(p), AFTER);
          for (KeyResultScore s : card.keyResults()) {
            assertThat(s.explanation().render()).isNotEmpty();
            assertThat(s.statusExplanation().render()).isNotEmpty();
            assertThat(s.forecastExplanation().render()).isNotEmpty();
            KeyResult k = s.keyResult();
            if (k.metric() instanceof OrdinalMetric m) {
              Option<Zone> latest = k.checkIns().lastOption().map(c -> ((CheckInData.ZoneReached) c.data()).zone());
              assertThat(s.zone()).isEqualTo(latest);
              if (latest.isDefined()) {
                assertThat(s.raw().get()).isEqualByComparingTo(m.score(latest.get()));
              }
            } else if (k.metric() instanceof BinaryMetric) {
              assertThat(s.zone()).isEmpty();
            }
          }
          ZoneStatistics z = ZoneStatistics.ofScores(card.keyResults());
          assertThat(z.total()).isEqualTo(krs.size());
        });
  }

  @Test
  void againstTheTargetTheStretchPolicyAgreesWithTheLinearRuleAndZonesAreMonotone() {
    ScoringPolicy plain = ScoringPolicy.defaults();
    ScoringPolicy stretch = plain.withProgress(plain.progress().withStretch(Option.some(StretchPolicy.defaults())));
    qt().withExamples(EXAMPLES).forAll(integers().between(-10_000, 10_000), integers().between(1, 10_000),
        integers().between(-20_000, 20_000), integers().between(0, 5_000)).checkAssert((b, span, c, step) -> {
          LinearMetric m = LinearMetric.of(org.okr4j.model.Unit.NUMBER, BigDecimal.valueOf(b),
              org.okr4j.model.Target.absolute(BigDecimal.valueOf((long) b + span)));
          KeyResult low = kr("l", m, measure(1, Integer.toString(c)));
          KeyResult high = kr("h", m, measure(1, Integer.toString(c + step)));
          KeyResultScore s = Fixtures.score(low, stretch);
          // (c − b) / (t − b) either way
          assertThat(s.raw().get()).isEqualByComparingTo(Fixtures.score(low, plain).raw().get());
          assertThat(s.zone().isDefined()).isTrue();
          assertThat(s.zone().get()).isLessThanOrEqualTo(Fixtures.score(high, stretch).zone().get());
        });
  }

  private static CheckIn zoneAt(long day, Zone zone) {
    return CheckIn.of(day(day), new CheckInData.ZoneReached(zone));
  }

  private static String pct(int hundredths) {
    return BigDecimal.valueOf(hundredths, 2).toPlainString();
  }
}
