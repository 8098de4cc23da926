package kr.sangsaeng.dashboard;

/**
 * Size classes of companies by head count, the bands Korean business statistics report by: fewer than 10, 10 to
 * 49, 50 to 299, and 300 or more employees. Names are message keys {@code dashboard.size.MICRO} ….
 */
public enum CompanySize {

	MICRO(0), SMALL(10), MEDIUM(50), LARGER(300);

	private final int fromEmployees;

	CompanySize(int fromEmployees) {
		this.fromEmployees = fromEmployees;
	}

	public int fromEmployees() {
		return fromEmployees;
	}

	public String messageKey() {
		return "dashboard.size." + name();
	}

	public static CompanySize of(int employees) {
		CompanySize size = MICRO;
		for (CompanySize candidate : values()) {
			if (employees >= candidate.fromEmployees) {
				size = candidate;
			}
		}
		return size;
	}

	/**
	 * The SQL expression giving the class of the head count in {@code column}, {@code null} where it is unknown.
	 */
	static String sqlOf(String column) {
		StringBuilder sql = new StringBuilder("case when ").append(column).append(" is null then null");
		CompanySize[] sizes = values();
		for (int i = sizes.length - 1; i > 0; i--) {
			sql.append(" when ")
				.append(column)
				.append(" >= ")
				.append(sizes[i].fromEmployees)
				.append(" then '")
				.append(sizes[i].name())
				.append('\'');
		}
		return sql.append(" else '").append(sizes[0].name()).append("' end").toString();
	}

}
