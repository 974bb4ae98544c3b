/**
 * JMH microbenchmarks of the code that runs on every message, transaction or data access, and the
 * {@link org.sportello.jmh.Benchmarks} runner; how to run them and their figures are in
 * docs/performance.md. Classes are named {@code *Benchmark} so that surefire never runs them as tests.
 */
package org.sportello.jmh;
