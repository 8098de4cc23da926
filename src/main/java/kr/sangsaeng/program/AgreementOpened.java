package kr.sangsaeng.program;

/**
 * A programme gained an agreement: the administrator set the programme up or added an agency to it. Published in
 * the transaction that creates the agreement, so that what belongs to every agreement is created with it.
 */
public record AgreementOpened(ProgrammeCode programme, AgreementCode agreement) {

}
