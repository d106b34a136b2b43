package org.okr4j.wiretest;

import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.okr4j.model.Confidence;
import org.okr4j.model.KeyResultId;
import org.okr4j.model.Period;
import org.okr4j.scoring.Band;
import org.okr4j.scoring.Bands;
import org.okr4j.scoring.Cap;
import org.okr4j.scoring.Colour;
import org.okr4j.scoring.ConfidencePolicy;
import org.okr4j.scoring.ExpectedProgress;
import org.okr4j.scoring.ForecastPolicy;
import org.okr4j.scoring.GradeScale;
import org.okr4j.scoring.GradingPolicy;
import org.okr4j.scoring.Phase;
import org.okr4j.scoring.ProgressPolicy;
import org.okr4j.scoring.RollUpPolicy;
import org.okr4j.scoring.ScoringPolicy;
import org.okr4j.scoring.Status;
import org.okr4j.scoring.StatusPolicy;
import org.okr4j.scoring.StatusRule;
import org.okr4j.scoring.StatusScale;
import org.okr4j.scoring.StretchPolicy;
import org.quicktheories.core.Gen;

/**
 * Generators of valid scoring policies: every sub-policy, every option and every optional value,
 * built through the core's public factories from a generated seed (the presets are among them).
 */
final class PolicyGenerators {

  private PolicyGenerators() {}

  /** Scoring policies: one in eight a preset, the rest built option by option. */
  static Gen<ScoringPolicy> policies() {
    return longs().all().map(seed -> policy(new Random(seed)));
  }

  static final List<ScoringPolicy> PRESETS = List.of(ScoringPolicy.defaults(), ScoringPolicy.google(),
      ScoringPolicy.quantive(), ScoringPolicy.perdoo(), ScoringPolicy.oslo(), ScoringPolicy.puzzle());

  static ScoringPolicy policy(Random r) {
    if (r.nextInt(8) == 0) {
      return PRESETS.get(r.nextInt(PRESETS.size()));
    }
    ProgressPolicy progress = ProgressPolicy.defaults()
        .withLinearRule(pick(r, ProgressPolicy.LinearRule.values()))
        .withCap(cap(r))
        .withThresholdEquality(pick(r, ProgressPolicy.ThresholdEquality.values()))
        .withControlMethod(pick(r, ProgressPolicy.ControlMethod.values()))
        .withControlGrading(pick(r, ProgressPolicy.ControlGrading.values()))
        .withCadence(pick(r, Period.values()))
        .withPeriodBasis(pick(r, ProgressPolicy.PeriodBasis.values()))
        .withMilestoneWeighting(pick(r, ProgressPolicy.MilestoneWeighting.values()))
        .withRecurring(pick(r, ProgressPolicy.RecurringAggregation.values()))
        .withAggregate(pick(r, ProgressPolicy.AggregateMethod.values()))
        .withNoCheckIn(pick(r, ProgressPolicy.NoCheckIn.values()));
    RollUpPolicy rollUp = RollUpPolicy.defaults()
        .withMethod(pick(r, RollUpPolicy.Method.values()))
        .withMissing(pick(r, RollUpPolicy.Missing.values()))
        .withCap(cap(r))
        .withChildren(pick(r, RollUpPolicy.Children.values()));
    BigDecimal low = unit(r);
    BigDecimal high = low.add(unit(r)).min(BigDecimal.ONE);
    GradingPolicy grading = GradingPolicy.defaults()
        .withScale(scale(r))
        .withBands(bands(r))
        .withCommittedTarget(unit(r))
        .withSweetSpot(low, high);
    StatusPolicy status = StatusPolicy.defaults()
        .withExpected(expected(r))
        .withRule(rule(r))
        .withAchievedAtOne(r.nextBoolean())
        .withBinaryStatus(pick(r, StatusPolicy.BinaryStatus.values()))
        .withStaleStatus(scored(r))
        .withObjectiveStatus(pick(r, StatusPolicy.StatusRollUp.values()));
    status = r.nextBoolean() ? status.withRangeTolerance(unit(r)) : status.withoutRangeTolerance();
    status = r.nextBoolean() ? status.withStaleAfterDays(1 + r.nextInt(36_500)) : status.withoutStaleAfterDays();
    status = r.nextBoolean() ? status.withNeverUpdatedAfter(unit(r)) : status.withoutNeverUpdatedRule();
    ForecastPolicy forecast = ForecastPolicy.defaults()
        .withMethod(pick(r, ForecastPolicy.Method.values()))
        .withWillMissBelow(decimal(r).add(BigDecimal.ONE));
    ConfidencePolicy confidence = ConfidencePolicy.defaults()
        .withAggregation(pick(r, ConfidencePolicy.Aggregation.values()))
        .withClearWhenDone(r.nextBoolean())
        .withBands(bands(r));
    confidence = r.nextBoolean() ? confidence.withInitial(Confidence.of(unit(r))) : confidence.withoutInitial();
    // drawn last, so that the options above stay what earlier seeds gave (the canonical fixtures)
    if (r.nextBoolean()) {
      progress = progress.withStretch(io.vavr.control.Option.some(stretch(r)));
    }
    progress = progress.withPeriodItems(pick(r, ProgressPolicy.PeriodItems.values()))
        .withDegenerate(pick(r, ProgressPolicy.Degenerate.values()));
    rollUp = rollUp.withEmpty(pick(r, RollUpPolicy.Empty.values()));
    int missed = r.nextInt(4);
    status = missed == 3 ? status.withoutMissedStatus()
        : status.withMissedStatus(List.of(Status.MISSED, Status.AT_RISK, Status.OFF_TRACK).get(missed));
    status = status.withSource(pick(r, StatusPolicy.StatusSource.values())).withStatusScale(statusScale(r));
    if (r.nextBoolean()) {
      confidence = confidence.withLabels(labels(r));
    }
    return ScoringPolicy.defaults().withProgress(progress).withRollUp(rollUp).withGrading(grading)
        .withStatus(status).withForecast(forecast).withConfidence(confidence);
  }

