package org.okr4j.wire;

import io.vavr.control.Either;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.okr4j.model.CheckInData;
import org.okr4j.model.Confidence;
import org.okr4j.model.CycleId;
import org.okr4j.model.KeyResultId;
import org.okr4j.model.Level;
import org.okr4j.model.Metric;
import org.okr4j.model.Milestone;
import org.okr4j.model.ObjectiveId;
import org.okr4j.model.OwnerKind;
import org.okr4j.model.OwnerRef;
import org.okr4j.model.Target;
import org.okr4j.model.Unit;
import org.okr4j.model.Visibility;
import org.okr4j.validation.JsonError;
import org.okr4j.validation.JsonError.JsonType;
import org.okr4j.validation.OkrError;

/**
 * The entry points of the wire layer, for the Jackson adapters: read a document from a
 * {@link TokenSource}, write one to a {@link TokenSink}, read an id, write the results a host holds
 * in its own classes (errors, findings, scores) and read and write the enums they hold, and the
 * rules for model values that exist on the wire only inside a document.
 */
public final class Wire {

  /** The format of every document written, and the only one read: {@value}. */
  public static final String FORMAT = "okr4j/1";

  /**
   * The deepest explanation tree written: the explanation at the top is level 1. Real explanations
   * are a few levels deep plus two per level of an alignment roll-up; a tree of this depth takes
   * about twice as many JSON nesting levels, under the parser's default of 1,000.
   */
  public static final int MAX_EXPLANATION_DEPTH = 200;

  /** Model values that exist on the wire only inside a document. */
  private static final List<Class<?>> PARTS = List.of(Metric.class, Target.class, CheckInData.class,
      CheckInData.Item.class, Unit.class, OwnerRef.class, OwnerKind.class, Level.class, Visibility.class,
      Confidence.class, Milestone.class);

  /** The ids, written as JSON strings and read through their validating {@code parse}. */
  private static final Map<Class<?>, Function<String, Either<OkrError, ?>>> IDS = Map.of(
      CycleId.class, CycleId::parse, ObjectiveId.class, ObjectiveId::parse, KeyResultId.class, KeyResultId::parse);

  private Wire() {}

  /**
   * Reads a whole document of {@code kind}; the source is at its first token (a start of object, or
   * the first field name when the host's mapper has consumed the start). With
   * {@link Settings#bareCheckIns()}, a check-in is read without the envelope: its own fields only,
   * {@code format} and {@code kind} being unknown fields.
   *
   * @param kind the kind of document expected
   * @param src the tokens
   * @param settings the module's settings
   * @return the value, or every problem found
   * @throws IOException if the input cannot be read or parsed
   */
  public static ReadResult read(DocumentKind kind, TokenSource src, Settings settings) throws IOException {
    Cursor c = new Cursor(src, settings);
    Object value = null;
    Token t = src.current();
    if (t == Token.START_OBJECT || t == Token.NAME) {
      Reading<?> r = Documents.reading(kind, c);
      if (!bare(kind, settings)) {
        r.envelope(kind);
      }
      value = c.readObject(r, t == Token.START_OBJECT ? src.nextName() : src.text());
    } else {
      c.wrong(JsonType.OBJECT);
    }
    return ReadResult.of(c, value);
  }

  /**
   * Returns the result of reading JSON {@code null} where a document (or an id) belongs: never a Java
   * {@code null}, but {@code okr.json.wrong-type}.
   *
   * @param src the tokens, at the {@code null}
   * @return the problem
   */
  public static ReadResult readNull(TokenSource src) {
    Cursor c = new Cursor(src, Settings.DEFAULTS);
    c.report(new JsonError.WrongType(c.here(), JsonType.OBJECT, JsonType.NULL));
    return ReadResult.of(c, null);
  }

  /** Whether a value of {@code kind} travels without the envelope: a check-in, when the settings say so. */
  private static boolean bare(DocumentKind kind, Settings settings) {
    return kind == DocumentKind.CHECK_IN && settings.bareCheckIns();
  }

  /**
   * Writes {@code value} as a whole document of {@code kind} (a check-in without the envelope, with
   * {@link Settings#bareCheckIns()}).
   *
   * @param kind the value's kind
   * @param value the value
   * @param sink where the tokens go
   * @param settings the module's settings
   * @throws IOException if the output cannot be written
   * @throws WriteRefusedException if the value nests an explanation deeper than the format writes
   */
  public static void write(DocumentKind kind, Object value, TokenSink sink, Settings settings) throws IOException {
    Documents.write(kind, value, new Out(sink, settings), !bare(kind, settings));
  }

  /**
   * Tells whether {@code type} is an id written as a JSON string.
   *
   * @param type a class
   * @return {@code true} for {@code CycleId}, {@code ObjectiveId} and {@code KeyResultId} and their subtypes
   */
  public static boolean isId(Class<?> type) {
    return IDS.keySet().stream().anyMatch(id -> id.isAssignableFrom(type));
  }

