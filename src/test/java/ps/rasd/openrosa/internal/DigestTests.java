package ps.rasd.openrosa.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reading an {@code Authorization: Digest} header and checking its proof, with the example of RFC 7616 §3.9.1. */
class DigestTests {

	/** RFC 7616's example, with this server's realm: user Mufasa, password "Circle of Life". */
	private static final String HEADER = "Digest username=\"Mufasa\", realm=\"rasd\", "
			+ "uri=\"/dir/index.html\", algorithm=%s, nonce=\"7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v\", "
			+ "nc=00000001, cnonce=\"f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ\", qop=auth, "
			+ "response=\"%s\", opaque=\"FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS\"";

	@Test
	void aProofMadeWithThePasswordIsAcceptedInBothAlgorithmsAndAnotherIsNot() {
		for (Digest.Algorithm algorithm : Digest.Algorithm.values()) {
			String ha1 = Digest.ha1(algorithm, "Mufasa", "Circle of Life");
			String ha2 = algorithm.hash("GET:/dir/index.html");
			String proof = algorithm.hash(ha1 + ":7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v:00000001:"
					+ "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ:auth:" + ha2);

			Digest.Credentials c = Digest.Credentials
				.parse(HEADER.formatted(algorithm.headerName(), proof.toUpperCase())).orElseThrow();

			assertThat(c.username()).isEqualTo("Mufasa");
			assertThat(c.algorithm()).isEqualTo(algorithm);
			assertThat(c.provenBy(ha1, "GET")).as(algorithm.headerName()).isTrue();
			assertThat(c.provenBy(ha1, "POST")).isFalse();
			assertThat(c.provenBy(Digest.ha1(algorithm, "Mufasa", "circle of life"), "GET")).isFalse();
		}
	}

	@Test
	void aHeaderWithoutQopAuthInAnotherRealmOrWithAnUnknownAlgorithmIsNotRead() {
		assertThat(Digest.Credentials.parse(HEADER.formatted("MD5", "00"))).isPresent();
		assertThat(Digest.Credentials.parse(HEADER.formatted("SHA-512-256", "00"))).isEmpty();
		assertThat(Digest.Credentials.parse(HEADER.formatted("MD5", "00").replace("qop=auth", "qop=auth-int")))
			.isEmpty();
		assertThat(Digest.Credentials.parse(HEADER.formatted("MD5", "00").replace("\"rasd\"", "\"other\""))).isEmpty();
		assertThat(Digest.Credentials.parse(HEADER.formatted("MD5", "00").replace("nc=00000001, ", ""))).isEmpty();
		assertThat(Digest.Credentials.parse("Basic TXVmYXNhOkNpcmNsZQ==")).isEmpty();
		assertThat(Digest.Credentials.parse(null)).isEmpty();
	}

	@Test
	void aQuotedValueMayHoldCommasAndEscapedQuotes() {
		Digest.Credentials c = Digest.Credentials.parse(HEADER.formatted("MD5", "00")
			.replace("username=\"Mufasa\"", "username=\"a, \\\"b\\\"\"")).orElseThrow();

		assertThat(c.username()).isEqualTo("a, \"b\"");
		assertThat(c.uri()).isEqualTo("/dir/index.html");
	}
}
