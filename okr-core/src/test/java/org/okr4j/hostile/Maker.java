package org.okr4j.hostile;

import io.vavr.collection.HashMap;
import io.vavr.collection.TreeMap;
import io.vavr.collection.TreeSet;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.AnnotatedTypeVariable;
import java.lang.reflect.AnnotatedWildcardType;
import java.lang.reflect.Array;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Makes {@link Call}s: a receiver from the {@link Pool} (or a fresh builder with a few setters
 * applied), and for every parameter a value of its declared type, hostile JDK values for JDK types,
 * pooled okr4j values for okr4j types, and Vavr containers of either. {@code null} is passed often
 * where a parameter is {@code @Nullable} and rarely where it is not (recorded, so that the test can
 * tell a contract violation from input).
 */
final class Maker {

  private final Pool pool;
  private final List<Executable> members;
  private final java.util.Map<Class<?>, List<Executable>> builderSources = new java.util.HashMap<>();
  private final java.util.Map<Class<?>, List<Method>> builderSetters = new java.util.HashMap<>();

  Maker(Pool pool, List<Executable> members) {
    this.pool = pool;
    this.members = members;
  }

  /** Types whose instances are mutable builders: a fresh one is made for every call. */
  static boolean isBuilder(Class<?> type) {
    return type.getSimpleName().endsWith("Builder");
  }

  Call make(Executable member, Dice d) {
    Call call = new Call(member);
    Object receiver = null;
    String receiverText = "";
    if (member instanceof Method m && !Modifier.isStatic(m.getModifiers())) {
      Class<?> type = m.getDeclaringClass();
      if (isBuilder(type)) {
        receiver = freshBuilder(type, d, call);
        receiverText = "builder.";
      } else {
        List<Pool.Entry> entries = pool.of(type);
        if (entries.isEmpty()) {
          call.unreachable = true;
          return call;
        }
        Pool.Entry e = d.pick(entries);
        receiver = e.value();
        receiverText = "«" + e.origin() + "».";
      }
      if (receiver == null) {
        call.unreachable = true;
        return call;
      }
    }
    Object[] args = arguments(member, d, call);
    if (call.unreachable) {
      return call;
    }
    call.step = new Call.Step(member, receiver, args, receiverText + describe(member, args));
    return call;
  }

  private Object[] arguments(Executable member, Dice d, Call call) {
    AnnotatedType[] types = member.getAnnotatedParameterTypes();
    Object[] args = new Object[types.length];
    for (int i = 0; i < types.length && !call.unreachable; i++) {
      args[i] = value(types[i], d, call, ExportedApi.signature(member) + "#" + i);
    }
    return args;
  }

  String describe(Executable member, Object[] args) {
    StringBuilder sb = new StringBuilder(ExportedApi.signature(member).replaceAll("\\(.*", "")).append('(');
    for (int i = 0; i < args.length; i++) {
      sb.append(i == 0 ? "" : ", ").append(show(args[i]));
    }
    return sb.append(')').toString();
  }

  private String show(@Nullable Object value) {
    if (value instanceof Object[] array) {
      List<String> parts = new ArrayList<>();
      for (Object x : array) {
        parts.add(show(x));
      }
      return "[" + String.join(", ", parts) + "]";
    }
    if (value != null && value.getClass().getName().startsWith("org.okr4j.") && !(value instanceof Enum)
        && !(value instanceof Hostile.Mutant)) {
      String origin = pool.originOf(value);
      return "«" + (origin == null ? value.getClass().getSimpleName() : origin) + "»";
    }
    if (value instanceof io.vavr.Value<?> v && !(value instanceof io.vavr.Lazy)) {
      List<String> parts = new ArrayList<>();
      for (Object x : v) {
        parts.add(show(x));
      }
      return v.stringPrefix() + "(" + String.join(", ", parts) + ")";
    }
    return Hostile.show(value);
  }

