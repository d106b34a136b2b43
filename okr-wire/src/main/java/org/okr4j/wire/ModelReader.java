package org.okr4j.wire;

import static org.okr4j.wire.ModelFields.*;

import io.vavr.control.Either;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.okr4j.model.CheckIn;
import org.okr4j.model.CheckInData;
import org.okr4j.model.Confidence;
import org.okr4j.model.Cycle;
import org.okr4j.model.KeyResult;
import org.okr4j.model.Level;
import org.okr4j.model.ManualStatus;
import org.okr4j.model.Metric;
import org.okr4j.model.Objective;
import org.okr4j.model.OkrSet;
import org.okr4j.model.OwnerKind;
import org.okr4j.model.OwnerRef;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrPath;

/**
 * Reads the model's values ({@code docs/wire-format.md}, "Values"): each object into its wire
 * record, then through the core's validating factory or builder.
 */
final class ModelReader {

  private ModelReader() {}

  static final class OkrSetReading extends Reading<OkrSet> {
    private @Nullable List<@Nullable Cycle> cycles;
    private @Nullable List<@Nullable Objective> objectives;

    OkrSetReading(Cursor c) {
      super(c, OKR_SET);
    }

    @Override
    void field(Field f) throws IOException {
      if (f == CYCLES) {
        cycles = c.objects(CycleReading::new);
      } else {
        objectives = c.array(c.settings.maxObjectives(), "withMaxObjectives", e -> e.object(ObjectiveReading::new));
      }
    }

    /**
     * Builds the set, or reports the core's problems. When some cycles or objectives could not be read,
     * the set's own checks (duplicate ids, dangling references) still run on the rest, so one reading
     * reports every problem; what the core says about an element that already failed is left out, and
     * so are dangling cycle references while some cycle failed (the reference may be to that cycle).
     */
    @Override
    @Nullable OkrSet build() {
      List<@Nullable Cycle> cs = cycles == null ? List.of() : cycles;
      List<@Nullable Objective> os = objectives == null ? List.of() : objectives;
      if (failed == 0) {
        return take(OkrSet.validate(cs, os));
      }
      if ((cycles == null && failed(CYCLES)) || (objectives == null && failed(OBJECTIVES))) {
        return null; // a whole list is unreadable: references to it say nothing new
      }
      boolean cycleFailed = cs.contains(null);
      var result = OkrSet.validate(cs, os);
      if (result.isInvalid()) {
        c.core(c.here(), result.getError().filter(e -> !aboutFailed(e.path(), cs, os, cycleFailed)), null, 0);
      }
      return null;
    }

    private static boolean aboutFailed(OkrPath path, List<@Nullable Cycle> cs, List<@Nullable Objective> os,
        boolean cycleFailed) {
      var segments = path.segments();
      if (segments.size() < 2) {
        return false;
      }
      List<?> list = segments.head().equals(CYCLES.name()) ? cs
          : segments.head().equals(OBJECTIVES.name()) ? os : null;
      if (list == null) {
        return false;
      }
      int i;
      try {
        i = Integer.parseInt(segments.get(1));
      } catch (NumberFormatException e) {
        return false;
      }
      if (i < 0 || i >= list.size() || list.get(i) == null) {
        return true;
      }
      String last = segments.last();
      return cycleFailed && segments.size() == 3 && (last.equals("cycle") || last.equals("parent"));
    }
  }

  static final class CycleReading extends Reading<Cycle> {
    private @Nullable String id;
    private @Nullable String name;
    private @Nullable LocalDate start;
    private @Nullable LocalDate end;
    private @Nullable String parent;
    private @Nullable ZoneId zone;

    CycleReading(Cursor c) {
      super(c, CYCLE);
    }

    @Override
    void field(Field f) throws IOException {
      if (f == CYCLE_ID) {
        id = c.string();
      } else if (f == CYCLE_NAME) {
        name = c.string();
      } else if (f == START) {
        start = c.date();
      } else if (f == END) {
        end = c.date();
      } else if (f == PARENT) {
        parent = c.string();
      } else {
        zone = c.zone();
      }
    }

    @Override
    @Nullable Cycle build() {
      return take(Cycle.validate(id, name, start, end, parent, zone));
    }
  }

  static final class ObjectiveReading extends Reading<Objective> {
    private final Objective.Builder builder = Objective.builder();

    ObjectiveReading(Cursor c) {
      super(c, OBJECTIVE);
    }

    @Override
    void field(Field f) throws IOException {
      if (f == OBJECTIVE_ID) {
        builder.id(c.string());
      } else if (f == OBJECTIVE_TITLE) {
        builder.title(c.string());
      } else if (f == DESCRIPTION) {
        builder.description(c.string());
      } else if (f == OBJECTIVE_OWNER) {
        builder.owner(c.object(OwnerReading::new));
      } else if (f == OBJECTIVE_CYCLE) {
        builder.cycle(c.string());
      } else if (f == LEVEL) {
        builder.level(c.object(LevelReading::new));
      } else if (f == TYPE) {
        builder.type(c.token(Tokens.OBJECTIVE_TYPES));
      } else if (f == VISIBILITY) {
        builder.visibility(c.polymorphic(MetricReader.VISIBILITIES));
      } else if (f == KEY_RESULTS) {
        List<@Nullable KeyResult> krs = c.objects(KeyResultReading::new);
        if (krs != null) {
          krs.forEach(builder::keyResult);
        }
      } else {
        List<@Nullable String> tags = c.array(Cursor::string);
        if (tags != null) {
          c.unique(tags, c.here());
          tags.forEach(builder::tag);
        }
      }
    }

