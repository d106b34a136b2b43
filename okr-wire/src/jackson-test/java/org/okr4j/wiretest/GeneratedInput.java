package org.okr4j.wiretest;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.function.IntFunction;

/**
 * A JSON document made on the fly, piece by piece, so that tests can read documents of hundreds of
 * megabytes without holding them in memory.
 */
final class GeneratedInput extends InputStream {

  private final Iterator<String> pieces;
  private byte[] current = new byte[0];
  private int at;
  private long produced;

  GeneratedInput(Iterator<String> pieces) {
    this.pieces = pieces;
  }

  /** A document made of {@code head}, {@code count} pieces from {@code piece} and {@code tail}. */
  static GeneratedInput of(String head, long count, IntFunction<String> piece, String tail) {
    return new GeneratedInput(new Iterator<>() {
      private long i = -1;

      @Override
      public boolean hasNext() {
        return i <= count;
      }

      @Override
      public String next() {
        long k = i++;
        if (k < 0) {
          return head;
        }
        return k == count ? tail : piece.apply((int) k);
      }
    });
  }

  /** A document whose middle is {@code count} copies of {@code c}. */
  static GeneratedInput repeat(String head, long count, char c, String tail) {
    String chunk = String.valueOf(c).repeat(64 * 1024);
    long chunks = count / chunk.length();
    String rest = String.valueOf(c).repeat((int) (count % chunk.length()));
    return of(head, chunks + 1, k -> k < chunks ? chunk : rest, tail);
  }

  /** How many bytes were handed out so far. */
  long produced() {
    return produced;
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    while (at == current.length) {
      if (!pieces.hasNext()) {
        return -1;
      }
      current = pieces.next().getBytes(StandardCharsets.UTF_8);
      at = 0;
    }
    int n = Math.min(len, current.length - at);
    System.arraycopy(current, at, b, off, n);
    at += n;
    produced += n;
    return n;
  }
}
