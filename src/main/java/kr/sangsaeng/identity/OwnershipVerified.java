package kr.sangsaeng.identity;

import java.util.List;

/**
 * What verifying a claim of a business registration number changed: the organisation now verified, and the other
 * claims of the same number that it superseded.
 */
public record OwnershipVerified(OrganisationRef owner, List<OrganisationRef> superseded) {

	public OwnershipVerified {
		superseded = List.copyOf(superseded);
	}

}
