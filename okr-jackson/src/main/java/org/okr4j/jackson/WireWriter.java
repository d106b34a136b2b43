package org.okr4j.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.okr4j.alignment.AlignmentGraph;
import org.okr4j.alignment.GraphScorecard;
import org.okr4j.alignment.Link;
import org.okr4j.alignment.NodeRef;
import org.okr4j.model.AggregateMetric;
import org.okr4j.model.BinaryMetric;
import org.okr4j.model.CheckIn;
import org.okr4j.model.CheckInData;
import org.okr4j.model.Cycle;
import org.okr4j.model.KeyResult;
import org.okr4j.model.Level;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Metric;
import org.okr4j.model.Milestone;
import org.okr4j.model.MilestoneMetric;
import org.okr4j.model.OrdinalMetric;
import org.okr4j.model.Objective;
import org.okr4j.model.OkrSet;
import org.okr4j.model.OwnerRef;
import org.okr4j.model.RangeMetric;
import org.okr4j.model.RecurringMetric;
import org.okr4j.model.Target;
import org.okr4j.model.ThresholdMetric;
import org.okr4j.model.Zone;
import org.okr4j.model.Unit;
import org.okr4j.model.Visibility;
import org.okr4j.scoring.Band;
import org.okr4j.scoring.Bands;
import org.okr4j.scoring.Cap;
import org.okr4j.scoring.ConfidencePolicy;
import org.okr4j.scoring.Contribution;
import org.okr4j.scoring.Explanation;
import org.okr4j.scoring.Forecast;
import org.okr4j.scoring.ForecastPolicy;
import org.okr4j.scoring.GradeScale;
import org.okr4j.scoring.GradingPolicy;
import org.okr4j.scoring.KeyResultScore;
import org.okr4j.scoring.ObjectiveScore;
import org.okr4j.scoring.Phase;
import org.okr4j.scoring.ProgressPolicy;
import org.okr4j.scoring.StretchPolicy;
import org.okr4j.scoring.RollUpPolicy;
import org.okr4j.scoring.Scorecard;
import org.okr4j.scoring.ScoringPolicy;
import org.okr4j.scoring.StatusPolicy;
import org.okr4j.scoring.StatusRule;
import org.okr4j.validation.OkrError;

/**
 * Writes okr4j values as {@code okr4j/1} JSON. Fields come in one fixed order per kind of value and
 * absent optional values are left out, so equal values give the same tokens; decimals are written
 * with {@link BigDecimal#toString()}, which keeps every digit and the scale.
 */
final class WireWriter {

  private final JsonGenerator g;
  private final boolean decimalsAsStrings;

  WireWriter(JsonGenerator g, Settings settings) {
    this.g = g;
    this.decimalsAsStrings = settings.decimalsAsStrings();
  }

  void document(DocumentKind kind, Object value) throws IOException {
    g.writeStartObject(value);
    g.writeStringField("format", Wire.FORMAT);
    g.writeStringField("kind", kind.wireName());
    switch (kind) {
      case OKR_SET -> okrSetFields((OkrSet) value);
      case CYCLE -> cycleFields((Cycle) value);
      case OBJECTIVE -> objectiveFields((Objective) value);
      case KEY_RESULT -> keyResultFields((KeyResult) value);
      case CHECK_IN -> checkInFields((CheckIn) value);
      case SCORING_POLICY -> scoringPolicyFields((ScoringPolicy) value);
      case ALIGNMENT_GRAPH -> alignmentGraphFields((AlignmentGraph) value);
      case SCORECARD -> scorecardFields((Scorecard) value, null);
      case GRAPH_SCORECARD -> {
        GraphScorecard scores = (GraphScorecard) value;
        scorecardFields(scores.scorecard(), scores.graph());
      }
    }
    g.writeEndObject();
  }

