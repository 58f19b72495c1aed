/**
 * A test kit for the JUnit 5 suites of projects that depend on baoxun's output: {@link
 * io.baoxun.testkit.Baoxun} runs a pack in the test, {@link io.baoxun.testkit.BaoxunAssertions}
 * asserts on its facts with AssertJ, and {@link io.baoxun.testkit.GoldenTests} turns a folder of
 * inputs and their golden snapshots into dynamic tests. JUnit Jupiter's API and AssertJ are the
 * suite's own dependencies (baoxun compiles against them with scope {@code provided}), so the
 * command-line jar never needs them.
 */
package io.baoxun.testkit;
