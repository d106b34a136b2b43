package org.okr4j.wire;

import static org.okr4j.wire.MetricFields.*;

import io.vavr.collection.TreeMap;
import io.vavr.collection.TreeSet;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.okr4j.validation.JsonError;
import org.okr4j.model.AggregateMetric;
import org.okr4j.model.BinaryMetric;
import org.okr4j.model.CheckInData;
import org.okr4j.model.Comparison;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Metric;
import org.okr4j.model.Milestone;
import org.okr4j.model.MilestoneMetric;
import org.okr4j.model.OrdinalMetric;
import org.okr4j.model.OwnerRef;
import org.okr4j.model.Period;
import org.okr4j.model.RangeMetric;
import org.okr4j.model.RecurringMetric;
import org.okr4j.model.Target;
import org.okr4j.model.ThresholdMetric;
import org.okr4j.model.Unit;
import org.okr4j.model.Visibility;
import org.okr4j.model.Zone;

/**
 * Reads the polymorphic values ({@code docs/wire-format.md}, "Polymorphic values"): each family's
 * allow-list of kinds, and the reading of each kind's shape.
 */
final class MetricReader {

  static final Kinds<Visibility> VISIBILITIES = new Kinds<Visibility>()
      .constant("public", PUBLIC, Visibility.PUBLIC)
      .constant("private", PRIVATE, Visibility.PRIVATE)
      .with("restricted", RestrictedReading::new);

  static final Kinds<Unit> UNITS = new Kinds<Unit>()
      .constant("number", PLAIN_UNIT, Unit.NUMBER)
      .constant("percent", PLAIN_UNIT, Unit.PERCENT)
      .constant("percentage-points", PLAIN_UNIT, Unit.PERCENTAGE_POINTS)
      .constant("count", PLAIN_UNIT, Unit.COUNT)
      .with("currency", c -> new LabelledUnitReading(c, CURRENCY))
      .with("custom", c -> new LabelledUnitReading(c, CUSTOM));

  /** The metric kinds; a metric without {@code kind} is linear. */
  static final Kinds<Metric> METRICS = new Kinds<Metric>()
      .with("linear", MetricReading::new)
      .with("threshold", c -> new MetricReading(c, THRESHOLD))
      .with("range", c -> new MetricReading(c, RANGE))
      .constant("binary", BINARY, BinaryMetric.INSTANCE)
      .with("milestones", c -> new MetricReading(c, MILESTONE_METRIC))
      .with("recurring", c -> new MetricReading(c, RECURRING))
      .with("aggregate", c -> new MetricReading(c, AGGREGATE))
      .with("ordinal", c -> new MetricReading(c, ORDINAL))
      .byDefault("linear");

  static final Kinds<CheckInData> DATA_KINDS = new Kinds<CheckInData>()
      .with("measurement", c -> DataReading.next(c, MEASUREMENT))
      .with("completion", c -> new DataReading(c, COMPLETION))
      .with("milestones", c -> new DataReading(c, MILESTONES_DONE))
      .with("period", c -> new DataReading(c, PERIOD_VALUE))
      .with("items", c -> new DataReading(c, ITEM_VALUES))
      .with("zone", c -> new DataReading(c, ZONE_REACHED));

  private MetricReader() {}

  static final class RestrictedReading extends Reading<Visibility> {
    private @Nullable List<@Nullable OwnerRef> principals;

    RestrictedReading(Cursor c) {
      super(c, RESTRICTED);
    }

    @Override
    void field(Field f) throws IOException {
      principals = c.objects(ModelReader.OwnerReading::new);
      if (principals != null) {
        c.unique(principals, c.here());
      }
    }

    @Override
    @Nullable Visibility build() {
      return take(Visibility.restrictedTo(principals));
    }
  }

  static final class LabelledUnitReading extends Reading<Unit> {
    private @Nullable String label;

    LabelledUnitReading(Cursor c, Shape shape) {
      super(c, shape);
    }

    @Override
    void field(Field f) throws IOException {
      label = c.string();
    }

    @Override
    @Nullable Unit build() {
      return take(shape == CURRENCY ? Unit.validateCurrency(label) : Unit.validateCustom(label));
    }
  }

  /**
   * A linear metric's target: {@code amount} and a {@code kind} that may be left out for
   * {@code absolute}. Every kind has the same fields, so the kind is an ordinary field, in any place.
   */
  static final class TargetReading extends Reading<Target> {
    private String kind = TARGET_KINDS.get(0);
    private @Nullable BigDecimal amount;

