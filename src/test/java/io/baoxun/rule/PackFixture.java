package io.baoxun.rule;

import io.baoxun.diag.Diagnostic;
import io.baoxun.diag.PackException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A pack in a temporary folder: the test pack's grammar and lexicons, and rule files a test writes. */
final class PackFixture {
  final Path dir;

  PackFixture(Path tmp) {
    this.dir = tmp;
    TestPacks.copy("testpack", tmp);
    try (var s = Files.list(tmp.resolve("rules"))) {
      for (Path p : s.filter(p -> p.toString().endsWith(".rules")).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  PackFixture rules(String file, String text) {
    try {
      Files.writeString(dir.resolve("rules").resolve(file), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  Pack load() {
    return TestPacks.load(dir, new TestValues());
  }

  /** The headlines of the problems, with paths relative to the pack ({@code rules/a.rules:3:9: ...}). */
  List<String> problems() {
    return diagnostics().stream().map(d -> d.headline().replace(dir + "/", "")).toList();
  }

  List<Diagnostic> diagnostics() {
    try {
      PackLoader.load(dir, new TestValues());
    } catch (PackException e) {
      return e.diagnostics();
    }
    throw new AssertionError("the pack loaded without problems");
  }
}
