package kr.sangsaeng.applications;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kr.sangsaeng.shared.StoredDocument;
import kr.sangsaeng.shared.UploadedDocument;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The documents attached to applications, kept in PostgreSQL under ids the server chooses; never executed,
 * only ever sent back with their checked media type.
 */
@Component
class ApplicationDocuments {

	static final int MAX_PER_APPLICATION = 10;

	private static final String COLUMNS = "id, file_name, media_type, size_bytes, uploaded_by, uploaded_at, "
			+ "document_type, issued_on, review_state, review_reason";

	/**
	 * The checklist an application is judged by, as {@code r (document_type, required, max_age_days)}: the one kept
	 * when it was submitted, else (a draft) its agreement's as it is now.
	 */
	private static final String REQUIREMENTS = "(select document_type, required, max_age_days "
			+ "from application_document_requirement where application_id = :application union all "
			+ "select document_type, required, max_age_days from agreement_document_requirement "
			+ "where agreement_code = :agreement and not exists (select 1 from application_document_requirement "
			+ "where application_id = :application)) r";

	private final JdbcClient jdbc;

	ApplicationDocuments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long add(long applicationId, UploadedDocument upload, UploadedDocument.Kind kind, String actor) {
		return add(applicationId, upload, kind, ChecklistSlot.OTHER, null, actor);
	}

	/**
	 * Puts the upload in its slot: a typed slot holds one document, so the one it held before goes.
	 */
	long add(long applicationId, UploadedDocument upload, UploadedDocument.Kind kind, String documentType,
			LocalDate issuedOn, String actor) {
		if (!ChecklistSlot.OTHER.equals(documentType)) {
			jdbc.sql("delete from application_document where application_id = :application and document_type = :type")
				.param("application", applicationId)
				.param("type", documentType)
				.update();
		}
		return jdbc
			.sql("insert into application_document (application_id, file_name, media_type, size_bytes, sha256, "
					+ "content, uploaded_by, document_type, issued_on) values (:application, :name, :type, :size, "
					+ ":sha, :content, :actor, :documentType, :issuedOn) returning id")
			.param("application", applicationId)
			.param("name", upload.displayName())
			.param("type", kind.mediaType())
			.param("size", upload.content().length)
			.param("sha", sha256(upload.content()))
			.param("content", upload.content())
			.param("actor", actor)
			.param("documentType", documentType)
			.param("issuedOn", issuedOn == null ? null : Date.valueOf(issuedOn))
			.query(Long.class)
			.single();
	}

	/**
	 * The agreement's checklist with the application's documents in their slots, read with one statement; a
	 * document whose type the checklist does not list, and every document of an agreement without a checklist, is
	 * shown in the "other" slot.
	 */
	DocumentChecklist checklist(long applicationId, String agreementCode, LocalDate today) {
		Map<String, ChecklistSlot> slots = new LinkedHashMap<>();
		List<DocumentInfo> documents = new ArrayList<>();
		jdbc.sql("select 'R' as row_kind, r.document_type, t.position, r.required, r.max_age_days, t.official, "
				+ "t.from_funder, null::bigint as id, null as file_name, null as media_type, null::int as size_bytes, "
				+ "null as uploaded_by, null::timestamptz as uploaded_at, null::date as issued_on, null as review_state, "
				+ "null as review_reason from " + REQUIREMENTS + " join document_type t on t.code = r.document_type "
				+ "union all select 'D', d.document_type, t.position, null, null, t.official, t.from_funder, d.id, "
				+ "d.file_name, d.media_type, d.size_bytes, d.uploaded_by, d.uploaded_at, d.issued_on, d.review_state, "
				+ "d.review_reason from application_document d join document_type t on t.code = d.document_type "
				+ "where d.application_id = :application order by 1 desc, 3, 13, 8")
			.param("agreement", agreementCode)
			.param("application", applicationId)
			.query((ResultSet row) -> {
				if ("R".equals(row.getString("row_kind"))) {
					String type = row.getString("document_type");
					int age = row.getInt("max_age_days");
					Integer maxAgeDays = row.wasNull() ? null : age;
					slots.put(type, new ChecklistSlot(type, row.getBoolean("required"), maxAgeDays,
							row.getBoolean("official"), row.getBoolean("from_funder"), new ArrayList<>()));
				}
				else {
					documents.add(document(row));
				}
			});
		for (DocumentInfo document : documents) {
			ChecklistSlot slot = slots.get(document.documentType());
			if (slot == null) {
				slot = slots.computeIfAbsent(ChecklistSlot.OTHER,
						other -> new ChecklistSlot(other, false, null, false, false, new ArrayList<>()));
			}
			slot.documents().add(document);
		}
		slots.putIfAbsent(ChecklistSlot.OTHER, new ChecklistSlot(ChecklistSlot.OTHER, false, null, false, false,
				new ArrayList<>()));
		return new DocumentChecklist(List.copyOf(slots.values()), today);
	}

