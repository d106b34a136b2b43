package org.okr4j.alignment;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.okr4j.internal.Problems;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;
import org.okr4j.validation.OkrPath;

/**
 * Extra text and a colour band for one node of a DOT or Mermaid export, such as a progress figure
 * from a scorecard: {@code NodeAnnotation.of("72%", "green")}. The suffix is written on a second
 * line of the node's label; the band becomes a style class ({@code band-green} in DOT,
 * {@code band_green} in Mermaid) and, for the bands {@code red}, {@code amber}, {@code yellow},
 * {@code green}, {@code blue} and {@code grey}, a fill colour.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false, prehash = false)
public abstract class NodeAnnotation {

  NodeAnnotation() {}

  /**
   * Returns the text added below the node's title.
   *
   * @return the suffix, may be empty; at most 10,000 characters
   */
  public abstract String labelSuffix();

  /**
   * Returns the band name, which becomes the node's style class.
   *
   * @return a lower-case name token such as {@code at-risk}, if any
   */
  public abstract Option<String> band();

  /**
   * Validates an annotation.
   *
   * @param labelSuffix the text added below the title, may be {@code null}
   * @param band the band name, or {@code null} for none
   * @return the annotation, or every problem (paths {@code /labelSuffix}, {@code /band})
   */
  public static Validation<Seq<OkrError>, NodeAnnotation> validate(@Nullable String labelSuffix, @Nullable String band) {
    return check(labelSuffix, band).result(() -> ImmutableNodeAnnotation.of(labelSuffix, Option.of(band)));
  }

  private static Problems check(@Nullable String labelSuffix, @Nullable String band) {
    Problems problems = new Problems();
    problems.optionalText(labelSuffix, OkrPath.of("labelSuffix"));
    if (band != null) {
      problems.name(band, OkrPath.of("band"));
    }
    return problems;
  }

  /**
   * Returns an annotation with a label suffix and no band.
   *
   * @param labelSuffix the text added below the title
   * @return the annotation
   * @throws OkrException if the suffix is {@code null} or too long
   */
  public static NodeAnnotation of(String labelSuffix) {
    return OkrException.getOrThrow(validate(labelSuffix, null));
  }

  /**
   * Returns an annotation with a label suffix and a band.
   *
   * @param labelSuffix the text added below the title
   * @param band the band name, a lower-case name token such as {@code green}
   * @return the annotation
   * @throws OkrException if the suffix is {@code null} or too long, or the band is not a name token
   */
  public static NodeAnnotation of(String labelSuffix, String band) {
    return OkrException.getOrThrow(validate(labelSuffix, band));
  }
}
