package org.okr4j.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.okr4j.validation.OkrPath;
import org.okr4j.wire.Token;
import org.okr4j.wire.TokenSource;

/**
 * A Jackson 2 parser as the wire reader's token source: tokens mapped by table, paths and locations
 * computed only when the reader reports a problem.
 */
final class JacksonSource implements TokenSource {

  private static final Token[] TOKENS = new Token[JsonToken.values().length];

  static {
    for (JsonToken t : JsonToken.values()) {
      TOKENS[t.ordinal()] = switch (t) {
        case START_OBJECT -> Token.START_OBJECT;
        case END_OBJECT -> Token.END_OBJECT;
        case START_ARRAY -> Token.START_ARRAY;
        case END_ARRAY -> Token.END_ARRAY;
        case FIELD_NAME -> Token.NAME;
        case VALUE_STRING -> Token.STRING;
        case VALUE_NUMBER_INT -> Token.INTEGER;
        case VALUE_NUMBER_FLOAT -> Token.DECIMAL;
        case VALUE_TRUE -> Token.TRUE;
        case VALUE_FALSE -> Token.FALSE;
        case VALUE_NULL -> Token.NULL;
        default -> Token.OTHER;
      };
    }
  }

  private final JsonParser p;

  JacksonSource(JsonParser p) {
    this.p = p;
  }

  private static Token token(@Nullable JsonToken t) {
    return t == null ? Token.END : TOKENS[t.ordinal()];
  }

  @Override
  public Token next() throws IOException {
    return token(p.nextToken());
  }

  @Override
  public @Nullable String nextName() throws IOException {
    return p.nextFieldName();
  }

  @Override
  public Token current() {
    return token(p.currentToken());
  }

  @Override
  public String text() throws IOException {
    return p.getText();
  }

  @Override
  public int textLength() throws IOException {
    return p.getTextLength();
  }

  @Override
  public char[] textCharacters() throws IOException {
    return p.getTextCharacters();
  }

  @Override
  public int textOffset() throws IOException {
    return p.getTextOffset();
  }

  @Override
  public boolean isNaN() throws IOException {
    return p.isNaN();
  }

  @Override
  public void skipChildren() throws IOException {
    p.skipChildren();
  }

  @Override
  public OkrPath path() {
    JsonStreamContext context = p.getParsingContext();
    JsonToken t = p.currentToken();
    if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && context.getParent() != null) {
      context = context.getParent();
    }
    return path(context);
  }

  /** The JSON Pointer of a Jackson 2 context: its names and indexes from the root. */
  static OkrPath path(@Nullable JsonStreamContext context) {
    java.util.ArrayDeque<JsonStreamContext> chain = new java.util.ArrayDeque<>();
    for (JsonStreamContext c = context; c != null; c = c.getParent()) {
      chain.push(c);
    }
    OkrPath path = OkrPath.root();
    for (JsonStreamContext c : chain) {
      if (c.inArray() && c.getCurrentIndex() >= 0) {
        path = path.index(c.getCurrentIndex());
      } else if (c.inObject() && c.getCurrentName() != null) {
        path = path.key(c.getCurrentName());
      }
    }
    return path;
  }

  @Override
  public int line() {
    JsonLocation location = p.currentTokenLocation();
    return Math.max(0, location.getLineNr());
  }

  @Override
  public int column() {
    JsonLocation location = p.currentTokenLocation();
    return Math.max(0, location.getColumnNr());
  }
}
