package org.okr4j.spring;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/**
 * The {@code okr4j.*} configuration properties: the scoring preset, the time zone, the limits of the
 * JSON reader and the problem details. Every property has a default, so none needs setting:
 *
 * <pre>
 * okr4j.scoring.preset=google
 * okr4j.time-zone=Asia/Shanghai
 * okr4j.json.max-array-length=2000
 * okr4j.problem-details.type-base=https://api.example.com/problems/
 * </pre>
 *
 * <p>A mutable JavaBean, as Spring Boot binds it; the beans built from it are immutable.
 */
@ConfigurationProperties("okr4j")
public class Okr4jProperties {

  private final Scoring scoring = new Scoring();

  private final Json json = new Json();

  private final ProblemDetails problemDetails = new ProblemDetails();

  /**
   * Time zone of okr4j's Clock bean, in which the application turns a day into the instant it
   * evaluates OKRs as of. A zone id such as "Asia/Shanghai", "+08:00" or "Z".
   */
  private ZoneId timeZone = ZoneOffset.UTC;

  /** Creates the properties with their defaults. */
  public Okr4jProperties() {}

  /**
   * Returns the scoring properties.
   *
   * @return the {@code okr4j.scoring.*} properties
   */
  public Scoring getScoring() {
    return scoring;
  }

  /**
   * Returns the JSON reader's properties.
   *
   * @return the {@code okr4j.json.*} properties
   */
  public Json getJson() {
    return json;
  }

  /**
   * Returns the problem-details properties.
   *
   * @return the {@code okr4j.problem-details.*} properties
   */
  public ProblemDetails getProblemDetails() {
    return problemDetails;
  }

  /**
   * Returns the time zone of the okr4j clock.
   *
   * @return the zone, UTC by default
   */
  public ZoneId getTimeZone() {
    return timeZone;
  }

  /**
   * Sets the time zone of the okr4j clock.
   *
   * @param timeZone the zone
   */
  public void setTimeZone(ZoneId timeZone) {
    this.timeZone = timeZone;
  }

  /** The {@code okr4j.scoring.*} properties. */
  public static class Scoring {

    /**
     * Scoring preset of the ScoringPolicy bean: default, google, quantive, perdoo, oslo or puzzle
     * (any case). A host that defines its own ScoringPolicy bean replaces it.
     */
    private String preset = "default";

    /** Creates the properties with their defaults. */
    public Scoring() {}

    /**
     * Returns the preset's name.
     *
     * @return the name, {@code default} by default
     */
    public String getPreset() {
      return preset;
    }

    /**
     * Sets the preset's name.
     *
     * @param preset one of {@code ScoringPolicy.presets()}
     */
    public void setPreset(String preset) {
      this.preset = preset;
    }
  }

  /**
   * The {@code okr4j.json.*} properties: the settings of the {@code OkrModule} registered on Boot's
   * JSON mapper.
   */
  public static class Json {

    /**
     * Most elements of one array without a limit of its own (key results of an objective, cycles,
     * milestones, tags...); longer arrays are reported as okr.json.too-many.
     */
    private int maxArrayLength = 1_000;

    /** Most objectives of one document. */
    private int maxObjectives = 1_000_000;

    /** Most links of one alignment. */
    private int maxLinks = 1_000_000;

    /** Most check-ins of one key result. */
    private int maxCheckIns = 1_000;

    /** Whether decimals are written as JSON strings ("0.10") rather than JSON numbers. */
    private boolean decimalsAsStrings;

    /**
     * Whether fields the okr4j/1 format does not define are skipped rather than reported as
     * okr.json.unknown-field.
     */
    private boolean unknownFieldsIgnored;

    /** Creates the properties with their defaults. */
    public Json() {}

    /**
     * Checks that every limit is at least 1, naming the property that is not.
     *
     * @throws InvalidConfigurationPropertyValueException for the first limit below 1
     */
    void check() {
      limit("okr4j.json.max-array-length", maxArrayLength);
      limit("okr4j.json.max-objectives", maxObjectives);
      limit("okr4j.json.max-links", maxLinks);
      limit("okr4j.json.max-check-ins", maxCheckIns);
    }

    private static void limit(String name, int value) {
      if (value < 1) {
        throw new InvalidConfigurationPropertyValueException(name, value, "a limit must be at least 1");
      }
    }

