package org.okr4j.validation;

import java.util.Locale;

/**
 * One problem found while reading a document (such as an {@code okr4j/1} JSON document): an
 * {@link OkrError} whose {@link OkrError#path() path} is the JSON Pointer of the offending element
 * from the document's root, and where in the text the problem was found, when the reader knows it.
 *
 * <p>A host turns a failed read into its own API response from these alone: the
 * {@link #code() code} is stable, the {@link #pointer() pointer} names the element, and
 * {@link #message(Locale)} reads in English, Simplified or Traditional Chinese (or a language a
 * host adds with a {@link MessageCatalog}). Because {@link #error()} belongs
 * to the sealed {@link OkrError} family (core errors, {@link AlignmentError}s and
 * {@link JsonError}s alike), one exhaustive {@code switch} maps every problem:
 *
 * <pre>{@code
 * for (InputProblem p : e.problems()) {          // e: an okr-jackson OkrInputException
 *   errors.add(Map.of("code", p.code(), "pointer", p.pointer(), "detail", p.message(locale)));
 * }
 * }</pre>
 *
 * <p>Problems found in the token stream (an unknown field, a wrong type...) carry the line and
 * column where the offending token starts; problems found when a whole value is built through the
 * core's factories (such as {@code okr.blank}) have no location, and {@link #line()} and
 * {@link #column()} are 0.
 *
 * <p>Immutable and thread-safe.
 *
 * @param error the error, with its path from the document's root
 * @param line the line where the offending token starts, from 1; 0 if not known
 * @param column the column where it starts, from 1; 0 if not known
 */
public record InputProblem(OkrError error, int line, int column) {

  /** What a problem built without an error reports. */
  private static final OkrError NO_ERROR = new OkrError.Required(OkrPath.of("error"));

  /**
   * Builds a problem; a plain result that never throws: a negative line or column means "not
   * known" like 0, and a problem given no error (against the contract) reports
   * {@code okr.required} at {@code /error}.
   *
   * @param error the error
   * @param line the line, 0 (or negative) if unknown
   * @param column the column, 0 (or negative) if unknown
   */
  public InputProblem {
    error = error == null ? NO_ERROR : error;
    line = Math.max(0, line);
    column = Math.max(0, column);
  }

  /**
   * Returns a problem without a location.
   *
   * @param error the error, with its path from the document's root
   * @return the problem
   */
  public static InputProblem of(OkrError error) {
    return new InputProblem(error, 0, 0);
  }

  /**
   * Returns the error's stable code, such as {@code okr.json.unknown-field}.
   *
   * @return the code
   */
  public String code() {
    return error.code();
  }

  /**
   * Returns the JSON Pointer of the offending element from the document's root; {@code ""} is the
   * document itself.
   *
   * @return the pointer
   */
  public String pointer() {
    OkrPath path = error.path();
    return path == null ? Messages.MISSING : path.toString();
  }

  /**
   * Returns the error's message in {@code locale} from {@link MessageResolver#defaults()} (English,
   * Simplified or Traditional Chinese, or a host catalogue's language). Neither the pointer nor the
   * location is part of it.
   *
   * @param locale the reader's locale
   * @return the message
   */
  public String message(Locale locale) {
    return error.message(locale);
  }

  /**
   * Returns the error's message in {@code locale} from the catalogues of {@code messages}.
   *
   * @param locale the reader's locale
   * @param messages the catalogues to read
   * @return the message
   */
  public String message(Locale locale, MessageResolver messages) {
    return error.message(Present.check(locale, "locale"), Present.check(messages, "messages"));
  }

  /**
   * Tells whether the reader knows where in the text the problem is.
   *
   * @return {@code true} if {@link #line()} and {@link #column()} are known
   */
  public boolean hasLocation() {
    return line > 0;
  }

  /**
   * Returns {@code code at pointer: English message (line l, column c)}, the document itself shown
   * as {@code /}, the location only when known.
   *
   * @return the one-line description
   */
  @Override
  public String toString() {
    String text = OkrError.describe(error);
    return hasLocation() ? text + " (line " + line + ", column " + column + ")" : text;
  }
}
