package org.okr4j.wire;

import static org.okr4j.wire.ModelFields.AUTHOR;
import static org.okr4j.wire.ModelFields.CHECK_INS;
import static org.okr4j.wire.ModelFields.CHECK_IN_STATUS;
import static org.okr4j.wire.ModelFields.CONFIDENCE;
import static org.okr4j.wire.ModelFields.CONFIDENCE_LABEL;
import static org.okr4j.wire.ModelFields.CYCLES;
import static org.okr4j.wire.ModelFields.CYCLE_ID;
import static org.okr4j.wire.ModelFields.CYCLE_NAME;
import static org.okr4j.wire.ModelFields.DATA;
import static org.okr4j.wire.ModelFields.DESCRIPTION;
import static org.okr4j.wire.ModelFields.DUE_DATE;
import static org.okr4j.wire.ModelFields.END;
import static org.okr4j.wire.ModelFields.INSTANT;
import static org.okr4j.wire.ModelFields.KEY_RESULTS;
import static org.okr4j.wire.ModelFields.KEY_RESULT_ID;
import static org.okr4j.wire.ModelFields.KEY_RESULT_OWNER;
import static org.okr4j.wire.ModelFields.KEY_RESULT_TITLE;
import static org.okr4j.wire.ModelFields.LEVEL;
import static org.okr4j.wire.ModelFields.LEVEL_NAME;
import static org.okr4j.wire.ModelFields.METRIC;
import static org.okr4j.wire.ModelFields.NOTE;
import static org.okr4j.wire.ModelFields.OBJECTIVES;
import static org.okr4j.wire.ModelFields.OBJECTIVE_CYCLE;
import static org.okr4j.wire.ModelFields.OBJECTIVE_ID;
import static org.okr4j.wire.ModelFields.OBJECTIVE_OWNER;
import static org.okr4j.wire.ModelFields.OBJECTIVE_TITLE;
import static org.okr4j.wire.ModelFields.OWNER_ID;
import static org.okr4j.wire.ModelFields.PARENT;
import static org.okr4j.wire.ModelFields.RANK;
import static org.okr4j.wire.ModelFields.START;
import static org.okr4j.wire.ModelFields.TAGS;
import static org.okr4j.wire.ModelFields.TYPE;
import static org.okr4j.wire.ModelFields.VISIBILITY;
import static org.okr4j.wire.ModelFields.WEIGHT;
import static org.okr4j.wire.ModelFields.ZONE;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import org.okr4j.model.CheckIn;
import org.okr4j.model.Cycle;
import org.okr4j.model.KeyResult;
import org.okr4j.model.Objective;
import org.okr4j.model.ObjectiveType;
import org.okr4j.model.OkrSet;
import org.okr4j.model.OwnerRef;
import org.okr4j.model.Visibility;

/**
 * Writes the model's values ({@code docs/wire-format.md}, "Values") in the order of their
 * {@link ModelFields}; absent optional values are left out, and in a compact document so are the
 * fields that hold their default (an empty description or note, the type {@code committed}, public
 * visibility, no key results, check-ins or tags, the weight {@code 1}, the zone {@code Z}).
 */
final class ModelWriter {

  private ModelWriter() {}

  static void okrSetFields(Out out, OkrSet set) throws IOException {
    out.array(CYCLES);
    for (Cycle c : set.cycles()) {
      out.startObject();
      cycleFields(out, c);
      out.endObject();
    }
    out.endArray();
    out.array(OBJECTIVES);
    for (Objective o : set.objectives()) {
      out.startObject();
      objectiveFields(out, o);
      out.endObject();
    }
    out.endArray();
  }

  static void cycleFields(Out out, Cycle c) throws IOException {
    out.string(CYCLE_ID, c.id().value());
    out.string(CYCLE_NAME, c.name());
    out.string(START, c.start().toString());
    out.string(END, c.end().toString());
    if (c.parent().isDefined()) {
      out.string(PARENT, c.parent().get().value());
    }
    if (out.writes(c.zone(), ZoneOffset.UTC)) {
      out.string(ZONE, c.zone().getId());
    }
  }

