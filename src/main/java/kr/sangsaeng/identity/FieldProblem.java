package kr.sangsaeng.identity;

/**
 * Why a value was refused, for the form field it belongs to ({@code null} for the form as a whole), by message key.
 */
public record FieldProblem(String field, String messageKey) {
}
