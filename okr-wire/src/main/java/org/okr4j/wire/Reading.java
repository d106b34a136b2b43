package org.okr4j.wire;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.okr4j.validation.OkrError;

/**
 * The wire record of one object being read: which of its {@link Shape}'s fields were read and which
 * had problems, and how to build the value through the core once the object ends. Subclasses keep
 * the fields read so far.
 *
 * <p>Not thread-safe: one per object read.
 *
 * @param <T> the value built
 */
abstract class Reading<T> {

  final Cursor c;
  Shape shape;
  /** The bits of the fields read. */
  int seen;
  /** The bits of the fields whose JSON had a problem. */
  int failed;
  /** Set when the document cannot be read on (an unsupported format): the rest is skipped. */
  boolean abort;
  /** The kind of document this object is, or {@code null} for a value inside a document. */
  @Nullable DocumentKind document;
  /**
   * The kind this polymorphic object is read as although its {@code kind} has not been seen (check-in
   * data whose metric implies it), or {@code null}: a {@code kind} field met later must agree.
   */
  Cursor.@Nullable ImpliedKind implied;

  Reading(Cursor c, Shape shape) {
    this.c = c;
    this.shape = shape;
  }

  /**
   * Makes a reading whose object has been built fit to read a sibling of the same shape: nothing
   * read, nothing failed. The subclass clears its own fields.
   */
  void restart() {
    seen = 0;
    failed = 0;
    abort = false;
    implied = null;
  }

  /** Makes this the reading of a whole document, with the envelope's {@code format} and {@code kind}. */
  final void envelope(DocumentKind kind) {
    this.document = kind;
    this.shape = shape.asDocument(kind.wireName());
  }

  /** Reads the value of a field of this shape; the cursor is at the value. */
  abstract void field(Field field) throws IOException;

  /**
   * Builds the value at the end of the object (the cursor is at its end token), reporting the core's
   * errors under the object's pointer; {@code null} if it cannot be built.
   */
  abstract @Nullable T build();

  final boolean has(Field field) {
    return (seen & shape.bit(field)) != 0;
  }

  final boolean failed(Field field) {
    return (failed & shape.bit(field)) != 0;
  }

  /** Reports {@code okr.required} for a field this module needs itself, unless its JSON had a problem. */
  final void require(Field field, @Nullable Object value) {
    if (value == null && !failed(field)) {
      c.add(new OkrError.Required(c.here().key(field.name())));
    }
  }

  /** Returns the core's result, or reports its errors under the current pointer and returns {@code null}. */
  final <V> @Nullable V take(Validation<Seq<OkrError>, V> result) {
    if (result.isValid()) {
      return result.get();
    }
    c.core(c.here(), result.getError(), shape, failed);
    return null;
  }
}
