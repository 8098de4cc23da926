package kr.sangsaeng.shared;

/**
 * Something asked for by its id that does not exist, or that the asker may not see: both look the same from
 * outside. Pages answer 404 for every subclass.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}
