package kr.sangsaeng;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.core.io.ClassPathResource;

/**
 * The values of {@code hostile-values.txt}, as the bytes a browser or a bank's system would send, plus the giants
 * that are made rather than kept in the file.
 */
final class HostileValues {

	static final String CORPUS = "hostile-values.txt";

	/** What a page shows when it renders one of the corpus' scripts as a script. */
	static final String SCRIPT_MARKER = "hostile(";

	private HostileValues() {
	}

	record Hostile(String kind, String label, byte[] bytes) {

		String text() {
			return new String(bytes, StandardCharsets.UTF_8);
		}

		boolean isGiant() {
			return bytes.length > 100_000;
		}

		@Override
		public String toString() {
			return kind + " «" + (label.length() > 60 ? label.substring(0, 60) + "…" : label) + "»";
		}

	}

	static List<Hostile> corpus() {
		List<Hostile> values = new ArrayList<>();
		String kind = "unnamed";
		try {
			String text = new ClassPathResource(CORPUS).getContentAsString(StandardCharsets.UTF_8);
			for (String line : text.split("\n", -1)) {
				if (line.startsWith("# kind:")) {
					kind = line.substring("# kind:".length()).strip();
				}
				else if (!line.startsWith("#") && !line.isEmpty()) {
					values.add(new Hostile(kind, line, decode(line)));
				}
			}
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
		return values;
	}

	/** The 10 MB, 1 MB and 100 000-character values: sent to a representative field of each form. */
	static List<Hostile> giants() {
		return List.of(repeated("10 MB of letters", 'A', 10 * 1024 * 1024),
				new Hostile("giant", "1 MB of Hangul", "가".repeat(350_000).getBytes(StandardCharsets.UTF_8)),
				repeated("100 000 digits", '9', 100_000));
	}

	private static Hostile repeated(String label, char character, int length) {
		byte[] bytes = new byte[length];
		Arrays.fill(bytes, (byte) character);
		return new Hostile("giant", label, bytes);
	}

	static byte[] decode(String line) {
		if (line.equals("\\E")) {
			return new byte[0];
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		int i = 0;
		while (i < line.length()) {
			char c = line.charAt(i);
			if (c == '\\' && i + 1 < line.length()) {
				char escape = line.charAt(i + 1);
				switch (escape) {
					case 'n' -> append(bytes, "\n");
					case 'r' -> append(bytes, "\r");
					case 't' -> append(bytes, "\t");
					case 'b' -> append(bytes, "\b");
					case 's' -> append(bytes, " ");
					case '\\' -> append(bytes, "\\");
					case 'u' -> {
						append(bytes, String.valueOf((char) Integer.parseInt(line.substring(i + 2, i + 6), 16)));
						i += 4;
					}
					case 'x' -> {
						bytes.write(Integer.parseInt(line.substring(i + 2, i + 4), 16));
						i += 2;
					}
					default -> append(bytes, "\\" + escape);
				}
				i += 2;
			}
			else {
				int codePoint = line.codePointAt(i);
				append(bytes, new String(Character.toChars(codePoint)));
				i += Character.charCount(codePoint);
			}
		}
		return bytes.toByteArray();
	}

	private static void append(ByteArrayOutputStream bytes, String text) {
		bytes.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

}
