package org.okr4j.wire;

import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.okr4j.validation.OkrPath;

/**
 * A stream of JSON tokens, as the wire reader consumes it: a Jackson 2 or Jackson 3 parser behind a
 * small adapter, or a buffered copy. Calls are per token, so adapters keep them cheap: a token is
 * mapped by table, and a path or location is computed only when the reader reports a problem.
 *
 * <p>Not thread-safe: one source per document.
 */
public interface TokenSource {

  /**
   * Advances to the next token.
   *
   * @return the new current token, {@link Token#END} at the end of the input
   * @throws IOException if the input cannot be read or parsed
   */
  Token next() throws IOException;

  /**
   * Advances to the next token and returns its name if it is a field name.
   *
   * @return the field name, or {@code null} if the new token is not {@link Token#NAME}
   * @throws IOException if the input cannot be read or parsed
   */
  @Nullable String nextName() throws IOException;

  /**
   * Returns the current token.
   *
   * @return the token, {@link Token#END} before the first or after the last
   */
  Token current();

  /**
   * Returns the text of the current token: a field name, a string, or a number as written.
   *
   * @return the text
   * @throws IOException if the input cannot be read
   */
  String text() throws IOException;

  /**
   * Returns the length of {@link #text()} without making a string of it.
   *
   * @return the length in UTF-16 code units
   * @throws IOException if the input cannot be read
   */
  int textLength() throws IOException;

  /**
   * Returns a buffer holding the current string's or number's text, from {@link #textOffset()} for
   * {@link #textLength()} characters, so that a reader can parse an instant or a number without
   * first making a {@code String} of it. The buffer is the source's own: it is read before the next
   * token and never changed. The default copies {@link #text()}.
   *
   * @return the characters
   * @throws IOException if the input cannot be read
   */
  default char[] textCharacters() throws IOException {
    return text().toCharArray();
  }

  /**
   * Returns where the current text starts in {@link #textCharacters()}.
   *
   * @return the offset; 0 by default
   * @throws IOException if the input cannot be read
   */
  default int textOffset() throws IOException {
    return 0;
  }

  /**
   * Tells whether the current number token is a non-number ({@code NaN}, an infinity) that the
   * host's parser lets through.
   *
   * @return {@code true} for a non-numeric number
   * @throws IOException if the input cannot be read
   */
  boolean isNaN() throws IOException;

  /**
   * Skips the children of the current object or array, without recursion; the source ends at its
   * end token. Does nothing at any other token.
   *
   * @throws IOException if the input cannot be read or parsed
   */
  void skipChildren() throws IOException;

  /**
   * Returns the JSON Pointer of the current value from the document's root (for an end token, the
   * object or array it ends; for a field name, its value).
   *
   * @return the path
   */
  OkrPath path();

  /**
   * Returns the line where the current token starts, from 1.
   *
   * @return the line, 0 if unknown
   */
  int line();

  /**
   * Returns the column where the current token starts, from 1.
   *
   * @return the column, 0 if unknown
   */
  int column();
}
