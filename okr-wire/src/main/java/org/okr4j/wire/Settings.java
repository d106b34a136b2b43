package org.okr4j.wire;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The configuration of one Jackson module of okr4j: how decimals are written, whether documents are
 * written compact, whether check-ins travel bare, whether unknown fields are errors, and the reader's
 * limits on arrays, each kind of large array with a limit of its own so that a host can read one
 * large alignment graph without loosening every other array.
 *
 * <p>A validated value: made from {@link #DEFAULTS} by the {@code with*} copies, which check their
 * argument (a limit below 1 is an {@link IllegalArgumentException}), so that no constructor throws.
 * Immutable and thread-safe; every {@code with*} method returns a new value.
 */
public final class Settings {

  private final boolean decimalsAsStrings;
  private final boolean ignoreUnknownFields;
  private final int maxArrayLength;
  private final int maxObjectives;
  private final int maxLinks;
  private final int maxCheckIns;
  private final boolean compact;
  private final boolean bareCheckIns;

  /** The default most elements of an array without a limit of its own: {@value}. */
  public static final int DEFAULT_MAX_ARRAY_LENGTH = 1_000;

  /** The default most objectives of one document: {@value}. */
  public static final int DEFAULT_MAX_OBJECTIVES = 1_000_000;

  /** The default most links of one alignment: {@value}, as many as objectives. */
  public static final int DEFAULT_MAX_LINKS = 1_000_000;

  /**
   * The default most check-ins of one key result: {@value}. The core's check of recurring check-ins
   * is quadratic in their number; at 1,000 it costs milliseconds per key result.
   */
  public static final int DEFAULT_MAX_CHECK_INS = 1_000;

  /** Decimals as numbers, unknown fields reported, the default limits, full documents, check-ins as documents. */
  public static final Settings DEFAULTS = new Settings(false, false, DEFAULT_MAX_ARRAY_LENGTH, DEFAULT_MAX_OBJECTIVES,
      DEFAULT_MAX_LINKS, DEFAULT_MAX_CHECK_INS, false, false);

  private Settings(boolean decimalsAsStrings, boolean ignoreUnknownFields, int maxArrayLength, int maxObjectives,
      int maxLinks, int maxCheckIns, boolean compact, boolean bareCheckIns) {
    this.decimalsAsStrings = decimalsAsStrings;
    this.ignoreUnknownFields = ignoreUnknownFields;
    this.maxArrayLength = maxArrayLength;
    this.maxObjectives = maxObjectives;
    this.maxLinks = maxLinks;
    this.maxCheckIns = maxCheckIns;
    this.compact = compact;
    this.bareCheckIns = bareCheckIns;
  }

  /**
   * Tells whether decimals are written as JSON strings instead of JSON numbers.
   *
   * @return {@code false} by default
   */
  public boolean decimalsAsStrings() {
    return decimalsAsStrings;
  }

  /**
   * Tells whether unknown fields are skipped instead of reported.
   *
   * @return {@code false} by default
   */
  public boolean ignoreUnknownFields() {
    return ignoreUnknownFields;
  }

  /**
   * Returns the most elements in any array without a limit of its own (key results of an
   * objective, cycles, milestones, items, tags, principals, bands...).
   *
   * @return {@value #DEFAULT_MAX_ARRAY_LENGTH} by default
   */
  public int maxArrayLength() {
    return maxArrayLength;
  }

  /**
   * Returns the most objectives of one document.
   *
   * @return {@value #DEFAULT_MAX_OBJECTIVES} by default
   */
  public int maxObjectives() {
    return maxObjectives;
  }

  /**
   * Returns the most links of one alignment.
   *
   * @return {@value #DEFAULT_MAX_LINKS} by default
   */
  public int maxLinks() {
    return maxLinks;
  }

  /**
   * Returns the most check-ins of one key result.
   *
   * @return {@value #DEFAULT_MAX_CHECK_INS} by default
   */
  public int maxCheckIns() {
    return maxCheckIns;
  }

  /**
   * Tells whether documents are written compact: every field that holds its default is left out,
   * and so are the implied {@code kind} of check-in data inside a key result and the unit
   * {@code number} ({@code docs/wire-format.md}, "Compact documents"); every reader reads both forms.
   *
   * @return {@code false} by default
   */
  public boolean compact() {
    return compact;
  }

  /**
   * Tells whether a {@code CheckIn} on its own is written and read as the check-in's fields without
   * the document envelope, instead of as a {@code check-in} document.
   *
   * @return {@code false} by default
   */
  public boolean bareCheckIns() {
    return bareCheckIns;
  }

  private static void positive(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, is " + value);
    }
  }

  /**
   * Returns these settings writing decimals as strings or as numbers.
   *
   * @param asStrings {@code true} for strings
   * @return the new settings
   */
  public Settings withDecimalsAsStrings(boolean asStrings) {
    return new Settings(asStrings, ignoreUnknownFields, maxArrayLength, maxObjectives, maxLinks, maxCheckIns, compact,
        bareCheckIns);
  }

  /**
   * Returns these settings skipping or reporting unknown fields.
   *
   * @param ignore {@code true} to skip them
   * @return the new settings
   */
  public Settings withUnknownFieldsIgnored(boolean ignore) {
    return new Settings(decimalsAsStrings, ignore, maxArrayLength, maxObjectives, maxLinks, maxCheckIns, compact,
        bareCheckIns);
  }

  /**
   * Returns these settings with another limit for arrays without a limit of their own.
   *
   * @param max the most elements, at least 1
   * @return the new settings
   * @throws IllegalArgumentException if {@code max} is less than 1
   */
  public Settings withMaxArrayLength(int max) {
    positive("maxArrayLength", max);
    return new Settings(decimalsAsStrings, ignoreUnknownFields, max, maxObjectives, maxLinks, maxCheckIns, compact,
        bareCheckIns);
  }

  /**
   * Returns these settings with another limit of objectives.
   *
   * @param max the most objectives, at least 1
   * @return the new settings
   * @throws IllegalArgumentException if {@code max} is less than 1
   */
  public Settings withMaxObjectives(int max) {
    positive("maxObjectives", max);
    return new Settings(decimalsAsStrings, ignoreUnknownFields, maxArrayLength, max, maxLinks, maxCheckIns, compact,
        bareCheckIns);
  }

  /**
   * Returns these settings with another limit of links.
   *
   * @param max the most links, at least 1
   * @return the new settings
   * @throws IllegalArgumentException if {@code max} is less than 1
   */
  public Settings withMaxLinks(int max) {
    positive("maxLinks", max);
    return new Settings(decimalsAsStrings, ignoreUnknownFields, maxArrayLength, maxObjectives, max, maxCheckIns, compact,
        bareCheckIns);
  }

  /**
   * Returns these settings with another limit of check-ins per key result.
   *
   * @param max the most check-ins, at least 1
   * @return the new settings
   * @throws IllegalArgumentException if {@code max} is less than 1
   */
  public Settings withMaxCheckIns(int max) {
    positive("maxCheckIns", max);
    return new Settings(decimalsAsStrings, ignoreUnknownFields, maxArrayLength, maxObjectives, maxLinks, max, compact,
        bareCheckIns);
  }

  /**
   * Returns these settings writing compact or full documents.
   *
   * @param compactDocuments {@code true} to leave out defaults and implied values
   * @return the new settings
   */
  public Settings withCompact(boolean compactDocuments) {
    return new Settings(decimalsAsStrings, ignoreUnknownFields, maxArrayLength, maxObjectives, maxLinks, maxCheckIns,
        compactDocuments, bareCheckIns);
  }

  /**
   * Returns these settings with check-ins written and read bare or as documents.
   *
   * @param bare {@code true} for the check-in's fields without the envelope
   * @return the new settings
   */
  public Settings withBareCheckIns(boolean bare) {
    return new Settings(decimalsAsStrings, ignoreUnknownFields, maxArrayLength, maxObjectives, maxLinks, maxCheckIns,
        compact, bare);
  }

  /**
   * Returns the largest of the limits: the longest array a document may hold anywhere.
   *
   * @return the largest limit
   */
  public int largestLimit() {
    return Math.max(Math.max(maxArrayLength, maxObjectives), Math.max(maxLinks, maxCheckIns));
  }

  /**
   * Returns the settings as {@code decimalsAsStrings=..., ...}, for a module's {@code toString()} and
   * registration id.
   *
   * @return the text
   */
  public String describe() {
    return "decimalsAsStrings=" + decimalsAsStrings + ", unknownFieldsIgnored=" + ignoreUnknownFields
        + ", maxArrayLength=" + maxArrayLength + ", maxObjectives=" + maxObjectives + ", maxLinks=" + maxLinks
        + ", maxCheckIns=" + maxCheckIns + ", compact=" + compact + ", bareCheckIns=" + bareCheckIns;
  }

  /**
   * Tells whether {@code other} is settings with the same values.
   *
   * @param other the object to compare with
   * @return {@code true} if equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return this == other || other instanceof Settings o && decimalsAsStrings == o.decimalsAsStrings
        && ignoreUnknownFields == o.ignoreUnknownFields && maxArrayLength == o.maxArrayLength
        && maxObjectives == o.maxObjectives && maxLinks == o.maxLinks && maxCheckIns == o.maxCheckIns
        && compact == o.compact && bareCheckIns == o.bareCheckIns;
  }

  /**
   * Returns a hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(decimalsAsStrings, ignoreUnknownFields, maxArrayLength, maxObjectives, maxLinks, maxCheckIns,
        compact, bareCheckIns);
  }

  /**
   * Returns the settings as {@code Settings[decimalsAsStrings=false, ...]}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "Settings[" + describe() + "]";
  }
}
