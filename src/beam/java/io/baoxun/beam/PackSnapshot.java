package io.baoxun.beam;

import io.baoxun.diag.PackException;
import io.baoxun.rule.Pack;
import io.baoxun.rule.PackLoader;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A pack's files ({@code grammar/} and {@code rules/}, lexicons included) carried inside the
 * pipeline, so workers on other machines load the very pack the driver checked, with no shared
 * folder. A pack is small text; the pipeline ships it once per worker.
 */
public final class PackSnapshot implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final List<String> FOLDERS = List.of("grammar", "rules");

  /** Relative path (with {@code /}) to content. */
  private final TreeMap<String, byte[]> files;

  private PackSnapshot(TreeMap<String, byte[]> files) {
    this.files = files;
  }

  /** Reads the pack folder's {@code grammar/} and {@code rules/} trees. */
  public static PackSnapshot of(Path packDir) throws IOException {
    TreeMap<String, byte[]> files = new TreeMap<>();
    Path base = packDir.toString().isEmpty() ? Path.of(".") : packDir;
    for (String folder : FOLDERS) {
      Path dir = base.resolve(folder);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> s = Files.walk(dir)) {
        for (Path f : s.filter(Files::isRegularFile).toList()) {
          files.put(base.relativize(f).toString().replace(java.io.File.separatorChar, '/'), Files.readAllBytes(f));
        }
      }
    }
    return new PackSnapshot(files);
  }

  /** The files, by relative path. */
  public Map<String, byte[]> files() {
    return java.util.Collections.unmodifiableMap(files);
  }

  /**
   * Writes the files to a fresh temporary folder and loads the pack from it; the folder is removed
   * again once loaded (a loaded pack reads no files).
   */
  public Pack load() {
    Path dir;
    try {
      dir = Files.createTempDirectory("baoxun-pack");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make a folder for the pack: " + e.getMessage(), e);
    }
    try {
      for (Map.Entry<String, byte[]> e : files.entrySet()) {
        Path f = dir.resolve(e.getKey());
        Files.createDirectories(f.getParent());
        Files.write(f, e.getValue());
      }
      return PackLoader.load(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the pack to " + dir + ": " + e.getMessage(), e);
    } catch (PackException e) {
      // The driver loaded the same files before the run started, so this means a broken copy.
      throw new IllegalStateException("the pack does not load on this worker: " + e.getMessage(), e);
    } finally {
      delete(dir);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // A leftover temporary folder costs a little disk, never a wrong result.
    }
  }
}
