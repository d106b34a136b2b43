package org.okr4j.jackson3;

import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.okr4j.wire.DocumentKind;
import org.okr4j.wire.ReadResult;
import org.okr4j.wire.Settings;
import org.okr4j.wire.Wire;
import org.okr4j.wire.WriteRefusedException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.Serializers;
import tools.jackson.databind.ser.std.StdSerializer;

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
    public @Nullable ValueSerializer<?> findSerializer(SerializationConfig config, JavaType type,
        BeanDescription.Supplier beanDesc, com.fasterxml.jackson.annotation.JsonFormat.Value format) {
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
      Class<?> part = Wire.part(raw);
      return part == null ? null : new RefusingSerializer(part);
    }

    /** Jackson 3 asks for an enum's serializer here, never in {@link #findSerializer}. */
    @Override
    public @Nullable ValueSerializer<?> findEnumSerializer(SerializationConfig config, JavaType type,
        BeanDescription.Supplier beanDesc, com.fasterxml.jackson.annotation.JsonFormat.Value format) {
      return Wire.isToken(type.getRawClass()) ? new TokenSerializer() : null;
    }
  }

  /** Finds the deserializers. */
  static final class Deser extends Deserializers.Base {
    private final Settings settings;

    Deser(Settings settings) {
      this.settings = settings;
    }

    @Override
    public @Nullable ValueDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
        BeanDescription.Supplier beanDesc) {
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
    public @Nullable ValueDeserializer<?> findEnumDeserializer(JavaType type, DeserializationConfig config,
        BeanDescription.Supplier beanDesc) {
      return Wire.isToken(type.getRawClass()) ? new TokenDeserializer(type.getRawClass()) : null;
    }

    @Override
    public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
      return DocumentKind.exactly(valueType) != null || Wire.isId(valueType) || Wire.result(valueType) != null
          || Wire.isToken(valueType) || Wire.part(valueType) != null;
    }
  }

  /** Returns the value read, or throws the problems found. */
  static Object value(ReadResult result, JsonParser p, Class<?> target) {
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
    public void serialize(Object value, JsonGenerator gen, SerializationContext provider) {
      try {
        Wire.write(kind, value, new JacksonSink(gen), settings);
      } catch (WriteRefusedException e) {
        throw DatabindException.from(gen, e.getMessage());
      } catch (IOException e) {
        throw DatabindException.from(gen, e.getMessage(), e); // no Jackson 3 sink throws one
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
    public Object deserialize(JsonParser p, DeserializationContext ctxt) {
      try {
        return value(Wire.read(kind, new JacksonSource(p), settings), p, handledType());
      } catch (IOException e) {
        throw DatabindException.from(p, e.getMessage(), e); // no Jackson 3 source throws one
      }
    }

    @Override
    public Object getNullValue(DeserializationContext ctxt) {
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
    public void serialize(Object value, JsonGenerator gen, SerializationContext provider) {
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
    public Object deserialize(JsonParser p, DeserializationContext ctxt) {
      try {
        return value(Wire.readId(handledType(), new JacksonSource(p)), p, handledType());
      } catch (IOException e) {
        throw DatabindException.from(p, e.getMessage(), e); // no Jackson 3 source throws one
      }
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
    public void serialize(Object value, JsonGenerator gen, SerializationContext provider) {
      try {
        Wire.writeResult(value, new JacksonSink(gen), settings);
      } catch (WriteRefusedException e) {
        throw DatabindException.from(gen, e.getMessage());
      } catch (IOException e) {
        throw DatabindException.from(gen, e.getMessage(), e); // no Jackson 3 sink throws one
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
    public void serialize(Object value, JsonGenerator gen, SerializationContext provider) {
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
    public Object deserialize(JsonParser p, DeserializationContext ctxt) {
      try {
        return value(Wire.readToken(handledType(), new JacksonSource(p)), p, handledType());
      } catch (IOException e) {
        throw DatabindException.from(p, e.getMessage(), e); // no Jackson 3 source throws one
      }
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
    public void serialize(Object value, JsonGenerator gen, SerializationContext provider) {
      provider.reportBadDefinition(provider.constructType(part), Wire.refusal(part));
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
    public Object deserialize(JsonParser p, DeserializationContext ctxt) {
      return ctxt.reportBadDefinition(ctxt.constructType(type), why);
    }
  }
}
