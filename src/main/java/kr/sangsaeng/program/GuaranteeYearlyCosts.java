package kr.sangsaeng.program;

import java.util.List;

import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.Percentage;
import kr.sangsaeng.shared.Won;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an approved guarantee costs year by year: at the yearly terms of the agreement whose capacity it holds (its
 * programme's lead agreement when it holds none), at the ratio and fee rate it was approved at, and without the
 * benefits whose pot had run out at approval. The SME's application, the certificate and the bank's loan read it
 * here, as the pots' draw did.
 */
@Service
@Transactional(readOnly = true)
public class GuaranteeYearlyCosts {

	private final ProgrammeCatalogue catalogue;

	private final Pots pots;

	private final JdbcClient jdbc;

	GuaranteeYearlyCosts(ProgrammeCatalogue catalogue, Pots pots, JdbcClient jdbc) {
		this.catalogue = catalogue;
		this.pots = pots;
		this.jdbc = jdbc;
	}

	public YearlyCosts of(ApplicationId application, ProgrammeCode programme, Won loan, int termMonths,
			Percentage ratio, Percentage feeRate) {
		List<BenefitPot> stopped = pots.drawsOf(application)
			.stream()
			.filter(draw -> !draw.granted())
			.map(PotDraw::pot)
			.toList();
		return scheduleOf(application, programme, ratio, feeRate).costFor(loan, termMonths).without(stopped);
	}

	/**
	 * The yearly terms those costs follow: the guarantee ratio, fee rate, funders' share and interest preference of
	 * each guarantee year, as approved.
	 */
	public TermSchedule scheduleOf(ApplicationId application, ProgrammeCode programme, Percentage ratio,
			Percentage feeRate) {
		AgreementCode agreement = jdbc.sql("select a.code from capacity_reservation r "
				+ "join agreement a on a.id = r.agreement_id where r.application_id = :application")
			.param("application", application.value())
			.query(String.class)
			.optional()
			.map(AgreementCode::new)
			.orElse(null);
		ProgrammeSummary summary = catalogue.find(programme).orElseThrow(() -> new UnknownProgrammeException(programme));
		return summary.approvedSchedule(agreement, ratio, feeRate);
	}

}
