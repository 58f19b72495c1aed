package io.baoxun.check;

/**
 * A check that needs code. Implementations are found with {@link java.util.ServiceLoader} (list
 * the class in {@code META-INF/services/io.baoxun.check.JavaCheck}) and named from a rule file,
 * which still declares the check's id, summary, severity, the facts it judges and its examples:
 *
 * <pre>
 * check mypack.labels_distinct {
 *   summary "no region is listed twice in a breakdown"
 *   severity warning
 *   for b in Breakdown
 *   java "labels_distinct"          # the name() of a JavaCheck
 *   example "..." { status = "fail" }
 * }
 * </pre>
 *
 * <p>An implementation has a public no-argument constructor, holds no mutable state (one instance
 * judges on every thread), and reports {@link Verdict#skip} with the reason when the facts do not
 * let it decide.
 */
public interface JavaCheck extends Judge {
  /** The name a rule file gives after {@code java}. */
  String name();
}
