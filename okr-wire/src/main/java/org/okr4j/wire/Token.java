package org.okr4j.wire;

/**
 * The kinds of JSON token the wire layer reads and writes, independent of any Jackson version. An
 * adapter maps its parser's tokens onto these; the reader never sees a Jackson type.
 */
public enum Token {
  /** <code>{</code> */
  START_OBJECT,
  /** <code>}</code> */
  END_OBJECT,
  /** {@code [} */
  START_ARRAY,
  /** {@code ]} */
  END_ARRAY,
  /** A field name; {@link TokenSource#text()} is the name. */
  NAME,
  /** A string value. */
  STRING,
  /** A number without fraction or exponent. */
  INTEGER,
  /** A number with a fraction or an exponent (or {@code NaN}, if the host's parser allows it). */
  DECIMAL,
  /** {@code true} */
  TRUE,
  /** {@code false} */
  FALSE,
  /** {@code null} */
  NULL,
  /** A value no JSON text spells, such as an object embedded in a Jackson token buffer. */
  OTHER,
  /**
   * In a buffered copy only: the elements of an array past the reader's limit, which were not
   * copied. Reading it where an element belongs reports {@code okr.json.too-many}.
   */
  TRUNCATED,
  /** No token: the input has ended. */
  END;

  /**
   * Tells whether this token starts a value (a scalar, an object or an array).
   *
   * @return {@code true} for every token but names, end tokens and {@link #END}
   */
  public boolean startsValue() {
    return this != NAME && this != END_OBJECT && this != END_ARRAY && this != END;
  }
}
