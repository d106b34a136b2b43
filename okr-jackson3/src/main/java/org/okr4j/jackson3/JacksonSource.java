package org.okr4j.jackson3;

import org.jspecify.annotations.Nullable;
import org.okr4j.validation.OkrPath;
import org.okr4j.wire.Token;
import org.okr4j.wire.TokenSource;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;

/**
 * A Jackson 3 parser as the wire reader's token source: tokens mapped by table, paths and locations
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
        case PROPERTY_NAME -> Token.NAME;
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
  public Token next() {
    return token(p.nextToken());
  }

  @Override
  public @Nullable String nextName() {
    return p.nextName();
  }

  @Override
  public Token current() {
    return token(p.currentToken());
  }

  @Override
  public String text() {
    return p.getString();
  }

  @Override
  public int textLength() {
    return p.getStringLength();
  }

  @Override
  public char[] textCharacters() {
    return p.getStringCharacters();
  }

  @Override
  public int textOffset() {
    return p.getStringOffset();
  }

  @Override
  public boolean isNaN() {
    return p.isNaN();
  }

  @Override
  public void skipChildren() {
    p.skipChildren();
  }

  @Override
  public OkrPath path() {
    TokenStreamContext context = p.streamReadContext();
    JsonToken t = p.currentToken();
    if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && context.getParent() != null) {
      context = context.getParent();
    }
    return path(context);
  }

  /** The JSON Pointer of a Jackson 3 context: its names and indexes from the root. */
  static OkrPath path(@Nullable TokenStreamContext context) {
    java.util.ArrayDeque<TokenStreamContext> chain = new java.util.ArrayDeque<>();
    for (TokenStreamContext c = context; c != null; c = c.getParent()) {
      chain.push(c);
    }
    OkrPath path = OkrPath.root();
    for (TokenStreamContext c : chain) {
      if (c.inArray() && c.getCurrentIndex() >= 0) {
        path = path.index(c.getCurrentIndex());
      } else if (c.inObject() && c.currentName() != null) {
        path = path.key(c.currentName());
      }
    }
    return path;
  }

  @Override
  public int line() {
    return Math.max(0, p.currentTokenLocation().getLineNr());
  }

  @Override
  public int column() {
    return Math.max(0, p.currentTokenLocation().getColumnNr());
  }
}
