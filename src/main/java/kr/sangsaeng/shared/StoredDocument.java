package kr.sangsaeng.shared;

/**
 * A document's content with the media type it was checked to have.
 */
public record StoredDocument(String fileName, String mediaType, byte[] content) {
}