  /** A stretch policy with fractions 0 < cf < tf < 1 (0.01 steps). */
  private static StretchPolicy stretch(Random r) {
    int cf = 1 + r.nextInt(97);
    int tf = cf + 1 + r.nextInt(99 - cf);
    return StretchPolicy.validate(BigDecimal.valueOf(cf, 2), BigDecimal.valueOf(tf, 2),
        pick(r, StretchPolicy.Reference.values()), pick(r, StretchPolicy.BelowBaseline.values())).get();
  }

  /** A preset status scale, or one with a generated score per status and an optional rounding mode. */
  private static StatusScale statusScale(Random r) {
    switch (r.nextInt(4)) {
      case 0: return StatusScale.ranks();
      case 1: return StatusScale.boja();
      case 2: return StatusScale.profitCo();
      default:
        io.vavr.collection.Map<Status, BigDecimal> scores = io.vavr.collection.LinkedHashMap.empty();
        for (Status s : Status.values()) {
          if (s != Status.NOT_SCORED) {
            scores = scores.put(s, decimal(r));
          }
        }
        RoundingMode rounding = r.nextBoolean() ? null : pick(r, RoundingMode.values());
        return StatusScale.of(scores, rounding == RoundingMode.UNNECESSARY ? RoundingMode.HALF_EVEN : rounding);
    }
  }

  /** Zero to three confidence labels, from the usual ones and generated ones (Chinese included). */
  private static io.vavr.collection.Map<String, Confidence> labels(Random r) {
    io.vavr.collection.Map<String, Confidence> labels = io.vavr.collection.HashMap.empty();
    String[] names = {"low", "medium", "high", "较低", "on fire \"🔥\"", "x"};
    for (int i = r.nextInt(4); i > 0; i--) {
      labels = labels.put(pick(r, names), Confidence.of(unit(r)));
    }
    return labels;
  }

  private static <E> E pick(Random r, E[] values) {
    return values[r.nextInt(values.length)];
  }

  /** A decimal in [0, 1] with 0 to 3 decimals, scale kept (1.00 and 1 differ). */
  static BigDecimal unit(Random r) {
    int scale = r.nextInt(4);
    int max = (int) Math.pow(10, scale);
    return new BigDecimal(BigInteger.valueOf(r.nextInt(max + 1)), scale);
  }

