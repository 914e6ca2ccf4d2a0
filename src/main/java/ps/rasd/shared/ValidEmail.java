package ps.rasd.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Bean Validation of an optional e-mail field by {@link EmailAddress}, the rule the mail outbox applies too: blank
 * passes (add {@code @NotBlank} when required), anything else must be an address the outbox will queue. Message code
 * {@code ValidEmail} in the shared bundle.
 */
@Documented
@Constraint(validatedBy = ValidEmail.Checker.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD,
		ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidEmail {

	String message() default "{ValidEmail}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** The validator behind {@link ValidEmail}. */
	final class Checker implements ConstraintValidator<ValidEmail, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return EmailAddress.isAbsentOrValid(value);
		}
	}
}
