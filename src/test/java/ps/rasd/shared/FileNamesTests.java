package ps.rasd.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTests {

	@Test
	void removesControlCharactersAndPathsAndKeepsArabic() {
		assertThat(FileNames.clean("صورة المدرسة\u0000.jpg")).isEqualTo("صورة المدرسة.jpg");
		assertThat(FileNames.clean("C:\\Users\\rami\\نتائج\r\n.xlsx")).isEqualTo("نتائج.xlsx");
		assertThat(FileNames.clean("../../etc/passwd")).isEqualTo("passwd");
		assertThat(FileNames.clean("invoice\u202Egpj.exe")).as("a right-to-left override hides the extension")
			.isEqualTo("invoicegpj.exe");
		assertThat(FileNames.clean("می\u200Cخواهم.pdf")).as("the zero-width non-joiner of Persian is kept")
			.isEqualTo("می\u200Cخواهم.pdf");
		assertThat(FileNames.clean(null)).isEmpty();
		assertThat(FileNames.clean("\u0000")).isEmpty();
		assertThat(FileNames.clean("x".repeat(300))).hasSize(200);
	}
}
