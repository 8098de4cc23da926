package kr.sangsaeng.dashboard;

import java.util.List;
import java.util.Optional;

import kr.sangsaeng.identity.OrganisationKind;
import kr.sangsaeng.identity.Role;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.program.ProgrammeCatalogue;
import kr.sangsaeng.program.ProgrammeSummary;
import kr.sangsaeng.shared.AgencyCode;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whose figures a reader may see: ministry officials and programme administrators every published programme's,
 * agency staff those of the published programmes their agency guarantees, nobody else any.
 */
@Service
@Transactional(readOnly = true)
public class DashboardAccess {

	private final ProgrammeCatalogue catalogue;

	DashboardAccess(ProgrammeCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	public List<ProgrammeSummary> programmesFor(SignedInUser reader) {
		if (seesEverything(reader)) {
			return catalogue.published();
		}
		if (isAgencyStaff(reader)) {
			AgencyCode agency = reader.organisation().agencyCode();
			return catalogue.published().stream().filter(programme -> programme.isGuaranteedBy(agency)).toList();
		}
		return List.of();
	}

	/**
	 * The programme, if the reader may see its figures.
	 */
	public Optional<ProgrammeSummary> programmeFor(SignedInUser reader, String code) {
		return programmesFor(reader).stream().filter(programme -> programme.code().value().equals(code)).findFirst();
	}

	public boolean seesEverything(SignedInUser reader) {
		return reader.hasRole(Role.MINISTRY_OFFICIAL) || reader.hasRole(Role.PROGRAM_ADMIN);
	}

	private static boolean isAgencyStaff(SignedInUser reader) {
		return (reader.hasRole(Role.AGENCY_REVIEWER) || reader.hasRole(Role.AGENCY_APPROVER))
				&& reader.organisation().kind() == OrganisationKind.AGENCY;
	}

}