  private void okrSetFields(OkrSet set) throws IOException {
    g.writeArrayFieldStart("cycles");
    for (Cycle c : set.cycles()) {
      g.writeStartObject();
      cycleFields(c);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("objectives");
    for (Objective o : set.objectives()) {
      g.writeStartObject();
      objectiveFields(o);
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void cycleFields(Cycle c) throws IOException {
    g.writeStringField("id", c.id().value());
    g.writeStringField("name", c.name());
    g.writeStringField("start", c.start().toString());
    g.writeStringField("end", c.end().toString());
    if (c.parent().isDefined()) {
      g.writeStringField("parent", c.parent().get().value());
    }
    g.writeStringField("zone", c.zone().getId());
  }

  private void objectiveFields(Objective o) throws IOException {
    g.writeStringField("id", o.id().value());
    g.writeStringField("title", o.title());
    g.writeStringField("description", o.description());
    g.writeFieldName("owner");
    owner(o.owner());
    g.writeStringField("cycle", o.cycle().value());
    g.writeFieldName("level");
    level(o.level());
    g.writeStringField("type", Wire.token(o.type()));
    g.writeFieldName("visibility");
    visibility(o.visibility());
    g.writeArrayFieldStart("keyResults");
    for (KeyResult kr : o.keyResults()) {
      g.writeStartObject();
      keyResultFields(kr);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("tags");
    for (String tag : o.tags()) {
      g.writeString(tag);
    }
    g.writeEndArray();
  }

  private void keyResultFields(KeyResult kr) throws IOException {
    g.writeStringField("id", kr.id().value());
    g.writeStringField("title", kr.title());
    if (kr.owner().isDefined()) {
      g.writeFieldName("owner");
      owner(kr.owner().get());
    }
    decimalField("weight", kr.weight());
    if (kr.dueDate().isDefined()) {
      g.writeStringField("dueDate", kr.dueDate().get().toString());
    }
    g.writeFieldName("metric");
    metric(kr.metric());
    g.writeArrayFieldStart("checkIns");
    for (CheckIn c : kr.checkIns()) {
      g.writeStartObject();
      checkInFields(c);
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void checkInFields(CheckIn c) throws IOException {
    g.writeStringField("instant", c.instant().toString());
    g.writeFieldName("data");
    data(c.data());
    if (c.confidence().isDefined()) {
      decimalField("confidence", c.confidence().get().value());
    }
    g.writeStringField("note", c.note());
    if (c.author().isDefined()) {
      g.writeFieldName("author");
      owner(c.author().get());
    }
  }

  private void owner(OwnerRef owner) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", owner.kind().name());
    g.writeStringField("id", owner.id());
    g.writeEndObject();
  }

  private void level(Level level) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", level.name());
    g.writeNumberField("rank", level.rank());
    g.writeEndObject();
  }

  private void visibility(Visibility visibility) throws IOException {
    g.writeStartObject();
    if (visibility instanceof Visibility.Restricted r) {
      g.writeStringField("kind", "restricted");
      g.writeArrayFieldStart("principals");
      for (OwnerRef p : r.principals()) {
        owner(p);
      }
      g.writeEndArray();
    } else {
      g.writeStringField("kind", visibility instanceof Visibility.Private ? "private" : "public");
    }
    g.writeEndObject();
  }

  private void unit(Unit unit) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", Wire.token(unit.kind()));
    if (unit.label().isDefined()) {
      g.writeStringField(unit.kind() == org.okr4j.model.UnitKind.CURRENCY ? "code" : "label", unit.label().get());
    }
    g.writeEndObject();
  }

  private void metric(Metric metric) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", metric.kind());
    if (metric instanceof LinearMetric m) {
      unitField(m.unit());
      decimalField("baseline", m.baseline());
      g.writeFieldName("target");
      target(m.target());
      if (m.commit().isDefined()) {
        decimalField("commit", m.commit().get());
      }
      if (m.stretch().isDefined()) {
        decimalField("stretch", m.stretch().get());
      }
    } else if (metric instanceof ThresholdMetric m) {
      unitField(m.unit());
      g.writeStringField("comparison", Wire.token(m.comparison()));
      decimalField("threshold", m.threshold());
    } else if (metric instanceof RangeMetric m) {
      unitField(m.unit());
      decimalField("lower", m.lower());
      decimalField("upper", m.upper());
    } else if (metric instanceof MilestoneMetric m) {
      g.writeArrayFieldStart("milestones");
      for (Milestone milestone : m.milestones()) {
        g.writeStartObject();
        g.writeStringField("id", milestone.id());
        g.writeStringField("title", milestone.title());
        decimalField("weight", milestone.weight());
        g.writeEndObject();
      }
      g.writeEndArray();
    } else if (metric instanceof RecurringMetric m) {
      unitField(m.unit());
      g.writeStringField("period", Wire.token(m.period()));
      decimalField("perPeriod", m.perPeriod());
    } else if (metric instanceof AggregateMetric m) {
      unitField(m.unit());
      g.writeStringField("comparison", Wire.token(m.comparison()));
      decimalField("target", m.target());
      if (m.baseline().isDefined()) {
        decimalField("baseline", m.baseline().get());
      }
    } else if (metric instanceof OrdinalMetric m) {
      g.writeObjectFieldStart("scores");
      for (Zone zone : Zone.values()) {
        decimalField(Wire.token(zone), m.score(zone));
      }
      g.writeEndObject();
      if (!m.descriptions().isEmpty()) {
        g.writeObjectFieldStart("descriptions");
        for (io.vavr.Tuple2<Zone, String> d : m.descriptions()) {
          g.writeStringField(Wire.token(d._1), d._2);
        }
        g.writeEndObject();
      }
    } else if (!(metric instanceof BinaryMetric)) {
      throw new IllegalStateException("unknown metric " + metric.getClass());
    }
    g.writeEndObject();
  }

  private void target(Target target) throws IOException {
    g.writeStartObject();
    String kind;
    if (target instanceof Target.Absolute) {
      kind = "absolute";
    } else if (target instanceof Target.PointsDelta) {
      kind = "points";
    } else {
      kind = "relative";
    }
    g.writeStringField("kind", kind);
    decimalField("amount", target.amount());
    g.writeEndObject();
  }

  private void data(CheckInData data) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", data.kind());
    if (data instanceof CheckInData.Measurement m) {
      decimalField("value", m.value());
    } else if (data instanceof CheckInData.Completion c) {
      g.writeBooleanField("done", c.done());
    } else if (data instanceof CheckInData.MilestonesDone d) {
      g.writeArrayFieldStart("done");
      for (String id : d.done()) {
        g.writeString(id);
      }
      g.writeEndArray();
    } else if (data instanceof CheckInData.PeriodValue p) {
      g.writeStringField("period", p.period().toString());
      decimalField("value", p.value());
    } else if (data instanceof CheckInData.ZoneReached z) {
      g.writeStringField("zone", Wire.token(z.zone()));
    } else if (data instanceof CheckInData.ItemValues items) {
      g.writeArrayFieldStart("items");
      for (CheckInData.Item item : items.items()) {
        g.writeStartObject();
        g.writeStringField("key", item.key());
        decimalField("numerator", item.numerator());
        decimalField("denominator", item.denominator());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private void alignmentGraphFields(AlignmentGraph graph) throws IOException {
    g.writeObjectFieldStart("set");
    okrSetFields(graph.set());
    g.writeEndObject();
    alignmentFields(graph);
  }

  /** The alignment of a graph without its set: its {@code policy} and {@code links}. */
  private void alignmentFields(AlignmentGraph graph) throws IOException {
    g.writeObjectFieldStart("policy");
    g.writeStringField("parents", Wire.token(graph.policy().parents()));
    g.writeStringField("levels", Wire.token(graph.policy().levels()));
    g.writeStringField("cycles", Wire.token(graph.policy().cycles()));
    g.writeEndObject();
    g.writeArrayFieldStart("links");
    for (Link link : graph.links()) {
      g.writeStartObject();
      g.writeFieldName("child");
      node(link.child());
      g.writeFieldName("parent");
      node(link.parent());
      g.writeStringField("kind", Wire.token(link.kind()));
      decimalField("weight", link.weight());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void node(NodeRef node) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", node instanceof NodeRef.OfObjective ? "objective" : "key-result");
    g.writeStringField("id", node.idText());
    g.writeEndObject();
  }

  // ---------------------------------------------------------------- scoring policies

  private void scoringPolicyFields(ScoringPolicy policy) throws IOException {
    ProgressPolicy progress = policy.progress();
    g.writeObjectFieldStart("progress");
    g.writeStringField("linearRule", Wire.token(progress.linearRule()));
    cap(progress.cap());
    g.writeStringField("thresholdEquality", Wire.token(progress.thresholdEquality()));
    g.writeStringField("controlMethod", Wire.token(progress.controlMethod()));
    g.writeStringField("controlGrading", Wire.token(progress.controlGrading()));
    g.writeStringField("cadence", Wire.token(progress.cadence()));
    g.writeStringField("periodBasis", Wire.token(progress.periodBasis()));
    g.writeStringField("milestoneWeighting", Wire.token(progress.milestoneWeighting()));
    g.writeStringField("recurring", Wire.token(progress.recurring()));
    g.writeStringField("aggregate", Wire.token(progress.aggregate()));
    g.writeStringField("noCheckIn", Wire.token(progress.noCheckIn()));
    if (progress.stretch().isDefined()) {
      StretchPolicy stretch = progress.stretch().get();
      g.writeObjectFieldStart("stretch");
      decimalField("commitFraction", stretch.commitFraction());
      decimalField("targetFraction", stretch.targetFraction());
      g.writeStringField("reference", Wire.token(stretch.reference()));
      g.writeStringField("belowBaseline", Wire.token(stretch.belowBaseline()));
      g.writeEndObject();
    }
    g.writeEndObject();

    RollUpPolicy rollUp = policy.rollUp();
    g.writeObjectFieldStart("rollUp");
    g.writeStringField("method", Wire.token(rollUp.method()));
    g.writeStringField("missing", Wire.token(rollUp.missing()));
    cap(rollUp.cap());
    g.writeStringField("children", Wire.token(rollUp.children()));
    g.writeEndObject();

    GradingPolicy grading = policy.grading();
    g.writeObjectFieldStart("grading");
    g.writeObjectFieldStart("scale");
    g.writeStringField("kind", Wire.token(grading.scale().kind()));
    if (grading.scale().kind() == GradeScale.Kind.LEVELS) {
      g.writeArrayFieldStart("levels");
      for (BigDecimal level : grading.scale().levels()) {
        decimal(level);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
    bands(grading.bands());
    decimalField("committedTarget", grading.committedTarget());
    decimalField("sweetSpotLow", grading.sweetSpotLow());
    decimalField("sweetSpotHigh", grading.sweetSpotHigh());
    g.writeEndObject();

    StatusPolicy status = policy.status();
    g.writeObjectFieldStart("status");
    g.writeObjectFieldStart("expected");
    g.writeStringField("dayCount", Wire.token(status.expected().dayCount()));
    g.writeArrayFieldStart("phases");
    for (var entry : status.expected().phases().toSortedMap(
        (a, b) -> a.value().compareTo(b.value()), t -> t._1, t -> t._2)) {
      g.writeStartObject();
      g.writeStringField("keyResult", entry._1.value());
      g.writeArrayFieldStart("phases");
      for (Phase phase : entry._2) {
        g.writeStartObject();
        g.writeStringField("due", phase.due().toString());
        decimalField("expected", phase.expected());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeObjectFieldStart("rule");
    g.writeStringField("kind", Wire.token(status.rule().kind()));
    g.writeArrayFieldStart("steps");
    for (StatusRule.Step step : status.rule().steps()) {
      g.writeStartObject();
      decimalField("bound", step.bound());
      g.writeStringField("status", Wire.token(step.status()));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeStringField("otherwise", Wire.token(status.rule().otherwise()));
    g.writeEndObject();
    g.writeBooleanField("achievedAtOne", status.achievedAtOne());
    g.writeStringField("binaryStatus", Wire.token(status.binaryStatus()));
    if (status.rangeTolerance().isDefined()) {
      decimalField("rangeTolerance", status.rangeTolerance().get());
    }
    if (status.staleAfterDays().isDefined()) {
      g.writeNumberField("staleAfterDays", status.staleAfterDays().get());
    }
    if (status.neverUpdatedAfter().isDefined()) {
      decimalField("neverUpdatedAfter", status.neverUpdatedAfter().get());
    }
    g.writeStringField("staleStatus", Wire.token(status.staleStatus()));
    g.writeStringField("objectiveStatus", Wire.token(status.objectiveStatus()));
    g.writeEndObject();

    ForecastPolicy forecast = policy.forecast();
    g.writeObjectFieldStart("forecast");
    g.writeStringField("method", Wire.token(forecast.method()));
    decimalField("willMissBelow", forecast.willMissBelow());
    g.writeEndObject();

    ConfidencePolicy confidence = policy.confidence();
    g.writeObjectFieldStart("confidence");
    g.writeStringField("aggregation", Wire.token(confidence.aggregation()));
    if (confidence.initial().isDefined()) {
      decimalField("initial", confidence.initial().get().value());
    }
    g.writeBooleanField("clearWhenDone", confidence.clearWhenDone());
    bands(confidence.bands());
    g.writeEndObject();
  }

  private void cap(Cap cap) throws IOException {
    g.writeObjectFieldStart("cap");
    if (cap.floor().isDefined()) {
      decimalField("floor", cap.floor().get());
    }
    if (cap.ceiling().isDefined()) {
      decimalField("ceiling", cap.ceiling().get());
    }
    g.writeEndObject();
  }

  private void bands(Bands bands) throws IOException {
    g.writeArrayFieldStart("bands");
    for (Band band : bands.bands()) {
      band(band);
    }
    g.writeEndArray();
  }

  private void band(Band band) throws IOException {
    g.writeStartObject();
    g.writeStringField("label", band.label());
    g.writeStringField("colour", Wire.token(band.colour()));
    if (band.lowerBound().isDefined()) {
      decimalField("lowerBound", band.lowerBound().get());
    }
    g.writeBooleanField("inclusive", band.inclusive());
    g.writeEndObject();
  }

  // ---------------------------------------------------------------- scorecards

  /**
   * Writes a scorecard. With the alignment graph it was rolled up through (a {@link GraphScorecard}),
   * the document is self-contained: it holds the scored set and the graph's policy and links, from
   * which the reader scores again. A plain {@link Scorecard} made by the scorer knows its set
   * ({@link Scorecard#set()}) and is written with it; one put together by
   * {@link Scorecard#assemble} is written with its scores only, a report that cannot be read back.
   */
  private void scorecardFields(Scorecard card, @Nullable AlignmentGraph graph) throws IOException {
    g.writeStringField("asOf", card.asOf().toString());
    g.writeObjectFieldStart("policy");
    scoringPolicyFields(card.policy());
    g.writeEndObject();
    if (graph != null) {
      g.writeObjectFieldStart("set");
      okrSetFields(graph.set());
      g.writeEndObject();
      g.writeObjectFieldStart("alignment");
      alignmentFields(graph);
      g.writeEndObject();
    } else if (card.set().isDefined()) {
      g.writeObjectFieldStart("set");
      okrSetFields(card.set().get());
      g.writeEndObject();
    }
    g.writeFieldName("objectives");
    scores(card);
  }

  /**
   * Writes a scorecard's scores as the array of a document's {@code objectives}; the reader writes a
   * scorecard it computed with this method to compare it with the document's.
   */
  void scores(Scorecard card) throws IOException {
    g.writeStartArray();
    for (ObjectiveScore o : card.objectives()) {
      objectiveScore(o, card.asOf());
    }
    g.writeEndArray();
  }

  private void objectiveScore(ObjectiveScore o, Instant asOf) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", o.id().value());
    if (!o.asOf().equals(asOf)) {
      g.writeStringField("asOf", o.asOf().toString());
    }
    optionalDecimalField("raw", o.raw());
    optionalDecimalField("progress", o.progress());
    optionalDecimalField("grade", o.grade());
    optionalBandField("band", o.band());
    g.writeStringField("verdict", Wire.token(o.verdict()));
    g.writeStringField("status", Wire.token(o.status()));
    if (o.confidence().isDefined()) {
      decimalField("confidence", o.confidence().get().value());
    }
    optionalBandField("confidenceBand", o.confidenceBand());
    forecast(o.forecast());
    g.writeArrayFieldStart("keyResults");
    for (KeyResultScore k : o.keyResults()) {
      keyResultScore(k, asOf);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("children");
    for (Contribution c : o.children()) {
      g.writeStartObject();
      g.writeStringField("kind", Wire.token(c.kind()));
      g.writeStringField("id", c.id());
      g.writeStringField("label", c.label());
      optionalDecimalField("progress", c.progress());
      decimalField("weight", c.weight());
      g.writeEndObject();
    }
    g.writeEndArray();
    problems(o.problems());
    explanationField("explanation", o.explanation());
    g.writeEndObject();
  }

  private void keyResultScore(KeyResultScore k, Instant asOf) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", k.id().value());
    if (!k.asOf().equals(asOf)) {
      g.writeStringField("asOf", k.asOf().toString());
    }
    decimalField("weight", k.weight());
    optionalDecimalField("raw", k.raw());
    optionalDecimalField("progress", k.progress());
    optionalDecimalField("grade", k.grade());
    optionalBandField("band", k.band());
    if (k.zone().isDefined()) {
      g.writeStringField("zone", Wire.token(k.zone().get()));
    }
    decimalField("expected", k.expected());
    g.writeStringField("status", Wire.token(k.status()));
    g.writeBooleanField("stale", k.isStale());
    if (k.lastCheckIn().isDefined()) {
      g.writeStringField("lastCheckIn", k.lastCheckIn().get().toString());
    }
    if (k.confidence().isDefined()) {
      decimalField("confidence", k.confidence().get().value());
    }
    optionalBandField("confidenceBand", k.confidenceBand());
    forecast(k.forecast());
    problems(k.problems());
    explanationField("explanation", k.explanation());
    explanationField("statusExplanation", k.statusExplanation());
    explanationField("forecastExplanation", k.forecastExplanation());
    g.writeEndObject();
  }

  private void forecast(Forecast forecast) throws IOException {
    g.writeObjectFieldStart("forecast");
    g.writeStringField("method", Wire.token(forecast.method()));
    optionalDecimalField("progress", forecast.progress());
    g.writeBooleanField("willMiss", forecast.willMiss());
    g.writeEndObject();
  }

  private void problems(Seq<OkrError> problems) throws IOException {
    g.writeArrayFieldStart("problems");
    for (OkrError e : problems) {
      g.writeStartObject();
      g.writeStringField("code", e.code());
      g.writeStringField("path", e.path().toString());
      g.writeStringField("message", e.message(Locale.ENGLISH));
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void explanationField(String name, Explanation explanation) throws IOException {
    g.writeFieldName(name);
    explanation(explanation, 1);
  }

  /**
   * Writes an explanation tree. Recursion is bounded by {@link Wire#MAX_EXPLANATION_DEPTH}: a deeper
   * tree is refused before any stack could run out.
   */
  private void explanation(Explanation e, int depth) throws IOException {
    if (depth > Wire.MAX_EXPLANATION_DEPTH) {
      throw JsonMappingException.from(g, Wire.TOO_DEEP + " at " + g.getOutputContext().pathAsPointer()
          + ": an explanation is nested more than " + Wire.MAX_EXPLANATION_DEPTH
          + " levels deep, which " + Wire.FORMAT + " does not write");
    }
    g.writeStartObject();
    g.writeStringField("label", e.label());
    optionalDecimalField("value", e.value());
    if (!e.formula().isEmpty()) {
      g.writeStringField("formula", e.formula());
    }
    if (!e.rule().isEmpty()) {
      g.writeStringField("rule", e.rule());
    }
    if (!e.inputs().isEmpty()) {
      g.writeArrayFieldStart("inputs");
      for (Explanation input : e.inputs()) {
        explanation(input, depth + 1);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private void optionalBandField(String name, Option<Band> band) throws IOException {
    if (band.isDefined()) {
      g.writeFieldName(name);
      band(band.get());
    }
  }

  private void optionalDecimalField(String name, Option<BigDecimal> value) throws IOException {
    if (value.isDefined()) {
      decimalField(name, value.get());
    }
  }

  private void unitField(Unit unit) throws IOException {
    g.writeFieldName("unit");
    unit(unit);
  }

  private void decimalField(String name, BigDecimal value) throws IOException {
    g.writeFieldName(name);
    decimal(value);
  }

  private void decimal(BigDecimal value) throws IOException {
    if (decimalsAsStrings) {
      g.writeString(value.toString());
    } else {
      // The text is written as given, so the host's WRITE_BIGDECIMAL_AS_PLAIN cannot change the scale.
      g.writeNumber(value.toString());
    }
  }
}
