package org.okr4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.scoring.Fixtures.AFTER;
import static org.okr4j.scoring.Fixtures.Q1;
import static org.okr4j.scoring.Fixtures.d;
import static org.okr4j.scoring.Fixtures.day;
import static org.okr4j.scoring.Fixtures.item;
import static org.okr4j.scoring.Fixtures.items;
import static org.okr4j.scoring.Fixtures.kr;
import static org.okr4j.scoring.Fixtures.measure;
import static org.okr4j.scoring.Fixtures.milestones;
import static org.okr4j.scoring.Fixtures.objective;
import static org.okr4j.scoring.Fixtures.progress;
import static org.okr4j.scoring.Fixtures.raw;
import static org.okr4j.scoring.Fixtures.score;
import static org.okr4j.scoring.Fixtures.set;
import static org.okr4j.scoring.Fixtures.withProgress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.okr4j.model.AggregateMetric;
import org.okr4j.model.CheckIn;
import org.okr4j.model.Comparison;
import org.okr4j.model.Cycle;
import org.okr4j.model.KeyResult;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Milestone;
import org.okr4j.model.MilestoneMetric;
import org.okr4j.model.RangeMetric;
import org.okr4j.model.Target;
import org.okr4j.model.ThresholdMetric;
import org.okr4j.model.Unit;
import org.okr4j.validation.OkrError;

/** One test per worked example E01–E26 of docs/conventions.md §8, one per convention where several are listed. */
class WorkedExamplesTest {

  private static final ScoringPolicy DEFAULTS = ScoringPolicy.defaults();

  private static BigDecimal four(BigDecimal value) {
    return value.setScale(4, RoundingMode.HALF_EVEN);
  }

  private static LinearMetric linear(Unit unit, String baseline, Target target) {
    return LinearMetric.of(unit, d(baseline), target);
  }

  @Test
  void e01_marketSharePlusTwoPoints() {
    // b = 10 %, t = 10 + 2 pp = 12 %, c = 11.5 %: (11.5 − 10) / (12 − 10) = 0.75
    KeyResult kr = kr("share", linear(Unit.PERCENT, "10", Target.points(d("2"))), measure(30, "11.5"));
    assertThat(progress(kr, DEFAULTS)).isEqualByComparingTo("0.75");
    assertThat(score(kr, DEFAULTS).explanation().equation()).isEqualTo("0.75 = (11.5 − 10) / (12 − 10)");
  }

  @Test
  void e02_sameKeyResultMisreadAsRelative() {
    // t = 10 × 1.02 = 10.2: (11.5 − 10) / (10.2 − 10) = 7.5, why points and relative deltas differ
    KeyResult kr = kr("share", linear(Unit.PERCENT, "10", Target.relative(d("0.02"))), measure(30, "11.5"));
    assertThat(progress(kr, DEFAULTS)).isEqualByComparingTo("7.5");
  }

  @Test
  void e03_brandExposurePlusFiftyPercent() {
    // b = 2.0 M, t = 3.0 M, c = 2.6 M: 0.6 M / 1 M = 0.6
    KeyResult kr = kr("exposure", linear(Unit.NUMBER, "2000000", Target.relative(d("0.5"))), measure(30, "2600000"));
    assertThat(progress(kr, DEFAULTS)).isEqualByComparingTo("0.6");
  }

  private static KeyResult followers(String current) {
    // b = 20 000, t = 20 000 × 1.3 = 26 000
    return kr("followers", linear(Unit.COUNT, "20000", Target.relative(d("0.3"))), measure(30, current));
  }

  @Test
  void e04_followersFell_rawIsNegative() {
    // (19 000 − 20 000) / 6 000 = −0.1667, kept raw by default (Quantive)
    assertThat(four(progress(followers("19000"), DEFAULTS))).isEqualByComparingTo("-0.1667");
    assertThat(four(progress(followers("19000"), ScoringPolicy.quantive()))).isEqualByComparingTo("-0.1667");
  }

