/** JMH benchmarks of okr4j with their hand-written baselines and a synthetic-organisation generator. */
package org.okr4j.benchmarks;
