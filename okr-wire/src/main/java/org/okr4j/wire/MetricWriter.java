package org.okr4j.wire;

import static org.okr4j.wire.MetricFields.AGGREGATE_BASELINE;
import static org.okr4j.wire.MetricFields.AGGREGATE_TARGET;
import static org.okr4j.wire.MetricFields.AMOUNT;
import static org.okr4j.wire.MetricFields.BASELINE;
import static org.okr4j.wire.MetricFields.CODE;
import static org.okr4j.wire.MetricFields.DATA_KIND;
import static org.okr4j.wire.MetricFields.COMMIT;
import static org.okr4j.wire.MetricFields.COMPARISON;
import static org.okr4j.wire.MetricFields.DENOMINATOR;
import static org.okr4j.wire.MetricFields.DESCRIPTIONS;
import static org.okr4j.wire.MetricFields.DONE;
import static org.okr4j.wire.MetricFields.ITEMS;
import static org.okr4j.wire.MetricFields.KEY;
import static org.okr4j.wire.MetricFields.LABEL;
import static org.okr4j.wire.MetricFields.LINEAR_TARGET;
import static org.okr4j.wire.MetricFields.LOWER;
import static org.okr4j.wire.MetricFields.MILESTONES;
import static org.okr4j.wire.MetricFields.MILESTONE_ID;
import static org.okr4j.wire.MetricFields.MILESTONE_TITLE;
import static org.okr4j.wire.MetricFields.METRIC_KIND;
import static org.okr4j.wire.MetricFields.MILESTONE_WEIGHT;
import static org.okr4j.wire.MetricFields.NUMERATOR;
import static org.okr4j.wire.MetricFields.PERIOD;
import static org.okr4j.wire.MetricFields.PERIOD_DATE;
import static org.okr4j.wire.MetricFields.PER_PERIOD;
import static org.okr4j.wire.MetricFields.PRINCIPALS;
import static org.okr4j.wire.MetricFields.SCORES;
import static org.okr4j.wire.MetricFields.STRETCH;
import static org.okr4j.wire.MetricFields.TARGET_KIND;
import static org.okr4j.wire.MetricFields.TARGET_KINDS;
import static org.okr4j.wire.MetricFields.THRESHOLD_VALUE;
import static org.okr4j.wire.MetricFields.UNIT;
import static org.okr4j.wire.MetricFields.UPPER;
import static org.okr4j.wire.MetricFields.VALUE;
import static org.okr4j.wire.MetricFields.ZONE;
import static org.okr4j.wire.MetricFields.ZONE_DESCRIPTIONS;
import static org.okr4j.wire.MetricFields.ZONE_SCORES;

import java.io.IOException;
import java.math.BigDecimal;
import org.okr4j.model.AggregateMetric;
import org.okr4j.model.BinaryMetric;
import org.okr4j.model.CheckInData;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Metric;
import org.okr4j.model.Milestone;
import org.okr4j.model.MilestoneMetric;
import org.okr4j.model.OrdinalMetric;
import org.okr4j.model.OwnerRef;
import org.okr4j.model.RangeMetric;
import org.okr4j.model.RecurringMetric;
import org.okr4j.model.Target;
import org.okr4j.model.ThresholdMetric;
import org.okr4j.model.Unit;
import org.okr4j.model.UnitKind;
import org.okr4j.model.Visibility;
import org.okr4j.model.Zone;

/**
 * Writes the polymorphic values ({@code docs/wire-format.md}, "Polymorphic values"), {@code kind}
 * first, then the fields of the kind's shape in {@link MetricFields}. A compact document leaves out
 * the kinds that are defaults (a metric {@code linear}, a target {@code absolute}), the unit
 * {@code number}, an ordinal metric's default scores and a milestone's weight {@code 1}.
 */
final class MetricWriter {

  private MetricWriter() {}

  static void visibility(Out out, Visibility visibility) throws IOException {
    out.startObject();
    if (visibility instanceof Visibility.Restricted r) {
      out.string(Field.KIND, "restricted");
      out.array(PRINCIPALS);
      for (OwnerRef p : r.principals()) {
        ModelWriter.owner(out, p);
      }
      out.endArray();
    } else {
      out.string(Field.KIND, visibility instanceof Visibility.Private ? "private" : "public");
    }
    out.endObject();
  }

  static void unit(Out out, Unit unit) throws IOException {
    if (!out.writes(unit, Unit.NUMBER)) {
      return;
    }
    out.object(UNIT);
    out.token(Field.KIND, unit.kind());
    if (unit.label().isDefined()) {
      out.string(unit.kind() == UnitKind.CURRENCY ? CODE : LABEL, unit.label().get());
    }
    out.endObject();
  }

