package ps.rasd.analytics.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;

import ps.rasd.analytics.ExportStatus;
import ps.rasd.analytics.ReportJobView;
import ps.rasd.analytics.ReportManagement;
import ps.rasd.analytics.ReportRequest;
import ps.rasd.shared.Formats;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.spi.LibrarySource;

/**
 * The finished periodic monitoring reports, offered to the publications library: taking one files its PDF (public
 * figures only, as written) as a research report of its period, governorate and sector.
 */
class ReportLibrarySource implements LibrarySource {

	private static final Locale ARABIC = Locale.forLanguageTag("ar");

	private final ReportManagement reports;

	private final MessageSource messages;

	ReportLibrarySource(ReportManagement reports, MessageSource messages) {
		this.reports = reports;
		this.messages = messages;
	}

	@Override
	public String name() {
		return "reports";
	}

	@Override
	public List<Offer> offers(RasdPrincipal reader, int limit) {
		return reports.recent(reader).stream().filter(job -> job.status() == ExportStatus.DONE).limit(limit)
			.map(job -> new Offer(String.valueOf(job.id()), title(job.request()), job.request().to()))
			.toList();
	}

	@Override
	public Optional<Document> document(String key, RasdPrincipal reader) {
		if (!key.matches("[0-9]{1,18}")) {
			return Optional.empty();
		}
		long id = Long.parseLong(key);
		Optional<ReportJobView> job = reports.recent(reader).stream()
			.filter(j -> j.id() == id && j.status() == ExportStatus.DONE).findFirst();
		if (job.isEmpty()) {
			return Optional.empty();
		}
		ReportRequest request = job.get().request();
		byte[] pdf;
		try {
			pdf = reports.file(id, reader);
		}
		catch (NotFoundException ex) {
			return Optional.empty();
		}
		String slug = "monitoring-report-" + request.from() + "-" + request.to()
				+ (request.governorateCode() == null ? "" : "-" + request.governorateCode())
				+ (request.sectorCode() == null ? "" : "-" + request.sectorCode().toLowerCase(Locale.ROOT));
		return Optional.of(new Document("RESEARCH_REPORT", slug.replaceAll("[^a-z0-9-]", "-"), title(request),
				messages.getMessage("analytics.library.authors", null, ARABIC), request.to(), request.language(),
				request.sectorCode(), request.governorateCode() == null ? List.of() : List.of(request.governorateCode()),
				null, List.of("/dashboards"), pdf));
	}

	private LocalizedText title(ReportRequest request) {
		return new LocalizedText(title(request, ARABIC), title(request, Locale.ENGLISH));
	}

	private String title(ReportRequest request, Locale locale) {
		Formats formats = Formats.of(locale);
		return messages.getMessage("analytics.library.title", new Object[] { formats.date(request.from()),
				formats.date(request.to()) }, locale);
	}
}
