package org.okr4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.okr4j.model.AggregateMetric;
import org.okr4j.model.Comparison;
import org.okr4j.model.KeyResultId;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Metric;
import org.okr4j.model.OkrSet;
import org.okr4j.model.Period;
import org.okr4j.model.RecurringMetric;
import org.okr4j.model.Target;
import org.okr4j.model.ThresholdMetric;
import org.okr4j.model.Unit;

/** The seed's six cases are built with the right metric kinds. */
class SeedTest {

  private final OkrSet seed = Seed.all();

  private Metric metric(String id) {
    return seed.keyResult(KeyResultId.of(id)).get().metric();
  }

  @Test
  void companyMarketShareIsAPercentagePointDelta() {
    LinearMetric share = (LinearMetric) metric("kr-share");
    assertThat(share.target()).isInstanceOf(Target.PointsDelta.class);
    assertThat(share.unit()).isEqualTo(Unit.PERCENT);
    // 10 % + 2 pp = 12 %, not 10 % × 1.02
    assertThat(share.targetValue()).isEqualByComparingTo("12");
  }

  @Test
  void directorExposurePlusFiftyPercentIsARelativeDelta() {
    LinearMetric exposure = (LinearMetric) metric("kr-exposure");
    assertThat(exposure.target()).isInstanceOf(Target.RelativeDelta.class);
    assertThat(exposure.targetValue()).isEqualByComparingTo("3000000");
  }

  @Test
  void directorTalksAreACount() {
    LinearMetric talks = (LinearMetric) metric("kr-talks");
    assertThat(talks.unit()).isEqualTo(Unit.COUNT);
    assertThat(talks.baseline()).isEqualByComparingTo("0");
    assertThat(talks.targetValue()).isEqualByComparingTo("5");
  }

  @Test
  void newMediaArticlesEveryMonthIsRecurring() {
    RecurringMetric articles = (RecurringMetric) metric("kr-articles");
    assertThat(articles.period()).isEqualTo(Period.MONTH);
    assertThat(articles.perPeriod()).isEqualByComparingTo("15");
    assertThat(articles.period().countIn(Seed.Q1.start(), Seed.Q1.end())).isEqualTo(3);
  }

  @Test
  void newMediaAverageInteractionRateIsAnAggregate() {
    AggregateMetric rate = (AggregateMetric) metric("kr-interaction");
    assertThat(rate.comparison()).isEqualTo(Comparison.AT_LEAST);
    assertThat(rate.target()).isEqualByComparingTo("5");
    assertThat(rate.unit()).isEqualTo(Unit.PERCENT);
    assertThat(rate.baseline().isEmpty()).isTrue();
  }

  @Test
  void analystReportsPerQuarterAndSurveysPerMonthAreRecurring() {
    assertThat(((RecurringMetric) metric("kr-reports")).period()).isEqualTo(Period.QUARTER);
    assertThat(((RecurringMetric) metric("kr-surveys")).period()).isEqualTo(Period.MONTH);
  }

  @Test
  void ecommerceIntegratedCampaignIsAThreshold() {
    ThresholdMetric campaign = (ThresholdMetric) metric("kr-campaign");
    assertThat(campaign.comparison()).isEqualTo(Comparison.AT_LEAST);
    assertThat(campaign.threshold()).isEqualByComparingTo("100000");
    assertThat(((LinearMetric) metric("kr-partners")).targetValue()).isEqualByComparingTo("5");
    assertThat(((LinearMetric) metric("kr-ad-budget")).unit()).isEqualTo(Unit.currency("CNY"));
  }

  @Test
  void crossTeamLeadsAndConversionAreLinear() {
    assertThat(((LinearMetric) metric("kr-leads")).targetValue()).isEqualByComparingTo("3000");
    assertThat(((LinearMetric) metric("kr-lead-conversion")).targetValue()).isEqualByComparingTo("10");
    assertThat(((LinearMetric) metric("kr-conversion")).targetValue()).isEqualByComparingTo("6");
  }

  @Test
  void reportAlignsColumnsWithChineseTitles() {
    String report = Main.report(seed);
    assertThat(report).contains("提高市场份额2个百分点 Market share +2 pp").contains("10 → 12 (percent, +2 pp)");
    // every table row has its "Owner" column at the same display column
    int ownerColumn = -1;
    for (String line : report.lines().toList()) {
      int at = line.indexOf("person:market-analyst");
      if (at >= 0) {
        int col = TextTable.displayWidth(line.substring(0, at));
        if (ownerColumn < 0) {
          ownerColumn = col;
        }
        assertThat(col).isEqualTo(ownerColumn);
      }
    }
    assertThat(ownerColumn).isPositive();
  }

  @Test
  void displayWidthCountsWideCharactersTwice() {
    assertThat(TextTable.displayWidth("abc")).isEqualTo(3);
    assertThat(TextTable.displayWidth("市场")).isEqualTo(4);
    assertThat(TextTable.displayWidth("，")).isEqualTo(2);
  }
}