  private @Nullable Object freshBuilder(Class<?> type, Dice d, Call call) {
    List<Executable> sources = builderSources.computeIfAbsent(type, t -> members.stream()
        .filter(m -> m instanceof Method mm && mm.getReturnType() == t && mm.getParameterCount() == 0
            && !mm.getDeclaringClass().equals(t))
        .toList());
    if (sources.isEmpty()) {
      return null;
    }
    Method source = (Method) d.pick(sources);
    Object receiver = null;
    if (!Modifier.isStatic(source.getModifiers())) {
      List<Pool.Entry> entries = pool.of(source.getDeclaringClass());
      if (entries.isEmpty()) {
        return null;
      }
      receiver = d.pick(entries).value();
    }
    Object builder;
    try {
      builder = source.invoke(receiver);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(ExportedApi.signature(source) + " threw " + e.getCause(), e.getCause());
    }
    List<Method> setters = builderSetters.computeIfAbsent(type, t -> members.stream()
        .filter(m -> m instanceof Method mm && mm.getDeclaringClass() == t && mm.getReturnType() == t
            && !Modifier.isStatic(mm.getModifiers()))
        .map(Method.class::cast)
        .toList());
    int steps = setters.isEmpty() ? 0 : d.below(9);
    for (int i = 0; i < steps && !call.unreachable; i++) {
      Method setter = d.pick(setters);
      Object[] args = arguments(setter, d, call);
      call.preparation.add(new Call.Step(setter, builder, args, "builder." + describe(setter, args)));
    }
    return builder;
  }

  /** Makes a value of an annotated type; {@code where} names the parameter for reports. */
  @Nullable Object value(AnnotatedType at, Dice d, Call call, String where) {
    Type t = at.getType();
    boolean primitive = t instanceof Class<?> c && c.isPrimitive();
    if (!primitive) {
      boolean nullable = ExportedApi.nullable(at);
      if (nullable ? d.oneIn(5) : d.oneIn(Integer.getInteger("okr.hostile.nullOdds", 30))) {
        if (!nullable) {
          call.contractNulls.add(where);
        }
        return null;
      }
    }
    if (at instanceof AnnotatedParameterizedType pt) {
      Class<?> raw = (Class<?>) ((ParameterizedType) t).getRawType();
      return generic(raw, pt.getAnnotatedActualTypeArguments(), d, call, where);
    }
    if (at instanceof AnnotatedWildcardType w) {
      AnnotatedType[] upper = w.getAnnotatedUpperBounds();
      return upper.length == 0 ? plain(Object.class, d, call, where) : value(upper[0], d, call, where);
    }
    if (at instanceof AnnotatedTypeVariable v) {
      return value(v.getAnnotatedBounds()[0], d, call, where);
    }
    if (at instanceof AnnotatedArrayType a) {
      int n = d.below(4);
      Class<?> component = erase(a.getAnnotatedGenericComponentType().getType());
      Object array = Array.newInstance(component, n);
      for (int i = 0; i < n && !call.unreachable; i++) {
        Array.set(array, i, value(a.getAnnotatedGenericComponentType(), d, call, where + "[" + i + "]"));
      }
      return array;
    }
    return plain((Class<?>) t, d, call, where);
  }

