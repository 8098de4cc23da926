package kr.sangsaeng.home;

/**
 * A link on a home page; {@code key} names its title and explanation ({@code home.task.KEY[.text]}).
 */
public record HomeTask(String path, String key) {
}
