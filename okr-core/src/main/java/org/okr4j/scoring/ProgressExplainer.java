package org.okr4j.scoring;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import org.okr4j.model.CheckIn;
import org.okr4j.model.CheckInData;
import org.okr4j.model.Comparison;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Milestone;
import org.okr4j.model.Period;
import org.okr4j.model.RangeMetric;
import org.okr4j.model.Target;
import org.okr4j.model.ThresholdMetric;
import org.okr4j.model.Zone;

/**
 * Turns the {@link Step} a progress reader recorded into the explanation of the raw progress: the
 * rule, the formula with its numbers, and the inputs with the check-ins they came from. It does no
 * scoring arithmetic; every number shown is one the reader computed, or an input it read. Texts
 * come from {@link ExplanationTexts}. Immutable.
 */
final class ProgressExplainer {

  private final ProgressPolicy pp;
  private final Instant asOf;
  private final ExplanationTexts tx;

  ProgressExplainer(ProgressPolicy pp, Instant asOf, ExplanationTexts tx) {
    this.pp = pp;
    this.asOf = asOf;
    this.tx = tx;
  }

  /** Explains a raw progress from the step that computed it. */
  Explanation explain(Step step) {
    String raw = tx.t("raw");
    if (step instanceof Step.NoCheckIn s) {
      return pp.noCheckIn() == ProgressPolicy.NoCheckIn.ZERO
          ? Explanation.node(raw, BigDecimal.ZERO, "", tx.t("no-check-in.zero", s.at()), List.empty())
          : Explanation.node(raw, null, "", tx.t("no-check-in.none", s.at()), List.empty());
    } else if (step instanceof Step.NoPeriod s) {
      String key = pp.periodBasis() == ProgressPolicy.PeriodBasis.ELAPSED ? "no-period.ended" : "no-period.started";
      return Explanation.node(raw, null, "", tx.t(key, s.at()), List.empty());
    } else if (step instanceof Step.Rejected s) {
      return Explanation.node(raw, null, "", tx.t("rejected." + s.level()), List.empty());
    } else if (step instanceof Step.InvalidLevels s) {
      return Explanation.node(raw, null, "", tx.t("invalid-levels", s.code()), List.empty());
    } else if (step instanceof Step.Undefined s) {
      return Explanation.node(raw, null, s.formula(), tx.t("undefined"), inputs(s.inputs()));
    } else if (step instanceof Step.Degenerate s) {
      String formula = pp.degenerate() == ProgressPolicy.Degenerate.THRESHOLD
          ? Fmt.num(s.c()) + " ≥ " + Fmt.num(s.t()) : "";
      String key = switch (pp.degenerate()) {
        case ZERO -> "degenerate.zero";
        case HALF -> "degenerate.half";
        case THRESHOLD -> "degenerate.threshold";
        default -> "degenerate.not-scored";
      };
      return Explanation.node(raw, s.progress(), formula, tx.t(key), inputs(s.inputs()));
    } else if (step instanceof Step.Graded s) {
      return graded(raw, s);
    } else if (step instanceof Step.Stretched s) {
      return stretched(raw, s);
    } else if (step instanceof Step.Against s) {
      return against(raw, s);
    } else if (step instanceof Step.Within s) {
      return within(raw, s);
    } else if (step instanceof Step.Share s) {
      return share(raw, s);
    } else if (step instanceof Step.Binary s) {
      return Explanation.node(raw, s.progress(), tx.t(s.done() ? "binary.done" : "binary.not-done"),
          tx.t("binary.rule"), List.of(Explanation.node(tx.t("label.done"), s.progress(), "",
              checkIn(s.at()), List.empty())));
    } else if (step instanceof Step.Ordinal s) {
      return Explanation.node(raw, s.progress(), "score(" + s.zone() + ")",
          tx.t("ordinal.rule", Fmt.num(s.metric().score(Zone.FAIL)), Fmt.num(s.metric().score(Zone.COMMIT)),
              Fmt.num(s.metric().score(Zone.TARGET)), Fmt.num(s.metric().score(Zone.STRETCH))),
          List.of(Explanation.node(tx.t("label.zone"), s.progress(), s.zone().name(), checkIn(s.at()), List.empty())));
    } else if (step instanceof Step.Milestones s) {
      return milestones(raw, s);
    }
    return recurring(raw, (Step.Recurring) step);
  }

