package org.okr4j.lint;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * Title comparison for {@link BuiltInRule#DUPLICATE_TITLE}: a title is normalized (Unicode NFKC,
 * case-folded, every character that is not a letter or digit removed) and cut into overlapping
 * character bigrams; the similarity of two titles is the Dice coefficient of their bigram
 * multisets, {@code 2·|A∩B| / (|A| + |B|)}. Bigrams of characters, not words, make it work for
 * Chinese, which has no spaces. Titles equal after normalization have similarity 1; a normalized
 * title of one character is one "bigram" of that character alone. Stateless.
 */
final class TitleSimilarity {

  private TitleSimilarity() {}

  /** A normalized title and its sorted bigrams. */
  record Normalized(String text, long[] bigrams) {}

  /** A similarity as the exact fraction {@code numerator / denominator}. */
  record Score(long numerator, long denominator) {

    static final Score ONE = new Score(1, 1);
    static final Score ZERO = new Score(0, 1);

    boolean atLeast(BigDecimal threshold) {
      return BigDecimal.valueOf(numerator).compareTo(threshold.multiply(BigDecimal.valueOf(denominator))) >= 0;
    }

    int compareTo(Score other) {
      return BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(other.denominator))
          .compareTo(BigDecimal.valueOf(other.numerator).multiply(BigDecimal.valueOf(denominator)));
    }

    /** Returns the similarity in whole percent, rounded down. */
    long percent() {
      return numerator * 100 / denominator;
    }
  }

  /** Normalizes a title: NFKC, case folding, letters and digits only. */
  static String normalize(String title) {
    String folded = Normalizer.normalize(title, Normalizer.Form.NFKC)
        .toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(folded.length());
    folded.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
    return sb.toString();
  }

  /** Normalizes a title and computes its bigrams. */
  static Normalized of(String title) {
    String text = normalize(title);
    int[] cps = text.codePoints().toArray();
    long[] grams;
    if (cps.length == 1) {
      grams = new long[] {((long) cps[0] << 32) | 0xFFFF_FFFFL};
    } else {
      grams = new long[Math.max(0, cps.length - 1)];
      for (int i = 0; i + 1 < cps.length; i++) {
        grams[i] = ((long) cps[i] << 32) | (cps[i + 1] & 0xFFFF_FFFFL);
      }
    }
    Arrays.sort(grams);
    return new Normalized(text, grams);
  }

  /** Returns the similarity of two normalized titles. */
  static Score similarity(Normalized a, Normalized b) {
    if (a.text().equals(b.text())) {
      return Score.ONE;
    }
    long[] x = a.bigrams();
    long[] y = b.bigrams();
    if (x.length == 0 || y.length == 0) {
      return Score.ZERO;
    }
    long common = 0;
    int i = 0;
    int j = 0;
    while (i < x.length && j < y.length) {
      if (x[i] == y[j]) {
        common++;
        i++;
        j++;
      } else if (x[i] < y[j]) {
        i++;
      } else {
        j++;
      }
    }
    return new Score(2 * common, (long) x.length + y.length);
  }
}
