/**
 * Checks (validators): what must hold between the facts of a document or of a run, and the
 * findings that say whether it does.
 *
 * <p>A {@link io.baoxun.check.CheckSpec} carries a check's metadata (id, summary, severity), its
 * {@link io.baoxun.check.Selection} (which facts are judged together: one fact, an article, a
 * document, or consecutive facts across documents) and its {@link io.baoxun.check.Judge}: the
 * compiled {@code require} of a check written in a rule file (the rule language compiles it, see
 * {@code io.baoxun.rule.CheckChecker}), or a {@link io.baoxun.check.JavaCheck} found with {@link
 * java.util.ServiceLoader}. A pack's checks form a {@link io.baoxun.check.CheckSet}; the document
 * pipeline runs {@link io.baoxun.check.CheckSet#document} on each document's facts, and a {@link
 * io.baoxun.check.CrossDocumentChecker} keeps the keyed values the checks across documents need.
 *
 * <p>Amounts are {@link io.baoxun.check.Amount} intervals of exact decimals (hedged and ranged
 * quantities, a percent's written precision); conditions are three-valued {@link
 * io.baoxun.check.Truth}s, so a check that cannot decide reports skip with the reason.
 */
package io.baoxun.check;
