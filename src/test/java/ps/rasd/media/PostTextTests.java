package ps.rasd.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PostTextTests {

	private static final PostText.Platform X = PostText.PLATFORMS.get(0);

	@Test
	void xCountsALinkAsTwentyThreeAndArabicLettersAsOneEach() {
		assertThat(PostText.length(X, "مياه https://rasd.example.org/library/a-very-long-address-of-a-study"))
			.isEqualTo(4 + 1 + 23);
		assertThat(PostText.length(X, "水")).isEqualTo(2);
		assertThat(PostText.length(X, "😀")).isEqualTo(2);
	}

	@Test
	void aLongArabicSummaryIsCutAtAWordToFitXWithItsHashtagsAndLink() {
		String summary = "رصد المتطوعون انقطاع المياه عن المنازل لأكثر من أربعة أيام متتالية ".repeat(8);
		String post = PostText.compose(X, "انتظام ضخ المياه في المخيمات", summary, List.of("مياه", "رصد"),
				"https://rasd.example.org/library/water-in-camps-2026");

		assertThat(PostText.length(X, post)).isLessThanOrEqualTo(280);
		assertThat(post).startsWith("انتظام ضخ المياه في المخيمات\n").contains("…\n#مياه #رصد\n")
			.endsWith("https://rasd.example.org/library/water-in-camps-2026");
	}

	@Test
	void aShortPostIsKeptWhole() {
		String post = PostText.compose(PostText.PLATFORMS.get(1), "Water in camps", "Six months of monitoring.",
				List.of("Rasd"), "https://rasd.example.org/library/w");

		assertThat(post).isEqualTo("Water in camps\nSix months of monitoring.\n#Rasd\nhttps://rasd.example.org/library/w");
	}
}
