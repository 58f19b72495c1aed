package io.baoxun.rule;

import io.baoxun.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A pack reads only its own files: a grammar, rule or lexicon file (or one of their folders) that
 * is a link leading outside the pack folder is refused, before anything is read through it.
 */
final class PackBoundary {
  private PackBoundary() {}

  /** The files of the pack the loaders would read that lie outside it, each as an error. */
  static List<Diagnostic> outside(Path packDir) {
    List<Diagnostic> out = new ArrayList<>();
    Path root;
    try {
      root = packDir.toRealPath();
    } catch (IOException e) {
      return out; // no pack folder: the loader says so
    }
    Path grammar = packDir.resolve("grammar");
    Path rules = packDir.resolve("rules");
    Path lexicons = rules.resolve("lexicons");
    check(root, packDir, grammar, ".g4", out);
    check(root, packDir, rules, ".rules", out);
    check(root, packDir, lexicons, ".txt", out);
    return out;
  }

  private static void check(Path root, Path packDir, Path dir, String ext, List<Diagnostic> out) {
    if (!Files.exists(dir)) {
      return;
    }
    if (!inside(root, dir)) {
      out.add(error(packDir, dir));
      return;
    }
    try (Stream<Path> s = Files.list(dir)) {
      for (Path f : s.filter(p -> p.getFileName().toString().endsWith(ext)).sorted().toList()) {
        if (!inside(root, f)) {
          out.add(error(packDir, f));
        }
      }
    } catch (IOException e) {
      // The loader reports a folder it cannot list.
    }
  }

  private static boolean inside(Path root, Path p) {
    try {
      return p.toRealPath().startsWith(root);
    } catch (IOException e) {
      return true; // a dangling link: the loader reports that it cannot be read
    }
  }

  private static Diagnostic error(Path packDir, Path p) {
    String target;
    try {
      target = p.toRealPath().toString();
    } catch (IOException e) {
      target = "?";
    }
    return Diagnostic.error(
        PackLoader.show(packDir, p), 0, 0,
        "a link to " + target + ", outside the pack; a pack reads only its own files (copy the file into the pack)");
  }
}
