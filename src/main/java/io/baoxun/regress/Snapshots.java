package io.baoxun.regress;

import java.nio.file.Path;

/** Where the golden snapshot of an input lives: {@code GOLDEN_DIR/<input file name>.jsonl}. */
public final class Snapshots {
  private Snapshots() {}

  /** {@code seeds/000_x.txt} → {@code GOLDEN_DIR/000_x.jsonl}; a {@code .jsonl} input keeps its name. */
  public static Path of(Path goldenDir, String inputName) {
    String file = Path.of(inputName).getFileName().toString();
    int dot = file.lastIndexOf('.');
    String base = dot > 0 ? file.substring(0, dot) : file;
    return goldenDir.resolve(base + ".jsonl");
  }
}
