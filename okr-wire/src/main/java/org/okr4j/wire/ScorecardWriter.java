package org.okr4j.wire;

import static org.okr4j.wire.ScorecardFields.*;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.io.IOException;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.okr4j.alignment.AlignmentGraph;
import org.okr4j.alignment.GraphScorecard;
import org.okr4j.scoring.Amounts;
import org.okr4j.scoring.Band;
import org.okr4j.scoring.Contribution;
import org.okr4j.scoring.Explanation;
import org.okr4j.scoring.Forecast;
import org.okr4j.scoring.KeyResultScore;
import org.okr4j.scoring.ObjectiveScore;
import org.okr4j.scoring.Scorecard;
import org.okr4j.scoring.Segments;
import org.okr4j.scoring.StretchLevels;
import org.okr4j.validation.JsonError;
import org.okr4j.validation.OkrError;

/**
 * Writes scorecards ({@code docs/wire-format.md}, "Scorecards"): the scored set and its alignment
 * (with the key-result cascade the roll-up used) when known, then every score with its explanation
 * trees, in the order of {@link ScorecardFields}.
 */
final class ScorecardWriter {

  private ScorecardWriter() {}

  /**
   * Writes a scorecard. With the alignment graph it was rolled up through (a {@link GraphScorecard}),
   * the document is self-contained: it holds the scored set and the graph's policy, links and
   * cascade, from which the reader scores again. A plain {@link Scorecard} made by the scorer knows
   * its set and is written with it; one put together by {@link Scorecard#assemble} is written with
   * its scores only, a report that cannot be read back.
   */
  static void scorecardFields(Out out, Scorecard card, @Nullable GraphScorecard rolledUp) throws IOException {
    out.instant(AS_OF, card.asOf());
    out.object(POLICY);
    PolicyWriter.scoringPolicyFields(out, card.policy());
    out.endObject();
    if (rolledUp != null) {
      AlignmentGraph graph = rolledUp.graph();
      out.object(SET);
      ModelWriter.okrSetFields(out, graph.set());
      out.endObject();
      out.object(ALIGNMENT);
      AlignmentWriter.alignmentFields(out, graph);
      if (rolledUp.cascade() != GraphScorecard.Cascade.NONE) {
        out.token(CASCADE, rolledUp.cascade());
      }
      out.endObject();
    } else if (card.set().isDefined()) {
      out.object(SET);
      ModelWriter.okrSetFields(out, card.set().get());
      out.endObject();
    }
    out.name(OBJECTIVES);
    scores(out, card);
  }

  /**
   * Writes a scorecard's scores as the array of a document's {@code objectives}; the reader writes
   * the scorecard it computed with this method to compare it with the document's.
   */
  static void scores(Out out, Scorecard card) throws IOException {
    out.sink.startArray();
    for (ObjectiveScore o : card.objectives()) {
      objectiveScore(out, o, card.asOf());
    }
    out.endArray();
  }

  /**
   * Writes an objective score; its {@code asOf} only where it differs from {@code asOf} (the
   * scorecard's), always when {@code asOf} is {@code null} (a score written on its own, whose key
   * results' are then compared with its own).
   */
  static void objectiveScore(Out out, ObjectiveScore o, @Nullable Instant asOf) throws IOException {
    out.startObject();
    out.string(ID, o.id().value());
    if (!o.asOf().equals(asOf)) {
      out.instant(SCORE_AS_OF, o.asOf());
    }
    out.decimal(RAW, o.raw());
    out.decimal(PROGRESS, o.progress());
    out.decimal(GRADE, o.grade());
    band(out, BAND, o.band());
    out.token(VERDICT, o.verdict());
    out.token(STATUS, o.status());
    out.decimal(MEAN_RANK, o.meanRank());
    if (o.confidence().isDefined()) {
      out.decimal(CONFIDENCE, o.confidence().get().value());
    }
    band(out, CONFIDENCE_BAND, o.confidenceBand());
    forecast(out, o.forecast());
    out.array(KEY_RESULTS);
    for (KeyResultScore k : o.keyResults()) {
      keyResultScore(out, k, asOf == null ? o.asOf() : asOf);
    }
    out.endArray();
    out.array(CHILDREN);
    for (Contribution c : o.children()) {
      contribution(out, c);
    }
    out.endArray();
    problems(out, o.problems());
    explanation(out, EXPLANATION, o.explanation());
    out.endObject();
  }

  /**
   * Writes a child's contribution to a roll-up: its kind, id, label, progress and weight (its
   * explanation appears inside the objective's).
   */
  static void contribution(Out out, Contribution c) throws IOException {
    out.startObject();
    out.token(Field.KIND, c.kind());
    out.string(ID, c.id());
    out.string(CHILD_LABEL, c.label());
    out.decimal(PROGRESS, c.progress());
    out.decimal(WEIGHT, c.weight());
    out.endObject();
  }

