package org.okr4j.wire;

import java.io.IOException;
import org.okr4j.validation.OkrPath;

/**
 * Where the wire writer puts JSON tokens: a Jackson 2 or Jackson 3 generator behind a small adapter,
 * or a buffer. The writer calls these in a valid order; the adapter adds nothing but whitespace its
 * generator's pretty printer chooses.
 *
 * <p>Not thread-safe: one sink per document.
 */
public interface TokenSink {

  /**
   * Writes <code>{</code>.
   *
   * @throws IOException if the output cannot be written
   */
  void startObject() throws IOException;

  /**
   * Writes <code>}</code>.
   *
   * @throws IOException if the output cannot be written
   */
  void endObject() throws IOException;

  /**
   * Writes {@code [}.
   *
   * @throws IOException if the output cannot be written
   */
  void startArray() throws IOException;

  /**
   * Writes {@code ]}.
   *
   * @throws IOException if the output cannot be written
   */
  void endArray() throws IOException;

  /**
   * Writes a field name.
   *
   * @param name the name
   * @throws IOException if the output cannot be written
   */
  void name(String name) throws IOException;

  /**
   * Writes the name of one of the wire layer's fields, which has a number of its own: a sink may keep
   * the name encoded by that number, as the writer writes the same few dozen names again and again.
   *
   * @param name the name
   * @param id the field's number, from 0, the same for every call with that field
   * @throws IOException if the output cannot be written
   */
  default void name(String name, int id) throws IOException {
    name(name);
  }

  /**
   * Writes a string value.
   *
   * @param text the string
   * @throws IOException if the output cannot be written
   */
  void string(String text) throws IOException;

  /**
   * Writes a string value held in a buffer, such as an instant the writer spelled itself, without
   * making a {@code String} of it. Adapters whose generator takes characters override this.
   *
   * @param text the buffer
   * @param offset where the string starts in it
   * @param length how many characters it has
   * @throws IOException if the output cannot be written
   */
  default void string(char[] text, int offset, int length) throws IOException {
    string(new String(text, offset, length));
  }

  /**
   * Writes a number exactly as {@code text} spells it (a {@code BigDecimal}'s {@code toString()}),
   * whatever the host's number features.
   *
   * @param text the number's text
   * @throws IOException if the output cannot be written
   */
  void number(String text) throws IOException;

  /**
   * Writes an integer.
   *
   * @param value the integer
   * @throws IOException if the output cannot be written
   */
  void integer(int value) throws IOException;

  /**
   * Writes {@code true} or {@code false}.
   *
   * @param value the boolean
   * @throws IOException if the output cannot be written
   */
  void bool(boolean value) throws IOException;

  /**
   * Returns the JSON Pointer of the value being written, for the message of a refused value.
   *
   * @return the path
   */
  OkrPath path();
}
