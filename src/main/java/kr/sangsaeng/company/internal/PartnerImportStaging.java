package kr.sangsaeng.company.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
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
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Uploaded partner files, row by row, kept in the database until the administrator imports them or not.
 */
@Repository
class PartnerImportStaging {

	static final Duration KEPT_FOR = Duration.ofDays(1);

	private static final int CHUNK_SIZE = 10_000;

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	PartnerImportStaging(JdbcClient jdbc, JdbcTemplate batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	record StagedImport(UUID id, String funderCode, String fileName, String encoding, int rowCount,
			String uploadedBy, OffsetDateTime uploadedAt) {
	}

	/**
	 * @param withContact good rows that give a contact address
	 */
	record Counts(long newPartners, long updatedPartners, long unchangedPartners, long badRows, long withContact) {
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
		for (int from = 0; from < rows.size(); from += CHUNK_SIZE) {
			insertRows(id, rows.subList(from, Math.min(rows.size(), from + CHUNK_SIZE)));
		}
		// Fresh statistics, so that the preview joins the rows to the list instead of looping over them.
		jdbc.sql("analyze partner_import_row").update();
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
				select count(*) filter (where r.problems is null and p.business_number is null) as new_partners,
				       count(*) filter (where r.problems is null and p.business_number is not null
				                          and (p.company_name <> r.company_name or p.tier <> r.tier
				                               or p.contact_email is distinct from coalesce(r.contact_email, p.contact_email)))
				           as updated_partners,
				       count(*) filter (where r.problems is null and p.company_name = r.company_name and p.tier = r.tier
				                          and p.contact_email is not distinct from coalesce(r.contact_email, p.contact_email))
				           as unchanged_partners,
				       count(*) filter (where r.problems is not null) as bad_rows,
				       count(*) filter (where r.problems is null and r.contact_email is not null) as with_contact
				from partner_import_row r
				left join partner p on p.funder_code = ? and p.business_number = r.business_number
				where r.import_id = ?""")
			.params(staged.funderCode(), staged.id())
			.query((rs, row) -> new Counts(rs.getLong("new_partners"), rs.getLong("updated_partners"),
					rs.getLong("unchanged_partners"), rs.getLong("bad_rows"), rs.getLong("with_contact")))
			.single();
	}

	Page<BadRow> badRows(StagedImport staged, long total, Pageable page) {
		List<BadRow> rows = jdbc.sql("""
				select line_number, problems, duplicate_of, number_as_given, name_as_given, tier_as_given, contact_as_given
				from partner_import_row where import_id = ? and problems is not null
				order by line_number limit ? offset ?""")
			.params(staged.id(), page.getPageSize(), page.getOffset())
			.query((rs, row) -> new BadRow(rs.getInt("line_number"), rs.getString("number_as_given"),
					rs.getString("name_as_given"), rs.getString("tier_as_given"), rs.getString("contact_as_given"),
					Arrays.stream(rs.getString("problems").split(",")).map(RowProblem::valueOf).toList(),
					rs.getObject("duplicate_of", Integer.class)))
			.list();
		return new PageImpl<>(rows, page, total);
	}

	/**
	 * Adds the good rows that are new to the list and updates the company name, tier and contact address of those
	 * already on it; a row without a contact address keeps the address the list has.
	 */
	ImportOutcome importGoodRows(StagedImport staged, String by) {
		Counts before = counts(staged);
		return jdbc.sql("""
				with changed as (
				    insert into partner (funder_code, business_number, company_name, tier, contact_email, created_by,
				        updated_by)
				    select ?, r.business_number, r.company_name, r.tier, r.contact_email, ?, ?
				    from partner_import_row r
				    where r.import_id = ? and r.problems is null
				    on conflict (business_number, funder_code) do update
				        set company_name = excluded.company_name, tier = excluded.tier,
				            contact_email = coalesce(excluded.contact_email, partner.contact_email),
				            updated_at = now(), updated_by = excluded.updated_by
				        where partner.company_name <> excluded.company_name or partner.tier <> excluded.tier
				            or partner.contact_email is distinct from coalesce(excluded.contact_email, partner.contact_email)
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

	/**
	 * Inserts rows with one statement per chunk, each column passed as an array: far faster than a batch of
	 * single-row inserts.
	 */
	private void insertRows(UUID id, List<PartnerFileRow> rows) {
		int size = rows.size();
		Integer[] lines = new Integer[size];
		String[] numbers = new String[size];
		String[] names = new String[size];
		Integer[] tiers = new Integer[size];
		String[] problems = new String[size];
		Integer[] duplicateOf = new Integer[size];
		String[] numbersAsGiven = new String[size];
		String[] namesAsGiven = new String[size];
		String[] tiersAsGiven = new String[size];
		String[] contacts = new String[size];
		String[] contactsAsGiven = new String[size];
		for (int i = 0; i < size; i++) {
			PartnerFileRow row = rows.get(i);
			lines[i] = row.lineNumber();
			if (row.isGood()) {
				numbers[i] = row.number().digits();
				names[i] = row.companyName();
				tiers[i] = row.tier().number();
				contacts[i] = row.contactEmail();
			}
			else {
				problems[i] = row.problems().stream().map(Enum::name).collect(Collectors.joining(","));
				duplicateOf[i] = row.duplicateOf();
				numbersAsGiven[i] = shorten(row.numberAsGiven(), 64);
				namesAsGiven[i] = shorten(row.nameAsGiven(), 256);
				tiersAsGiven[i] = shorten(row.tierAsGiven(), 64);
				contactsAsGiven[i] = shorten(row.contactAsGiven(), 256);
			}
		}
		batches.execute((ConnectionCallback<Integer>) connection -> {
			try (PreparedStatement insert = connection.prepareStatement("""
					insert into partner_import_row (import_id, line_number, business_number, company_name, tier,
					    problems, duplicate_of, number_as_given, name_as_given, tier_as_given, contact_email,
					    contact_as_given)
					select ?, * from unnest(?::integer[], ?::varchar[], ?::varchar[], ?::smallint[], ?::varchar[],
					    ?::integer[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[])""")) {
				insert.setObject(1, id);
				insert.setArray(2, connection.createArrayOf("integer", lines));
				insert.setArray(3, connection.createArrayOf("varchar", numbers));
				insert.setArray(4, connection.createArrayOf("varchar", names));
				insert.setArray(5, connection.createArrayOf("integer", tiers));
				insert.setArray(6, connection.createArrayOf("varchar", problems));
				insert.setArray(7, connection.createArrayOf("integer", duplicateOf));
				insert.setArray(8, connection.createArrayOf("varchar", numbersAsGiven));
				insert.setArray(9, connection.createArrayOf("varchar", namesAsGiven));
				insert.setArray(10, connection.createArrayOf("varchar", tiersAsGiven));
				insert.setArray(11, connection.createArrayOf("varchar", contacts));
				insert.setArray(12, connection.createArrayOf("varchar", contactsAsGiven));
				return insert.executeUpdate();
			}
		});
	}

	private static String shorten(String text, int maxCharacters) {
		if (text == null || text.codePointCount(0, text.length()) <= maxCharacters) {
			return text;
		}
		return text.substring(0, text.offsetByCodePoints(0, maxCharacters - 1)) + "…";
	}

}
