package kr.sangsaeng.applications;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
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

	private final JdbcClient jdbc;

	ApplicationDocuments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long add(long applicationId, UploadedDocument upload, UploadedDocument.Kind kind, String actor) {
		return jdbc
			.sql("insert into application_document (application_id, file_name, media_type, size_bytes, sha256, "
					+ "content, uploaded_by) values (:application, :name, :type, :size, :sha, :content, :actor) "
					+ "returning id")
			.param("application", applicationId)
			.param("name", upload.displayName())
			.param("type", kind.mediaType())
			.param("size", upload.content().length)
			.param("sha", sha256(upload.content()))
			.param("content", upload.content())
			.param("actor", actor)
			.query(Long.class)
			.single();
	}

	int count(long applicationId) {
		return jdbc.sql("select count(*) from application_document where application_id = :application")
			.param("application", applicationId)
			.query(Integer.class)
			.single();
	}

	boolean remove(long applicationId, long documentId) {
		return jdbc.sql("delete from application_document where id = :document and application_id = :application")
			.param("document", documentId)
			.param("application", applicationId)
			.update() == 1;
	}

	List<DocumentInfo> of(long applicationId) {
		return jdbc
			.sql("select id, file_name, media_type, size_bytes, uploaded_by, uploaded_at from application_document "
					+ "where application_id = :application order by uploaded_at, id")
			.param("application", applicationId)
			.query((row, number) -> new DocumentInfo(row.getLong(1), row.getString(2), row.getString(3),
					row.getInt(4), row.getString(5), row.getTimestamp(6).toInstant()))
			.list();
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
