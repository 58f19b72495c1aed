/**
 * baoxun as an Apache Beam pipeline, for archives larger than one machine: {@link
 * io.baoxun.beam.ReadInputs} reads documents as {@code extract} does, {@link
 * io.baoxun.beam.ExtractRecords} turns them into the contract's JSON Lines records (the pack loaded
 * once per worker; the checks within a document run with it, the checks across documents after a
 * group by key), and {@link io.baoxun.beam.PipelineMain} is {@code baoxun pipeline}.
 *
 * <p>Built only under the Maven profile {@code beam}, into {@code target/baoxun-beam.jar}; the core
 * jar and library never see Beam.
 */
package io.baoxun.beam;
