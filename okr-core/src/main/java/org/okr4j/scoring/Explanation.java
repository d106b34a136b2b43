package org.okr4j.scoring;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.Objects;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.okr4j.internal.Numbers;
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
 * text. {@link #render()}, {@link #equals}, {@link #hashCode()} and {@link #toString()} walk the
 * tree with a loop rather than recursion, so a tree of any depth works on any thread's stack.
 * Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false, prehash = false)
public abstract class Explanation {

  /**
   * The deepest level indented in {@link #render()}; deeper nodes are indented as this level and
   * start with their depth, so the text grows with the number of nodes, not with the square of the
   * depth.
   */
  public static final int MAX_INDENTED_DEPTH = 32;

  Explanation() {}

  /**
   * Returns what the number is, such as {@code key result kr-leads (3000 leads)} or
   * {@code baseline b}.
   *
   * @return the label
   */
  public abstract String label();

  /**
   * Returns the number explained.
   *
   * @return the value; empty when not scored
   */
  public abstract Option<BigDecimal> value();

  /**
   * Returns the formula with its numbers, such as {@code (2250 − 0) / (3000 − 0)}.
   *
   * @return the formula; empty for a given input
   */
  public abstract String formula();

  /**
   * Returns the rule applied, or where an input came from, such as
   * {@code linear from baseline: (c − b) / (t − b)} or {@code check-in at 2026-02-01T00:00:00Z}.
   *
   * @return the rule; may be empty
   */
  public abstract String rule();

  /**
   * Returns the explanations of the inputs.
   *
   * @return the inputs, in a stable order
   */
  public abstract Seq<Explanation> inputs();

  /**
   * Returns an explanation node.
   *
   * @param label what the number is
   * @param value the number, or empty when not scored; fewer than 1,000 integer digits and at most
   *     1,000 decimals (every number okr4j computes)
   * @param formula the formula with its numbers, may be empty
   * @param rule the rule applied, may be empty
   * @param inputs the inputs' explanations
   * @return the explanation
   * @throws OkrException if an argument or an input is missing ({@code okr.required}) or the value
   *     is out of range ({@code okr.out-of-range} at {@code /value})
   */
  public static Explanation of(String label, Option<BigDecimal> value, String formula, String rule,
      Seq<Explanation> inputs) {
    Option<BigDecimal> checked = Args.require(value, "value").map(v -> Numbers.argument(v, "value"));
    Args.require(inputs, "inputs").forEach(i -> Args.require(i, "inputs"));
    return ImmutableExplanation.of(Args.require(label, "label"), checked,
        Args.require(formula, "formula"), Args.require(rule, "rule"), inputs);
  }

  /**
   * Returns a given input: a labelled number without formula.
   *
   * @param label what the number is
   * @param value the number, in the range {@link #of} accepts
   * @param rule where it came from, may be empty
   * @return the explanation
   * @throws OkrException if an argument is missing or the value is out of range
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
   * indented by two spaces per level; a node deeper than {@link #MAX_INDENTED_DEPTH} is indented
   * as that level and its line starts with {@code (depth n) }.
   *
   * @return the text, lines separated by {@code \n}
   */
  public String render() {
    StringBuilder sb = new StringBuilder();
    ArrayDeque<Explanation> nodes = new ArrayDeque<>();
    ArrayDeque<Integer> depths = new ArrayDeque<>();
    nodes.push(this);
    depths.push(0);
    while (!nodes.isEmpty()) {
      Explanation node = nodes.pop();
      int depth = depths.pop();
      if (depth > 0) {
        sb.append('\n');
      }
      sb.append("  ".repeat(Math.min(depth, MAX_INDENTED_DEPTH)));
      if (depth > MAX_INDENTED_DEPTH) {
        sb.append("(depth ").append(depth).append(") ");
      }
      sb.append(node.label()).append(": ").append(node.equation());
      if (!node.rule().isEmpty()) {
        sb.append("  [").append(node.rule()).append(']');
      }
      Seq<Explanation> inputs = node.inputs();
      for (int i = inputs.size() - 1; i >= 0; i--) {
        nodes.push(inputs.get(i));
        depths.push(depth + 1);
      }
    }
    return sb.toString();
  }

  /**
   * Tells whether {@code other} is an explanation with the same label, value, formula, rule and
   * inputs, compared node by node without recursion.
   *
   * @param other the object to compare with
   * @return {@code true} if the trees are equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof Explanation)) {
      return false;
    }
    ArrayDeque<Explanation[]> pairs = new ArrayDeque<>();
    pairs.push(new Explanation[] {this, (Explanation) other});
    while (!pairs.isEmpty()) {
      Explanation[] pair = pairs.pop();
      Explanation a = pair[0];
      Explanation b = pair[1];
      if (a == b) {
        continue;
      }
      if (!a.label().equals(b.label()) || !a.value().equals(b.value()) || !a.formula().equals(b.formula())
          || !a.rule().equals(b.rule()) || a.inputs().size() != b.inputs().size()) {
        return false;
      }
      io.vavr.collection.Iterator<Explanation> ia = a.inputs().iterator();
      io.vavr.collection.Iterator<Explanation> ib = b.inputs().iterator();
      while (ia.hasNext()) {
        pairs.push(new Explanation[] {ia.next(), ib.next()});
      }
    }
    return true;
  }

  /**
   * Returns a hash of the whole tree, computed node by node without recursion.
   *
   * @return the hash code, consistent with {@link #equals}
   */
  @Override
  public int hashCode() {
    // post-order with an explicit stack; a subtree shared by several parents is hashed once
    IdentityHashMap<Explanation, Integer> hashes = new IdentityHashMap<>();
    ArrayDeque<Explanation> nodes = new ArrayDeque<>();
    ArrayDeque<io.vavr.collection.Iterator<Explanation>> children = new ArrayDeque<>();
    nodes.push(this);
    children.push(inputs().iterator());
    while (!nodes.isEmpty()) {
      io.vavr.collection.Iterator<Explanation> next = children.peek();
      if (next.hasNext()) {
        Explanation child = next.next();
        if (!hashes.containsKey(child)) {
          nodes.push(child);
          children.push(child.inputs().iterator());
        }
        continue;
      }
      Explanation node = nodes.pop();
      children.pop();
      int h = Objects.hash(node.label(), node.value(), node.formula(), node.rule());
      for (Explanation input : node.inputs()) {
        h = 31 * h + hashes.get(input);
      }
      hashes.put(node, h);
    }
    return hashes.get(this);
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
