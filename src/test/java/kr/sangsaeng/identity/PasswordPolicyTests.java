package kr.sangsaeng.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	private static final String EMAIL = "minsu.kim@hanbit-autotech.example";

	private final PasswordPolicy policy = new PasswordPolicy();

	@ParameterizedTest
	@ValueSource(strings = { "blue harbour lantern 7", "correct-horse-staple", "상생금융으로 공장을 넓힌다", "xK8#mQ2!vL9@",
			"aaaaaaaaaaab" })
	void acceptsLongUncommonPasswordsOfAnyCharacters(String password) {
		assertThat(policy.violations(password, EMAIL)).isEmpty();
	}

	@Test
	void refusesFewerThanTwelveCharacters() {
		assertThat(policy.violations("Tr0ub4dor&3", EMAIL)).containsExactly(PasswordPolicy.TOO_SHORT);
		assertThat(policy.violations("", EMAIL)).contains(PasswordPolicy.TOO_SHORT);
		assertThat(policy.violations(null, EMAIL)).contains(PasswordPolicy.TOO_SHORT);
	}

	@Test
	void countsARunOfBlanksAsOneCharacter() {
		assertThat(policy.violations("abc      defgh", EMAIL)).containsExactly(PasswordPolicy.TOO_SHORT);
		assertThat(policy.violations("abc def ghi jk", EMAIL)).isEmpty();
	}

	@Test
	void acceptsSixtyFourCharactersButNotMore() {
		assertThat(policy.violations("k".repeat(30) + "q".repeat(34), EMAIL)).isEmpty();
		assertThat(policy.violations("k".repeat(30) + "q".repeat(35), EMAIL)).containsExactly(PasswordPolicy.TOO_LONG);
	}

	@Test
	void refusesWhatBcryptWouldCutShortEvenWithinSixtyFourCharacters() {
		String koreanSentence = "우리회사는상생금융으로새공장을짓고직원을더뽑는다스물다섯자";
		assertThat(koreanSentence.length()).isLessThanOrEqualTo(PasswordPolicy.MAXIMUM_LENGTH);
		assertThat(policy.violations(koreanSentence, EMAIL)).containsExactly(PasswordPolicy.TOO_LONG);
	}

	@ParameterizedTest
	@ValueSource(strings = { "password1234", "PASSWORD1234", "Password1234", "qwer1234qwer", "1q2w3e4r5t6y",
			"123456789012", "iloveyou1234", "dkssudgktpdy1", "aaaaaaaaaaaa", " qwerty123456 " })
	void refusesCommonPasswordsIgnoringCase(String password) {
		assertThat(policy.violations(password, EMAIL)).containsExactly(PasswordPolicy.COMMON);
	}

	@Test
	void shipsAListOfSeveralThousandCommonPasswords() {
		assertThat(policy.isCommon("password12345")).isTrue();
		assertThat(policy.isCommon("zebra violin 42 garden")).isFalse();
		assertThat(new PasswordPolicy(java.util.Set.of("only one")).isCommon("password12345")).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "minsu.kim2026!!", "MyNameIsMINSU.KIM", "xx-minsu.kim-xx" })
	void refusesPasswordsContainingTheEmailsLocalPart(String password) {
		assertThat(policy.violations(password, EMAIL)).containsExactly(PasswordPolicy.CONTAINS_USERNAME);
	}

	@Test
	void refusesAPasswordContainingAUsernameThatIsNotAnEmail() {
		assertThat(policy.violations("hello sme.demo friend", "sme.demo"))
			.containsExactly(PasswordPolicy.CONTAINS_USERNAME);
	}

	@Test
	void ignoresLocalPartsTooShortToMeanAnything() {
		assertThat(policy.violations("a long passphrase here", "a@example.co.kr")).isEmpty();
	}

	@Test
	void refusesControlAndInvisibleCharacters() {
		assertThat(policy.violations("blue harbour\nlantern", EMAIL)).containsExactly(PasswordPolicy.UNPRINTABLE);
		assertThat(policy.violations("blue harbour\u202Elantern", EMAIL)).containsExactly(PasswordPolicy.UNPRINTABLE);
	}

	@Test
	void reportsEveryRuleAPasswordBreaks() {
		assertThat(policy.violations("minsu.kim\u0000", EMAIL)).containsExactlyInAnyOrder(PasswordPolicy.UNPRINTABLE,
				PasswordPolicy.TOO_SHORT, PasswordPolicy.CONTAINS_USERNAME);
	}

}
