package org.okr4j.wire;

import java.util.Arrays;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.okr4j.validation.OkrPath;

/**
 * A compact recording of JSON tokens (a token kind and a text per token) that is played back as a
 * {@link TokenSource}: the reader's buffer for the two places where it must look ahead (a polymorphic
 * object whose {@code kind} comes late, a scorecard's scores), and the writer's target when the reader
 * writes the scores it computed to compare them. What goes in is bounded by the caller: the reader
 * copies with the format's limits ({@link Cursor#copy}).
 *
 * <p>Not thread-safe.
 */
final class Tape implements TokenSink {

  private Token[] tokens = new Token[16];
  private @Nullable String[] texts = new String[16];
  private int size;

  /** Appends a token. */
  void add(Token token, @Nullable String text) {
    if (size == tokens.length) {
      tokens = Arrays.copyOf(tokens, size * 2);
      texts = Arrays.copyOf(texts, size * 2);
    }
    tokens[size] = token;
    texts[size] = text;
    size++;
  }

  /** How many tokens were recorded. */
  int size() {
    return size;
  }

  /** Empties the tape, to copy another value into it; a player of it must not be used after. */
  void clear() {
    Arrays.fill(texts, 0, size, null);
    size = 0;
  }

  /**
   * Returns a source that plays the recording from its start. Paths are {@code base} followed by the
   * path inside the recording; every token is located at {@code line}, {@code column}.
   */
  TokenSource play(OkrPath base, int line, int column) {
    return new Player(() -> base, line, column);
  }

  /**
   * Returns a source that plays the recording from its start, its paths under a base computed only
   * when a path is first asked for (a problem is reported): most recordings are read without one.
   */
  TokenSource play(Supplier<OkrPath> base, int line, int column) {
    return new Player(base, line, column);
  }

  @Override
  public void startObject() {
    add(Token.START_OBJECT, null);
  }

  @Override
  public void endObject() {
    add(Token.END_OBJECT, null);
  }

  @Override
  public void startArray() {
    add(Token.START_ARRAY, null);
  }

  @Override
  public void endArray() {
    add(Token.END_ARRAY, null);
  }

  @Override
  public void name(String name) {
    add(Token.NAME, name);
  }

  @Override
  public void string(String text) {
    add(Token.STRING, text);
  }

  @Override
  public void number(String text) {
    boolean integral = text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0;
    add(integral ? Token.INTEGER : Token.DECIMAL, text);
  }

  @Override
  public void integer(int value) {
    add(Token.INTEGER, Integer.toString(value));
  }

  @Override
  public void bool(boolean value) {
    add(value ? Token.TRUE : Token.FALSE, null);
  }

  @Override
  public OkrPath path() {
    return OkrPath.root();
  }

  /** Plays the recording, keeping a stack of open containers for paths as a parser does. */
  private final class Player implements TokenSource {
    private final Supplier<OkrPath> baseSupplier;
    private @Nullable OkrPath base;
    private final int line;
    private final int column;
    private int at = -1;
    /** Per open container: -2 for an object, else the index of the array's current element. */
    private int[] index = new int[4];
    private @Nullable String[] names = new String[4];
    private int depth;

    Player(Supplier<OkrPath> base, int line, int column) {
      this.baseSupplier = base;
      this.line = line;
      this.column = column;
    }

    @Override
    public Token next() {
      Token previous = current();
      if (previous == Token.START_OBJECT || previous == Token.START_ARRAY) {
        push(previous == Token.START_ARRAY ? -1 : -2);
      }
      at = Math.min(at + 1, size);
      Token t = current();
      if (t == Token.END_OBJECT || t == Token.END_ARRAY) {
        depth--;
      } else if (t == Token.NAME) {
        names[depth - 1] = texts[at];
      } else if (t.startsValue() && depth > 0 && index[depth - 1] >= -1) {
        index[depth - 1]++;
      }
      return t;
    }

    private void push(int first) {
      if (depth == index.length) {
        index = Arrays.copyOf(index, depth * 2);
        names = Arrays.copyOf(names, depth * 2);
      }
      index[depth] = first;
      names[depth] = null;
      depth++;
    }

    @Override
    public @Nullable String nextName() {
      return next() == Token.NAME ? texts[at] : null;
    }

    @Override
    public Token current() {
      return at < 0 || at >= size ? Token.END : tokens[at];
    }

    @Override
    public String text() {
      String text = at < 0 || at >= size ? null : texts[at];
      return text == null ? "" : text;
    }

    @Override
    public int textLength() {
      return text().length();
    }

    @Override
    public boolean isNaN() {
      String text = text();
      return current() == Token.DECIMAL && (text.indexOf('N') >= 0 || text.indexOf('n') >= 0 || text.indexOf('I') >= 0);
    }

    @Override
    public void skipChildren() {
      Token t = current();
      if (t != Token.START_OBJECT && t != Token.START_ARRAY) {
        return;
      }
      int open = 1;
      while (open > 0) {
        Token n = next();
        if (n == Token.START_OBJECT || n == Token.START_ARRAY) {
          open++;
        } else if (n == Token.END_OBJECT || n == Token.END_ARRAY) {
          open--;
        } else if (n == Token.END) {
          return;
        }
      }
    }

    @Override
    public OkrPath path() {
      // At a start token its own container is not pushed yet: the path is the container's own.
      if (base == null) {
        base = baseSupplier.get();
      }
      OkrPath path = base;
      for (int i = 0; i < depth; i++) {
        if (index[i] >= 0) {
          path = path.index(index[i]);
        } else if (index[i] == -2 && names[i] != null) {
          path = path.key(names[i]);
        }
      }
      return path;
    }

    @Override
    public int line() {
      return line;
    }

    @Override
    public int column() {
      return column;
    }
  }
}
