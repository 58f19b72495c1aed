package io.baoxun.beam;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline on a real engine: Beam's Flink runner with an embedded Flink cluster ({@code
 * --flinkMaster=[local]}), two parallel tasks, so documents, keys and shards are spread over
 * workers that each load the pack. The same records as {@code extract}.
 */
class FlinkRunnerTest {
  @TempDir Path tmp;

  @Test
  void anEmbeddedFlinkClusterGivesTheRecordsOfExtract() throws Exception {
    List<String> args = new ArrayList<>(Corpus.write(tmp.resolve("corpus")));
    args.add("seeds/");
    Runs.Run extract = Runs.extract(args);

    List<String> flink = new ArrayList<>(List.of("--runner", "FlinkRunner", "--flinkMaster=[local]", "--parallelism=2"));
    flink.addAll(args);
    Runs.Run pipeline = Runs.pipeline(tmp.resolve("out"), flink);

    assertThat(pipeline.status()).as(pipeline.err()).isEqualTo(3);
    assertThat(pipeline.records()).containsExactlyElementsOf(extract.records());
    assertThat(pipeline.records())
        .anyMatch(r -> r.contains("\"check\":\"bulletin.cumulative_monotone\",\"status\":\"fail\""))
        .anyMatch(r -> r.contains("\"check\":\"bulletin.cumulative_cases_monotone\""))
        .anyMatch(r -> r.contains("\"doc\":\"seeds/004_009bc119fcff7121.txt\""));
  }
}
