package io.baoxun.beam;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MoveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.options.PipelineOptions;

/**
 * The folder a run writes its shards to, through Beam's file systems (a local folder, or hdfs://,
 * gs://... where the runner has them). Shards an earlier run left there are removed first: their
 * number can differ from this run's, and a reader of {@code records-*} must not mix two runs.
 */
final class ShardsFolder {
  private final String dir;

  private ShardsFolder(String dir) {
    this.dir = dir;
  }

  static ShardsFolder prepare(String out, PipelineOptions options) throws IOException {
    FileSystems.setDefaultPipelineOptions(options);
    // A local folder is made absolute here: workers do not share the launcher's current folder.
    String named = out.contains("://") ? out : Path.of(out).toAbsolutePath().normalize().toString();
    String dir = named.endsWith("/") ? named.substring(0, named.length() - 1) : named;
    if (!out.contains("://")) {
      Path local = Path.of(dir);
      if (Files.exists(local) && !Files.isDirectory(local)) {
        throw new IOException("it is a file, not a folder");
      }
      Files.createDirectories(local);
    }
    ShardsFolder f = new ShardsFolder(dir.isEmpty() ? "/" : dir);
    List<ResourceId> old = f.shards();
    if (!old.isEmpty()) {
      FileSystems.delete(old, MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
    }
    return f;
  }

  /** What TextIO writes to: shards are named {@code records-SSSSS-of-NNNNN.jsonl} under the folder. */
  String prefix() {
    return dir + "/" + PipelineMain.SHARD_PREFIX;
  }

  List<ResourceId> shards() throws IOException {
    MatchResult m = FileSystems.match(prefix() + "-*-of-*" + PipelineMain.SHARD_SUFFIX);
    List<ResourceId> out = new ArrayList<>();
    if (m.status() == MatchResult.Status.OK) {
      m.metadata().forEach(md -> out.add(md.resourceId()));
    }
    return out;
  }

  String describe() throws IOException {
    int n = shards().size();
    return n + (n == 1 ? " shard" : " shards") + " to " + dir + "/";
  }
}
