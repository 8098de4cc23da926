package kr.sangsaeng.company;

import kr.sangsaeng.shared.NotFoundException;

/**
 * No certificate has this id, or it is another company's.
 */
public class CertificateNotFoundException extends NotFoundException {

	public CertificateNotFoundException(long id) {
		super("No business registration certificate " + id);
	}

}
