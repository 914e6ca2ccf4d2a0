package ps.rasd.geography.web;

import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import ps.rasd.geography.GeographyManagement;

/**
 * Gives every template {@code #places}: names of governorates in the page's language, so that a page holding only a
 * governorate's code (a person, a membership, an attendee) shows its name and never the raw PCBS code.
 */
@Component
class PlacesDialect extends AbstractDialect implements IExpressionObjectDialect {

	private final GeographyManagement geography;

	PlacesDialect(GeographyManagement geography) {
		super("rasd-places");
		this.geography = geography;
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of("places");
			}

			@Override
			public Object buildObject(IExpressionContext context, String name) {
				return new Places(geography, context.getLocale());
			}

			@Override
			public boolean isCacheable(String name) {
				return true;
			}
		};
	}

	/** The names of one page's language. */
	public record Places(GeographyManagement geography, Locale locale) {

		/** The governorate's name in the page's language; the code itself when unknown, nothing when blank. */
		public String governorate(String code) {
			if (code == null || code.isBlank()) {
				return "";
			}
			return geography.governorate(code.strip()).map(g -> g.name().in(locale)).orElse(code);
		}
	}
}
