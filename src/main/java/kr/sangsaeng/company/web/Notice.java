package kr.sangsaeng.company.web;

import java.io.Serializable;
import java.util.List;

/**
 * A message shown once after a redirect: a message key with its arguments, and whether it reports success.
 */
public record Notice(String key, List<Object> args, boolean success) implements Serializable {

	static Notice done(String key, Object... args) {
		return new Notice(key, List.of(args), true);
	}

	static Notice warning(String key, Object... args) {
		return new Notice(key, List.of(args), false);
	}

	public Object[] arguments() {
		return args.toArray();
	}

}
