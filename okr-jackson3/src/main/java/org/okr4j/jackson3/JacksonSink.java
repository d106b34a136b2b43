package org.okr4j.jackson3;

import tools.jackson.core.JsonGenerator;
import org.okr4j.validation.OkrPath;
import org.okr4j.wire.TokenSink;

/** A Jackson 3 generator as the wire writer's token sink. */
final class JacksonSink implements TokenSink {

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
  public void string(String text) {
    g.writeString(text);
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