    TargetReading(Cursor c) {
      super(c, TARGET);
    }

    @Override
    void field(Field f) throws IOException {
      if (f == TARGET_KIND) {
        String k = c.string();
        if (k != null && !TARGET_KINDS.contains(k)) {
          c.report(new JsonError.UnknownKind(c.here(), JsonError.quote(k), io.vavr.collection.List.ofAll(TARGET_KINDS)));
        } else if (k != null) {
          kind = k;
        }
      } else {
        amount = c.decimal();
      }
    }

    @Override
    @Nullable Target build() {
      require(AMOUNT, amount);
      if (amount == null || failed(TARGET_KIND)) {
        return null;
      }
      return switch (kind) {
        case "absolute" -> Target.absolute(amount);
        case "points" -> Target.points(amount);
        default -> Target.relative(amount);
      };
    }
  }

  /** A metric of any kind but binary: the fields of its shape, then its validating factory. */
  static final class MetricReading extends Reading<Metric> {
    private @Nullable Unit unit;
    private @Nullable BigDecimal baseline;
    private @Nullable Target target;
    private @Nullable BigDecimal number;
    private @Nullable BigDecimal other;
    private @Nullable Comparison comparison;
    private @Nullable Period period;
    private @Nullable List<@Nullable Milestone> milestones;
    private io.vavr.collection.@Nullable Map<Zone, BigDecimal> scores;
    private io.vavr.collection.@Nullable Map<Zone, String> descriptions;

    MetricReading(Cursor c) {
      this(c, LINEAR);
    }

    MetricReading(Cursor c, Shape shape) {
      super(c, shape);
    }

    @Override
    void field(Field f) throws IOException {
      if (f == UNIT) {
        unit = c.polymorphic(UNITS);
      } else if (f == BASELINE || f == AGGREGATE_BASELINE) {
        baseline = c.decimal();
      } else if (f == LINEAR_TARGET && shape == LINEAR) {
        target = c.object(TargetReading::new);
      } else if (f == COMPARISON) {
        comparison = c.token(Tokens.COMPARISONS);
      } else if (f == PERIOD) {
        period = c.token(Tokens.PERIODS);
      } else if (f == MILESTONES) {
        milestones = c.objects(MilestoneReading::new);
      } else if (f == SCORES) {
        scores = c.object(c2 -> new ZonesReading<>(c2, SCORES_SHAPE, ZONE_SCORES, Cursor::decimal));
      } else if (f == DESCRIPTIONS) {
        descriptions = c.object(c2 -> new ZonesReading<>(c2, DESCRIPTIONS_SHAPE, ZONE_DESCRIPTIONS, Cursor::string));
      } else if (f == STRETCH || f == UPPER) {
        other = c.decimal();
      } else {
        number = c.decimal(); // commit, threshold, lower, perPeriod, an aggregate's target
      }
    }

    @Override
    @Nullable Metric build() {
      if (shape == LINEAR) {
        return take(LinearMetric.validate(unit(), baseline, target, number, other));
      } else if (shape == THRESHOLD) {
        return take(ThresholdMetric.validate(unit(), comparison, number));
      } else if (shape == RANGE) {
        return take(RangeMetric.validate(unit(), number, other));
      } else if (shape == MILESTONE_METRIC) {
        return take(MilestoneMetric.validate(milestones));
      } else if (shape == RECURRING) {
        return take(RecurringMetric.validate(unit(), period, number));
      } else if (shape == AGGREGATE) {
        return take(AggregateMetric.validate(unit(), comparison, number, baseline));
      }
      if (failed(SCORES) || failed(DESCRIPTIONS)) {
        return null;
      }
      return take(OrdinalMetric.validate(has(SCORES) ? scores : OrdinalMetric.DEFAULT_SCORES, descriptions));
    }

    /** The unit read, or {@code number} when the field is absent (a unit that failed to read stays missing). */
    private @Nullable Unit unit() {
      return has(UNIT) ? unit : Unit.NUMBER;
    }
  }

  static final class MilestoneReading extends Reading<Milestone> {
    private @Nullable String id;
    private @Nullable String title;
    private @Nullable BigDecimal weight;

    MilestoneReading(Cursor c) {
      super(c, MILESTONE);
    }

    @Override
    void field(Field f) throws IOException {
      if (f == MILESTONE_ID) {
        id = c.string();
      } else if (f == MILESTONE_TITLE) {
        title = c.string();
      } else {
        weight = c.decimal();
      }
    }