  private String checkIn(Instant at) {
    return tx.t("check-in", at);
  }

  private Explanation graded(String raw, Step.Graded s) {
    if (pp.linearRule() == ProgressPolicy.LinearRule.RATIO_TO_TARGET) {
      BigDecimal num = s.up() ? s.c() : s.t();
      BigDecimal den = s.up() ? s.t() : s.c();
      return Explanation.node(raw, s.progress(), Fmt.num(num) + " / " + Fmt.num(den),
          tx.t(s.up() ? "linear.ratio.up" : "linear.ratio.down", s.name()), inputs(s.inputs()));
    }
    return Explanation.node(raw, s.progress(),
        "(" + Fmt.num(s.c()) + " − " + Fmt.num(s.b()) + ") / (" + Fmt.num(s.t()) + " − " + Fmt.num(s.b()) + ")",
        tx.t("linear.from-baseline", s.name()), inputs(s.inputs()));
  }

  private Explanation stretched(String raw, Step.Stretched s) {
    StretchPolicy st = pp.stretch().get();
    boolean toStretch = st.reference() == StretchPolicy.Reference.STRETCH;
    String floored = st.belowBaseline() == StretchPolicy.BelowBaseline.FLOOR_AT_ZERO ? tx.t("stretch.floored") : "";
    String rule = tx.t(toStretch ? "stretch.rule.stretch" : "stretch.rule.target", floored,
        s.levels().zoneOf(s.c()).name());
    BigDecimal b = s.levels().baseline();
    return Explanation.node(raw, s.progress(), "(" + Fmt.num(s.c()) + " − " + Fmt.num(b) + ") / ("
        + Fmt.num(s.reference()) + " − " + Fmt.num(b) + ")", rule, inputs(s.inputs()));
  }

  private Explanation against(String raw, Step.Against s) {
    BigDecimal a = s.a();
    BigDecimal t = s.t();
    Comparison cmp = s.cmp();
    if (pp.controlGrading() == ProgressPolicy.ControlGrading.DISTANCE) {
      boolean up = cmp.isUpward();
      String formula;
      String rule;
      if (t.signum() > 0) {
        formula = up ? Fmt.num(a) + " / " + Fmt.num(t) : "(2·" + Fmt.num(t) + " − " + Fmt.num(a) + ") / " + Fmt.num(t);
        rule = tx.t(up ? "distance.positive.up" : "distance.positive.down");
      } else {
        String size = Fmt.num(t.abs());
        formula = up ? "1 + (" + Fmt.num(a) + " − " + Fmt.num(t) + ") / " + size
            : "1 + (" + Fmt.num(t) + " − " + Fmt.num(a) + ") / " + size;
        rule = tx.t(up ? "distance.up" : "distance.down");
      }
      return Explanation.node(raw, s.progress(), formula, rule, inputs(s.inputs()));
    }
    boolean met = s.progress().signum() > 0;
    return Explanation.node(raw, s.progress(),
        tx.t(met ? "holds" : "fails", Fmt.num(a) + " " + cmp.symbol() + " " + Fmt.num(t)),
        tx.t("met-or-not", cmp.symbol()), inputs(s.inputs()));
  }

  private Explanation within(String raw, Step.Within s) {
    String test = rangeTest(s.range());
    return Explanation.node(raw, s.progress(), tx.t(s.in() ? "holds" : "fails", test.replace("c", Fmt.num(s.value()))),
        tx.t("within", test), List.of(value(s.read(), false)));
  }

  private String rangeTest(RangeMetric m) {
    return pp.inclusiveRanges()
        ? Fmt.num(m.lower()) + " ≤ c ≤ " + Fmt.num(m.upper()) : Fmt.num(m.lower()) + " < c < " + Fmt.num(m.upper());
  }

  private Explanation share(String raw, Step.Share s) {
    Period cadence = pp.cadence();
    ArrayList<Explanation> inputs = new ArrayList<>();
    for (int i = 0; i < s.periods().length; i++) {
      inputs.add(Explanation.leaf(periodLabel(cadence, s.cycle().start(), s.periods()[i]), s.values()[i],
          tx.t(s.met()[i] ? "met" : "not-met")));
    }
    inputs.add(Explanation.leaf(tx.t("label.periods"), BigDecimal.valueOf(s.n()), tx.t("share.periods", basis())));
    String test = s.metric() instanceof RangeMetric range ? rangeTest(range)
        : "c " + s.cmp().symbol() + " " + Fmt.num(((ThresholdMetric) s.metric()).threshold());
    return Explanation.node(raw, s.progress(), s.count() + " / " + s.n(), tx.t("share.rule", test),
        List.ofAll(inputs));
  }

