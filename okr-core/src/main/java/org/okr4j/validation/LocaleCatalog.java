package org.okr4j.validation;

import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.util.Locale;

/**
 * The templates of one locale, answering for that locale only.
 *
 * @param locale the locale they are written for
 * @param templates the templates by code
 */
record LocaleCatalog(Locale locale, Map<String, String> templates) implements MessageCatalog {

  @Override
  public Option<String> template(String code, Locale asked) {
    return locale.equals(asked) ? templates.get(code).filter(t -> t != null) : Option.none();
  }
}
