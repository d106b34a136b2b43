package org.okr4j.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.vavr.control.Either;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.okr4j.model.CheckInData;
import org.okr4j.model.Confidence;
import org.okr4j.model.CycleId;
import org.okr4j.model.KeyResultId;
import org.okr4j.model.Level;
import org.okr4j.model.Metric;
import org.okr4j.model.Milestone;
import org.okr4j.model.ObjectiveId;
import org.okr4j.model.OwnerKind;
import org.okr4j.model.OwnerRef;
import org.okr4j.model.Target;
import org.okr4j.model.Unit;
import org.okr4j.model.Visibility;
import org.okr4j.validation.OkrError;

/**
 * The serializers and deserializers {@link OkrModule} registers, found by type:
 * <ul>
 *   <li>the document kinds ({@link DocumentKind}) as {@code okr4j/1} documents;</li>
 *   <li>the ids ({@link CycleId}, {@link ObjectiveId}, {@link KeyResultId}) as JSON strings;</li>
 *   <li>every other model value refused with an {@code InvalidDefinitionException}: they are
 *       written only inside a document, never on their own, so that no value is ever written in
 *       a shape the format does not define.</li>
 * </ul>
 */
final class Codecs {

  /** Model values that exist on the wire only inside a document. */
  private static final List<Class<?>> PARTS = List.of(Metric.class, Target.class, CheckInData.class,
      CheckInData.Item.class, Unit.class, OwnerRef.class, OwnerKind.class, Level.class, Visibility.class,
      Confidence.class, Milestone.class, org.okr4j.scoring.ObjectiveScore.class,
      org.okr4j.scoring.KeyResultScore.class, org.okr4j.scoring.Explanation.class);

  private Codecs() {}

  static @Nullable Class<?> part(Class<?> raw) {
    for (Class<?> part : PARTS) {
      if (part.isAssignableFrom(raw)) {
        return part;
      }
    }
    return null;
  }

  static String refusal(Class<?> part) {
    return "okr4j writes and reads " + part.getSimpleName() + " only inside an " + Wire.FORMAT
        + " document (of kind " + DocumentKind.wireNames() + "); serialize the value that holds it";
  }

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
      if (CycleId.class.isAssignableFrom(raw) || ObjectiveId.class.isAssignableFrom(raw)
          || KeyResultId.class.isAssignableFrom(raw)) {
        return new IdSerializer();
      }
      Class<?> part = part(raw);
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
      for (DocumentKind kind : DocumentKind.values()) {
        if (kind.type() == raw) {
          return new DocumentDeserializer(kind, settings);
        }
      }
      if (raw == CycleId.class) {
        return new IdDeserializer<>(CycleId.class, CycleId::parse);
      }
      if (raw == ObjectiveId.class) {
        return new IdDeserializer<>(ObjectiveId.class, ObjectiveId::parse);
      }
      if (raw == KeyResultId.class) {
        return new IdDeserializer<>(KeyResultId.class, KeyResultId::parse);
      }
      Class<?> part = part(raw);
      return part == null ? null : new RefusingDeserializer(part);
    }
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
      new WireWriter(gen, settings).document(kind, value);
    }
  }

  /** Reads a value from a whole document. */
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
      return new WireReader(p, ctxt, settings).readDocument(kind, kind.type());
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
  static final class IdDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Function<String, Either<OkrError, T>> parse;

    IdDeserializer(Class<T> type, Function<String, Either<OkrError, T>> parse) {
      super(type);
      this.parse = parse;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String at = p.getParsingContext().pathAsPointer().toString();
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        JsonToken t = p.currentToken();
        p.skipChildren();
        throw new OkrInputException(p, handledType(), List.of(new Problem(Wire.WRONG_TYPE, at,
            "must be a string, not " + (t == null ? "nothing" : t.asString() == null ? t.name() : t.asString()),
            p.currentTokenLocation())), 1);
      }
      Either<OkrError, T> id = parse.apply(p.getText());
      if (id.isLeft()) {
        throw new OkrInputException(p, handledType(), List.of(Problem.of(id.getLeft(), at)), 1);
      }
      return id.get();
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
      provider.reportBadDefinition(part, refusal(part));
    }
  }

  /** Refuses to read a model value that exists on the wire only inside a document. */
  static final class RefusingDeserializer extends StdDeserializer<Object> {
    private static final long serialVersionUID = 1L;
    private final Class<?> part;

    RefusingDeserializer(Class<?> part) {
      super(part);
      this.part = part;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return ctxt.reportBadDefinition(ctxt.constructType(part), refusal(part));
    }
  }
}
