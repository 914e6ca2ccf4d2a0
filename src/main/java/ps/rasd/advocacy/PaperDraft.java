package ps.rasd.advocacy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A position paper or policy brief as written: a line starting with {@code #} is a heading, blank lines separate
 * paragraphs, and {@code [n]} cites the campaign's citation number n (printed as a numbered footnote).
 *
 * @param kind a position paper or a policy brief
 * @param language {@code ar} or {@code en}
 * @param title the title
 * @param body the text
 */
public record PaperDraft(@NotNull PaperKind kind, @NotBlank @Pattern(regexp = "ar|en") String language,
		@NotBlank @Size(max = 400) String title, @NotBlank @Size(max = 400000) String body) {
}
