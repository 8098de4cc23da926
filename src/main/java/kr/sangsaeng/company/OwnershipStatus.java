package kr.sangsaeng.company;

import java.time.Instant;

import kr.sangsaeng.identity.Ownership;

/**
 * What an SME sees of the proof of its business registration number.
 *
 * @param ownership verified, unverified or superseded
 * @param maskedContact the partner list's contact address, masked ({@code k***@h***.co.kr}), or null when no list
 * holds one for the number
 * @param codeExpiresAt when the code last mailed expires, or null when no code is waiting
 */
public record OwnershipStatus(Ownership ownership, String maskedContact, Instant codeExpiresAt) {

	public boolean canMailCode() {
		return ownership == Ownership.UNVERIFIED && maskedContact != null;
	}

	public boolean codeWaiting() {
		return ownership == Ownership.UNVERIFIED && codeExpiresAt != null;
	}

}