  static void objectiveFields(Out out, Objective o) throws IOException {
    out.string(OBJECTIVE_ID, o.id().value());
    out.string(OBJECTIVE_TITLE, o.title());
    if (out.writes(o.description(), "")) {
      out.string(DESCRIPTION, o.description());
    }
    out.name(OBJECTIVE_OWNER);
    owner(out, o.owner());
    out.string(OBJECTIVE_CYCLE, o.cycle().value());
    out.object(LEVEL);
    out.string(LEVEL_NAME, o.level().name());
    out.integer(RANK, o.level().rank());
    out.endObject();
    if (out.writes(o.type(), ObjectiveType.COMMITTED)) {
      out.token(TYPE, o.type());
    }
    if (out.writes(o.visibility(), Visibility.PUBLIC)) {
      out.name(VISIBILITY);
      MetricWriter.visibility(out, o.visibility());
    }
    if (!out.compact || !o.keyResults().isEmpty()) {
      out.array(KEY_RESULTS);
      for (KeyResult kr : o.keyResults()) {
        out.startObject();
        keyResultFields(out, kr);
        out.endObject();
      }
      out.endArray();
    }
    if (!out.compact || !o.tags().isEmpty()) {
      out.array(TAGS);
      for (String tag : o.tags()) {
        out.string(tag);
      }
      out.endArray();
    }
  }

  static void keyResultFields(Out out, KeyResult kr) throws IOException {
    out.string(KEY_RESULT_ID, kr.id().value());
    out.string(KEY_RESULT_TITLE, kr.title());
    if (kr.owner().isDefined()) {
      out.name(KEY_RESULT_OWNER);
      owner(out, kr.owner().get());
    }
    // BigDecimal.equals compares the scale too: a weight of 1.0 is written, as it must read back as 1.0.
    if (out.writes(kr.weight(), BigDecimal.ONE)) {
      out.decimal(WEIGHT, kr.weight());
    }
    if (kr.dueDate().isDefined()) {
      out.string(DUE_DATE, kr.dueDate().get().toString());
    }
    out.name(METRIC);
    MetricWriter.metric(out, kr.metric());
    if (!out.compact || !kr.checkIns().isEmpty()) {
      out.array(CHECK_INS);
      for (CheckIn c : kr.checkIns()) {
        out.startObject();
        // The metric comes first, so a compact document leaves out the data's kind: the metric implies it.
        checkInFields(out, c, out.compact);
        out.endObject();
      }
      out.endArray();
    }
  }

  /**
   * Writes a check-in's fields; {@code impliedData} leaves out its data's {@code kind}, which only a
   * check-in inside a key result may do.
   */
  static void checkInFields(Out out, CheckIn c, boolean impliedData) throws IOException {
    out.instant(INSTANT, c.instant());
    out.name(DATA);
    MetricWriter.data(out, c.data(), !impliedData);
    if (c.confidence().isDefined()) {
      out.decimal(CONFIDENCE, c.confidence().get().value());
    }
    if (c.confidenceLabel().isDefined()) {
      out.string(CONFIDENCE_LABEL, c.confidenceLabel().get());
    }
    if (c.status().isDefined()) {
      out.token(CHECK_IN_STATUS, c.status().get());
    }
    if (out.writes(c.note(), "")) {
      out.string(NOTE, c.note());
    }
    if (c.author().isDefined()) {
      out.name(AUTHOR);
      owner(out, c.author().get());
    }
  }

  static void owner(Out out, OwnerRef owner) throws IOException {
    out.startObject();
    out.string(Field.KIND, owner.kind().name());
    out.string(OWNER_ID, owner.id());
    out.endObject();
  }
}