  /** A decimal in (-100, 100) with 0 to 3 decimals. */
  static BigDecimal decimal(Random r) {
    int scale = r.nextInt(4);
    return new BigDecimal(BigInteger.valueOf(r.nextInt(200_000) - 100_000), scale).movePointLeft(scale == 0 ? 3 : 0);
  }

  private static Cap cap(Random r) {
    return switch (r.nextInt(5)) {
      case 0 -> Cap.none();
      case 1 -> Cap.clamp01();
      case 2 -> Cap.nonNegative();
      case 3 -> Cap.atMost(decimal(r));
      default -> {
        BigDecimal floor = decimal(r);
        yield Cap.between(floor, floor.add(unit(r)));
      }
    };
  }

  private static GradeScale scale(Random r) {
    return switch (r.nextInt(3)) {
      case 0 -> GradeScale.continuous();
      case 1 -> GradeScale.tenths();
      default -> {
        List<BigDecimal> levels = new ArrayList<>(List.of(BigDecimal.ZERO));
        BigDecimal previous = BigDecimal.ZERO;
        for (int i = r.nextInt(4); i > 0; i--) {
          previous = previous.add(new BigDecimal("0.05").add(unit(r).movePointLeft(1)));
          if (previous.compareTo(BigDecimal.ONE) > 0) {
            break;
          }
          levels.add(previous);
        }
        yield GradeScale.levels(levels.toArray(new BigDecimal[0]));
      }
    };
  }

  private static Bands bands(Random r) {
    switch (r.nextInt(8)) {
      case 0: return Bands.none();
      case 1: return Bands.google();
      case 2: return Bands.puzzle();
      case 3: return Bands.qultureRocks();
      case 4: return Bands.workBoard();
      case 5: return Bands.serviceNow();
      case 6: return Bands.confidence();
      default:
        List<Band> bands = new ArrayList<>();
        bands.add(Band.lowest("低 " + r.nextInt(10), pick(r, Colour.values())));
        BigDecimal bound = decimal(r);
        for (int i = r.nextInt(4); i > 0; i--) {
          bound = bound.add(new BigDecimal("0.01")).add(unit(r));
          bands.add(r.nextBoolean() ? Band.from("band " + i, pick(r, Colour.values()), bound)
              : Band.above("band " + i, pick(r, Colour.values()), bound));
        }
        return Bands.of(bands.toArray(new Band[0]));
    }
  }

  private static Status scored(Random r) {
    Status s;
    do {
      s = pick(r, Status.values());
    } while (s == Status.NOT_SCORED);
    return s;
  }

  private static ExpectedProgress expected(Random r) {
    ExpectedProgress expected = ExpectedProgress.linear().withDayCount(pick(r, ExpectedProgress.DayCount.values()));
    for (int k = r.nextInt(3); k > 0; k--) {
      List<Phase> phases = new ArrayList<>();
      LocalDate due = LocalDate.of(2026, 1, 1).plusDays(r.nextInt(60));
      for (int i = 1 + r.nextInt(3); i > 0; i--) {
        phases.add(Phase.of(due, unit(r)));
        due = due.plusDays(1 + r.nextInt(60));
      }
      expected = expected.withPhases(KeyResultId.of("kr-" + r.nextInt(5)), phases);
    }
    return expected;
  }

  private static StatusRule rule(Random r) {
    switch (r.nextInt(6)) {
      case 0: return StatusRule.atLeastExpected(scored(r));
      case 1: return StatusRule.oboard();
      case 2: return StatusRule.amoeboids();
      case 3: return StatusRule.engagedly();
      default:
        boolean ratio = r.nextBoolean();
        List<StatusRule.Step> steps = new ArrayList<>();
        BigDecimal bound = decimal(r);
        for (int i = 1 + r.nextInt(3); i > 0; i--) {
          steps.add(new StatusRule.Step(bound, scored(r)));
          BigDecimal delta = new BigDecimal("0.001").add(unit(r));
          bound = ratio ? bound.subtract(delta) : bound.add(delta);
        }
        return ratio ? StatusRule.ratio(steps, scored(r)) : StatusRule.gap(steps, scored(r));
    }
  }
}