    /**
     * Returns the array limit.
     *
     * @return the most elements, 1,000 by default
     */
    public int getMaxArrayLength() {
      return maxArrayLength;
    }

    /**
     * Sets the array limit.
     *
     * @param maxArrayLength at least 1
     */
    public void setMaxArrayLength(int maxArrayLength) {
      this.maxArrayLength = maxArrayLength;
    }

    /**
     * Returns the objective limit.
     *
     * @return the most objectives, 1,000,000 by default
     */
    public int getMaxObjectives() {
      return maxObjectives;
    }

    /**
     * Sets the objective limit.
     *
     * @param maxObjectives at least 1
     */
    public void setMaxObjectives(int maxObjectives) {
      this.maxObjectives = maxObjectives;
    }

    /**
     * Returns the link limit.
     *
     * @return the most links, 1,000,000 by default
     */
    public int getMaxLinks() {
      return maxLinks;
    }

    /**
     * Sets the link limit.
     *
     * @param maxLinks at least 1
     */
    public void setMaxLinks(int maxLinks) {
      this.maxLinks = maxLinks;
    }

    /**
     * Returns the check-in limit.
     *
     * @return the most check-ins of one key result, 1,000 by default
     */
    public int getMaxCheckIns() {
      return maxCheckIns;
    }

    /**
     * Sets the check-in limit.
     *
     * @param maxCheckIns at least 1
     */
    public void setMaxCheckIns(int maxCheckIns) {
      this.maxCheckIns = maxCheckIns;
    }

    /**
     * Tells whether decimals are written as JSON strings.
     *
     * @return {@code false} by default
     */
    public boolean isDecimalsAsStrings() {
      return decimalsAsStrings;
    }

    /**
     * Sets whether decimals are written as JSON strings.
     *
     * @param decimalsAsStrings {@code true} for strings
     */
    public void setDecimalsAsStrings(boolean decimalsAsStrings) {
      this.decimalsAsStrings = decimalsAsStrings;
    }

    /**
     * Tells whether unknown fields are skipped.
     *
     * @return {@code false} by default
     */
    public boolean isUnknownFieldsIgnored() {
      return unknownFieldsIgnored;
    }

    /**
     * Sets whether unknown fields are skipped.
     *
     * @param unknownFieldsIgnored {@code true} to skip them
     */
    public void setUnknownFieldsIgnored(boolean unknownFieldsIgnored) {
      this.unknownFieldsIgnored = unknownFieldsIgnored;
    }
  }

  /** The {@code okr4j.problem-details.*} properties. */
  public static class ProblemDetails {

    /** Whether okr4j's errors are answered with RFC 9457 problem details in a servlet web application. */
    private boolean enabled = true;

    /**
     * Start of each problem type URI; the code family (json, validation, alignment, scoring) is
     * appended.
     */
    private String typeBase = OkrProblemDetails.DEFAULT_TYPE_BASE;

    /**
     * Order of okr4j's exception handlers among the application's @ControllerAdvice beans. Unset,
     * they come last, so that any handler of the application for the same exceptions wins; with
     * spring.mvc.problemdetails.enabled=true the handlers of okr4j's reading errors come just before
     * Spring Boot's problem-details handler (order -1).
     */
    private @Nullable Integer order;

    /** Creates the properties with their defaults. */
    public ProblemDetails() {}

    /**
     * Tells whether the problem details are on.
     *
     * @return {@code true} by default
     */
    public boolean isEnabled() {
      return enabled;
    }

    /**
     * Turns the problem details on or off.
     *
     * @param enabled {@code false} to leave okr4j's errors to the application
     */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /**
     * Returns the start of the type URIs.
     *
     * @return the base, {@link OkrProblemDetails#DEFAULT_TYPE_BASE} by default
     */
    public String getTypeBase() {
      return typeBase;
    }

    /**
     * Sets the start of the type URIs.
     *
     * @param typeBase an absolute URI, or a prefix that becomes one with the family appended
     */
    public void setTypeBase(String typeBase) {
      this.typeBase = typeBase;
    }

    /**
     * Returns the order of okr4j's exception handlers, if set.
     *
     * @return the order, or {@code null} for the default
     */
    public @Nullable Integer getOrder() {
      return order;
    }

    /**
     * Sets the order of okr4j's exception handlers.
     *
     * @param order the order, or {@code null} for the default
     */
    public void setOrder(@Nullable Integer order) {
      this.order = order;
    }
  }
}
