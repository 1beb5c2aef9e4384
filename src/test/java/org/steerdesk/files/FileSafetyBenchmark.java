package org.steerdesk.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The worst cases of the file operations (issue 21), each within the default bounds: measuring a
 * package that unpacks to just under 100 MB and refusing one that unpacks to 1 GB; reading the text
 * of a PDF whose page inflates to just under 64 MB and refusing one that inflates to 1 GB; the safe
 * copies of a DOCX and a PDF carrying every metadata carrier. Run with
 * {@code ./mvnw -Pbench verify -Dbench.args="FileSafetyBenchmark -f 1 -wi 1 -i 3 -w 1s -r 2s"}.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@BenchmarkMode(Mode.AverageTime)
public class FileSafetyBenchmark {

	static final Packages.Limits PACKAGES = new Packages.Limits(100L << 20, 1000);

	static final FileText.Limits TEXT = new FileText.Limits(2_000_000, 2000, 64L << 20, Duration.ofSeconds(20));

	Path packageUnder;

	Path packageBomb;

	Path pdfUnder;

	Path pdfBomb;

	Path hostileDocx;

	Path hostilePdf;

	@Setup(Level.Trial)
	public void files() throws IOException {
		packageUnder = HostileFilesTests.temp(HostileFiles.docxBomb(95L << 20));
		packageBomb = HostileFilesTests.temp(HostileFiles.docxBomb(1L << 30));
		pdfUnder = HostileFilesTests.temp(HostileFiles.pdfBomb(60L << 20));
		pdfBomb = HostileFilesTests.temp(HostileFiles.pdfBomb(1L << 30));
		hostileDocx = HostileFilesTests.temp(HostileFiles.docx("Nguyễn Văn Tâm", EnumSet.allOf(HostileFiles.DocxCarrier.class)));
		hostilePdf = HostileFilesTests.temp(HostileFiles.pdf("Le Thi Hoa", EnumSet.allOf(HostileFiles.PdfCarrier.class)));
	}

	@TearDown(Level.Trial)
	public void delete() {
		for (Path p : new Path[] { packageUnder, packageBomb, pdfUnder, pdfBomb, hostileDocx, hostilePdf }) {
			p.toFile().delete();
		}
	}

	@Benchmark
	public boolean packageJustUnderTheLimit() throws Packages.Refused {
		Packages.check(packageUnder, PACKAGES);
		return true;
	}

	@Benchmark
	public String packageOf1GiBRefused() {
		try {
			Packages.check(packageBomb, PACKAGES);
			throw new IllegalStateException("not refused");
		}
		catch (Packages.Refused e) {
			return e.key;
		}
	}

	@Benchmark
	public int pdfTextJustUnderTheLimit() throws FileText.TooCostly {
		return FileText.read(pdfUnder, "application/pdf", TEXT).length();
	}

	@Benchmark
	public String pdfOf1GiBRefused() {
		try {
			FileText.read(pdfBomb, "application/pdf", TEXT);
			throw new IllegalStateException("not refused");
		}
		catch (FileText.TooCostly e) {
			return e.key;
		}
	}

	@Benchmark
	public int safeCopyOfAHostileDocx() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		DocxCopy.copy(hostileDocx, out);
		return out.size();
	}

	@Benchmark
	public int safeCopyOfAHostilePdf() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PdfCopy.copy(hostilePdf, out);
		return out.size();
	}
}
