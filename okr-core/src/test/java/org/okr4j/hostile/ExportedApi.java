package org.okr4j.hostile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.okr4j.model.OkrSet;

/**
 * The public API of okr-core as reflection sees it: every public constructor and method of every
 * public type (nested types included when every enclosing type is public) in the packages that
 * okr-core's {@code module-info} exports without qualification. New members are picked up without
 * changing the tests that use this list.
 */
final class ExportedApi {

  private ExportedApi() {}

  /** Returns the exported public types, sorted by name. */
  static List<Class<?>> types() {
    Path classes = classesDirectory();
    List<Class<?>> types = new ArrayList<>();
    for (String pkg : exportedPackages(classes)) {
      try (Stream<Path> files = Files.list(classes.resolve(pkg.replace('.', '/')))) {
        for (Path file : (Iterable<Path>) files::iterator) {
          String name = file.getFileName().toString();
          if (name.endsWith(".class") && !name.equals("package-info.class")) {
            Class<?> type = load(pkg + "." + name.substring(0, name.length() - ".class".length()));
            if (isApi(type)) {
              types.add(type);
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    types.sort(Comparator.comparing(Class::getName));
    return types;
  }

  /**
   * Returns every public constructor and method declared by the exported types, in a stable order,
   * leaving out what the compiler writes for every enum ({@code values()}, {@code valueOf(String)})
   * and bridge or synthetic methods.
   */
  static List<Executable> members() {
    List<Executable> members = new ArrayList<>();
    for (Class<?> type : types()) {
      List<Executable> own = new ArrayList<>();
      for (Constructor<?> c : type.getDeclaredConstructors()) {
        if (Modifier.isPublic(c.getModifiers()) && !Modifier.isAbstract(type.getModifiers()) && !c.isSynthetic()) {
          own.add(c);
        }
      }
      for (Method m : type.getDeclaredMethods()) {
        if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge() && !isEnumBoilerplate(type, m)) {
          own.add(m);
        }
      }
      own.sort(Comparator.comparing(ExportedApi::signature));
      members.addAll(own);
    }
    return members;
  }

  /** Tells whether parameter {@code i} of {@code member} is annotated {@code @Nullable}. */
  static boolean nullable(Executable member, int i) {
    return nullable(member.getAnnotatedParameterTypes()[i]);
  }

  static boolean nullable(AnnotatedType type) {
    return type.isAnnotationPresent(Nullable.class);
  }

  /** A readable, stable signature such as {@code Cycle.of(String, String, LocalDate, LocalDate)}. */
  static String signature(Executable member) {
    StringBuilder sb = new StringBuilder(simpleName(member.getDeclaringClass()));
    sb.append('.').append(member instanceof Constructor ? "new" : member.getName()).append('(');
    Class<?>[] params = member.getParameterTypes();
    for (int i = 0; i < params.length; i++) {
      sb.append(i == 0 ? "" : ", ").append(simpleName(params[i]));
    }
    return sb.append(')').toString();
  }

  static String simpleName(Class<?> type) {
    if (type.isArray()) {
      return simpleName(type.getComponentType()) + "[]";
    }
    Class<?> outer = type.getEnclosingClass();
    return outer == null ? type.getSimpleName() : simpleName(outer) + "." + type.getSimpleName();
  }

  private static boolean isEnumBoilerplate(Class<?> type, Method m) {
    return type.isEnum() && Modifier.isStatic(m.getModifiers())
        && (m.getName().equals("values") && m.getParameterCount() == 0
            || m.getName().equals("valueOf") && m.getParameterCount() == 1 && m.getParameterTypes()[0] == String.class);
  }

  private static boolean isApi(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isLocalClass()) {
        return false;
      }
    }
    return true;
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, OkrSet.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Path classesDirectory() {
    try {
      Path location = Path.of(OkrSet.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (!Files.isDirectory(location)) {
        throw new IllegalStateException("okr-core's classes are expected in a directory, not " + location);
      }
      return location;
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> exportedPackages(Path classes) {
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      return ModuleDescriptor.read(in).exports().stream()
          .filter(e -> !e.isQualified())
          .map(ModuleDescriptor.Exports::source)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
