package org.okr4j.wire;

import org.okr4j.validation.JsonError;

/**
 * The writer refuses a value the format does not write: an explanation tree deeper than
 * {@link Wire#MAX_EXPLANATION_DEPTH} levels. An adapter rethrows it as its Jackson version's
 * mapping exception, with the same message ({@code okr.json.too-deep at /pointer: ...}).
 */
public final class WriteRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The refusal, with the JSON Pointer of the refused value. */
  private final transient JsonError error;

  WriteRefusedException(JsonError error) {
    super(error.toString());
    this.error = error;
  }

  /**
   * Returns the refusal.
   *
   * @return the error, {@code okr.json.too-deep}
   */
  public JsonError error() {
    return error;
  }
}