	/**
	 * What stops the application from being submitted on {@code today}, with one statement: each required slot
	 * without a document, each document issued longer ago than its slot allows, each document the reviewer asked
	 * for again and that was not replaced; or a slot-less shortfall when the application holds no document at all.
	 */
	List<DocumentShortfall> shortfalls(long applicationId, String agreementCode, LocalDate today) {
		return shortfalls("", applicationId, agreementCode, today);
	}

	/**
	 * The same for a draft being submitted, judged by its agreement's checklist as it is now, which the same
	 * statement keeps as the list the application is judged by from then on (with the "other" slot always in it).
	 */
	List<DocumentShortfall> shortfallsKeepingChecklist(long applicationId, String agreementCode, LocalDate today) {
		return shortfalls("with kept as (insert into application_document_requirement (application_id, document_type, "
				+ "required, max_age_days) select :application, document_type, required, max_age_days "
				+ "from agreement_document_requirement where agreement_code = :agreement union all "
				+ "select :application, 'OTHER', false, null where not exists (select 1 from agreement_document_requirement "
				+ "where agreement_code = :agreement and document_type = 'OTHER') on conflict do nothing) ",
				applicationId, agreementCode, today);
	}

	private List<DocumentShortfall> shortfalls(String prefix, long applicationId, String agreementCode,
			LocalDate today) {
		return jdbc.sql(prefix + "select r.document_type, case when d.id is null then 'MISSING' "
				+ "when d.review_state = 'ASKED_AGAIN' then 'ASKED_AGAIN' else 'STALE' end, r.max_age_days, t.position "
				+ "from " + REQUIREMENTS + " join document_type t on t.code = r.document_type "
				+ "left join application_document d on d.application_id = :application "
				+ "and d.document_type = r.document_type "
				+ "where not t.from_funder and ((d.id is null and r.required) "
				+ "or d.review_state = 'ASKED_AGAIN' or (d.id is not null and r.max_age_days is not null "
				+ "and (d.issued_on is null or d.issued_on < cast(:today as date) - r.max_age_days))) "
				+ "union all select null, 'MISSING', null, 0 where not exists "
				+ "(select 1 from application_document where application_id = :application) order by 4")
			.param("agreement", agreementCode)
			.param("application", applicationId)
			.param("today", Date.valueOf(today))
			.query((row, number) -> {
				int age = row.getInt(3);
				Integer maxAgeDays = row.wasNull() ? null : age;
				return new DocumentShortfall(row.getString(1), DocumentShortfall.Problem.valueOf(row.getString(2)),
						maxAgeDays);
			})
			.list();
	}

	/**
	 * The reviewer's decision on one document of the application; false when the application has no such document.
	 */
	boolean review(long applicationId, long documentId, DocumentReview review, String reason, String reviewer,
			Instant at) {
		return jdbc.sql("update application_document set review_state = :state, review_reason = :reason, "
				+ "reviewed_by = :reviewer, reviewed_at = :at where id = :document and application_id = :application")
			.param("state", review.name())
			.param("reason", reason)
			.param("reviewer", reviewer)
			.param("at", Timestamp.from(at))
			.param("document", documentId)
			.param("application", applicationId)
			.update() == 1;
	}

	Optional<DocumentInfo> find(long applicationId, long documentId) {
		return jdbc.sql("select " + COLUMNS + " from application_document where id = :document "
				+ "and application_id = :application")
			.param("document", documentId)
			.param("application", applicationId)
			.query((row, number) -> document(row))
			.optional();
	}

	Optional<DocumentInfo> inSlot(long applicationId, String documentType) {
		return jdbc.sql("select " + COLUMNS + " from application_document where application_id = :application "
				+ "and document_type = :type order by id desc limit 1")
			.param("application", applicationId)
			.param("type", documentType)
			.query((row, number) -> document(row))
			.optional();
	}

	private static DocumentInfo document(ResultSet row) throws SQLException {
		Date issued = row.getDate("issued_on");
		return new DocumentInfo(row.getLong("id"), row.getString("file_name"), row.getString("media_type"),
				row.getInt("size_bytes"), row.getString("uploaded_by"), row.getTimestamp("uploaded_at").toInstant(),
				row.getString("document_type"), issued == null ? null : issued.toLocalDate(),
				DocumentReview.valueOf(row.getString("review_state")), row.getString("review_reason"));
	}

	boolean remove(long applicationId, long documentId) {
		return jdbc.sql("delete from application_document where id = :document and application_id = :application")
			.param("document", documentId)
			.param("application", applicationId)
			.update() == 1;
	}

	Optional<StoredDocument> content(long applicationId, long documentId) {
		return jdbc
			.sql("select file_name, media_type, content from application_document "
					+ "where id = :document and application_id = :application")
			.param("document", documentId)
			.param("application", applicationId)
			.query((row, number) -> new StoredDocument(row.getString(1), row.getString(2), row.getBytes(3)))
			.optional();
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

}
