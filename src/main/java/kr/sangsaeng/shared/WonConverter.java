package kr.sangsaeng.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores {@link Won} as a {@code bigint} of whole won.
 */
@Converter(autoApply = true)
public class WonConverter implements AttributeConverter<Won, Long> {

	@Override
	public Long convertToDatabaseColumn(Won amount) {
		return amount == null ? null : amount.value();
	}

	@Override
	public Won convertToEntityAttribute(Long value) {
		return value == null ? null : Won.of(value);
	}

}
