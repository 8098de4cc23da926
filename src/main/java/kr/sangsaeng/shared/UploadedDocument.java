package kr.sangsaeng.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A file as the SME uploaded it, before it is accepted: its name and declared type are the browser's word,
 * its content is what counts. One check for every document an SME uploads: those of its applications and its
 * business registration certificate.
 */
public record UploadedDocument(String originalName, String declaredType, byte[] content) {

	public static final int MAX_BYTES = 10 * 1024 * 1024;

	/**
	 * The kinds of document an application accepts, each recognised by its first bytes.
	 */
	public enum Kind {

		PDF("application/pdf", new byte[] { '%', 'P', 'D', 'F', '-' }, "pdf"),
		PNG("image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' }, "png"),
		JPEG("image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }, "jpg", "jpeg");

		private final String mediaType;

		private final byte[] signature;

		private final String[] extensions;

		Kind(String mediaType, byte[] signature, String... extensions) {
			this.mediaType = mediaType;
			this.signature = signature;
			this.extensions = extensions;
		}

		public String mediaType() {
			return mediaType;
		}

		boolean matchesContent(byte[] content) {
			return content.length >= signature.length
					&& Arrays.equals(Arrays.copyOf(content, signature.length), signature);
		}

		boolean matchesExtension(String extension) {
			return Arrays.asList(extensions).contains(extension);
		}

		static Optional<Kind> ofMediaType(String mediaType) {
			return Arrays.stream(values()).filter(kind -> kind.mediaType.equals(mediaType)).findFirst();
		}

	}

	public UploadedDocument {
		content = content == null ? new byte[0] : content;
	}

	/**
	 * What kind of document this is, if its name, declared type and content agree; otherwise the message key of
	 * what is wrong.
	 */
	public Inspection inspect() {
		if (content.length == 0) {
			return Inspection.refused("application.document.error.empty");
		}
		if (content.length > MAX_BYTES) {
			return Inspection.refused("application.document.error.tooLarge");
		}
		String name = originalName == null ? "" : originalName;
		int dot = name.lastIndexOf('.');
		String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
		Optional<Kind> byContent = Arrays.stream(Kind.values()).filter(kind -> kind.matchesContent(content)).findFirst();
		if (byContent.isEmpty()) {
			return Inspection.refused("application.document.error.type");
		}
		Kind kind = byContent.get();
		String declared = declaredType == null ? "" : declaredType.toLowerCase(Locale.ROOT).strip();
		boolean declaredMatches = declared.isEmpty() || declared.equals("application/octet-stream")
				|| Kind.ofMediaType(declared.equals("image/jpg") ? "image/jpeg" : declared).filter(kind::equals).isPresent();
		if (!kind.matchesExtension(extension) || !declaredMatches) {
			return Inspection.refused("application.document.error.mislabelled");
		}
		return new Inspection(kind, null);
	}

	/**
	 * A safe name to show: the last path segment, without control characters, at most 200 characters.
	 */
	public String displayName() {
		String name = originalName == null ? "" : originalName;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.codePoints()
			.filter(c -> !Character.isISOControl(c))
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString()
			.strip();
		if (name.isEmpty()) {
			name = "document";
		}
		return name.length() > 200 ? name.substring(name.length() - 200) : name;
	}

	/**
	 * The result of looking at an upload: its kind, or why it is refused.
	 */
	public record Inspection(Kind kind, String problem) {

		static Inspection refused(String problem) {
			return new Inspection(null, problem);
		}

		public boolean accepted() {
			return kind != null;
		}

	}

}
