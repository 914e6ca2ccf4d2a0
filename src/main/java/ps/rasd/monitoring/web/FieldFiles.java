package ps.rasd.monitoring.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import ps.rasd.evidence.ResumableUploads;
import ps.rasd.monitoring.VisitFile;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.RasdPrincipal;

/**
 * The files of a visit from the field app: sent in the request ({@code file.<question>}), or sent before through a
 * resumable upload that the visit names ({@code upload.<question>}: the upload's id).
 */
@Component
class FieldFiles {

	private final ResumableUploads uploads;

	FieldFiles(ResumableUploads uploads) {
		this.uploads = uploads;
	}

	/**
	 * @param files every file of the visit, open
	 * @param uploadIds the uploads they came from, erased once the visit arrived
	 * @param lost the questions whose upload is unknown or unfinished (expired, or another person's): the phone sends
	 * those again
	 */
	record Received(List<VisitFile> files, List<String> uploadIds, List<String> lost) implements AutoCloseable {

		@Override
		public void close() {
			for (VisitFile file : files) {
				try (InputStream content = file.content()) {
					// closed
				}
				catch (IOException | RuntimeException ex) {
					// nothing more to do with it
				}
			}
		}
	}

	Received receive(HttpServletRequest request, RasdPrincipal actor) {
		List<VisitFile> files = new ArrayList<>(VisitController.files(request));
		List<String> ids = new ArrayList<>();
		List<String> lost = new ArrayList<>();
		request.getParameterMap().forEach((name, values) -> {
			if (!name.startsWith("upload.") || values == null || values.length == 0 || values[0].isBlank()) {
				return;
			}
			String question = name.substring("upload.".length());
			if (files.stream().anyMatch(f -> f.question().equals(question))) {
				return;
			}
			try {
				files.add(new VisitFile(question, uploads.open(values[0].strip(), actor),
						"on".equals(request.getParameter("seal." + question))
								|| "true".equals(request.getParameter("seal." + question))));
				ids.add(values[0].strip());
			}
			catch (DomainException ex) {
				lost.add(question);
			}
		});
		return new Received(files, ids, lost);
	}

	/** The visit arrived: its uploads are no longer needed. */
	void taken(Received received, RasdPrincipal actor) {
		received.uploadIds().forEach(id -> uploads.discard(id, actor));
	}
}