  /** Writes a key-result score; its {@code asOf} as an objective score's (see {@link #objectiveScore}). */
  static void keyResultScore(Out out, KeyResultScore k, @Nullable Instant asOf) throws IOException {
    out.startObject();
    out.string(ID, k.id().value());
    if (!k.asOf().equals(asOf)) {
      out.instant(SCORE_AS_OF, k.asOf());
    }
    out.decimal(WEIGHT, k.weight());
    out.decimal(RAW, k.raw());
    out.decimal(PROGRESS, k.progress());
    out.decimal(GRADE, k.grade());
    band(out, BAND, k.band());
    if (k.zone().isDefined()) {
      out.token(ZONE, k.zone().get());
    }
    out.decimal(CURRENT, k.current());
    out.decimal(TARGET, k.target());
    out.decimal(AGGREGATE_VALUE, k.aggregate());
    if (k.amounts().isDefined()) {
      out.name(AMOUNTS);
      amounts(out, k.amounts().get());
    }
    if (k.levels().isDefined()) {
      out.name(LEVELS);
      levels(out, k.levels().get());
    }
    if (k.segments().isDefined()) {
      out.name(SEGMENTS);
      segments(out, k.segments().get());
    }
    out.decimal(RANGE_DISTANCE, k.rangeDistance());
    out.decimal(EXPECTED, k.expected());
    out.token(STATUS, k.status());
    out.bool(STALE, k.isStale());
    if (k.lastCheckIn().isDefined()) {
      out.instant(LAST_CHECK_IN, k.lastCheckIn().get());
    }
    if (k.confidence().isDefined()) {
      out.decimal(CONFIDENCE, k.confidence().get().value());
    }
    band(out, CONFIDENCE_BAND, k.confidenceBand());
    forecast(out, k.forecast());
    problems(out, k.problems());
    explanation(out, EXPLANATION, k.explanation());
    explanation(out, STATUS_EXPLANATION, k.statusExplanation());
    explanation(out, FORECAST_EXPLANATION, k.forecastExplanation());
    out.endObject();
  }

  private static void forecast(Out out, Forecast forecast) throws IOException {
    out.name(FORECAST);
    forecastObject(out, forecast);
  }

  /**
   * Writes a forecast object: its method, its projected progress and value if any, whether the
   * window has closed, and whether it will miss.
   */
  static void forecastObject(Out out, Forecast forecast) throws IOException {
    out.startObject();
    out.token(METHOD, forecast.method());
    out.decimal(PROGRESS, forecast.progress());
    out.decimal(FORECAST_VALUE, forecast.value());
    out.bool(FINAL, forecast.isFinal());
    out.bool(WILL_MISS, forecast.willMiss());
    out.endObject();
  }

  /** Writes a key result's amounts in its own unit: current, target, done, remaining, total. */
  static void amounts(Out out, Amounts a) throws IOException {
    out.startObject();
    out.decimal(AMOUNT_CURRENT, a.current());
    out.decimal(AMOUNT_TARGET, a.target());
    out.decimal(DONE, a.done());
    out.decimal(REMAINING, a.remaining());
    out.decimal(TOTAL, a.total());
    out.endObject();
  }

  /** Writes the commit, target and stretch levels a key result was scored against, with its baseline. */
  static void levels(Out out, StretchLevels l) throws IOException {
    out.startObject();
    out.decimal(BASELINE, l.baseline());
    out.decimal(COMMIT, l.commit());
    out.decimal(AMOUNT_TARGET, l.target());
    out.decimal(STRETCH, l.stretch());
    out.endObject();
  }

  /** Writes the fill of each segment of a segmented progress bar. */
  static void segments(Out out, Segments s) throws IOException {
    out.startObject();
    out.decimal(FAIL, s.fail());
    out.decimal(COMMIT, s.commit());
    out.decimal(AMOUNT_TARGET, s.target());
    out.decimal(STRETCH, s.stretch());
    out.endObject();
  }

  private static void problems(Out out, Seq<OkrError> problems) throws IOException {
    out.array(PROBLEMS);
    for (OkrError e : problems) {
      problem(out, e);
    }
    out.endArray();
  }

  /** Writes a problem object: its code, its path and its English message. */
  static void problem(Out out, OkrError e) throws IOException {
    out.startObject();
    problemFields(out, e);
    out.endObject();
  }

  /** Writes a problem's fields, for a problem object and for the objects that extend it. */
  static void problemFields(Out out, OkrError e) throws IOException {
    out.string(CODE, e.code());
    out.string(PATH, e.path().toString());
    out.string(MESSAGE, e.message(Locale.ENGLISH));
  }

  private static void band(Out out, Field field, Option<Band> band) throws IOException {
    if (band.isDefined()) {
      out.name(field);
      PolicyWriter.band(out, band.get());
    }
  }

  private static void explanation(Out out, Field field, Explanation explanation) throws IOException {
    out.name(field);
    explanation(out, explanation, 1);
  }

  /**
   * Writes an explanation tree. Recursion is bounded by {@link Wire#MAX_EXPLANATION_DEPTH}: a deeper
   * tree is refused before any stack could run out.
   */
  static void explanation(Out out, Explanation e, int depth) throws IOException {
    if (depth > Wire.MAX_EXPLANATION_DEPTH) {
      throw new WriteRefusedException(new JsonError.TooDeep(out.sink.path(), Wire.MAX_EXPLANATION_DEPTH));
    }
    out.startObject();
    out.string(LABEL, e.label());
    out.decimal(VALUE, e.value());
    if (!e.formula().isEmpty()) {
      out.string(FORMULA, e.formula());
    }
    if (!e.rule().isEmpty()) {
      out.string(RULE, e.rule());
    }
    if (!e.inputs().isEmpty()) {
      out.array(INPUTS);
      for (Explanation input : e.inputs()) {
        explanation(out, input, depth + 1);
      }
      out.endArray();
    }
    out.endObject();
  }
}
