package kr.sangsaeng.company.web;

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
 * Text on one line that can be printed: no control characters, line breaks or invisible formatting characters
 * (such as the right-to-left override). {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = PlainText.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
@interface PlainText {

	String message() default "{company.error.unprintable}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<PlainText, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.codePoints().noneMatch(Validator::isUnprintable);
		}

		static boolean isUnprintable(int codePoint) {
			return switch (Character.getType(codePoint)) {
				case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
						Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.UNASSIGNED -> true;
				default -> false;
			};
		}

	}

}
