package org.okr4j.wiretest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.okr4j.model.AggregateMetric;
import org.okr4j.model.BinaryMetric;
import org.okr4j.model.CheckIn;
import org.okr4j.model.CheckInData;
import org.okr4j.model.Comparison;
import org.okr4j.model.Confidence;
import org.okr4j.model.Cycle;
import org.okr4j.model.CycleId;
import org.okr4j.model.KeyResult;
import org.okr4j.model.Level;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Milestone;
import org.okr4j.model.MilestoneMetric;
import org.okr4j.model.Objective;
import org.okr4j.model.ObjectiveType;
import org.okr4j.model.OkrSet;
import org.okr4j.model.OwnerRef;
import org.okr4j.model.Period;
import org.okr4j.model.RangeMetric;
import org.okr4j.model.RecurringMetric;
import org.okr4j.model.Target;
import org.okr4j.model.ThresholdMetric;
import org.okr4j.model.Unit;
import org.okr4j.model.Visibility;

/**
 * The seed's marketing department as one {@link OkrSet}: every metric kind, every kind of check-in
 * data, a restricted objective, a host-defined level and a currency unit. Its JSON is the fixture
 * {@code fixtures/marketing.okr-set.json}.
 */
final class SeedOkrs {

  private SeedOkrs() {}

