package io.baoxun.rule;

import io.baoxun.check.JavaCheck;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** The {@link JavaCheck}s on the class path, by the name rule files give them. */
final class JavaChecks {
  private final Map<String, JavaCheck> byName = new TreeMap<>();
  private final Map<String, String> duplicates = new TreeMap<>();
  private final String failure;

  private JavaChecks(Iterable<JavaCheck> found, String failure) {
    this.failure = failure;
    for (JavaCheck c : found) {
      JavaCheck first = byName.putIfAbsent(c.name(), c);
      if (first != null && first.getClass() != c.getClass()) {
        duplicates.put(c.name(), first.getClass().getName() + " and " + c.getClass().getName());
      }
    }
  }

  /** The checks {@link ServiceLoader} finds for the thread's class loader. */
  static JavaChecks load() {
    try {
      return new JavaChecks(
          ServiceLoader.load(JavaCheck.class, Thread.currentThread().getContextClassLoader()), null);
    } catch (ServiceConfigurationError e) {
      return new JavaChecks(java.util.List.of(), e.getMessage());
    }
  }

  /** The check of this name, or an explanation for the rule author why there is none. */
  Lookup find(String name) {
    if (duplicates.containsKey(name)) {
      return new Lookup(null, "two Java checks are named '" + name + "': " + duplicates.get(name));
    }
    JavaCheck c = byName.get(name);
    if (c != null) {
      return new Lookup(c, null);
    }
    String why = "no Java check named '" + name + "' on the class path";
    if (failure != null) {
      why += " (the service list is broken: " + failure + ")";
    } else if (!byName.isEmpty()) {
      why += Suggest.hint(name, byName.keySet(), "");
    } else {
      why += " (list implementations of io.baoxun.check.JavaCheck in META-INF/services)";
    }
    return new Lookup(null, why);
  }

  record Lookup(JavaCheck check, String problem) {}
}