  @Test
  void e04_followersFell_perdooRollsUpZero() {
    KeyResult kr = followers("19000");
    ObjectiveScore o = Scorer.scoreObjective(objective("o", kr), Q1, ScoringPolicy.perdoo(), AFTER);
    assertThat(four(o.keyResults().head().progress().get())).isEqualByComparingTo("-0.1667");
    assertThat(o.progress().get()).isEqualByComparingTo("0");
  }

  @Test
  void e04_followersFell_puzzleFloorsAtZero() {
    ScoringPolicy puzzle = withProgress(DEFAULTS, p -> p.withCap(Cap.nonNegative()));
    assertThat(progress(followers("19000"), puzzle)).isEqualByComparingTo("0");
  }

  @Test
  void e04_followersFell_osloClampsToZero() {
    assertThat(progress(followers("19000"), ScoringPolicy.oslo())).isEqualByComparingTo("0");
  }

  @Test
  void e05_followersOvershoot_quantiveRaw() {
    // (27 500 − 20 000) / 6 000 = 1.25
    assertThat(progress(followers("27500"), ScoringPolicy.quantive())).isEqualByComparingTo("1.25");
    ObjectiveScore o = Scorer.scoreObjective(objective("o", followers("27500")), Q1, ScoringPolicy.quantive(), AFTER);
    assertThat(o.progress().get()).isEqualByComparingTo("1.25");
  }

  @Test
  void e05_followersOvershoot_osloCaps() {
    assertThat(raw(followers("27500"), ScoringPolicy.oslo())).isEqualByComparingTo("1.25");
    assertThat(progress(followers("27500"), ScoringPolicy.oslo())).isEqualByComparingTo("1");
  }

  @Test
  void e05_followersOvershoot_perdooContributesOne() {
    ObjectiveScore o = Scorer.scoreObjective(objective("o", followers("27500")), Q1, ScoringPolicy.perdoo(), AFTER);
    assertThat(o.keyResults().head().progress().get()).isEqualByComparingTo("1.25");
    assertThat(o.progress().get()).isEqualByComparingTo("1");
    assertThat(o.raw().get()).isEqualByComparingTo("1.25");
  }

  @Test
  void e06_fiveSpeechesOrSponsorships() {
    // 2 speeches + 1 sponsorship = 3 of 5
    assertThat(progress(kr("talks", LinearMetric.count(5), measure(40, "3")), DEFAULTS)).isEqualByComparingTo("0.6");
  }

  @Test
  void e07_threeCoBrandedCampaigns_met() {
    assertThat(progress(kr("campaigns", LinearMetric.count(3), measure(40, "3")), DEFAULTS)).isEqualByComparingTo("1");
  }

  @Test
  void e07_threeCoBrandedCampaigns_overshootRawAndCapped() {
    KeyResult kr = kr("campaigns", LinearMetric.count(3), measure(40, "4"));
    assertThat(four(progress(kr, DEFAULTS))).isEqualByComparingTo("1.3333");
    assertThat(progress(kr, ScoringPolicy.oslo())).isEqualByComparingTo("1");
  }