  private String periodLabel(Period period, java.time.LocalDate cycleStart, int index) {
    return tx.t("label.period", tx.period(period), String.valueOf(index + 1), period.startOf(cycleStart, index));
  }

  private String basis() {
    return switch (pp.periodBasis()) {
      case PLANNED -> tx.t("basis.planned");
      case ELAPSED -> tx.t("basis.ended", asOf);
      default -> tx.t("basis.started", asOf);
    };
  }

  private Explanation milestones(String raw, Step.Milestones s) {
    boolean equal = pp.milestoneWeighting() == ProgressPolicy.MilestoneWeighting.EQUAL;
    StringBuilder terms = new StringBuilder();
    ArrayList<Explanation> inputs = new ArrayList<>();
    for (Milestone ms : s.metric().milestones()) {
      boolean isDone = s.done().contains(ms.id());
      if (isDone) {
        terms.append(terms.length() == 0 ? "" : " + ").append(Fmt.num(ms.weight()));
      }
      inputs.add(Explanation.leaf(tx.t("label.milestone", ms.id(), ms.title()), ms.weight(),
          tx.t(isDone ? "milestone.done" : "milestone.not-done", Fmt.num(ms.weight()))));
    }
    int k = s.k();
    int total = s.metric().milestones().size();
    String formula = equal ? k + " / " + total
        : (k == 0 ? "0" : k == 1 ? terms.toString() : "(" + terms + ")") + " / " + Fmt.num(s.metric().totalWeight());
    return Explanation.node(raw, s.progress(), formula,
        tx.t(equal ? "milestones.equal" : "milestones.weighted", s.at()), List.ofAll(inputs));
  }

