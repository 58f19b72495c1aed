package io.baoxun.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What a pack's files look like on disk: every file under {@code grammar/} and {@code rules/}
 * (lexicons included) with its size and modification time. Two fingerprints differ when a file was
 * added, removed, or written since; taking one reads no file, so it is cheap enough for every
 * request, and it needs no watcher thread.
 */
record PackFingerprint(List<Entry> files) {
  record Entry(String path, long size, long modifiedNanos) {}

  PackFingerprint {
    files = List.copyOf(files);
  }

  static PackFingerprint of(Path packDir) {
    Path base = packDir.toString().isEmpty() ? Path.of(".") : packDir;
    List<Entry> entries = new ArrayList<>();
    for (String folder : List.of("grammar", "rules")) {
      Path dir = base.resolve(folder);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> s = Files.walk(dir)) {
        for (Path p : s.sorted().toList()) {
          BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
          if (a.isRegularFile()) {
            entries.add(new Entry(base.relativize(p).toString(), a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS)));
          }
        }
      } catch (IOException | UncheckedIOException e) {
        // A file removed while walking, say: this scan then differs from the next full one, which reloads.
        entries.add(new Entry(folder + "/", -1, 0));
      }
    }
    return new PackFingerprint(entries);
  }
}
