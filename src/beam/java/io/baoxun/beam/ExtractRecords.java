package io.baoxun.beam;

import io.baoxun.check.CrossDocumentChecker;
import io.baoxun.check.Finding;
import io.baoxun.check.Severity;
import io.baoxun.io.JsonLinesWriter;
import io.baoxun.pipeline.DocumentFacts;
import io.baoxun.pipeline.DocumentProcessor;
import io.baoxun.pipeline.DocumentResult;
import io.baoxun.rule.Pack;
import io.baoxun.rule.ReadContext;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Documents in, the contract's JSON Lines records out: for each document its {@code document}
 * record, its facts and the findings of its own checks (or one {@code error} record), then the
 * findings of the checks across documents. The same records as {@code baoxun extract} on the same
 * input, each line byte for byte; only their order is the runner's.
 *
 * <p>Each worker loads the pack once ({@link DoFn.Setup}) from a {@link PackSnapshot} and
 * processes documents with {@link DocumentProcessor}. For the checks across documents ({@code
 * bulletin.cumulative_monotone}) each document's worker sends on only what the check reads of the
 * facts it selects, keyed by check and key ({@code same region, activity}); after a group by key,
 * each key is judged on one worker, its facts in input order ({@link PlacedInput#place()}).
 *
 * <p>Counts in the metrics namespace {@value #METRICS}: {@code unreadable} inputs, and {@code
 * failed.error} / {@code failed.warning} findings.
 */
public final class ExtractRecords extends PTransform<PCollection<PlacedInput>, PCollection<String>> {
  private static final long serialVersionUID = 1L;

  public static final String METRICS = "baoxun";
  public static final String UNREADABLE = "unreadable";

  /** The name of the count of failed findings of checks of a severity ({@code error}, {@code warning}). */
  public static String failed(String severity) {
    return "failed." + severity;
  }

  private final PackSnapshot pack;
  private final Integer year;

  private ExtractRecords(PackSnapshot pack, Integer year) {
    this.pack = pack;
    this.year = year;
  }

  /** Extracts with this pack; years of dates are never guessed. */
  public static ExtractRecords with(PackSnapshot pack) {
    return new ExtractRecords(pack, null);
  }

  /** The year of dates printed without one, as {@code --year}. */
  public ExtractRecords withYear(int year) {
    return new ExtractRecords(pack, year);
  }

  private static final TupleTag<String> RECORDS = new TupleTag<>() {};
  private static final TupleTag<KV<KV<Integer, List<String>>, PlacedKept>> KEPT = new TupleTag<>() {};

  @Override
  public PCollection<String> expand(PCollection<PlacedInput> documents) {
    PCollectionTuple processed =
        documents.apply("Process", ParDo.of(new Process(pack, year)).withOutputTags(RECORDS, TupleTagList.of(KEPT)));
    PCollection<String> across =
        processed
            .get(KEPT)
            .setCoder(KvCoder.of(KvCoder.of(VarIntCoder.of(), ListCoder.of(StringUtf8Coder.of())), PlacedKeptCoder.of()))
            .apply("GroupByCheckAndKey", GroupByKey.create())
            .apply("JudgeAcrossDocuments", ParDo.of(new Judge(pack)));
    return PCollectionList.of(processed.get(RECORDS).setCoder(StringUtf8Coder.of()))
        .and(across)
        .apply("Records", Flatten.pCollections());
  }

  /** The records of one document, and what the checks across documents keep of it. */
  static final class Process extends DoFn<PlacedInput, String> {
    private static final long serialVersionUID = 1L;
    private final PackSnapshot pack;
    private final Integer year;
    private final Counter unreadable = Metrics.counter(METRICS, UNREADABLE);
    private final Tally failed = new Tally();
    private transient DocumentProcessor processor;
    private transient CrossDocumentChecker across;

    Process(PackSnapshot pack, Integer year) {
      this.pack = pack;
      this.year = year;
    }

    @Setup
    public void setup() {
      Pack loaded = pack.load();
      processor = new DocumentProcessor(loaded, year == null ? ReadContext.NONE : ReadContext.ofYear(year));
      across = loaded.checks().newCrossDocumentChecker();
    }

    @ProcessElement
    public void process(@Element PlacedInput in, MultiOutputReceiver out) {
      DocumentResult r = processor.process(in.input());
      StringWriter text = new StringWriter();
      JsonLinesWriter writer = new JsonLinesWriter(text);
      writer.accept(r);
      if (r instanceof DocumentResult.Processed p) {
        p.findings().forEach(failed::count);
        if (!across.isEmpty()) {
          CrossDocumentChecker.Observed o = across.select(DocumentFacts.refs(p.doc(), p.facts()));
          for (CrossDocumentChecker.Kept k : o.kept()) {
            out.get(KEPT).output(KV.of(KV.of(k.check(), k.key()), new PlacedKept(in.place(), k)));
          }
          for (CrossDocumentChecker.Located l : o.unplaced()) {
            writer.writeFinding(l.doc(), l.finding());
            failed.count(l.finding());
          }
        }
      } else {
        unreadable.inc();
      }
      lines(text, out.get(RECORDS));
    }
  }

  /** The findings of one check on one key, its facts taken in input order. */
  static final class Judge extends DoFn<KV<KV<Integer, List<String>>, Iterable<PlacedKept>>, String> {
    private static final long serialVersionUID = 1L;
    private final PackSnapshot pack;
    private final Tally failed = new Tally();
    private transient CrossDocumentChecker across;

    Judge(PackSnapshot pack) {
      this.pack = pack;
    }

    @Setup
    public void setup() {
      across = pack.load().checks().newCrossDocumentChecker();
    }

    @ProcessElement
    public void process(@Element KV<KV<Integer, List<String>>, Iterable<PlacedKept>> group, OutputReceiver<String> out) {
      List<PlacedKept> placed = new ArrayList<>();
      group.getValue().forEach(placed::add);
      placed.sort(PlacedKept.INPUT_ORDER);
      List<CrossDocumentChecker.Kept> kept = placed.stream().map(PlacedKept::kept).toList();
      StringWriter text = new StringWriter();
      JsonLinesWriter writer = new JsonLinesWriter(text);
      for (CrossDocumentChecker.Located l : across.judge(group.getKey().getKey(), kept)) {
        writer.writeFinding(l.doc(), l.finding());
        failed.count(l.finding());
      }
      lines(text, out);
    }
  }

  /** Counts failed findings by the severity of their check. */
  static final class Tally implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final Counter error = Metrics.counter(METRICS, failed("error"));
    private final Counter warning = Metrics.counter(METRICS, failed("warning"));

    void count(Finding f) {
      if (f.status().equals("fail")) {
        Severity.byLabel(f.severity()).ifPresent(s -> (s == Severity.WARNING ? warning : error).inc());
      }
    }
  }

  /** JSON never holds a raw line break, so the writer's text splits into records at each one. */
  private static void lines(StringWriter text, DoFn.OutputReceiver<String> out) {
    String s = text.toString();
    int from = 0;
    for (int nl = s.indexOf('\n'); nl >= 0; nl = s.indexOf('\n', from)) {
      out.output(s.substring(from, nl));
      from = nl + 1;
    }
    if (from != s.length()) {
      throw new UncheckedIOException(new IOException("a record did not end its line"));
    }
  }
}
