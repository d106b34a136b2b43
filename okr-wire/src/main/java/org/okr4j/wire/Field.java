package org.okr4j.wire;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * One field of a value on the wire: its name, spelled here and nowhere else, and whether a document
 * may leave it out. A value's fields are listed once, in order, in its {@link Shape}; the reader
 * dispatches on these constants, the writer writes their names, and the schema-conformance test
 * compares each shape with the JSON Schema. Each field has a small number of its own, {@code id},
 * by which a sink may keep the name encoded once ({@link TokenSink#name(String, int)}).
 *
 * @param name the field's name in JSON
 * @param required whether every document must hold it
 * @param id the field's number, from 0, unique among the wire layer's fields
 */
record Field(String name, boolean required, int id) {

  /** The next field's number: fields are constants, made once as their classes load. */
  private static final AtomicInteger NEXT = new AtomicInteger();

  /** The document's format, the first field of every document. */
  static final Field FORMAT = required("format");

  /** The kind of a document or of a polymorphic value, written first. */
  static final Field KIND = required("kind");

  /** Returns a field every document holds. */
  static Field required(String name) {
    return new Field(name, true, NEXT.getAndIncrement());
  }

  /** Returns a field a document may leave out. */
  static Field optional(String name) {
    return new Field(name, false, NEXT.getAndIncrement());
  }
}
