package org.okr4j.jackson3;

import java.util.concurrent.atomic.AtomicReferenceArray;
import org.okr4j.validation.OkrPath;
import org.okr4j.wire.TokenSink;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;

/** A Jackson 3 generator as the wire writer's token sink. */
final class JacksonSink implements TokenSink {

  /**
   * The wire layer's field names, encoded once for every generator by field number: the writer
   * writes the same few dozen names again and again, and an encoded name is copied to the output
   * without being examined again. A field beyond the table is written by name.
   */
  private static final AtomicReferenceArray<SerializedString> NAMES = new AtomicReferenceArray<>(512);

  private final JsonGenerator g;

  JacksonSink(JsonGenerator g) {
    this.g = g;
  }

  @Override
  public void startObject() {
    g.writeStartObject();
  }

  @Override
  public void endObject() {
    g.writeEndObject();
  }

  @Override
  public void startArray() {
    g.writeStartArray();
  }

  @Override
  public void endArray() {
    g.writeEndArray();
  }

  @Override
  public void name(String name) {
    g.writeName(name);
  }

  @Override
  public void name(String name, int id) {
    if (id >= NAMES.length()) {
      g.writeName(name);
      return;
    }
    SerializedString encoded = NAMES.get(id);
    if (encoded == null) {
      encoded = new SerializedString(name);
      NAMES.set(id, encoded);
    }
    g.writeName(encoded);
  }

  @Override
  public void string(String text) {
    g.writeString(text);
  }

  @Override
  public void string(char[] text, int offset, int length) {
    g.writeString(text, offset, length);
  }

  @Override
  public void number(String text) {
    g.writeNumber(text);
  }

  @Override
  public void integer(int value) {
    g.writeNumber(value);
  }

  @Override
  public void bool(boolean value) {
    g.writeBoolean(value);
  }

  @Override
  public OkrPath path() {
    return JacksonSource.path(g.streamWriteContext());
  }
}