  private static Class<?> erase(Type t) {
    if (t instanceof Class<?> c) {
      return c;
    }
    if (t instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    return Object.class;
  }

  private @Nullable Object plain(Class<?> c, Dice d, Call call, String where) {
    if (c == boolean.class || c == Boolean.class) {
      return d.oneIn(2);
    } else if (c == int.class || c == Integer.class) {
      return Hostile.integer(d);
    } else if (c == long.class || c == Long.class) {
      return Hostile.longValue(d);
    } else if (c == double.class || c == Double.class) {
      return d.pick(List.of(0.0, -0.0, 1.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e308));
    } else if (c == String.class || c == CharSequence.class) {
      return Hostile.string(d);
    } else if (c == BigDecimal.class || c == Number.class) {
      BigDecimal x = Hostile.decimal(d);
      if (d.oneIn(12)) {
        Hostile.Mutant m = new Hostile.Mutant(x);
        call.mutants.add(m);
        return m;
      }
      return x;
    } else if (c == LocalDate.class) {
      return Hostile.date(d);
    } else if (c == Instant.class) {
      return Hostile.instant(d);
    } else if (c == ZoneOffset.class) {
      return d.pick(List.of(ZoneOffset.UTC, ZoneOffset.MAX, ZoneOffset.MIN));
    } else if (c == ZoneId.class) {
      return d.pick(Hostile.ZONES);
    } else if (c == Locale.class) {
      return d.pick(Hostile.LOCALES);
    } else if (c == java.io.InputStream.class) {
      // a properties text made of hostile strings, as a resource stream would carry it
      String text = Hostile.string(d) + "=" + Hostile.string(d) + "\n" + Hostile.string(d);
      return new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } else if (c == ClassLoader.class) {
      return d.pick(List.of(ClassLoader.getSystemClassLoader(), Maker.class.getClassLoader()));
    } else if (c.isEnum()) {
      return d.pick(List.of(c.getEnumConstants()));
    } else if (c.isArray()) {
      int n = d.below(4);
      Object array = Array.newInstance(c.getComponentType(), n);
      for (int i = 0; i < n; i++) {
        Array.set(array, i, plain(c.getComponentType(), d, call, where + "[" + i + "]"));
      }
      return array;
    } else if (c == Object.class) {
      switch (d.below(3)) {
        case 0:
          return Hostile.string(d);
        case 1:
          return Hostile.decimal(d);
        default:
          List<Pool.Entry> all = pool.of(Object.class);
          return all.isEmpty() ? "x" : d.pick(all).value();
      }
    } else if (c.getName().startsWith("io.vavr.") || c.getName().startsWith("java.")) {
      return generic(c, new AnnotatedType[0], d, call, where);
    }
    List<Pool.Entry> entries = pool.of(c);
    if (entries.isEmpty()) {
      call.unreachable = true;
      return null;
    }
    return d.pick(entries).value();
  }

  private @Nullable Object generic(Class<?> raw, AnnotatedType[] args, Dice d, Call call, String where) {
    java.util.function.IntFunction<Object> arg = i -> i < args.length
        ? value(args[i], d, call, where + "<" + i + ">")
        : plain(Object.class, d, call, where);
    if (raw == Option.class) {
      return d.oneIn(3) ? Option.none() : Option.of(arg.apply(0));
    }
    if (raw == Validation.class || raw == Either.class) {
      boolean right = d.oneIn(2);
      Object inside = arg.apply(right ? 1 : 0);
      if (inside == null) {
        call.unreachable = true; // Vavr refuses null inside; the contract null is not the member's input
        return null;
      }
      if (raw == Validation.class) {
        return right ? Validation.valid(inside) : Validation.invalid(inside);
      }
      return right ? Either.right(inside) : Either.left(inside);
    }
    if (raw == Function.class) {
      Object result = arg.apply(1);
      return (Function<Object, Object>) x -> result;
    }
    if (raw == Supplier.class) {
      Object result = arg.apply(0);
      return (Supplier<Object>) () -> result;
    }
    if (raw == Predicate.class) {
      boolean result = d.oneIn(2);
      return (Predicate<Object>) x -> result;
    }
    if (raw == io.vavr.collection.Map.class || raw == io.vavr.collection.SortedMap.class) {
      int n = d.below(5);
      TreeMap<Object, Object> map = TreeMap.empty(ORDER);
      for (int i = 0; i < n && !call.unreachable; i++) {
        map = map.put(arg.apply(0), arg.apply(1));
      }
      return raw == io.vavr.collection.Map.class && d.oneIn(2) ? HashMap.ofEntries(map) : map;
    }
    int n = d.oneIn(10) ? d.below(12) : d.below(4);
    List<Object> elements = new ArrayList<>();
    for (int i = 0; i < n && !call.unreachable; i++) {
      elements.add(arg.apply(0));
    }
    if (raw == io.vavr.collection.Set.class || raw == io.vavr.collection.SortedSet.class) {
      return TreeSet.ofAll(ORDER, elements);
    }
    if (raw == java.util.List.class || raw == java.util.Collection.class || raw == Iterable.class && d.oneIn(2)) {
      return elements;
    }
    if (raw.isAssignableFrom(io.vavr.collection.List.class)) {
      return io.vavr.collection.List.ofAll(elements);
    }
    if (raw.isAssignableFrom(io.vavr.collection.Vector.class)) {
      return io.vavr.collection.Vector.ofAll(elements);
    }
    List<Pool.Entry> entries = pool.of(raw);
    if (entries.isEmpty()) {
      call.unreachable = true;
      return null;
    }
    return d.pick(entries).value();
  }

  /** Orders anything: natural order for comparable values of one class, else by class and text. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static final Comparator<Object> ORDER = (a, b) -> {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : -1) : 1;
    }
    if (a.getClass() == b.getClass() && a instanceof Comparable ca) {
      return ca.compareTo(b);
    }
    int byClass = a.getClass().getName().compareTo(b.getClass().getName());
    return byClass != 0 ? byClass : Integer.compare(a.hashCode(), b.hashCode());
  };
}
