package org.okr4j.wire;

/**
 * One field of a value on the wire: its name, spelled here and nowhere else, and whether a document
 * may leave it out. A value's fields are listed once, in order, in its {@link Shape}; the reader
 * dispatches on these constants, the writer writes their names, and the schema-conformance test
 * compares each shape with the JSON Schema.
 *
 * @param name the field's name in JSON
 * @param required whether every document must hold it
 */
record Field(String name, boolean required) {

  /** The document's format, the first field of every document. */
  static final Field FORMAT = required("format");

  /** The kind of a document or of a polymorphic value, written first. */
  static final Field KIND = required("kind");

  /** Returns a field every document holds. */
  static Field required(String name) {
    return new Field(name, true);
  }

  /** Returns a field a document may leave out. */
  static Field optional(String name) {
    return new Field(name, false);
  }
}
