package kr.sangsaeng.audit.internal;

/**
 * Where a request came from: the client's address and its user agent. Both are absent outside requests.
 */
record Origin(String clientIp, String userAgent) {

	static final Origin NONE = new Origin(null, null);

}
