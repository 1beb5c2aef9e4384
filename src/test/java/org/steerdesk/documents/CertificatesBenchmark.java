package org.steerdesk.documents;

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
 * The certificates of a 2,000-recipient decision rendered once (issue 21: afterwards they are read
 * back as kept, so this is the cost of the first request only). Run with
 * {@code ./mvnw -Pbench verify -Dbench.args="CertificatesBenchmark -f 1 -bm ss -wi 1 -i 3"}.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@BenchmarkMode(Mode.SingleShotTime)
public class CertificatesBenchmark {

	List<Certificate> certificates = new ArrayList<>();

	@Setup(Level.Trial)
	public void recipients() {
		for (int i = 0; i < 2000; i++) {
			certificates.add(new Certificate("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN", "TẶNG", "BẰNG KHEN", "Ông Nguyễn Văn Người Nhận Số " + i,
					"Chuyên viên, Ban Tuyên giáo Huyện ủy Tràng Định", "Đã có thành tích xuất sắc trong công tác thông tin đối ngoại năm 2022",
					"Quyết định số 2150/QĐ-UBND ngày 05/12/2022", "Lạng Sơn, ngày 05 tháng 12 năm 2022", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
					"Đoàn Thu Hà"));
		}
	}

	@Benchmark
	public int twoThousandCertificates() {
		return new CertificateWriter().write(certificates).length;
	}
}
