package org.okr4j.wire;

import io.vavr.collection.Seq;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.okr4j.validation.InputProblem;
import org.okr4j.validation.JsonError;
import org.okr4j.validation.JsonError.JsonType;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrPath;

/**
 * The problems found while reading one document, in the order found (which is document order, as
 * the reader reads in one pass): at most {@link #MAX_LISTED} kept, all counted. Every problem
 * carries the JSON Pointer of the offending element from the document's root, and the line and
 * column of the offending token when it was found in the token stream.
 *
 * <p>Not thread-safe: one per document.
 */
abstract class Problems {

  /** The most problems kept; the rest are counted. */
  static final int MAX_LISTED = 100;

  /** Where tokens come from; a buffered copy replaces it while a polymorphic object is read. */
  TokenSource src;
  final Settings settings;
  private final ArrayList<InputProblem> listed = new ArrayList<>();
  private int count;
  private @Nullable InputProblem fatal;

  Problems(TokenSource src, Settings settings) {
    this.src = src;
    this.settings = settings;
  }

  /** How many problems were found so far, listed or not. */
  final int count() {
    return count;
  }

  /** The problems kept, in order. */
  final List<InputProblem> listed() {
    return listed;
  }

  /** The problem that stops the reading of the document, such as an unsupported format. */
  final @Nullable InputProblem fatal() {
    return fatal;
  }

  /**
   * The JSON Pointer of the current value (at an end token, of the object or array it ends), with
   * a field name longer than {@link JsonError#MAX_ECHO} characters shortened.
   */
  final OkrPath here() {
    return Echo.path(src.path());
  }

  /** Adds a problem found at the current token, located there. */
  final void report(OkrError error) {
    add(new InputProblem(Echo.bound(error), src.line(), src.column()));
  }

  /** Adds a problem found when a value was built, without a location. */
  final void add(OkrError error) {
    add(InputProblem.of(Echo.bound(error)));
  }

  private void add(InputProblem problem) {
    count++;
    if (listed.size() < MAX_LISTED) {
      listed.add(problem);
    }
  }

  /** Reports a problem at the current token that ends the reading of the document: it is reported alone. */
  final void fatal(OkrError error) {
    fatal = new InputProblem(Echo.bound(error), src.line(), src.column());
  }

  /**
   * Reports that the current value has the wrong JSON type and skips it, children included.
   *
   * @return {@code null}, for the caller to return
   */
  final <V> @Nullable V wrong(JsonType expected) throws IOException {
    report(new JsonError.WrongType(here(), expected, type(src.current())));
    src.skipChildren();
    return null;
  }

  /**
   * Reports the core's errors for the value at {@code at}, except those under a field whose JSON
   * already had a problem (such as {@code okr.required} for a field of the wrong type).
   *
   * @param failed the bits of {@code shape}'s fields that had problems
   */
  final void core(OkrPath at, Seq<OkrError> errors, @Nullable Shape shape, int failed) {
    for (OkrError error : errors) {
      boolean under = shape != null && !error.path().isRoot()
          && (shape.bit(error.path().segments().head()) & failed) != 0;
      if (!under) {
        add(error.under(at));
      }
    }
  }

  /** The JSON type of a token, for {@link JsonError.WrongType}. */
  static JsonType type(Token t) {
    return switch (t) {
      case START_OBJECT -> JsonType.OBJECT;
      case START_ARRAY -> JsonType.ARRAY;
      case STRING -> JsonType.STRING;
      case INTEGER, DECIMAL -> JsonType.NUMBER;
      case TRUE, FALSE -> JsonType.BOOLEAN;
      case NULL -> JsonType.NULL;
      default -> JsonType.NOTHING;
    };
  }
}
