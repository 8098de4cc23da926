package kr.sangsaeng.company.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Types;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import kr.sangsaeng.company.internal.ImportPreview.BadRow;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Uploaded partner files, row by row, kept in the database until the administrator imports them or not.
 */
@Repository
class PartnerImportStaging {

	static final Duration KEPT_FOR = Duration.ofDays(1);

	private static final int BATCH_SIZE = 1_000;

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	PartnerImportStaging(JdbcClient jdbc, JdbcTemplate batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	record StagedImport(UUID id, String funderCode, String fileName, String encoding, int rowCount,
			String uploadedBy, OffsetDateTime uploadedAt) {
	}

	record Counts(long newPartners, long updatedPartners, long unchangedPartners, long badRows) {
	}

	UUID stage(String funderCode, String fileName, Charset encoding, List<PartnerFileRow> rows, String by) {
		jdbc.sql("delete from partner_import where uploaded_at < now() - make_interval(secs => ?)")
			.param(KEPT_FOR.toSeconds())
			.update();
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into partner_import (id, funder_code, file_name, encoding, row_count, uploaded_by)
				values (?, ?, ?, ?, ?, ?)""")
			.params(id, funderCode, shorten(fileName, 255), encoding.equals(StandardCharsets.UTF_8) ? "UTF-8" : "CP949",
					rows.size(), by)
			.update();
		batches.batchUpdate("""
				insert into partner_import_row (import_id, line_number, business_number, company_name, tier,
				    problems, duplicate_of, number_as_given, name_as_given, tier_as_given)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, BATCH_SIZE, (statement, row) -> {
			statement.setObject(1, id);
			statement.setInt(2, row.lineNumber());
			if (row.isGood()) {
				statement.setString(3, row.number().digits());
				statement.setString(4, row.companyName());
				statement.setInt(5, row.tier().number());
				statement.setNull(6, Types.VARCHAR);
				statement.setNull(7, Types.INTEGER);
				statement.setNull(8, Types.VARCHAR);
				statement.setNull(9, Types.VARCHAR);
				statement.setNull(10, Types.VARCHAR);
			}
			else {
				statement.setNull(3, Types.VARCHAR);
				statement.setNull(4, Types.VARCHAR);
				statement.setNull(5, Types.SMALLINT);
				statement.setString(6, row.problems().stream().map(Enum::name).collect(Collectors.joining(",")));
				statement.setObject(7, row.duplicateOf(), Types.INTEGER);
				statement.setString(8, shorten(row.numberAsGiven(), 64));
				statement.setString(9, shorten(row.nameAsGiven(), 256));
				statement.setString(10, shorten(row.tierAsGiven(), 64));
			}
		});
		return id;
	}

	Optional<StagedImport> find(UUID id, String funderCode, boolean lock) {
		return jdbc.sql("""
				select id, funder_code, file_name, encoding, row_count, uploaded_by, uploaded_at
				from partner_import where id = ? and funder_code = ? and uploaded_at >= now() - make_interval(secs => ?)
				""" + (lock ? " for update" : ""))
			.params(id, funderCode, KEPT_FOR.toSeconds())
			.query((rs, row) -> new StagedImport(rs.getObject("id", UUID.class), rs.getString("funder_code"),
					rs.getString("file_name"), rs.getString("encoding"), rs.getInt("row_count"),
					rs.getString("uploaded_by"), rs.getObject("uploaded_at", OffsetDateTime.class)))
			.optional();
	}

	Counts counts(StagedImport staged) {
		return jdbc.sql("""
				select count(*) filter (where r.problems is null and p.id is null) as new_partners,
				       count(*) filter (where r.problems is null and p.id is not null
				                          and (p.company_name <> r.company_name or p.tier <> r.tier)) as updated_partners,
				       count(*) filter (where r.problems is null and p.company_name = r.company_name
				                          and p.tier = r.tier) as unchanged_partners,
				       count(*) filter (where r.problems is not null) as bad_rows
				from partner_import_row r
				left join partner p on p.funder_code = ? and p.business_number = r.business_number
				where r.import_id = ?""")
			.params(staged.funderCode(), staged.id())
			.query((rs, row) -> new Counts(rs.getLong("new_partners"), rs.getLong("updated_partners"),
					rs.getLong("unchanged_partners"), rs.getLong("bad_rows")))
			.single();
	}

	Page<BadRow> badRows(StagedImport staged, long total, Pageable page) {
		List<BadRow> rows = jdbc.sql("""
				select line_number, problems, duplicate_of, number_as_given, name_as_given, tier_as_given
				from partner_import_row where import_id = ? and problems is not null
				order by line_number limit ? offset ?""")
			.params(staged.id(), page.getPageSize(), page.getOffset())
			.query((rs, row) -> new BadRow(rs.getInt("line_number"), rs.getString("number_as_given"),
					rs.getString("name_as_given"), rs.getString("tier_as_given"),
					Arrays.stream(rs.getString("problems").split(",")).map(RowProblem::valueOf).toList(),
					rs.getObject("duplicate_of", Integer.class)))
			.list();
		return new PageImpl<>(rows, page, total);
	}

	/**
	 * Adds the good rows that are new to the list and updates the company name and tier of those already on it.
	 */
	ImportOutcome importGoodRows(StagedImport staged, String by) {
		Counts before = counts(staged);
		return jdbc.sql("""
				with changed as (
				    insert into partner (funder_code, business_number, company_name, tier, created_by, updated_by)
				    select ?, r.business_number, r.company_name, r.tier, ?, ?
				    from partner_import_row r
				    where r.import_id = ? and r.problems is null
				    on conflict (funder_code, business_number) do update
				        set company_name = excluded.company_name, tier = excluded.tier,
				            updated_at = now(), updated_by = excluded.updated_by
				        where partner.company_name <> excluded.company_name or partner.tier <> excluded.tier
				    returning (xmax = 0) as added
				)
				select count(*) filter (where added) as added, count(*) filter (where not added) as updated
				from changed""")
			.params(staged.funderCode(), by, by, staged.id())
			.query((rs, row) -> {
				long added = rs.getLong("added");
				long updated = rs.getLong("updated");
				long good = before.newPartners() + before.updatedPartners() + before.unchangedPartners();
				return new ImportOutcome(added, updated, good - added - updated, before.badRows());
			})
			.single();
	}

	void discard(StagedImport staged) {
		jdbc.sql("delete from partner_import where id = ?").param(staged.id()).update();
	}

	private static String shorten(String text, int maxCharacters) {
		if (text == null || text.codePointCount(0, text.length()) <= maxCharacters) {
			return text;
		}
		return text.substring(0, text.offsetByCodePoints(0, maxCharacters - 1)) + "…";
	}

}