  static void metric(Out out, Metric metric) throws IOException {
    out.startObject();
    if (out.writes(metric.kind(), MetricReader.METRICS.defaultKind())) {
      out.string(METRIC_KIND, metric.kind());
    }
    if (metric instanceof LinearMetric m) {
      unit(out, m.unit());
      out.decimal(BASELINE, m.baseline());
      out.name(LINEAR_TARGET);
      target(out, m.target());
      out.decimal(COMMIT, m.commit());
      out.decimal(STRETCH, m.stretch());
    } else if (metric instanceof ThresholdMetric m) {
      unit(out, m.unit());
      out.token(COMPARISON, m.comparison());
      out.decimal(THRESHOLD_VALUE, m.threshold());
    } else if (metric instanceof RangeMetric m) {
      unit(out, m.unit());
      out.decimal(LOWER, m.lower());
      out.decimal(UPPER, m.upper());
    } else if (metric instanceof MilestoneMetric m) {
      out.array(MILESTONES);
      for (Milestone milestone : m.milestones()) {
        out.startObject();
        out.string(MILESTONE_ID, milestone.id());
        out.string(MILESTONE_TITLE, milestone.title());
        if (out.writes(milestone.weight(), BigDecimal.ONE)) {
          out.decimal(MILESTONE_WEIGHT, milestone.weight());
        }
        out.endObject();
      }
      out.endArray();
    } else if (metric instanceof RecurringMetric m) {
      unit(out, m.unit());
      out.token(PERIOD, m.period());
      out.decimal(PER_PERIOD, m.perPeriod());
    } else if (metric instanceof AggregateMetric m) {
      unit(out, m.unit());
      out.token(COMPARISON, m.comparison());
      out.decimal(AGGREGATE_TARGET, m.target());
      out.decimal(AGGREGATE_BASELINE, m.baseline());
    } else if (metric instanceof OrdinalMetric m) {
      if (out.writes(m.scores(), OrdinalMetric.DEFAULT_SCORES)) {
        out.object(SCORES);
        for (Zone zone : Zone.values()) {
          out.decimal(ZONE_SCORES[zone.ordinal()], m.score(zone));
        }
        out.endObject();
      }
      if (!m.descriptions().isEmpty()) {
        out.object(DESCRIPTIONS);
        for (io.vavr.Tuple2<Zone, String> d : m.descriptions()) {
          out.string(ZONE_DESCRIPTIONS[d._1.ordinal()], d._2);
        }
        out.endObject();
      }
    } else if (!(metric instanceof BinaryMetric)) {
      throw new IllegalStateException("unknown metric " + metric.getClass());
    }
    out.endObject();
  }

  static void target(Out out, Target target) throws IOException {
    out.startObject();
    String kind;
    if (target instanceof Target.Absolute) {
      kind = "absolute";
    } else if (target instanceof Target.PointsDelta) {
      kind = "points";
    } else {
      kind = "relative";
    }
    if (out.writes(kind, TARGET_KINDS.get(0))) {
      out.string(TARGET_KIND, kind);
    }
    out.decimal(AMOUNT, target.amount());
    out.endObject();
  }

  /** Writes check-in data; without {@code withKind}, its {@code kind} is left to the metric to imply. */
  static void data(Out out, CheckInData data, boolean withKind) throws IOException {
    out.startObject();
    if (withKind) {
      out.string(DATA_KIND, data.kind());
    }
    if (data instanceof CheckInData.Measurement m) {
      out.decimal(VALUE, m.value());
    } else if (data instanceof CheckInData.Completion c) {
      out.bool(DONE, c.done());
    } else if (data instanceof CheckInData.MilestonesDone d) {
      out.array(DONE);
      for (String id : d.done()) {
        out.string(id);
      }
      out.endArray();
    } else if (data instanceof CheckInData.PeriodValue p) {
      out.string(PERIOD_DATE, p.period().toString());
      out.decimal(VALUE, p.value());
    } else if (data instanceof CheckInData.ZoneReached z) {
      out.token(ZONE, z.zone());
    } else if (data instanceof CheckInData.ItemValues items) {
      out.array(ITEMS);
      for (CheckInData.Item item : items.items()) {
        out.startObject();
        out.string(KEY, item.key());
        out.decimal(NUMERATOR, item.numerator());
        out.decimal(DENOMINATOR, item.denominator());
        out.endObject();
      }
      out.endArray();
    }
    out.endObject();
  }
}
