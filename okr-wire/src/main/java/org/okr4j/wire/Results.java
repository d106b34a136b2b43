package org.okr4j.wire;

import static org.okr4j.wire.ResultFields.COLUMN;
import static org.okr4j.wire.ResultFields.FIX;
import static org.okr4j.wire.ResultFields.LINE;
import static org.okr4j.wire.ResultFields.SEVERITY;
import static org.okr4j.wire.ScorecardFields.CODE;
import static org.okr4j.wire.ScorecardFields.MESSAGE;
import static org.okr4j.wire.ScorecardFields.PATH;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.okr4j.lint.Finding;
import org.okr4j.lint.Severity;
import org.okr4j.model.ManualStatus;
import org.okr4j.model.Zone;
import org.okr4j.scoring.Amounts;
import org.okr4j.scoring.Band;
import org.okr4j.scoring.Colour;
import org.okr4j.scoring.Contribution;
import org.okr4j.scoring.Explanation;
import org.okr4j.scoring.Forecast;
import org.okr4j.scoring.KeyResultScore;
import org.okr4j.scoring.Segments;
import org.okr4j.scoring.StretchLevels;
import org.okr4j.scoring.ObjectiveScore;
import org.okr4j.scoring.Status;
import org.okr4j.scoring.Verdict;
import org.okr4j.validation.InputProblem;
import org.okr4j.validation.OkrError;

/**
 * The public results a host holds in its own classes, written on their own without an envelope
 * ({@code docs/wire-format.md}, "Results in a host's JSON"): an {@link OkrError} as a problem
 * {@code {code, path, message}}, an {@link InputProblem} as a problem with its {@code line} and
 * {@code column}, a lint {@link Finding} as {@code {code, severity, path, message, fix?}}, and the
 * scores, explanations, forecasts, bands, contributions, amounts, stretch levels and segments as a
 * scorecard holds them (a score's {@code asOf} always written; a contribution without the
 * explanation its objective's holds). They are reports: written, never read back. The enums a
 * result holds ({@link Status}, {@link Verdict}, {@link Colour}, {@link Zone}, {@link Severity}),
 * and a check-in's {@link ManualStatus}, are written and read as their wire tokens.
 */
final class Results {

  /** The result types, most specific first. */
  private static final List<Class<?>> TYPES = List.of(OkrError.class, InputProblem.class, Finding.class,
      ObjectiveScore.class, KeyResultScore.class, Explanation.class, Forecast.class, Band.class, Contribution.class,
      Amounts.class, StretchLevels.class, Segments.class);

  /** The enums written as tokens, with their allow-lists. */
  private static final Map<Class<?>, Map<String, ? extends Enum<?>>> TOKENS = Map.of(
      Status.class, Tokens.STATUSES, Verdict.class, Tokens.tokens(Verdict.values()), Colour.class, Tokens.COLOURS,
      Zone.class, Tokens.ZONES, Severity.class, Tokens.tokens(Severity.values()), ManualStatus.class,
      Tokens.MANUAL_STATUSES);

  private Results() {}

  /** The result type of which {@code raw} is one, or {@code null}. */
  static @Nullable Class<?> type(Class<?> raw) {
    for (Class<?> type : TYPES) {
      if (type.isAssignableFrom(raw)) {
        return type;
      }
    }
    return null;
  }

  /**
   * The allow-list of an enum written as tokens, or {@code null} if {@code raw} is none; a constant
   * with a body of its own, whose class is a subclass of its enum, counts as its enum.
   */
  static @Nullable Map<String, ? extends Enum<?>> tokens(Class<?> raw) {
    Class<?> superclass = raw.getSuperclass();
    return TOKENS.get(superclass != null && superclass.isEnum() ? superclass : raw);
  }

  /** Writes a result of one of the {@link #type result types}. */
  static void write(Object value, Out out) throws IOException {
    if (value instanceof OkrError e) {
      ScorecardWriter.problem(out, e);
    } else if (value instanceof InputProblem p) {
      out.startObject();
      ScorecardWriter.problemFields(out, p.error());
      if (p.hasLocation()) {
        out.integer(LINE, p.line());
        out.integer(COLUMN, p.column());
      }
      out.endObject();
    } else if (value instanceof Finding f) {
      out.startObject();
      out.string(CODE, f.code());
      out.token(SEVERITY, f.severity());
      out.string(PATH, f.path().toString());
      out.string(MESSAGE, f.message(Locale.ENGLISH));
      if (f.fix(Locale.ENGLISH).isDefined()) {
        out.string(FIX, f.fix(Locale.ENGLISH).get());
      }
      out.endObject();
    } else if (value instanceof ObjectiveScore o) {
      ScorecardWriter.objectiveScore(out, o, null);
    } else if (value instanceof KeyResultScore k) {
      ScorecardWriter.keyResultScore(out, k, null);
    } else if (value instanceof Explanation e) {
      ScorecardWriter.explanation(out, e, 1);
    } else if (value instanceof Forecast f) {
      ScorecardWriter.forecastObject(out, f);
    } else if (value instanceof Contribution c) {
      ScorecardWriter.contribution(out, c);
    } else if (value instanceof Amounts a) {
      ScorecardWriter.amounts(out, a);
    } else if (value instanceof StretchLevels l) {
      ScorecardWriter.levels(out, l);
    } else if (value instanceof Segments s) {
      ScorecardWriter.segments(out, s);
    } else {
      PolicyWriter.band(out, (Band) value);
    }
  }
}
