package kr.sangsaeng.shared;

/**
 * The 17 first-level administrative divisions of Korea (시도). Names are message keys {@code region.SEOUL} ….
 */
public enum Region {

	SEOUL, BUSAN, DAEGU, INCHEON, GWANGJU, DAEJEON, ULSAN, SEJONG, GYEONGGI, GANGWON, CHUNGBUK, CHUNGNAM, JEONBUK,
	JEONNAM, GYEONGBUK, GYEONGNAM, JEJU;

	public String messageKey() {
		return "region." + name();
	}

}
