package org.okr4j.scoring;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.okr4j.validation.OkrException;

/**
 * How a number was derived: a labelled value, the formula with the numbers that produced it, the
 * rule applied, and the explanations of its inputs, as a tree. {@link #equation()} reads like
 * {@code 0.6833 = (0.75·3 + 0.625·2 + 0.6·1) / 6} and {@link #render()} prints the whole tree,
 * one node per line, indented by depth:
 *
 * <pre>{@code
 * objective o-brand (Raise brand influence): 0.6833 = (0.75·3 + 0.625·2 + 0.6·1) / 6  [weighted mean: Σwᵢ·pᵢ / Σwᵢ]
 *   key result kr-exposure (Brand exposure +50%), weight 3: 0.75 = (2.75 − 2) / (3 − 2)  [linear from baseline: (c − b) / (t − b)]
 *     current c: 2.75  [check-in at 2026-02-01T00:00:00Z]
 *     ...
 * }</pre>
 *
 * <p>Numbers are shown rounded to 4 decimal places; {@link #value()} keeps the exact value.
 * Scores build their explanations lazily, on first request, so evaluation itself never formats
 * text. Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false, prehash = false)
public abstract class Explanation {

  Explanation() {}

  /**
   * Returns what the number is, such as {@code key result kr-leads (3000 leads)} or
   * {@code baseline b}.
   *
   * @return the label
   */
  @Value.Parameter
  public abstract String label();

  /**
   * Returns the number explained.
   *
   * @return the value; empty when not scored
   */
  @Value.Parameter
  public abstract Option<BigDecimal> value();

  /**
   * Returns the formula with its numbers, such as {@code (2250 − 0) / (3000 − 0)}.
   *
   * @return the formula; empty for a given input
   */
  @Value.Parameter
  public abstract String formula();

  /**
   * Returns the rule applied, or where an input came from, such as
   * {@code linear from baseline: (c − b) / (t − b)} or {@code check-in at 2026-02-01T00:00:00Z}.
   *
   * @return the rule; may be empty
   */
  @Value.Parameter
  public abstract String rule();

  /**
   * Returns the explanations of the inputs.
   *
   * @return the inputs, in a stable order
   */
  @Value.Parameter
  public abstract Seq<Explanation> inputs();

  /**
   * Returns an explanation node.
   *
   * @param label what the number is
   * @param value the number, or empty when not scored
   * @param formula the formula with its numbers, may be empty
   * @param rule the rule applied, may be empty
   * @param inputs the inputs' explanations
   * @return the explanation
   * @throws OkrException if an argument is missing
   */
  public static Explanation of(String label, Option<BigDecimal> value, String formula, String rule,
      Seq<Explanation> inputs) {
    return ImmutableExplanation.of(Args.require(label, "label"), Args.require(value, "value"),
        Args.require(formula, "formula"), Args.require(rule, "rule"), Args.require(inputs, "inputs"));
  }

  /**
   * Returns a given input: a labelled number without formula.
   *
   * @param label what the number is
   * @param value the number
   * @param rule where it came from, may be empty
   * @return the explanation
   * @throws OkrException if an argument is missing
   */
  public static Explanation input(String label, BigDecimal value, String rule) {
    return of(label, Option.some(Args.require(value, "value")), "", rule, List.empty());
  }

  static Explanation node(String label, @Nullable BigDecimal value, String formula, String rule, Seq<Explanation> inputs) {
    return ImmutableExplanation.of(label, Option.of(value), formula, rule, inputs);
  }

  static Explanation leaf(String label, BigDecimal value, String rule) {
    return ImmutableExplanation.of(label, Option.some(value), "", rule, List.empty());
  }

  /**
   * Returns a copy with another label.
   *
   * @param label the new label
   * @return the copy
   * @throws OkrException if {@code label} is missing
   */
  public Explanation withLabel(String label) {
    return ImmutableExplanation.of(Args.require(label, "label"), value(), formula(), rule(), inputs());
  }

  /**
   * Returns the value and its formula, such as {@code 0.6833 = (0.75·3 + 0.625·2 + 0.6·1) / 6};
   * just the value for an input, {@code not scored} without a value.
   *
   * @return the equation
   */
  public String equation() {
    String shown = value().isDefined() ? Fmt.num(value().get()) : "not scored";
    return formula().isEmpty() ? shown : shown + " = " + formula();
  }

  /**
   * Renders the tree as text: one line per node, {@code label: equation  [rule]}, children
   * indented by two spaces.
   *
   * @return the text, lines separated by {@code \n}
   */
  public String render() {
    StringBuilder sb = new StringBuilder();
    render(sb, 0);
    return sb.toString();
  }

  private void render(StringBuilder sb, int depth) {
    if (depth > 0) {
      sb.append('\n');
    }
    sb.append("  ".repeat(depth)).append(label()).append(": ").append(equation());
    if (!rule().isEmpty()) {
      sb.append("  [").append(rule()).append(']');
    }
    for (Explanation input : inputs()) {
      input.render(sb, depth + 1);
    }
  }

  /**
   * Returns the rendered tree.
   *
   * @return {@link #render()}
   */
  @Override
  public String toString() {
    return render();
  }
}
