package ps.rasd.platform.web;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import ps.rasd.shared.Formats;

/** Gives every template {@code #fmt}: the {@link Formats} of the page's language. */
@Component
class FormatsDialect extends AbstractDialect implements IExpressionObjectDialect {

	FormatsDialect() {
		super("rasd-formats");
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of("fmt");
			}

			@Override
			public Object buildObject(IExpressionContext context, String name) {
				return Formats.of(context.getLocale());
			}

			@Override
			public boolean isCacheable(String name) {
				return true;
			}
		};
	}
}