  /**
   * Reads an id of {@code type} from a JSON string through its validating {@code parse}.
   *
   * @param type {@code CycleId}, {@code ObjectiveId} or {@code KeyResultId}
   * @param src the tokens, at the value
   * @return the id, or the problem
   * @throws IOException if the input cannot be read or parsed
   */
  public static ReadResult readId(Class<?> type, TokenSource src) throws IOException {
    Cursor c = new Cursor(src, Settings.DEFAULTS);
    String text = c.string();
    Object id = null;
    if (text != null) {
      Either<OkrError, ?> parsed = IDS.get(type).apply(text);
      if (parsed.isLeft()) {
        c.add(parsed.getLeft().under(c.here()));
      } else {
        id = parsed.get();
      }
    }
    return ReadResult.of(c, id);
  }

  /**
   * Returns the result type of which {@code raw} is one: {@code OkrError} (every record of the sealed
   * family), {@code InputProblem}, the lint {@code Finding}, {@code ObjectiveScore},
   * {@code KeyResultScore}, {@code Explanation}, {@code Forecast}, {@code Band}, {@code Contribution},
   * {@code Amounts}, {@code StretchLevels} or {@code Segments}.
   * A result is written on its own as clean JSON without an envelope ({@link #writeResult}) and never
   * read back.
   *
   * @param raw a class
   * @return the result type, or {@code null} if {@code raw} is none
   */
  public static @Nullable Class<?> result(Class<?> raw) {
    return Results.type(raw);
  }

  /**
   * Writes a result on its own ({@code docs/wire-format.md}, "Results in a host's JSON").
   *
   * @param value a value of a {@link #result result type}
   * @param sink where the tokens go
   * @param settings the module's settings (how decimals are written)
   * @throws IOException if the output cannot be written
   * @throws WriteRefusedException if an explanation nests deeper than the format writes
   */
  public static void writeResult(Object value, TokenSink sink, Settings settings) throws IOException {
    Results.write(value, new Out(sink, settings));
  }

  /**
   * Returns why a result is not read back.
   *
   * @param result the result's type, from {@link #result(Class)}
   * @return the message
   */
  public static String writeOnly(Class<?> result) {
    return "okr4j writes " + result.getSimpleName() + " as a report and does not read it back: compute it again "
        + "from the value it is about";
  }

  /**
   * Tells whether {@code raw} is an enum a result holds that is written and read as its wire token:
   * {@code Status}, {@code Verdict}, {@code Colour}, {@code Zone} or the lint {@code Severity}.
   *
   * @param raw a class
   * @return {@code true} for those enums
   */
  public static boolean isToken(Class<?> raw) {
    return Results.tokens(raw) != null;
  }

  /**
   * Returns an enum constant's wire token: the name in lower case with {@code -} for {@code _}.
   *
   * @param constant the constant
   * @return the token, such as {@code on-track}
   */
  public static String token(Enum<?> constant) {
    return Tokens.token(constant);
  }

  /**
   * Reads an enum constant from its wire token; anything else is {@code okr.json.unknown-value} or
   * {@code okr.json.wrong-type}.
   *
   * @param type an enum for which {@link #isToken(Class)} holds
   * @param src the tokens, at the value
   * @return the constant, or the problem
   * @throws IOException if the input cannot be read or parsed
   */
  public static ReadResult readToken(Class<?> type, TokenSource src) throws IOException {
    Map<String, ? extends Enum<?>> tokens = Results.tokens(type);
    if (tokens == null) {
      throw new IllegalArgumentException(type + " is not written as a token");
    }
    Cursor c = new Cursor(src, Settings.DEFAULTS);
    return ReadResult.of(c, c.token(tokens));
  }

  /**
   * Returns the model type of which {@code raw} is a part that exists on the wire only inside a
   * document (a metric, a unit, an owner, a score...).
   *
   * @param raw a class
   * @return the part's type, or {@code null} if {@code raw} is none
   */
  public static @Nullable Class<?> part(Class<?> raw) {
    for (Class<?> part : PARTS) {
      if (part.isAssignableFrom(raw)) {
        return part;
      }
    }
    return null;
  }

  /**
   * Returns why a part is refused on its own, listing the document kinds from {@link DocumentKind}.
   *
   * @param part the part's type, from {@link #part(Class)}
   * @return the message
   */
  public static String refusal(Class<?> part) {
    return "okr4j writes and reads " + part.getSimpleName() + " only inside an " + FORMAT
        + " document (of kind " + DocumentKind.wireNames() + "); serialize the value that holds it";
  }

  /**
   * Returns the most tokens the reader keeps while it looks for the late {@code kind} of a
   * polymorphic object: sixteen per element of the longest array such an object may hold (a
   * milestone, an item or a principal takes eight) plus 1,024. No object the format defines comes
   * near it.
   *
   * @param settings the module's settings
   * @return the budget in tokens
   */
  public static long bufferBudget(Settings settings) {
    return 16L * settings.maxArrayLength() + 1_024;
  }
}
