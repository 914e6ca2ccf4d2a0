package ps.rasd.forms;

import java.util.List;

import ps.rasd.shared.LocalizedText;

/**
 * A group of questions shown together.
 *
 * @param name a unique name
 * @param title the heading
 * @param questions the questions, in order
 */
public record Section(String name, LocalizedText title, List<Question> questions) {

	public Section {
		questions = questions == null ? List.of() : List.copyOf(questions);
	}
}
