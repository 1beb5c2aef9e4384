package org.steerdesk.contests;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The secretariat's list of similar entries at its worst (issue 21): 2,006 identical entries (every
 * pair a candidate), and 2,000 different ones (few candidates). Run with
 * {@code ./mvnw -Pbench verify -Dbench.args="SimilarityBenchmark -f 1 -wi 2 -i 5 -w 1s -r 2s"}.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@BenchmarkMode(Mode.AverageTime)
public class SimilarityBenchmark {

	List<String> codes = new ArrayList<>();

	List<long[]> identical = new ArrayList<>();

	List<long[]> different = new ArrayList<>();

	@Setup(Level.Trial)
	public void entries() {
		long[] same = Fingerprints.values(Fingerprints.of("Giữ vững trận địa tư tưởng của Đảng trong thời kỳ mới, bài dự thi chính luận"));
		java.util.Random random = new java.util.Random(21);
		for (int i = 0; i < 2006; i++) {
			codes.add("E" + i);
			identical.add(same);
			StringBuilder text = new StringBuilder();
			for (int w = 0; w < 400; w++) {
				text.append("tu").append(random.nextInt(5000)).append(' ');
			}
			different.add(Fingerprints.values(Fingerprints.of(text.toString())));
		}
	}

	@Benchmark
	public int identicalEntries() {
		return ContestProgress.similar(codes, identical).pairs().size();
	}

	@Benchmark
	public int differentEntries() {
		return ContestProgress.similar(codes, different.subList(0, 2000)).pairs().size();
	}
}
