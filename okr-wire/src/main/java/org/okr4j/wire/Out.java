package org.okr4j.wire;

import io.vavr.control.Option;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The writer's side of a {@link TokenSink}: fields by their {@link Field} constant, decimals as
 * {@link BigDecimal#toString()} gives them (every digit and the scale), as numbers or as strings by
 * the module's setting, instants as {@link Instant#toString()} gives them, enum constants by their
 * wire token. In a compact document ({@link #compact}) the writers leave out the fields that hold
 * their default.
 */
final class Out {

  final TokenSink sink;
  private final boolean decimalsAsStrings;
  /** Whether fields that hold their default are left out ({@link Settings#compact()}). */
  final boolean compact;
  /** Where instants are spelled, once per document rather than once per instant. */
  private final char[] instantText = new char[IsoInstants.MAX_FORMATTED];
  private final IsoInstants.Days days = new IsoInstants.Days();

  Out(TokenSink sink, Settings settings) {
    this.sink = sink;
    this.decimalsAsStrings = settings.decimalsAsStrings();
    this.compact = settings.compact();
  }

  /** Whether a field holding {@code value} is written: always, unless the document is compact and it is the default. */
  boolean writes(Object value, Object defaultValue) {
    return !compact || !value.equals(defaultValue);
  }

  void startObject() throws IOException {
    sink.startObject();
  }

  void endObject() throws IOException {
    sink.endObject();
  }

  void endArray() throws IOException {
    sink.endArray();
  }

  /** Writes a field's name, then <code>{</code>. */
  void object(Field field) throws IOException {
    sink.name(field.name(), field.id());
    sink.startObject();
  }

  /** Writes a field's name, then {@code [}. */
  void array(Field field) throws IOException {
    sink.name(field.name(), field.id());
    sink.startArray();
  }

  void name(Field field) throws IOException {
    sink.name(field.name(), field.id());
  }

  void string(Field field, String value) throws IOException {
    sink.name(field.name(), field.id());
    sink.string(value);
  }

  void string(String value) throws IOException {
    sink.string(value);
  }

  /** Writes an instant as {@link Instant#toString()} spells it. */
  void instant(Field field, Instant value) throws IOException {
    int length = IsoInstants.format(value, instantText, days);
    if (length < 0) {
      string(field, value.toString());
    } else {
      sink.name(field.name(), field.id());
      sink.string(instantText, 0, length);
    }
  }

  /** Writes an enum constant's wire token: {@code AT_LEAST} as {@code at-least}. */
  void token(Field field, Enum<?> value) throws IOException {
    string(field, Tokens.token(value));
  }

  void bool(Field field, boolean value) throws IOException {
    sink.name(field.name(), field.id());
    sink.bool(value);
  }

  void integer(Field field, int value) throws IOException {
    sink.name(field.name(), field.id());
    sink.integer(value);
  }

  void decimal(Field field, BigDecimal value) throws IOException {
    sink.name(field.name(), field.id());
    decimal(value);
  }

  /** Writes the field only if the value is defined. */
  void decimal(Field field, Option<BigDecimal> value) throws IOException {
    if (value.isDefined()) {
      decimal(field, value.get());
    }
  }

  void decimal(BigDecimal value) throws IOException {
    if (decimalsAsStrings) {
      sink.string(value.toString());
    } else {
      // The text is written as given, so the host's WRITE_BIGDECIMAL_AS_PLAIN cannot change the scale.
      sink.number(value.toString());
    }
  }
}
