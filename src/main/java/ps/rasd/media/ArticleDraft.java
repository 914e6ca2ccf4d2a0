package ps.rasd.media;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an editor writes for a page or a news post. The bodies are HTML from the editor; only a safe subset is kept
 * (no script, no style, no event handler).
 *
 * @param slug the last part of the address, lower-case Latin letters, digits and hyphens, e.g. {@code about}
 * @param titleAr the Arabic title
 * @param titleEn the English title, may be blank
 * @param summaryAr a line or two for lists, feeds and shares, may be blank
 * @param summaryEn the English summary, may be blank
 * @param bodyAr the Arabic body (HTML)
 * @param bodyEn the English body (HTML), may be blank
 * @param tags comma-separated tags, may be blank
 * @param links related pages of Rasd (findings, polls, publications), one address per line, may be blank
 */
public record ArticleDraft(
		@NotBlank @Size(max = 120) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String slug,
		@NotBlank @Size(max = 300) String titleAr, @Size(max = 300) String titleEn,
		@Size(max = 1000) String summaryAr, @Size(max = 1000) String summaryEn,
		@NotBlank @Size(max = 150_000) String bodyAr, @Size(max = 150_000) String bodyEn,
		@Size(max = 500) String tags, @Size(max = 2000) String links) {
}
