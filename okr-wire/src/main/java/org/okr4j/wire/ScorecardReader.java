package org.okr4j.wire;

import static org.okr4j.wire.ScorecardFields.ALIGNMENT;
import static org.okr4j.wire.ScorecardFields.ALIGNMENT_POLICY;
import static org.okr4j.wire.ScorecardFields.ALIGNMENT_SHAPE;
import static org.okr4j.wire.ScorecardFields.AS_OF;
import static org.okr4j.wire.ScorecardFields.CASCADE;
import static org.okr4j.wire.ScorecardFields.LINKS;
import static org.okr4j.wire.ScorecardFields.OBJECTIVES;
import static org.okr4j.wire.ScorecardFields.POLICY;
import static org.okr4j.wire.ScorecardFields.SCORECARD;
import static org.okr4j.wire.ScorecardFields.SET;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.okr4j.alignment.AlignmentGraph;
import org.okr4j.alignment.AlignmentPolicy;
import org.okr4j.alignment.GraphScorecard;
import org.okr4j.alignment.Link;
import org.okr4j.model.OkrSet;
import org.okr4j.scoring.Scorecard;
import org.okr4j.scoring.Scorer;
import org.okr4j.scoring.ScoringPolicy;
import org.okr4j.validation.JsonError;
import org.okr4j.validation.JsonError.JsonType;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrPath;

/**
 * Reads a {@code scorecard} document ({@code docs/wire-format.md}, "Scorecards") by scoring its set
 * again, under its policy at its {@code asOf} (rolled up through its alignment with its cascade, if
 * any), and accepting the result only if the scores written for it are exactly the document's scores.
 * The document's {@code objectives} may come before the set they score, so they are copied, each
 * array cut at the largest of the module's limits, and compared once the object ends.
 */
final class ScorecardReader extends Reading<Object> {

  /** The alignment a scorecard was rolled up through: an alignment graph without its set. */
  record Alignment(AlignmentPolicy policy, List<Link> links, GraphScorecard.Cascade cascade) {}

  /** A document's scores, copied as written, and where they start. */
  private record Scores(Tape tape, OkrPath at, int line, int column) {}

  private static final Function<Cursor, Fields<Alignment>> ALIGNMENT_READING = Fields.<Alignment>of(ALIGNMENT_SHAPE)
      .read(ALIGNMENT_POLICY, c -> c.object(AlignmentReader.POLICY_READING))
      .read(LINKS, AlignmentReader::links)
      .read(CASCADE, c -> c.token(Tokens.CASCADES))
      .build(f -> new Alignment(f.get(ALIGNMENT_POLICY), PolicyReader.present(f.get(LINKS)),
          f.present(CASCADE) ? f.get(CASCADE) : GraphScorecard.Cascade.NONE));

  private final boolean rolledUp;
  private @Nullable Instant asOf;
  private @Nullable ScoringPolicy policy;
  private @Nullable OkrSet set;
  private @Nullable Alignment alignment;
  private @Nullable Scores scores;

  /**
   * @param rolledUp whether a {@link GraphScorecard} is read, which needs the document's alignment
   */
  ScorecardReader(Cursor c, boolean rolledUp) {
    super(c, SCORECARD);
    this.rolledUp = rolledUp;
  }

  @Override
  void field(Field f) throws IOException {
    if (f == AS_OF) {
      asOf = c.instant();
    } else if (f == POLICY) {
      policy = c.object(PolicyReader.SCORING_POLICY_READING);
    } else if (f == SET) {
      set = c.object(ModelReader.OkrSetReading::new);
    } else if (f == ALIGNMENT) {
      alignment = c.object(ALIGNMENT_READING);
    } else {
      scores = copy();
    }
  }

  private @Nullable Scores copy() throws IOException {
    if (c.src.current() != Token.START_ARRAY) {
      return c.wrong(JsonType.ARRAY);
    }
    Scores copied = new Scores(new Tape(), c.here(), c.src.line(), c.src.column());
    c.copy(copied.tape(), c.settings.largestLimit(), Long.MAX_VALUE);
    return copied;
  }

  @Override
  @Nullable Object build() {
    boolean complete = true;
    for (Field f : shape.fields()) {
      boolean needed = f.required() || f == SET || (f == ALIGNMENT && rolledUp);
      if (needed && !has(f)) {
        require(f, null);
        complete = false;
      }
    }
    if (!complete || failed != 0 || asOf == null || policy == null || set == null || scores == null) {
      return null;
    }
    if (alignment == null) {
      return checked(scores, Scorer.evaluate(set, policy, asOf));
    }
    Validation<Seq<OkrError>, AlignmentGraph> graph = AlignmentGraph.build(set, alignment.policy(), alignment.links());
    if (graph.isInvalid()) {
      c.core(c.here().key(ALIGNMENT.name()), graph.getError(), null, 0);
      return null;
    }
    GraphScorecard rolled = GraphScorecard.evaluate(graph.get(), policy, asOf, alignment.cascade());
    Scorecard card = checked(scores, rolled.scorecard());
    return card == null ? null : rolledUp ? rolled : card;
  }

  /**
   * Returns {@code card} if the document's scores are what okr4j writes for it, token by token
   * (whitespace aside, and a decimal matching a number or a string of the same text); otherwise
   * reports {@code okr.json.scorecard-mismatch} at the first difference and returns {@code null}.
   */
  private @Nullable Scorecard checked(Scores scores, Scorecard card) {
    Tape expected = new Tape();
    try {
      ScorecardWriter.scores(new Out(expected, Settings.DEFAULTS), card);
    } catch (WriteRefusedException e) {
      // Only an explanation deeper than the format writes: no document could hold these scores.
      c.add(new JsonError.TooDeep(scores.at(), Wire.MAX_EXPLANATION_DEPTH));
      return null;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    TokenSource want = expected.play(OkrPath.root(), 0, 0);
    TokenSource got = scores.tape().play(scores.at(), scores.line(), scores.column());
    for (;;) {
      Token w = next(want);
      Token h = next(got);
      if (w == Token.END && h == Token.END) {
        return card;
      }
      if (!same(w, want, h, got)) {
        c.add(new JsonError.ScorecardMismatch(got.path(), show(h, got), show(w, want)));
        return null;
      }
    }
  }

  private static Token next(TokenSource tokens) {
    try {
      return tokens.next();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static boolean same(Token w, TokenSource want, Token h, TokenSource got) {
    if (w == Token.INTEGER || w == Token.DECIMAL) {
      return (h == Token.INTEGER || h == Token.DECIMAL || h == Token.STRING) && text(want).equals(text(got));
    }
    if (w != h) {
      return false;
    }
    return w != Token.NAME && w != Token.STRING || text(want).equals(text(got));
  }

  private static String show(Token t, TokenSource tokens) {
    return switch (t) {
      case END -> "the end of the scores";
      case NAME -> "field " + JsonError.quote(text(tokens));
      case END_OBJECT -> "the end of an object";
      case END_ARRAY -> "the end of an array";
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case STRING -> JsonError.quote(text(tokens));
      case INTEGER, DECIMAL -> JsonError.shorten(text(tokens));
      case TRUE, FALSE -> "a boolean";
      case NULL -> "null";
      case TRUNCATED -> "more elements than the reader keeps";
      default -> "a value JSON cannot spell";
    };
  }

  private static String text(TokenSource tokens) {
    try {
      return tokens.text();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
