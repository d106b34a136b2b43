package org.okr4j.scoring;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;
import org.okr4j.internal.Numbers;
import org.okr4j.model.Zone;

/**
 * How a set of key results spreads over the {@link Zone}s: the count and share of each zone and of
 * "no zone" (key results lacking data). Shares are exact fractions of the total ({@code count / n},
 * DECIMAL128) except that the last non-empty category in the order FAIL, COMMIT, TARGET, STRETCH,
 * no zone takes {@code 1 − Σ others}, so the shares always sum to exactly 1; an empty set has
 * every share 0 (never NaN).
 *
 * <p>Immutable and thread-safe.
 *
 * @param counts the number of key results in each zone, every zone present
 * @param noZone the number of key results without a zone
 * @param shares the share of each zone, every zone present
 * @param noZoneShare the share without a zone
 */
public record ZoneStatistics(Map<Zone, Integer> counts, int noZone, Map<Zone, BigDecimal> shares,
    BigDecimal noZoneShare) {

  /**
   * Keeps plain {@link BigDecimal} shares: an instance of a subclass is copied.
   *
   * @param counts the number of key results in each zone
   * @param noZone the number of key results without a zone
   * @param shares the share of each zone
   * @param noZoneShare the share without a zone
   */
  public ZoneStatistics {
    shares = shares == null ? null : shares.mapValues(Numbers::plainIfPresent);
    noZoneShare = Numbers.plainIfPresent(noZoneShare);
  }

  /**
   * Counts the zones of scored key results, each {@link KeyResultScore#zone()}: an ordinal key
   * result's zone is its latest check-in's; a linear key result has a zone when scored under a
   * {@link ProgressPolicy#stretch() stretch policy}; other key results count as "no zone".
   *
   * @param scores the key results' scores, such as {@code card.keyResults()}
   * @return the statistics
   * @throws org.okr4j.validation.OkrException if {@code scores} or an element is missing
   */
  public static ZoneStatistics ofScores(Seq<KeyResultScore> scores) {
    Args.require(scores, "scores").forEach(s -> Args.require(s, "scores"));
    return of(scores.map(KeyResultScore::zone));
  }

  /**
   * Counts the zones of a set of key results.
   *
   * @param zones each key result's zone, none if it has none
   * @return the statistics
   * @throws org.okr4j.validation.OkrException if {@code zones} or an element is missing
   */
  public static ZoneStatistics of(Seq<Option<Zone>> zones) {
    Args.require(zones, "zones").forEach(z -> Args.require(z, "zones"));
    int[] n = new int[Zone.values().length + 1];
    zones.forEach(z -> n[z.map(Zone::ordinal).getOrElse(Zone.values().length)]++);
    int total = zones.size();
    int last = -1;
    for (int i = 0; i < n.length; i++) {
      if (n[i] > 0) {
        last = i;
      }
    }
    BigDecimal[] share = new BigDecimal[n.length];
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < n.length; i++) {
      share[i] = n[i] == 0 || i == last ? BigDecimal.ZERO : Decimals.div(BigDecimal.valueOf(n[i]), BigDecimal.valueOf(total));
      sum = sum.add(share[i]);
    }
    if (last >= 0) {
      share[last] = BigDecimal.ONE.subtract(sum);
    }
    Map<Zone, Integer> counts = LinkedHashMap.empty();
    Map<Zone, BigDecimal> shares = LinkedHashMap.empty();
    for (Zone z : Zone.values()) {
      counts = counts.put(z, n[z.ordinal()]);
      shares = shares.put(z, share[z.ordinal()]);
    }
    return new ZoneStatistics(counts, n[n.length - 1], shares, share[n.length - 1]);
  }

  /**
   * Returns the number of key results counted.
   *
   * @return the size of the set
   * @throws org.okr4j.validation.OkrException if the counts, or a count, are missing (a record
   *     built by hand against the contract)
   */
  public int total() {
    int total = noZone;
    for (Integer count : Args.require(counts, "counts").values()) {
      total += Args.require(count, "counts");
    }
    return total;
  }
}
