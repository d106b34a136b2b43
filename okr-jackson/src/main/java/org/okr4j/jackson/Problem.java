package org.okr4j.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.okr4j.validation.OkrError;

/**
 * One problem found while reading a document: a stable code (the core's {@code okr.*} codes and
 * this module's {@code okr.json.*} codes), the JSON Pointer of the offending element, an English
 * message and, for problems found in the token stream, the line and column.
 *
 * @param code the stable code, such as {@code okr.json.unknown-field}
 * @param pointer the JSON Pointer of the offending element; {@code ""} is the document
 * @param message the English message
 * @param location where the element starts in the input, if known
 */
record Problem(String code, String pointer, String message, @Nullable JsonLocation location) {

  /** Returns the problem for a core error found in the value at {@code at}. */
  static Problem of(OkrError error, String at) {
    return new Problem(error.code(), at + error.path(), error.message(Locale.ENGLISH), null);
  }

  /** Returns {@code code at pointer: message (line l, column c)}; the document itself shows as {@code /}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(code).append(" at ").append(pointer.isEmpty() ? "/" : pointer)
        .append(": ").append(message);
    if (location != null && location.getLineNr() > 0) {
      sb.append(" (line ").append(location.getLineNr()).append(", column ").append(location.getColumnNr()).append(')');
    }
    return sb.toString();
  }
}