  @Test
  void e08_googleLaunchSixFeatures() {
    ArrayList<Milestone> features = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      features.add(Milestone.of("f" + i, "Feature " + i));
    }
    KeyResult kr = kr("features", MilestoneMetric.of(features.toArray(new Milestone[0])), milestones(50, "f1", "f2", "f3"));
    assertThat(progress(kr, ScoringPolicy.google())).isEqualByComparingTo("0.5");
    // the same as a count: 3 of 6
    assertThat(progress(kr("features", LinearMetric.count(6), measure(50, "3")), ScoringPolicy.google()))
        .isEqualByComparingTo("0.5");
  }

  @Test
  void e09_threeThousandLeads() {
    assertThat(progress(kr("leads", LinearMetric.count(3000), measure(45, "2250")), DEFAULTS))
        .isEqualByComparingTo("0.75");
  }

  @Test
  void e10_leadConversionToTenPercent() {
    // (8.5 − 6) / (10 − 6) = 2.5 / 4 = 0.625
    KeyResult kr = kr("conversion", linear(Unit.PERCENT, "6", Target.absolute(d("10"))), measure(45, "8.5"));
    assertThat(progress(kr, DEFAULTS)).isEqualByComparingTo("0.625");
  }

  @Test
  void e11_adBudgetToFiveMillion() {
    // (4.2 M − 3 M) / (5 M − 3 M) = 0.6
    KeyResult kr = kr("budget", linear(Unit.currency("CNY"), "3000000", Target.absolute(d("5000000"))),
        measure(45, "4200000"));
    assertThat(progress(kr, DEFAULTS)).isEqualByComparingTo("0.6");
  }

  @Test
  void e12_fiveRegionalPartners_googleYellow() {
    KeyResultScore s = score(kr("partners", LinearMetric.count(5), measure(60, "2")), ScoringPolicy.google());
    assertThat(s.progress().get()).isEqualByComparingTo("0.4");
    assertThat(s.grade().get()).isEqualByComparingTo("0.4");
    assertThat(s.band().get().colour()).isEqualTo(Colour.YELLOW);
  }

  @Test
  void e13_decrease_quantive() {
    // b = 100, t = 60: (80 − 100) / (60 − 100) = 0.5; 70 → 0.75; 50 → 1.25
    LinearMetric m = linear(Unit.NUMBER, "100", Target.absolute(d("60")));
    ScoringPolicy quantive = ScoringPolicy.quantive();
    assertThat(progress(kr("cost", m, measure(10, "80")), quantive)).isEqualByComparingTo("0.5");
    assertThat(progress(kr("cost", m, measure(10, "70")), quantive)).isEqualByComparingTo("0.75");
    assertThat(progress(kr("cost", m, measure(10, "50")), quantive)).isEqualByComparingTo("1.25");
  }

  @Test
  void e14_marketShareTenPercentAchievedTwelve_changeBased() {
    // target stated as a change: 12 / 10 = 1.2, the same as linear from 0
    KeyResult kr = kr("new-market", linear(Unit.PERCENT, "0", Target.absolute(d("10"))), measure(80, "12"));
    assertThat(progress(kr, DEFAULTS)).isEqualByComparingTo("1.2");
  }

  @Test
  void e14_marketShareTenPercentAchievedTwelve_fromBaselineRawAndCapped() {
    // b = 20 %, t = 20 × 1.1 = 22 %, c = 22.4 %: 2.4 / 2 = 1.2; capped 1.0
    KeyResult kr = kr("new-market", linear(Unit.PERCENT, "20", Target.relative(d("0.1"))), measure(80, "22.4"));
    assertThat(progress(kr, DEFAULTS)).isEqualByComparingTo("1.2");
    assertThat(progress(kr, ScoringPolicy.google())).isEqualByComparingTo("1");
  }

  @Test
  void e15_conversionPlusTwentyAchievedPlusTwentyFive_changeBased() {
    KeyResult kr = kr("conv", linear(Unit.PERCENT, "0", Target.absolute(d("20"))), measure(80, "25"));
    assertThat(progress(kr, DEFAULTS)).isEqualByComparingTo("1.25");
  }

  @Test
  void e15_conversionPlusTwentyAchievedPlusTwentyFive_fromBaselineRawAndCapped() {
    // b = 5 %, t = 6 %, c = 6.25 %: 1.25 / 1 = 1.25; capped 1.0
    KeyResult kr = kr("conv", linear(Unit.PERCENT, "5", Target.relative(d("0.2"))), measure(80, "6.25"));
    assertThat(progress(kr, DEFAULTS)).isEqualByComparingTo("1.25");
    assertThat(progress(kr, ScoringPolicy.oslo())).isEqualByComparingTo("1");
  }

  private static KeyResult participations(String current) {
    return kr("campaign", ThresholdMetric.of(Unit.COUNT, Comparison.AT_LEAST, d("100000")), measure(85, current));
  }

  @Test
  void e16_integratedCampaign_binaryMisses() {
    assertThat(progress(participations("85000"), DEFAULTS)).isEqualByComparingTo("0");
  }

  @Test
  void e16_integratedCampaign_gradedVariant() {
    // distance from target, at least: 85 000 / 100 000 = 0.85
    ScoringPolicy graded = withProgress(DEFAULTS, p -> p.withControlGrading(ProgressPolicy.ControlGrading.DISTANCE));
    assertThat(progress(participations("85000"), graded)).isEqualByComparingTo("0.85");
  }

  @Test
  void e17_exactlyAtThreshold_inclusive() {
    assertThat(progress(participations("100000"), DEFAULTS)).isEqualByComparingTo("1");
    ScoringPolicy inclusive = withProgress(DEFAULTS,
        p -> p.withThresholdEquality(ProgressPolicy.ThresholdEquality.INCLUSIVE));
    KeyResult above = kr("campaign", ThresholdMetric.of(Unit.COUNT, Comparison.ABOVE, d("100000")),
        measure(85, "100000"));
    assertThat(progress(above, inclusive)).isEqualByComparingTo("1");
  }

  @Test
  void e17_exactlyAtThreshold_quantiveStrict() {
    assertThat(progress(participations("100000"), ScoringPolicy.quantive())).isEqualByComparingTo("0");
  }

  @Test
  void e18_targetEqualsBaseline_rejectedByDefault() {
    // the metric is accepted; scored by default it is not scored, with the problem reported
    LinearMetric flat = LinearMetric.validate(Unit.PERCENT, d("12"), Target.absolute(d("12"))).get();
    KeyResultScore s = score(kr("share", flat, measure(20, "12.5")), DEFAULTS);
    assertThat(s.progress()).isEmpty();
    assertThat(s.problems().map(e -> e.code() + " " + e.path()))
        .containsExactly("okr.key-result.target-equals-baseline /metric/target");
    assertThat(Scorer.validate(set(objective("o", kr("share", flat, measure(20, "12.5")))), DEFAULTS, AFTER).isInvalid())
        .isTrue();
  }

  @Test
  void e18_targetEqualsBaseline_underEachDegenerateRule() {
    // b = t = 12 %, c = 12.5 %: Oslo's d3 scale 0.5; read as "at least 12" 1; or 0; or silently not scored
    LinearMetric flat = LinearMetric.of(Unit.PERCENT, d("12"), Target.absolute(d("12")));
    KeyResult kr = kr("share", flat, measure(20, "12.5"));
    assertThat(progress(kr, withProgress(DEFAULTS, p -> p.withDegenerate(ProgressPolicy.Degenerate.HALF))))
        .isEqualByComparingTo("0.5");
    assertThat(progress(kr, withProgress(DEFAULTS, p -> p.withDegenerate(ProgressPolicy.Degenerate.THRESHOLD))))
        .isEqualByComparingTo("1");
    assertThat(progress(kr, withProgress(DEFAULTS, p -> p.withDegenerate(ProgressPolicy.Degenerate.ZERO))))
        .isEqualByComparingTo("0");
    KeyResultScore silent = score(kr, withProgress(DEFAULTS, p -> p.withDegenerate(ProgressPolicy.Degenerate.NOT_SCORED)));
    assertThat(silent.progress()).isEmpty();
    assertThat(silent.problems()).isEmpty();
    // c = 11.5 is short of 12: the threshold reading gives 0
    assertThat(progress(kr("share", flat, measure(20, "11.5")),
        withProgress(DEFAULTS, p -> p.withDegenerate(ProgressPolicy.Degenerate.THRESHOLD)))).isEqualByComparingTo("0");
  }

  @Test
  void e18_targetEqualsBaseline_asThreshold() {
    // the alternative reading: c = 12.5 meets "at least 12" → 1
    KeyResult kr = kr("share", ThresholdMetric.of(Unit.PERCENT, Comparison.AT_LEAST, d("12")), measure(20, "12.5"));
    assertThat(progress(kr, DEFAULTS)).isEqualByComparingTo("1");
  }

  @Test
  void e19_noCheckInYet_notScored() {
    KeyResultScore s = score(kr("leads", LinearMetric.count(3000)), DEFAULTS);
    assertThat(s.progress().isEmpty()).isTrue();
    assertThat(s.raw().isEmpty()).isTrue();
    assertThat(s.grade().isEmpty()).isTrue();
    assertThat(s.isScored()).isFalse();
    assertThat(s.explanation().equation()).isEqualTo("not scored");
  }

  @Test
  void e19_noCheckInYet_osloZero() {
    assertThat(progress(kr("leads", LinearMetric.count(3000)), ScoringPolicy.oslo())).isEqualByComparingTo("0");
  }

  private static KeyResult churn(String current, Comparison comparison) {
    return kr("churn", ThresholdMetric.of(Unit.PERCENT, comparison, d("25")), measure(20, current));
  }

  @Test
  void e20_keepBelowTwentyFive_quantive() {
    ScoringPolicy quantive = ScoringPolicy.quantive();
    assertThat(progress(churn("27", Comparison.BELOW), quantive)).isEqualByComparingTo("0");
    assertThat(progress(churn("24", Comparison.BELOW), quantive)).isEqualByComparingTo("1");
    assertThat(progress(churn("25", Comparison.BELOW), quantive)).isEqualByComparingTo("0");
    // "should stay below" declared at most is still strict under Quantive
    assertThat(progress(churn("25", Comparison.AT_MOST), quantive)).isEqualByComparingTo("0");
    assertThat(progress(churn("25", Comparison.AT_MOST), DEFAULTS)).isEqualByComparingTo("1");
  }

  private static KeyResult interaction() {
    // two articles at exactly 5 %: 5/100 and 10/200 → aggregate 5.0 %
    return kr("interaction", AggregateMetric.of(Unit.PERCENT, Comparison.AT_LEAST, d("5")),
        items(30, item("a1", "5", "100"), item("a2", "10", "200")));
  }

  @Test
  void e21_averageInteractionExactlyFive_inclusive() {
    assertThat(progress(interaction(), DEFAULTS)).isEqualByComparingTo("1");
  }

  @Test
  void e21_averageInteractionExactlyFive_quantiveStrict() {
    assertThat(progress(interaction(), ScoringPolicy.quantive())).isEqualByComparingTo("0");
  }

  @Test
  void e22_rangeFourToFiveWeekly_profitCo() {
    // 13 weeks from Monday 2026-01-05; 9 weeks within [4, 5] (incl. 4.2 and 5.0), 3 outside, 1 without check-in
    Cycle quarter = Cycle.of("13w", "13 weeks", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 4, 6));
    String[] values = {"4.2", "5.0", "4.5", "3.9", "4", "4.8", "5.1", null, "4.4", "4.6", "4.9", "6", "4.1"};
    ArrayList<CheckIn> checkIns = new ArrayList<>();
    for (int w = 0; w < values.length; w++) {
      if (values[w] != null) {
        checkIns.add(measure(LocalDate.of(2026, 1, 9).plusWeeks(w).atStartOfDay(java.time.ZoneOffset.UTC)
            .toInstant(), values[w]));
      }
    }
    KeyResult kr = kr("tickets", RangeMetric.of(Unit.NUMBER, d("4"), d("5")), checkIns.toArray(new CheckIn[0]));
    ScoringPolicy profitCo = withProgress(DEFAULTS, p -> p
        .withControlMethod(ProgressPolicy.ControlMethod.SHARE_OF_PERIODS_MET)
        .withThresholdEquality(ProgressPolicy.ThresholdEquality.INCLUSIVE)
        .withCadence(org.okr4j.model.Period.WEEK));
    KeyResultScore s = Scorer.scoreKeyResult(kr, quarter, profitCo, AFTER);
    // 9 / 13 = 0.6923
    assertThat(four(s.progress().get())).isEqualByComparingTo("0.6923");
    assertThat(s.explanation().equation()).isEqualTo("0.6923 = 9 / 13");
  }

  private static KeyResult costPerClick(String current) {
    return kr("cpc", ThresholdMetric.of(Unit.currency("USD"), Comparison.AT_MOST, d("1")), measure(20, current));
  }

  @Test
  void e23_atMostOneDollarCpc_profitCoDistance() {
    // (2t − a) / t: a = 0.8 → 1.2, 1.5 → 0.5, 1.75 → 0.25
    ScoringPolicy distance = withProgress(DEFAULTS, p -> p.withControlGrading(ProgressPolicy.ControlGrading.DISTANCE));
    assertThat(progress(costPerClick("0.8"), distance)).isEqualByComparingTo("1.2");
    assertThat(progress(costPerClick("0.5"), distance)).isEqualByComparingTo("1.5");
    assertThat(progress(costPerClick("1.5"), distance)).isEqualByComparingTo("0.5");
    assertThat(progress(costPerClick("1.75"), distance)).isEqualByComparingTo("0.25");
  }

  @Test
  void e24_atMostThousandPerWeek_profitCoAverage() {
    // mean 775 against 1000: 1 + (1000 − 775) / 1000 = 1.225
    KeyResult kr = kr("spend", ThresholdMetric.of(Unit.currency("USD"), Comparison.AT_MOST, d("1000")),
        measure(7, "800"), measure(14, "750"));
    ScoringPolicy average = withProgress(DEFAULTS, p -> p
        .withControlMethod(ProgressPolicy.ControlMethod.MEAN_OF_CHECK_INS)
        .withControlGrading(ProgressPolicy.ControlGrading.DISTANCE));
    assertThat(progress(kr, average)).isEqualByComparingTo("1.225");
    assertThat(score(kr, average).explanation().equation()).isEqualTo("1.225 = (2·1000 − 775) / 1000");
  }

  private static MilestoneMetric campaign(String... weights) {
    Milestone[] ms = new Milestone[weights.length];
    for (int i = 0; i < weights.length; i++) {
      ms[i] = Milestone.of("m" + (i + 1), "Milestone " + (i + 1), d(weights[i]));
    }
    return MilestoneMetric.of(ms);
  }

  @Test
  void e25_campaignMilestonesEqual() {
    KeyResult kr = kr("launch", campaign("1", "1", "1", "1", "1"), milestones(60, "m1", "m2", "m3"));
    assertThat(progress(kr, DEFAULTS)).isEqualByComparingTo("0.6");
    assertThat(score(kr, DEFAULTS).explanation().equation()).isEqualTo("0.6 = (1 + 1 + 1) / 5");
  }

  @Test
  void e26_campaignMilestonesWeighted() {
    // 0.1 + 0.2 + 0.2 of 1.0 = 0.5; counted equally it is 3 / 5 = 0.6
    KeyResult kr = kr("launch", campaign("0.1", "0.2", "0.2", "0.3", "0.2"), milestones(60, "m1", "m2", "m3"));
    assertThat(progress(kr, DEFAULTS)).isEqualByComparingTo("0.5");
    ScoringPolicy equal = withProgress(DEFAULTS, p -> p.withMilestoneWeighting(ProgressPolicy.MilestoneWeighting.EQUAL));
    assertThat(progress(kr, equal)).isEqualByComparingTo("0.6");
  }

  @Test
  void e05_inAScorecard() {
    Scorecard card = Scorer.evaluate(set(objective("o", followers("27500"))), ScoringPolicy.perdoo(), day(89));
    assertThat(card.objectives().head().progress().get()).isEqualByComparingTo("1");
  }
}
