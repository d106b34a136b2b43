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
import org.okr4j.scoring.Band;
import org.okr4j.scoring.Contribution;
import org.okr4j.scoring.Explanation;
import org.okr4j.scoring.Forecast;
import org.okr4j.scoring.KeyResultScore;
import org.okr4j.scoring.ObjectiveScore;
import org.okr4j.scoring.Scorecard;
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

  /** Writes a forecast object: its method, its projected progress if any, and whether it will miss. */
  static void forecastObject(Out out, Forecast forecast) throws IOException {
    out.startObject();
    out.token(METHOD, forecast.method());
    out.decimal(PROGRESS, forecast.progress());
    out.bool(WILL_MISS, forecast.willMiss());
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