    @Override
    @Nullable Objective build() {
      return take(builder.build());
    }
  }

  static final class KeyResultReading extends Reading<KeyResult> {
    private final KeyResult.Builder builder = KeyResult.builder();
    /** The data kind the metric implies for check-ins that leave it out, once the metric is read. */
    private Cursor.@Nullable ImpliedKind implied;

    KeyResultReading(Cursor c) {
      super(c, KEY_RESULT);
    }

    @Override
    void field(Field f) throws IOException {
      if (f == KEY_RESULT_ID) {
        builder.id(c.string());
      } else if (f == KEY_RESULT_TITLE) {
        builder.title(c.string());
      } else if (f == KEY_RESULT_OWNER) {
        builder.owner(c.object(OwnerReading::new));
      } else if (f == WEIGHT) {
        builder.weight(c.decimal());
      } else if (f == DUE_DATE) {
        builder.dueDate(c.date());
      } else if (f == METRIC) {
        Metric metric = c.polymorphic(MetricReader.METRICS);
        if (metric != null) {
          builder.metric(metric);
          implied = new Cursor.ImpliedKind(metric.dataKind(), metric.kind());
        }
      } else {
        Cursor.ImpliedKind kind = implied;
        List<@Nullable CheckIn> checkIns = c.array(c.settings.maxCheckIns(), "withMaxCheckIns",
            e -> e.object(c2 -> CheckInReading.next(c2, kind)));
        if (checkIns != null) {
          checkIns.forEach(builder::checkIn);
        }
      }
    }

    @Override
    @Nullable KeyResult build() {
      return take(builder.build());
    }
  }

  static final class CheckInReading extends Reading<CheckIn> {
    private Cursor.@Nullable ImpliedKind impliedData;
    /** Between the start of an object and its value's build: not to be restarted. */
    private boolean inUse;
    private @Nullable Instant instant;
    private @Nullable CheckInData data;
    private @Nullable Confidence confidence;
    private @Nullable String confidenceLabel;
    private @Nullable ManualStatus status;
    private @Nullable String note;
    private @Nullable OwnerRef author;

    /** A check-in on its own: its data names its kind. */
    CheckInReading(Cursor c) {
      this(c, null);
    }

    /** A check-in of a key result whose metric implies its data's kind, if {@code impliedData} is known. */
    CheckInReading(Cursor c, Cursor.@Nullable ImpliedKind impliedData) {
      super(c, CHECK_IN);
      this.impliedData = impliedData;
    }

    /**
     * The reading of a check-in of a key result: the cursor's spare one, restarted, unless it is
     * still reading (then a new one, kept as the spare).
     */
    static CheckInReading next(Cursor c, Cursor.@Nullable ImpliedKind impliedData) {
      CheckInReading r = c.spareCheckIn;
      if (r == null || r.inUse) {
        r = new CheckInReading(c, impliedData);
        c.spareCheckIn = r;
      } else {
        r.restart();
        r.impliedData = impliedData;
      }
      r.inUse = true;
      return r;
    }

    @Override
    void restart() {
      super.restart();
      instant = null;
      data = null;
      confidence = null;
      confidenceLabel = null;
      status = null;
      note = null;
      author = null;
    }

    @Override
    void field(Field f) throws IOException {
      if (f == INSTANT) {
        instant = c.instant();
      } else if (f == DATA) {
        data = c.polymorphic(MetricReader.DATA_KINDS, impliedData);
      } else if (f == CONFIDENCE) {
        BigDecimal fraction = c.decimal();
        if (fraction != null) {
          confidence = take(Confidence.validate(fraction));
        }
      } else if (f == CONFIDENCE_LABEL) {
        confidenceLabel = c.string();
      } else if (f == CHECK_IN_STATUS) {
        status = c.token(Tokens.MANUAL_STATUSES);
      } else if (f == NOTE) {
        note = c.string();
      } else {
        author = c.object(OwnerReading::new);
      }
    }

    @Override
    @Nullable CheckIn build() {
      CheckIn value = take(CheckIn.validate(instant, data, confidence, note, author, status, confidenceLabel));
      inUse = false;
      return value;
    }
  }

  static final class OwnerReading extends Reading<OwnerRef> {
    private @Nullable OwnerKind kind;
    private @Nullable String id;

    OwnerReading(Cursor c) {
      super(c, OWNER);
    }

    @Override
    void field(Field f) throws IOException {
      if (f == Field.KIND) {
        String text = c.string();
        if (text != null) {
          Either<OkrError, OwnerKind> parsed = OwnerKind.parse(text);
          if (parsed.isLeft()) {
            c.add(parsed.getLeft().under(c.here()));
          } else {
            kind = parsed.get();
          }
        }
      } else {
        id = c.string();
      }
    }

    @Override
    @Nullable OwnerRef build() {
      return take(OwnerRef.validate(kind, id));
    }
  }

  static final class LevelReading extends Reading<Level> {
    private @Nullable String name;
    private @Nullable Integer rank;

    LevelReading(Cursor c) {
      super(c, LEVEL_SHAPE);
    }

    @Override
    void field(Field f) throws IOException {
      if (f == LEVEL_NAME) {
        name = c.string();
      } else {
        rank = c.integer("[0, " + Level.MAX_RANK + "]");
      }
    }

    @Override
    @Nullable Level build() {
      require(RANK, rank);
      return take(Level.validate(name, rank == null ? 0 : rank));
    }
  }
}
