package org.okr4j.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.okr4j.wire.DocumentKind;
import org.okr4j.wire.ReadResult;
import org.okr4j.wire.Settings;
import org.okr4j.wire.Wire;
import org.okr4j.wire.WriteRefusedException;

/**
 * The serializers and deserializers {@link OkrModule} registers, found by type: the document kinds
 * as {@code okr4j/1} documents, the ids as JSON strings, the results a host holds in its own classes
 * (errors, findings, scores...) as envelope-free JSON that is written and refused on reading, the
 * enums those results hold as their wire tokens, and every other model value refused with an
 * {@code InvalidDefinitionException} (they are written only inside a document). Each one hands the
 * parser or generator to the shared wire layer ({@code org.okr4j.wire}) behind a token adapter.
 */
final class Codecs {

  private Codecs() {}

  /** Finds the serializers. */
  static final class Ser extends Serializers.Base {
    private final Settings settings;

    Ser(Settings settings) {
      this.settings = settings;
    }

    @Override
    public @Nullable JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type, BeanDescription beanDesc) {
      Class<?> raw = type.getRawClass();
      DocumentKind kind = DocumentKind.of(raw);
      if (kind != null) {
        return new DocumentSerializer(kind, settings);
      }
      if (Wire.isId(raw)) {
        return new IdSerializer();
      }
      if (Wire.result(raw) != null) {
        return new ResultSerializer(settings);
      }
      if (Wire.isToken(raw)) {
        return new TokenSerializer();
      }
      Class<?> part = Wire.part(raw);
      return part == null ? null : new RefusingSerializer(part);
    }
  }

  /** Finds the deserializers. */
  static final class Deser extends Deserializers.Base {
    private final Settings settings;

    Deser(Settings settings) {
      this.settings = settings;
    }

    @Override
    public @Nullable JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
        BeanDescription beanDesc) {
      Class<?> raw = type.getRawClass();
      DocumentKind kind = DocumentKind.exactly(raw);
      if (kind != null) {
        return new DocumentDeserializer(kind, settings);
      }
      if (Wire.isId(raw)) {
        return new IdDeserializer(raw);
      }
      Class<?> result = Wire.result(raw);
      if (result != null) {
        return new RefusingDeserializer(result, Wire.writeOnly(result));
      }
      Class<?> part = Wire.part(raw);
      return part == null ? null : new RefusingDeserializer(part, Wire.refusal(part));
    }

    @Override
    public @Nullable JsonDeserializer<?> findEnumDeserializer(Class<?> type, DeserializationConfig config,
        BeanDescription beanDesc) {
      return Wire.isToken(type) ? new TokenDeserializer(type) : null;
    }
  }

  /** Returns the value read, or throws the problems found. */
  static Object value(ReadResult result, JsonParser p, Class<?> target) throws OkrInputException {
    if (!result.isValid()) {
      throw new OkrInputException(p, target, result.problems(), result.count());
    }
    return result.value();
  }

  /** Writes a value as a whole document. */
  static final class DocumentSerializer extends StdSerializer<Object> {
    private static final long serialVersionUID = 1L;
    private final DocumentKind kind;
    private final transient Settings settings;

    DocumentSerializer(DocumentKind kind, Settings settings) {
      super(Object.class);
      this.kind = kind;
      this.settings = settings;
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      try {
        Wire.write(kind, value, new JacksonSink(gen), settings);
      } catch (WriteRefusedException e) {
        throw JsonMappingException.from(gen, e.getMessage());
      }
    }
  }

  /** Reads a value from a whole document; JSON {@code null} is {@code okr.json.wrong-type}, never a Java null. */
  static final class DocumentDeserializer extends StdDeserializer<Object> {
    private static final long serialVersionUID = 1L;
    private final DocumentKind kind;
    private final transient Settings settings;

    DocumentDeserializer(DocumentKind kind, Settings settings) {
      super(kind.type());
      this.kind = kind;
      this.settings = settings;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return value(Wire.read(kind, new JacksonSource(p), settings), p, handledType());
    }

    @Override
    public Object getNullValue(DeserializationContext ctxt) throws JsonMappingException {
      JsonParser p = ctxt.getParser();
      throw new OkrInputException(p, handledType(), Wire.readNull(new JacksonSource(p)).problems(), 1);
    }

    @Override
    public @Nullable Object getAbsentValue(DeserializationContext ctxt) {
      return null; // a host's absent property stays absent
    }
  }

  /** Writes an id as its text. */
  static final class IdSerializer extends StdSerializer<Object> {
    private static final long serialVersionUID = 1L;

    IdSerializer() {
      super(Object.class);
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeString(value.toString());
    }
  }

  /** Reads an id from a JSON string through its validating {@code parse}. */
  static final class IdDeserializer extends StdDeserializer<Object> {
    private static final long serialVersionUID = 1L;

    IdDeserializer(Class<?> type) {
      super(type);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return value(Wire.readId(handledType(), new JacksonSource(p)), p, handledType());
    }
  }

  /** Writes a result on its own, without an envelope. */
  static final class ResultSerializer extends StdSerializer<Object> {
    private static final long serialVersionUID = 1L;
    private final transient Settings settings;

    ResultSerializer(Settings settings) {
      super(Object.class);
      this.settings = settings;
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      try {
        Wire.writeResult(value, new JacksonSink(gen), settings);
      } catch (WriteRefusedException e) {
        throw JsonMappingException.from(gen, e.getMessage());
      }
    }
  }

  /** Writes an enum a result holds as its wire token. */
  static final class TokenSerializer extends StdSerializer<Object> {
    private static final long serialVersionUID = 1L;

    TokenSerializer() {
      super(Object.class);
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeString(Wire.token((Enum<?>) value));
    }
  }

  /** Reads an enum a result holds from its wire token. */
  static final class TokenDeserializer extends StdDeserializer<Object> {
    private static final long serialVersionUID = 1L;

    TokenDeserializer(Class<?> type) {
      super(type);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return value(Wire.readToken(handledType(), new JacksonSource(p)), p, handledType());
    }
  }

  /** Refuses to write a model value that exists on the wire only inside a document. */
  static final class RefusingSerializer extends StdSerializer<Object> {
    private static final long serialVersionUID = 1L;
    private final Class<?> part;

    RefusingSerializer(Class<?> part) {
      super(Object.class);
      this.part = part;
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      provider.reportBadDefinition(part, Wire.refusal(part));
    }
  }

  /** Refuses to read a model value that exists on the wire only inside a document, or a result. */
  static final class RefusingDeserializer extends StdDeserializer<Object> {
    private static final long serialVersionUID = 1L;
    private final Class<?> type;
    private final String why;

    RefusingDeserializer(Class<?> type, String why) {
      super(type);
      this.type = type;
      this.why = why;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return ctxt.reportBadDefinition(ctxt.constructType(type), why);
    }
  }
}
