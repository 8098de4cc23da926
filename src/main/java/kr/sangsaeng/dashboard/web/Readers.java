package kr.sangsaeng.dashboard.web;

import java.util.List;

import kr.sangsaeng.dashboard.DashboardAccess;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.program.ProgrammeSummary;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The programmes a page counts for its reader.
 */
final class Readers {

	private Readers() {
	}

	/**
	 * The programme the filter names, or all the reader may see. A programme the reader may not see is not found,
	 * as if it did not exist.
	 */
	static List<ProgrammeSummary> programmes(DashboardAccess access, SignedInUser reader, DashboardFilter filter) {
		if (filter.allProgrammes()) {
			return access.programmesFor(reader);
		}
		return List.of(access.programmeFor(reader, filter.programme().trim())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
	}

}
