package io.github.automigrate.report;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JDBC URLs fit for a log: without the user and password that a URL may carry, in its
 * user information ({@code //user:secret@host}) or among its parameters
 * ({@code ?user=sa&password=secret}, {@code ;PASSWORD=secret}).
 */
public final class JdbcUrls {

	// A parameter: its separator, its name and its value, up to the next separator.
	private static final Pattern PARAMETER = Pattern.compile("([?&;])([^=?&;]*)=([^?&;]*)");

	private static final Pattern USER_INFO = Pattern.compile("//[^/?;@]*@");

	private JdbcUrls() {
	}

	/**
	 * The URL without credentials.
	 * @param url a JDBC URL
	 * @return the URL without its user information and without its user and password
	 * parameters
	 */
	public static String withoutCredentials(String url) {
		String withoutUserInfo = USER_INFO.matcher(url).replaceFirst("//");
		StringBuilder kept = new StringBuilder();
		boolean queryStarted = false;
		Matcher parameter = PARAMETER.matcher(withoutUserInfo);
		int end = 0;
		while (parameter.find()) {
			kept.append(withoutUserInfo, end, parameter.start());
			end = parameter.end();
			if (isCredential(parameter.group(2))) {
				continue;
			}
			String separator = parameter.group(1);
			if (!separator.equals(";")) {
				// The first query parameter kept opens the query, whichever was first
				// before.
				separator = queryStarted ? "&" : "?";
				queryStarted = true;
			}
			kept.append(separator).append(parameter.group(2)).append('=').append(parameter.group(3));
		}
		return kept.append(withoutUserInfo.substring(end)).toString();
	}

	private static boolean isCredential(String name) {
		String key = name.trim().toLowerCase(Locale.ROOT);
		return key.equals("user") || key.equals("username") || key.equals("pwd") || key.contains("password")
				|| key.contains("secret");
	}

}
