/**
 * okr4j core: Objectives and Key Results as immutable, validated, explainable values.
 *
 * <p>Exports the model ({@code org.okr4j.model}), the error vocabulary ({@code org.okr4j.validation}),
 * scoring ({@code org.okr4j.scoring}), alignment ({@code org.okr4j.alignment}) and lint
 * ({@code org.okr4j.lint}). Runtime dependency: Vavr only; Immutables is a compile-time annotation
 * processor. Hosts add message languages by providing {@link org.okr4j.validation.MessageCatalog}.
 */
module org.okr4j.core {
  requires transitive io.vavr;
  requires transitive org.jspecify;
  requires static org.immutables.value.annotations;

  exports org.okr4j.model;
  exports org.okr4j.scoring;
  exports org.okr4j.validation;
  exports org.okr4j.alignment;
  exports org.okr4j.lint;

  uses org.okr4j.validation.MessageCatalog;
}
