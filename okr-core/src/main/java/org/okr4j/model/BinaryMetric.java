package org.okr4j.model;

/**
 * A key result that is either done or not: "launch the partner portal". Check-ins report a
 * {@link CheckInData.Completion}. Use {@link #INSTANCE}.
 *
 * <p>Immutable and thread-safe.
 */
public record BinaryMetric() implements Metric {

  /** The binary metric. */
  public static final BinaryMetric INSTANCE = new BinaryMetric();

  @Override
  public String kind() {
    return "binary";
  }

  @Override
  public String dataKind() {
    return "completion";
  }
}
