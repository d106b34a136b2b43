package org.okr4j.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of okr4j values, and the rule that decides which idiom a public type uses.
 *
 * <p><b>One rule, two idioms.</b>
 * <ul>
 *   <li><em>A value with rules to check</em> (a model value, a policy, a contribution, a finding) is
 *       an abstract class annotated {@code @Value.Immutable}. The generated {@code Immutable*}
 *       class is package-private; values are created only by the type's validating entry points:
 *       {@code validate(...)} returning {@code Validation<Seq<OkrError>, T>} with every problem,
 *       {@code of(...)} and {@code with*} conveniences that throw an {@code OkrException} carrying
 *       those problems, and builders whose {@code build()} validates. A {@code with*} copy changes
 *       one option through the generated copy method ({@code copyWith*}, this style's name for it,
 *       so that it never overrides the checked public {@code with*}); it never re-lists the other
 *       attributes. Invariants every built value satisfies are a {@code @Value.Check}.</li>
 *   <li><em>A plain result or data carrier</em> (a score's detail, a series point, a view node,
 *       an error) is a {@code record}. Its constructor checks nothing and never throws; it may
 *       only normalise, as copying a {@code BigDecimal} subclass instance into a plain
 *       {@code BigDecimal}. Its components are non-null by the package's {@code @NullMarked}
 *       contract; whatever reads it from untrusted input validates it where it enters (a
 *       check-in's data is checked against its metric; a rule's steps when the rule is built), a
 *       method that computes with a component checks it there (an {@code OkrException}, as for any
 *       argument), and what describes it ({@code toString}, an error's message) shows a part passed
 *       as {@code null} against the contract as {@code ?} instead of failing.</li>
 * </ul>
 * {@code ValueIdiomTest} holds the second half: no public record of an exported package throws
 * from its constructor.
 *
 * <p>The style sets {@code allParameters}: every attribute is a parameter of the generated
 * {@code Immutable*.of(...)}, in declaration order, so an attribute carries no
 * {@code @Value.Parameter} mark (the processor reports one as superfluous, a compiler warning).
 *
 * <pre>{@code
 * ProgressPolicy policy = ProgressPolicy.defaults().withCap(Cap.clamp01()); // checked, then copied
 * CheckInData data = new CheckInData.Measurement(new BigDecimal("2250"));   // a plain carrier
 * }</pre>
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    allParameters = true,
    with = "copyWith*",
    defaults = @Value.Immutable(builder = false, copy = false, prehash = true),
    jdkOnly = true)
public @interface OkrStyle {}
