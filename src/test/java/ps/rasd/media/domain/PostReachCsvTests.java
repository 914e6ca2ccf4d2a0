package ps.rasd.media.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import ps.rasd.shared.DomainException;

class PostReachCsvTests {

	@Test
	void readsAnXExportByPermalinkAndAnArabicExportByDay() {
		var x = PostReachCsv.read(new StringReader("""
				Tweet id,Tweet permalink,Tweet text,time,impressions,retweets
				1,https://x.com/rasd/status/1?s=20,"مياه",2026-12-10 09:00 +0000,"1,250",17
				2,,,,5,1
				"""));
		assertThat(x.rows()).singleElement().satisfies(r -> {
			assertThat(r.link()).isEqualTo("https://x.com/rasd/status/1?s=20");
			assertThat(r.views()).isEqualTo(1250);
			assertThat(r.shares()).isEqualTo(17);
			assertThat(r.audience()).isNull();
		});
		assertThat(x.bad()).singleElement().satisfies(b -> assertThat(b.code()).isEqualTo("media.calendar.no-post"));

		var arabic = PostReachCsv.read(new StringReader("التاريخ,الوصول,المشاركات\n١٠/١٢/٢٠٢٦,٣٤٠,x\n11/12/2026,90,2\n"));
		assertThat(arabic.rows()).singleElement().satisfies(r -> {
			assertThat(r.day()).isEqualTo(LocalDate.of(2026, 12, 11));
			assertThat(r.audience()).isEqualTo(90);
		});
		assertThat(arabic.bad()).singleElement()
			.satisfies(b -> assertThat(b.code()).isEqualTo("media.reach.bad-number"));
	}

	@Test
	void addressesMatchWhateverTheirQueryOrHost() {
		assertThat(PostReachCsv.comparable("http://www.facebook.com/rasd/posts/77/?ref=share"))
			.isEqualTo(PostReachCsv.comparable("https://facebook.com/rasd/posts/77"));
	}

	@Test
	void aFileWithoutPostOrFiguresIsRefused() {
		assertThatThrownBy(() -> PostReachCsv.read(new StringReader("views\n5\n"))).isInstanceOf(DomainException.class)
			.hasFieldOrPropertyWithValue("code", "media.calendar.no-post-column");
		assertThatThrownBy(() -> PostReachCsv.read(new StringReader("permalink,text\nhttps://x.com/1,a\n")))
			.isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("code", "media.reach.no-figures-column");
	}
}
