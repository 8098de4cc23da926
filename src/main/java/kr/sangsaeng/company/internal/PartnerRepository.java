package kr.sangsaeng.company.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import kr.sangsaeng.company.PartnerTier;
import kr.sangsaeng.shared.BusinessRegistrationNumber;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

/**
 * The partner lists in the database. Numbers are kept as their ten digits; one company appears at most once on a
 * funder's list.
 */
@Repository
public class PartnerRepository {

	private static final String COLUMNS = "funder_code, business_number, company_name, tier, contact_email, updated_at, "
			+ "updated_by";

	private static final int BATCH_SIZE = 1_000;

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	PartnerRepository(JdbcClient jdbc, JdbcTemplate batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	public Optional<PartnerTier> tierOf(String funderCode, BusinessRegistrationNumber number) {
		return jdbc.sql("select tier from partner where funder_code = ? and business_number = ?")
			.params(funderCode, number.digits())
			.query((rs, row) -> tier(rs))
			.optional();
	}

	public Map<String, PartnerTier> tiersOf(BusinessRegistrationNumber number) {
		Map<String, PartnerTier> tiers = new LinkedHashMap<>();
		jdbc.sql("select funder_code, tier from partner where business_number = ? order by funder_code")
			.param(number.digits())
			.query(rs -> {
				tiers.put(rs.getString("funder_code"), tier(rs));
			});
		return tiers;
	}

	/**
	 * The contact address a funder's partner list holds for the company, the first by funder code when several
	 * lists hold one.
	 */
	public Optional<String> contactOf(BusinessRegistrationNumber number) {
		return jdbc.sql("select contact_email from partner where business_number = ? and contact_email is not null "
				+ "order by funder_code limit 1")
			.param(number.digits())
			.query(String.class)
			.optional();
	}

	Optional<Partner> find(String funderCode, BusinessRegistrationNumber number) {
		return jdbc.sql("select " + COLUMNS + " from partner where funder_code = ? and business_number = ?")
			.params(funderCode, number.digits())
			.query(PartnerRepository::partner)
			.optional();
	}

	/**
	 * A page of a funder's list in name order, narrowed to a tier and to names or numbers containing {@code text}
	 * when they are given.
	 */
	Page<Partner> search(String funderCode, String text, PartnerTier tier, Pageable page) {
		StringBuilder where = new StringBuilder(" from partner where funder_code = :funder");
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("funder", funderCode);
		if (tier != null) {
			where.append(" and tier = :tier");
			params.put("tier", tier.number());
		}
		if (text != null && !text.isBlank()) {
			String typed = text.strip();
			params.put("name", "%" + escapeLike(typed) + "%");
			String digits = typed.replaceAll("[\\s-]", "");
			if (digits.matches("[0-9]+")) {
				where.append(" and (company_name ilike :name escape '\\' or business_number like :number)");
				params.put("number", digits + "%");
			}
			else {
				where.append(" and company_name ilike :name escape '\\'");
			}
		}
		long total = statement("select count(*)" + where, params).query(Long.class).single();
		List<Partner> content = statement("select " + COLUMNS + where
				+ " order by company_name, business_number limit :limit offset :offset", params)
			.param("limit", page.getPageSize())
			.param("offset", page.getOffset())
			.query(PartnerRepository::partner)
			.list();
		return new PageImpl<>(content, page, total);
	}

	List<TierCounts> countsByFunder() {
		return jdbc.sql("""
				select funder_code, count(*) as total,
				       count(*) filter (where tier = 1) as tier1,
				       count(*) filter (where tier = 2) as tier2,
				       count(*) filter (where tier = 3) as tier3
				from partner group by funder_code""")
			.query((rs, row) -> new TierCounts(rs.getString("funder_code"), rs.getLong("total"), rs.getLong("tier1"),
					rs.getLong("tier2"), rs.getLong("tier3")))
			.list();
	}

	record TierCounts(String funderCode, long total, long tier1, long tier2, long tier3) {
	}

	long count(String funderCode) {
		return jdbc.sql("select count(*) from partner where funder_code = ?")
			.param(funderCode)
			.query(Long.class)
			.single();
	}

	/**
	 * Adds a partner unless the number is already on the funder's list.
	 *
	 * @return whether it was added
	 */
	boolean add(String funderCode, BusinessRegistrationNumber number, String companyName, PartnerTier tier,
			String contactEmail, String by) {
		return jdbc.sql("""
				insert into partner (funder_code, business_number, company_name, tier, contact_email, created_by,
				    updated_by)
				values (?, ?, ?, ?, ?, ?, ?)
				on conflict (business_number, funder_code) do nothing""")
			.params(funderCode, number.digits(), companyName, tier.number(), contactEmail, by, by)
			.update() == 1;
	}

	/**
	 * Adds every partner whose number is not yet on the funder's list, in batches; leaves the others as they are.
	 */
	void addMissing(String funderCode, List<NewPartner> newPartners, String by) {
		batches.batchUpdate("""
				insert into partner (funder_code, business_number, company_name, tier, contact_email, created_by,
				    updated_by)
				values (?, ?, ?, ?, ?, ?, ?)
				on conflict (business_number, funder_code) do nothing""", newPartners, BATCH_SIZE,
				(statement, partner) -> {
					statement.setString(1, funderCode);
					statement.setString(2, partner.number().digits());
					statement.setString(3, partner.companyName());
					statement.setInt(4, partner.tier().number());
					statement.setString(5, partner.contactEmail());
					statement.setString(6, by);
					statement.setString(7, by);
				});
	}

	/**
	 * Gives the listed partners of a funder that have no contact address the one {@code contacts} holds for their
	 * number; leaves every address the list has.
	 */
	void addMissingContacts(String funderCode, Map<String, String> contacts) {
		batches.batchUpdate("update partner set contact_email = ? where funder_code = ? and business_number = ? "
				+ "and contact_email is null", List.copyOf(contacts.entrySet()), BATCH_SIZE, (statement, contact) -> {
					statement.setString(1, contact.getValue());
					statement.setString(2, funderCode);
					statement.setString(3, contact.getKey());
				});
	}

	/**
	 * @param contactEmail where the company is reached, or {@code null}
	 */
	record NewPartner(BusinessRegistrationNumber number, String companyName, PartnerTier tier, String contactEmail) {

		NewPartner(BusinessRegistrationNumber number, String companyName, PartnerTier tier) {
			this(number, companyName, tier, null);
		}

	}

	boolean update(String funderCode, BusinessRegistrationNumber number, String companyName, PartnerTier tier,
			String contactEmail, String by) {
		return jdbc.sql("""
				update partner set company_name = ?, tier = ?, contact_email = ?, updated_at = now(), updated_by = ?
				where funder_code = ? and business_number = ?""")
			.params(companyName, tier.number(), contactEmail, by, funderCode, number.digits())
			.update() == 1;
	}

	boolean remove(String funderCode, BusinessRegistrationNumber number) {
		return jdbc.sql("delete from partner where funder_code = ? and business_number = ?")
			.params(funderCode, number.digits())
			.update() == 1;
	}

	/**
	 * Hands every partner of a funder, in name order, to {@code each} without holding the whole list in memory.
	 */
	void forEach(String funderCode, Consumer<Partner> each) {
		jdbc.sql("select " + COLUMNS + " from partner where funder_code = ? order by company_name, business_number")
			.param(funderCode)
			.withFetchSize(1_000)
			.query(rs -> {
				each.accept(partner(rs, 0));
			});
	}

	private StatementSpec statement(String sql, Map<String, Object> params) {
		return jdbc.sql(sql).params(params);
	}

	private static Partner partner(ResultSet rs, int row) throws SQLException {
		return new Partner(rs.getString("funder_code"), new BusinessRegistrationNumber(rs.getString("business_number")),
				rs.getString("company_name"), tier(rs), rs.getString("contact_email"),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
				rs.getString("updated_by"));
	}

	private static PartnerTier tier(ResultSet rs) throws SQLException {
		return PartnerTier.of(rs.getInt("tier")).orElseThrow();
	}

	static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
