package ps.rasd.cases.internal;

import java.util.List;

import ps.rasd.cases.PublicFinding;
import ps.rasd.cases.PublicFindings;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.spi.ShareableSource;

/**
 * The latest published findings for the social-media kit: only their published (redacted) title and story, and
 * their public card as the share image; never what the reporter wrote nor who reported.
 */
class FindingShareables implements ShareableSource {

	private final PublicFindings cases;

	FindingShareables(PublicFindings cases) {
		this.cases = cases;
	}

	@Override
	public String type() {
		return "finding";
	}

	@Override
	public List<Shareable> latest(int limit) {
		return cases.latestFindings(null, null, limit).stream().filter(f -> f.title() != null && !f.title().isBlank())
			.map(this::shareable).toList();
	}

	private Shareable shareable(PublicFinding f) {
		String path = "/findings/" + f.reference();
		LocalizedText story = f.story() == null || f.story().isBlank() ? null : new LocalizedText(f.story(), null);
		return new Shareable(type(), f.reference(), new LocalizedText(f.title(), null), story, path, List.of(),
				path + "/card.png", f.publishedAt());
	}
}
