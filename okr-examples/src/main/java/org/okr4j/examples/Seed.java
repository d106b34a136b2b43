package org.okr4j.examples;

import io.vavr.collection.List;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.okr4j.model.AggregateMetric;
import org.okr4j.model.Comparison;
import org.okr4j.model.Cycle;
import org.okr4j.model.KeyResult;
import org.okr4j.model.Level;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Objective;
import org.okr4j.model.ObjectiveType;
import org.okr4j.model.OkrSet;
import org.okr4j.model.OwnerRef;
import org.okr4j.model.Period;
import org.okr4j.model.RecurringMetric;
import org.okr4j.model.Target;
import org.okr4j.model.ThresholdMetric;
import org.okr4j.model.Unit;

/**
 * The cases of the seed article (an OKR guide for a marketing department), built with okr4j: the
 * company, the marketing director, the new-media specialist, the market analyst, the e-commerce
 * market entry and the two teams that share one goal. Baselines that the article does not state
 * are assumed, as in docs/conventions.md §8.
 */
public final class Seed {

  /** The quarter of the marketing department's OKRs. */
  public static final Cycle Q1 = Cycle.of("2026-q1", "Q1 2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1));

  /** The six months of the e-commerce market entry. */
  public static final Cycle H1 = Cycle.of("2026-h1", "H1 2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 7, 1));

  private Seed() {}

  private static BigDecimal n(String value) {
    return new BigDecimal(value);
  }

  /**
   * Returns the company objective: grow market share, with the marketing department's key results
   * (+2 percentage points, +50 % media exposure, 3 national campaigns).
   *
   * @return the objective
   */
  public static Objective company() {
    return Objective.builder()
        .id("o-company-share").title("扩大市场份额 Grow market share")
        .owner(OwnerRef.company("acme")).cycle("2026-q1").level(Level.COMPANY)
        .keyResult(KeyResult.builder().id("kr-share").title("提高市场份额2个百分点 Market share +2 pp")
            .metric(LinearMetric.validate(Unit.PERCENT, n("10"), Target.points(n("2")))))
        .keyResult(KeyResult.builder().id("kr-media").title("增加50%的媒体曝光率 Media exposure +50%")
            .metric(LinearMetric.validate(Unit.NUMBER, n("2000000"), Target.relative(n("0.5")))))
        .keyResult(KeyResult.builder().id("kr-national").title("推出三场全国范围的市场活动 3 national campaigns")
            .metric(LinearMetric.count(3)))
        .buildOrThrow();
  }

  /**
   * Returns the marketing director's objective.
   *
   * @return the objective
   */
  public static Objective director() {
    return Objective.builder()
        .id("o-director").title("提高公司在目标市场中的品牌影响力 Raise brand influence in the target market")
        .owner(OwnerRef.person("marketing-director")).cycle("2026-q1").level(Level.DEPARTMENT)
        .keyResult(KeyResult.builder().id("kr-exposure").title("将品牌曝光度提高50% Brand exposure +50%")
            .metric(LinearMetric.validate(Unit.NUMBER, n("2000000"), Target.relative(n("0.5")))))
        .keyResult(KeyResult.builder().id("kr-talks").title("5次演讲或赞助活动 5 talks or sponsorships")
            .metric(LinearMetric.count(5)))
        .keyResult(KeyResult.builder().id("kr-cobrand").title("推出3项品牌联合营销活动 3 co-branded campaigns")
            .metric(LinearMetric.count(3)))
        .buildOrThrow();
  }

  /**
   * Returns the new-media specialist's objective.
   *
   * @return the objective
   */
  public static Objective newMedia() {
    return Objective.builder()
        .id("o-new-media").title("提高品牌在社交媒体上的影响力 Raise brand influence on social media")
        .owner(OwnerRef.person("new-media-specialist")).cycle("2026-q1").level(Level.INDIVIDUAL)
        .type(ObjectiveType.ASPIRATIONAL)
        .keyResult(KeyResult.builder().id("kr-followers").title("将粉丝数量增加30% Followers +30%")
            .metric(LinearMetric.validate(Unit.COUNT, n("20000"), Target.relative(n("0.3")))))
        .keyResult(KeyResult.builder().id("kr-articles").title("每月发布15篇高质量原创文章 15 original articles every month")
            .metric(RecurringMetric.validate(Unit.custom("articles"), Period.MONTH, n("15"))))
        .keyResult(KeyResult.builder().id("kr-interaction").title("每篇文章的平均互动率达到5% Average interaction rate per article 5%")
            .metric(AggregateMetric.validate(Unit.PERCENT, Comparison.AT_LEAST, n("5"), null)))
        .buildOrThrow();
  }

  /**
   * Returns the market analyst's objective.
   *
   * @return the objective
   */
  public static Objective analyst() {
    return Objective.builder()
        .id("o-analyst").title("提供高质量的市场洞察，支持战略决策 Deliver market insight for strategic decisions")
        .owner(OwnerRef.person("market-analyst")).cycle("2026-q1").level(Level.INDIVIDUAL)
        .keyResult(KeyResult.builder().id("kr-reports").title("每季度提交3份市场分析报告 3 market reports per quarter")
            .metric(RecurringMetric.validate(Unit.custom("reports"), Period.QUARTER, n("3"))))
        .keyResult(KeyResult.builder().id("kr-surveys").title("每月完成1次客户需求调研 1 customer survey per month")
            .metric(RecurringMetric.validate(Unit.custom("surveys"), Period.MONTH, n("1"))))
        .keyResult(KeyResult.builder().id("kr-proposals").title("提供3项数据驱动的优化建议 3 data-driven proposals")
            .metric(LinearMetric.count(3)))
        .buildOrThrow();
  }

  /**
   * Returns the e-commerce market entry objective (six months): market share +10 % with an ad
   * budget, regional partners and an integrated campaign of at least 100 000 participations.
   *
   * @return the objective
   */
  public static Objective ecommerceEntry() {
    return Objective.builder()
        .id("o-ecommerce").title("提高新市场的市场份额10% Raise market share in the new market by 10%")
        .owner(OwnerRef.department("ecommerce")).cycle("2026-h1").level(Level.DEPARTMENT)
        .keyResult(KeyResult.builder().id("kr-new-market-share").title("市场份额提高10% Market share +10%")
            .metric(LinearMetric.validate(Unit.PERCENT, n("20"), Target.relative(n("0.1")))))
        .keyResult(KeyResult.builder().id("kr-ad-budget").title("广告预算达到500万 Ad budget to 5 million")
            .metric(LinearMetric.validate(Unit.currency("CNY"), n("3000000"), Target.absolute(n("5000000")))))
        .keyResult(KeyResult.builder().id("kr-partners").title("5个新的区域合作伙伴 5 new regional partners")
            .metric(LinearMetric.count(5)))
        .keyResult(KeyResult.builder().id("kr-campaign").title("线上线下整合活动参与≥100000 Integrated campaign ≥ 100,000 participations")
            .metric(ThresholdMetric.validate(Unit.COUNT, Comparison.AT_LEAST, n("100000"))))
        .buildOrThrow();
  }

  /**
   * Returns the shared goal of two teams: conversion +20 %.
   *
   * @return the objective
   */
  public static Objective conversion() {
    return Objective.builder()
        .id("o-conversion").title("客户转化率提高20% Conversion +20%")
        .owner(OwnerRef.company("acme")).cycle("2026-q1").level(Level.COMPANY)
        .keyResult(KeyResult.builder().id("kr-conversion").title("转化率提高20% Conversion rate +20%")
            .metric(LinearMetric.validate(Unit.PERCENT, n("5"), Target.relative(n("0.2")))))
        .buildOrThrow();
  }

  /**
   * Returns the marketing team's objective in the cross-team case: 3000 leads from online ads.
   *
   * @return the objective
   */
  public static Objective marketingLeads() {
    return Objective.builder()
        .id("o-marketing-leads").title("线上广告引流 Leads from online ads")
        .owner(OwnerRef.team("marketing-promotion")).cycle("2026-q1").level(Level.TEAM)
        .keyResult(KeyResult.builder().id("kr-leads").title("通过线上广告引流3000个潜在客户 3000 leads from online ads")
            .metric(LinearMetric.count(3000)))
        .buildOrThrow();
  }

  /**
   * Returns the customer team's objective in the cross-team case: lead conversion to 10 %.
   *
   * @return the objective
   */
  public static Objective customerConversion() {
    return Objective.builder()
        .id("o-customer-conversion").title("提高潜在客户转化率 Convert more leads")
        .owner(OwnerRef.team("customer-management")).cycle("2026-q1").level(Level.TEAM)
        .keyResult(KeyResult.builder().id("kr-lead-conversion").title("将潜在客户转化率提高至10% Lead conversion rate to 10%")
            .metric(LinearMetric.validate(Unit.PERCENT, n("6"), Target.absolute(n("10")))))
        .buildOrThrow();
  }

  /**
   * Returns every objective of the seed in one set, with both cycles.
   *
   * @return the set
   */
  public static OkrSet all() {
    OkrSet.Builder b = OkrSet.builder().cycle(Q1).cycle(H1);
    List.of(company(), director(), newMedia(), analyst(), ecommerceEntry(), conversion(), marketingLeads(),
        customerConversion()).forEach(b::objective);
    return b.buildOrThrow();
  }
}
