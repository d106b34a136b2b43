package org.okr4j.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.okr4j.validation.OkrPath;
import org.okr4j.wire.TokenSink;

/** A Jackson 2 generator as the wire writer's token sink. */
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
  public void startObject() throws IOException {
    g.writeStartObject();
  }

  @Override
  public void endObject() throws IOException {
    g.writeEndObject();
  }

  @Override
  public void startArray() throws IOException {
    g.writeStartArray();
  }

  @Override
  public void endArray() throws IOException {
    g.writeEndArray();
  }

  @Override
  public void name(String name) throws IOException {
    g.writeFieldName(name);
  }

  @Override
  public void name(String name, int id) throws IOException {
    if (id >= NAMES.length()) {
      g.writeFieldName(name);
      return;
    }
    SerializedString encoded = NAMES.get(id);
    if (encoded == null) {
      encoded = new SerializedString(name);
      NAMES.set(id, encoded);
    }
    g.writeFieldName(encoded);
  }

  @Override
  public void string(String text) throws IOException {
    g.writeString(text);
  }

  @Override
  public void string(char[] text, int offset, int length) throws IOException {
    g.writeString(text, offset, length);
  }

  @Override
  public void number(String text) throws IOException {
    g.writeNumber(text);
  }

  @Override
  public void integer(int value) throws IOException {
    g.writeNumber(value);
  }

  @Override
  public void bool(boolean value) throws IOException {
    g.writeBoolean(value);
  }

  @Override
  public OkrPath path() {
    return JacksonSource.path(g.getOutputContext());
  }
}