    @Override
    @Nullable Milestone build() {
      return take(Milestone.validate(id, title, has(MILESTONE_WEIGHT) ? weight : BigDecimal.ONE));
    }
  }

  /** An object keyed by zone ({@code fail}, {@code commit}, {@code target}, {@code stretch}). */
  static final class ZonesReading<V> extends Reading<io.vavr.collection.Map<Zone, V>> {
    private final Field[] zones;
    private final Element<V> value;
    private io.vavr.collection.Map<Zone, V> read = TreeMap.empty();

    ZonesReading(Cursor c, Shape shape, Field[] zones, Element<V> value) {
      super(c, shape);
      this.zones = zones;
      this.value = value;
    }

    @Override
    void field(Field f) throws IOException {
      V v = value.read(c);
      for (Zone zone : Zone.values()) {
        if (zones[zone.ordinal()] == f && v != null) {
          read = read.put(zone, v);
        }
      }
    }

    @Override
    io.vavr.collection.Map<Zone, V> build() {
      return read;
    }
  }

  static final class DataReading extends Reading<CheckInData> {
    private @Nullable BigDecimal value;
    private @Nullable Boolean completed;
    private @Nullable List<@Nullable String> done;
    private @Nullable LocalDate period;
    private @Nullable List<CheckInData.@Nullable Item> items;
    private @Nullable Zone zone;

    /** Between the start of an object and its value's build: not to be restarted. */
    private boolean inUse;

    DataReading(Cursor c, Shape shape) {
      super(c, shape);
    }

    /**
     * The reading of check-in data of {@code shape}: the cursor's spare one, restarted, if it has
     * that shape and is not still reading; else a new one, kept as the spare.
     */
    static DataReading next(Cursor c, Shape shape) {
      DataReading r = c.spareData;
      if (r == null || r.inUse || r.shape != shape) {
        r = new DataReading(c, shape);
        c.spareData = r;
      } else {
        r.restart();
      }
      r.inUse = true;
      return r;
    }

    @Override
    void restart() {
      super.restart();
      value = null;
      completed = null;
      done = null;
      period = null;
      items = null;
      zone = null;
    }

    @Override
    void field(Field f) throws IOException {
      if (f == VALUE) {
        value = c.decimal();
      } else if (f == PERIOD_DATE) {
        period = c.date();
      } else if (f == ITEMS) {
        items = c.objects(ItemReading::new);
      } else if (f == ZONE) {
        zone = c.token(Tokens.ZONES);
      } else if (shape == COMPLETION) {
        completed = c.bool();
      } else {
        done = c.array(Cursor::string);
        if (done != null) {
          c.unique(done, c.here());
        }
      }
    }

    @Override
    @Nullable CheckInData build() {
      CheckInData built = value();
      inUse = false;
      return built;
    }

    private @Nullable CheckInData value() {
      if (shape == MEASUREMENT) {
        require(VALUE, value);
        return value == null ? null : new CheckInData.Measurement(value);
      } else if (shape == COMPLETION) {
        require(DONE, completed);
        return completed == null ? null : new CheckInData.Completion(completed);
      } else if (shape == MILESTONES_DONE) {
        require(DONE, done);
        return done == null || failed(DONE) ? null : new CheckInData.MilestonesDone(TreeSet.ofAll(done));
      } else if (shape == PERIOD_VALUE) {
        require(PERIOD_DATE, period);
        require(VALUE, value);
        return period == null || value == null ? null : new CheckInData.PeriodValue(period, value);
      } else if (shape == ZONE_REACHED) {
        require(ZONE, zone);
        return zone == null ? null : new CheckInData.ZoneReached(zone);
      }
      require(ITEMS, items);
      return items == null || failed(ITEMS) ? null : new CheckInData.ItemValues(io.vavr.collection.List.ofAll(items));
    }
  }

  static final class ItemReading extends Reading<CheckInData.Item> {
    private @Nullable String key;
    private @Nullable BigDecimal numerator;
    private @Nullable BigDecimal denominator;

    ItemReading(Cursor c) {
      super(c, ITEM);
    }

    @Override
    void field(Field f) throws IOException {
      if (f == KEY) {
        key = c.string();
      } else if (f == NUMERATOR) {
        numerator = c.decimal();
      } else {
        denominator = c.decimal();
      }
    }

    @Override
    CheckInData.@Nullable Item build() {
      require(KEY, key);
      require(NUMERATOR, numerator);
      require(DENOMINATOR, denominator);
      if (key == null || numerator == null || denominator == null) {
        return null;
      }
      return new CheckInData.Item(key, numerator, denominator);
    }
  }
}