  static final Cycle YEAR = Cycle.of("2026", "2026", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1));
  static final Cycle Q1 = Cycle.of("2026-q1", "Q1 2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1))
      .withParent(CycleId.of("2026")).withZone(ZoneId.of("Asia/Shanghai"));
  static final Cycle H2 = Cycle.of("2026-h2", "电商新市场 H2 2026", LocalDate.of(2026, 7, 1), LocalDate.of(2027, 1, 1))
      .withParent(CycleId.of("2026"));

  static OkrSet marketing() {
    return OkrSet.builder().cycle(YEAR).cycle(Q1).cycle(H2)
        .objective(company()).objective(brand()).objective(social()).objective(insight())
        .objective(ecommerce()).objective(conversion())
        .buildOrThrow();
  }

  static Objective company() {
    return Objective.builder().id("o-company").title("Grow market share").owner(OwnerRef.company("acme"))
        .cycle("2026").level(Level.COMPANY).tag("growth")
        .keyResult(KeyResult.builder().id("kr-share").title("Raise market share by 2 percentage points")
            .metric(LinearMetric.of(Unit.PERCENT, new BigDecimal("10"), Target.points(new BigDecimal("2"))))
            .checkIn(checkIn("2026-03-31T16:00:00Z", new CheckInData.Measurement(new BigDecimal("10.80")))))
        .buildOrThrow();
  }

  static Objective brand() {
    return Objective.builder().id("o-brand").title("Raise brand influence in the target market")
        .description("提升品牌在目标市场的影响力").owner(OwnerRef.person("marketing-director"))
        .cycle("2026-q1").level(Level.DEPARTMENT).tag("brand").tag("marketing")
        .keyResult(KeyResult.builder().id("kr-exposure").title("Brand exposure +50%")
            .metric(LinearMetric.of(Unit.COUNT, new BigDecimal("1200000"), Target.relative(new BigDecimal("0.5")))))
        .keyResult(KeyResult.builder().id("kr-talks").title("5 talks or sponsorships at industry events")
            .weight(new BigDecimal("0.5")).metric(LinearMetric.count(5))
            .checkIn(checkIn("2026-02-15T02:00:00Z", new CheckInData.Measurement(new BigDecimal("2")))
                .withConfidence(Confidence.ofScale10(new BigDecimal("7"))).withNote("两场已确认")))
        .keyResult(KeyResult.builder().id("kr-cobrand").title("3 co-branded campaigns")
            .metric(MilestoneMetric.of(Milestone.of("m1", "Campaign with partner A"),
                Milestone.of("m2", "Campaign with partner B"), Milestone.of("m3", "Campaign with partner C",
                    new BigDecimal("2"))))
            .checkIn(checkIn("2026-03-01T08:00:00Z", new CheckInData.MilestonesDone(
                io.vavr.collection.TreeSet.of("m1")))))
        .buildOrThrow();
  }

  static Objective social() {
    OwnerRef specialist = OwnerRef.person("new-media-specialist");
    return Objective.builder().id("o-social").title("Raise brand influence on social media").owner(specialist)
        .cycle("2026-q1").level(Level.INDIVIDUAL)
        .visibility(Visibility.restricted(OwnerRef.team("marketing"), OwnerRef.person("marketing-director")))
        .keyResult(KeyResult.builder().id("kr-followers").title("Followers +30%")
            .metric(LinearMetric.of(Unit.COUNT, new BigDecimal("20000"), Target.relative(new BigDecimal("0.3")))))
        .keyResult(KeyResult.builder().id("kr-articles").title("15 original articles every month")
            .metric(RecurringMetric.of(Unit.custom("articles"), Period.MONTH, new BigDecimal("15")))
            .checkIn(checkIn("2026-01-31T10:00:00Z", new CheckInData.PeriodValue(LocalDate.of(2026, 1, 31),
                new BigDecimal("16"))).withAuthor(specialist))
            .checkIn(checkIn("2026-02-28T10:00:00Z", new CheckInData.PeriodValue(LocalDate.of(2026, 2, 28),
                new BigDecimal("12")))))
        .keyResult(KeyResult.builder().id("kr-interaction").title("Average interaction rate per article reaches 5%")
            .metric(AggregateMetric.of(Unit.PERCENT, Comparison.AT_LEAST, new BigDecimal("5")))
            .checkIn(checkIn("2026-02-10T12:00:00Z", new CheckInData.ItemValues(io.vavr.collection.List.of(
                new CheckInData.Item("article-1", new BigDecimal("420"), new BigDecimal("8000")),
                new CheckInData.Item("article-2", new BigDecimal("95"), new BigDecimal("2500")))))))
        .buildOrThrow();
  }

  static Objective insight() {
    return Objective.builder().id("o-insight").title("Deliver market insight for strategic decisions")
        .owner(OwnerRef.person("market-analyst")).cycle("2026").level(Level.INDIVIDUAL)
        .keyResult(KeyResult.builder().id("kr-reports").title("3 market reports per quarter")
            .metric(RecurringMetric.of(Unit.custom("reports"), Period.QUARTER, new BigDecimal("3"))))
        .keyResult(KeyResult.builder().id("kr-survey-size").title("Each monthly survey covers at least 100 customers")
            .metric(ThresholdMetric.of(Unit.COUNT, Comparison.AT_LEAST, new BigDecimal("100")))
            .checkIn(checkIn("2026-01-20T06:30:00.250Z", new CheckInData.Measurement(new BigDecimal("132")))))
        .keyResult(KeyResult.builder().id("kr-proposals").title("3 data-driven proposals that lift sales 5%")
            .dueDate(LocalDate.of(2026, 11, 30)).metric(LinearMetric.count(3)))
        .buildOrThrow();
  }

  static Objective ecommerce() {
    return Objective.builder().id("o-ecommerce").title("Raise market share in the new market by 10%")
        .owner(OwnerRef.department("e-commerce")).cycle("2026-h2").level(Level.of("division", 1))
        .type(ObjectiveType.ASPIRATIONAL)
        .keyResult(KeyResult.builder().id("kr-budget").title("Ad budget to 5 million on mainstream media")
            .metric(LinearMetric.of(Unit.currency("CNY"), BigDecimal.ZERO, Target.absolute(new BigDecimal("5E+6")))))
        .keyResult(KeyResult.builder().id("kr-partners").title("5 new regional partners").metric(LinearMetric.count(5)))
        .keyResult(KeyResult.builder().id("kr-campaign").title("One integrated online and offline campaign")
            .metric(BinaryMetric.INSTANCE)
            .checkIn(checkIn("2026-09-01T00:00:00Z", new CheckInData.Completion(true))))
        .keyResult(KeyResult.builder().id("kr-participations").title("At least 100,000 participations")
            .metric(ThresholdMetric.of(Unit.COUNT, Comparison.AT_LEAST, new BigDecimal("100000"))))
        .buildOrThrow();
  }

  static Objective conversion() {
    return Objective.builder().id("o-conversion").title("Conversion +20%").owner(OwnerRef.department("marketing"))
        .cycle("2026-q1").level(Level.DEPARTMENT).tag("cross-team")
        .keyResult(KeyResult.builder().id("kr-leads").title("3000 leads from online ads")
            .owner(OwnerRef.team("marketing")).metric(LinearMetric.count(3000)))
        .keyResult(KeyResult.builder().id("kr-conversion-rate").title("Lead conversion rate to 10%")
            .owner(OwnerRef.team("customer"))
            .metric(LinearMetric.of(Unit.PERCENT, new BigDecimal("8.0"), Target.absolute(new BigDecimal("10.0")))))
        .keyResult(KeyResult.builder().id("kr-cost-per-lead").title("Cost per lead stays within 40 to 60 CNY")
            .metric(RangeMetric.of(Unit.currency("CNY"), new BigDecimal("40"), new BigDecimal("60.00"))))
        .buildOrThrow();
  }

  static CheckIn checkIn(String instant, CheckInData data) {
    return CheckIn.of(Instant.parse(instant), data);
  }
}
