package org.okr4j.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.okr4j.validation.OkrPath;
import org.okr4j.wire.TokenSink;

/** A Jackson 2 generator as the wire writer's token sink. */
final class JacksonSink implements TokenSink {

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
  public void string(String text) throws IOException {
    g.writeString(text);
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
