package ps.rasd.media;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The facts of a media production an editor enters.
 *
 * @param slug the last part of its address, e.g. {@code water-tanks-sketch}
 * @param kindCode the kind, a code of the editable list ({@code TV_REPORT}, {@code THEATRE}...)
 * @param titleAr the Arabic title
 * @param titleEn the English title, may be blank
 * @param summaryAr what it shows, in Arabic, may be blank
 * @param summaryEn what it shows, in English, may be blank
 * @param about the finding or issue it is about: an address within Rasd (e.g. {@code /findings/12}), may be blank
 * @param partner the partner broadcaster or venue, may be blank
 * @param producedOn when it was made, may be {@code null}
 * @param releasedOn when it was first broadcast or shown, may be {@code null}
 * @param link where it can be watched or heard elsewhere ({@code https://...}), may be blank
 */
public record ProductionDraft(
		@NotBlank @Size(max = 120) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String slug,
		@NotBlank @Size(max = 40) String kindCode, @NotBlank @Size(max = 300) String titleAr,
		@Size(max = 300) String titleEn, @Size(max = 4000) String summaryAr, @Size(max = 4000) String summaryEn,
		@Size(max = 500) @Pattern(regexp = "(/[A-Za-z0-9/._~%-]*)?") String about, @Size(max = 300) String partner,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate producedOn,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate releasedOn,
		@Size(max = 500) @Pattern(regexp = "(https?://[^\\s<>\"]+)?") String link) {
}