  private Explanation recurring(String raw, Step.Recurring s) {
    Period period = s.metric().period();
    BigDecimal t = s.metric().perPeriod();
    ProgressPolicy.PeriodItems items = pp.periodItems();
    StringBuilder terms = new StringBuilder();
    ArrayList<Explanation> inputs = new ArrayList<>();
    for (int i = 0; i < s.periods().length; i++) {
      BigDecimal a = s.totals()[i].value(items);
      terms.append(terms.length() == 0 ? "" : " + ").append(Fmt.num(s.terms()[i]));
      int count = s.totals()[i].items();
      String of = count == 1 || items == ProgressPolicy.PeriodItems.LAST ? ""
          : tx.t("items." + items.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), String.valueOf(count));
      inputs.add(Explanation.leaf(periodLabel(period, s.cycle().start(), s.periods()[i]), a,
          tx.t(a.compareTo(t) >= 0 ? "recurring.met" : "recurring.not-met", Fmt.num(t)) + of));
    }
    int n = s.n();
    String formula;
    String rule;
    switch (pp.recurring()) {
      case CUMULATIVE:
        formula = "(" + terms + ") / (" + n + "·" + Fmt.num(t) + ")";
        rule = tx.t("recurring.cumulative");
        break;
      case MEAN_OF_CAPPED_RATIOS:
        formula = "(" + terms + ") / " + n;
        rule = tx.t("recurring.capped");
        break;
      default:
        formula = Fmt.num(s.sum()) + " / " + n;
        rule = tx.t("recurring.share");
        break;
    }
    inputs.add(Explanation.leaf(tx.t("label.per-period"), t, ""));
    inputs.add(Explanation.leaf(tx.t("label.periods"), BigDecimal.valueOf(n), tx.t("recurring.periods", basis())));
    return Explanation.node(raw, s.progress(), formula, rule, List.ofAll(inputs));
  }

  /** The inputs shown under a graded, degenerate or undefined step. */
  private Seq<Explanation> inputs(Step.Inputs inputs) {
    if (inputs instanceof Step.Inputs.Linear in) {
      return List.of(current(in.c(), in.at()), Explanation.leaf(tx.t("label.baseline"), in.metric().baseline(), ""),
          Explanation.leaf(tx.t("label.target"), in.metric().targetValue(), describe(in.metric())));
    } else if (inputs instanceof Step.Inputs.Stretch in) {
      StretchLevels l = in.levels();
      return List.of(current(in.c(), in.at()), Explanation.leaf(tx.t("label.baseline"), l.baseline(), ""),
          Explanation.leaf(tx.t("label.commit"), l.commit(), tx.t("zone", l.zoneOf(in.c()).name())),
          Explanation.leaf(tx.t("label.target"), l.target(), describe(in.metric())),
          Explanation.leaf(tx.t("label.stretch"), l.stretch(), ""));
    } else if (inputs instanceof Step.Inputs.Aggregated in) {
      return List.of(value(in.a(), true), Explanation.leaf(tx.t("label.baseline"), in.b(), ""),
          Explanation.leaf(tx.t("label.target"), in.t(), ""));
    }
    Step.Inputs.Threshold in = (Step.Inputs.Threshold) inputs;
    return List.of(value(in.read(), true),
        Explanation.leaf(tx.t("label.threshold"), in.t(), "c " + in.cmp().symbol() + " t"));
  }

  private Explanation current(BigDecimal c, Instant at) {
    return Explanation.leaf(tx.t("label.current"), c, checkIn(at));
  }

  /**
   * Explains the value a control or an aggregate grades.
   *
   * @param terms show a mean's terms and where they came from (a threshold's mean), rather than
   *     its sum (a range's)
   */
  private Explanation value(Step.Value read, boolean terms) {
    if (read instanceof Step.Value.Current c) {
      return current(c.value(), c.at());
    } else if (read instanceof Step.Value.Mean m) {
      if (!terms) {
        return Explanation.node(tx.t("label.mean"), m.value(), Fmt.num(m.sum()) + " / " + m.n(), "", List.empty());
      }
      StringBuilder sb = new StringBuilder();
      int n = 0;
      for (CheckIn c : m.keyResult().checkIns()) {
        if (c.instant().isAfter(m.at())) {
          break;
        }
        sb.append(n++ == 0 ? "" : " + ").append(Fmt.num(((CheckInData.Measurement) c.data()).value()));
      }
      return Explanation.node(tx.t("label.mean"), m.value(), "(" + sb + ") / " + m.n(), tx.t("mean", m.at()),
          List.empty());
    }
    return aggregate((Step.Value.Aggregate) read);
  }

  private Explanation aggregate(Step.Value.Aggregate a) {
    BigDecimal scale = a.metric().scale();
    String pct = scale.compareTo(BigDecimal.ONE) == 0 ? "" : " × " + Fmt.num(scale);
    BigDecimal[] parts = a.parts();
    String formula;
    String rule;
    switch (pp.aggregate()) {
      case POOLED_RATIO:
        formula = Fmt.num(parts[0]) + " / " + Fmt.num(parts[1]) + pct;
        rule = tx.t("aggregate.pooled", pct);
        break;
      case MEAN_OF_PERIOD_MEANS:
        StringBuilder terms = new StringBuilder();
        for (BigDecimal mean : parts) {
          terms.append(terms.length() == 0 ? "" : " + ").append(Fmt.num(mean));
        }
        formula = "(" + terms + ") / " + parts.length;
        rule = tx.t("aggregate.period-means", tx.period(pp.cadence()));
        break;
      default:
        formula = Fmt.num(parts[0]) + " / " + a.items().length;
        rule = tx.t("aggregate.item-rates", pct);
        break;
    }
    ArrayList<Explanation> inputs = new ArrayList<>();
    java.util.Arrays.stream(a.items()).sorted(Comparator.comparing((Step.CheckInItem e) -> e.item().key())).forEach(e ->
        inputs.add(Explanation.node(tx.t("label.item", e.item().key()), AggregateProgress.rate(e.item(), scale),
            Fmt.num(e.item().numerator()) + " / " + Fmt.num(e.item().denominator()) + pct, "", List.empty())));
    return Explanation.node(tx.t("label.aggregate"), a.value(), formula, rule, List.ofAll(inputs));
  }

  private String describe(LinearMetric m) {
    Target target = m.target();
    if (target instanceof Target.PointsDelta) {
      return tx.t("target.points", Fmt.num(target.amount()));
    }
    if (target instanceof Target.RelativeDelta) {
      return tx.t("target.relative", Fmt.num(target.amount()));
    }
    return "";
  }
}
