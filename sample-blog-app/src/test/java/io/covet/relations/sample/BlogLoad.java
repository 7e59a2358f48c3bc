package io.covet.relations.sample;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reader and writer of the blog over HTTP: each {@link #next()} sends one request drawn from a realistic mix
 * (mostly lists and single posts; some new posts, tags, comments and deletes of its own posts), checks its status and
 * records anything unexpected. The posts it creates are the only ones it deletes, so the seed data stays readable.
 */
final class BlogLoad {

	private static final Pattern AUTHOR_ID = Pattern.compile("\\{\"id\":(\\d+),\"name\"");

	private static final Pattern POST_ID = Pattern.compile("\\{\"id\":(\\d+),\"title\"");

	private static final int MAX_OWN_POSTS = 40;

	private final HttpClient http = HttpClient.newHttpClient();

	private final String base;

	private final Random random;

	private final List<Long> authors = new ArrayList<>();

	private final List<Long> seedPosts = new ArrayList<>();

	private final List<Long> ownPosts = new ArrayList<>();

	private final List<String> errors = new ArrayList<>();

	private int requests;

	BlogLoad(int port, long seed) throws IOException, InterruptedException {
		this.base = "http://127.0.0.1:" + port;
		this.random = new Random(seed);
		this.authors.addAll(ids(AUTHOR_ID, send("GET", "/authors", null, 200)));
		this.seedPosts.addAll(ids(POST_ID, send("GET", "/posts", null, 200)));
	}

	int requests() {
		return this.requests;
	}

	List<String> errors() {
		return this.errors;
	}

	/** Sends one request of the mix. */
	void next() throws InterruptedException {
		int roll = this.random.nextInt(100);
		try {
			if (roll < 20) {
				send("GET", "/posts", null, 200);
			}
			else if (roll < 25) {
				send("GET", this.random.nextBoolean() ? "/posts?tag=soak" + this.random.nextInt(4) : "/posts?author=a", null,
						200);
			}
			else if (roll < 45) {
				send("GET", "/posts/" + anyPost(), null, 200);
			}
			else if (roll < 52) {
				send("GET", "/authors", null, 200);
			}
			else if (roll < 56) {
				send("GET", this.random.nextBoolean() ? "/comments" : "/search?q=on", null, 200);
			}
			else if (roll < 68 || this.ownPosts.isEmpty()) {
				create();
			}
			else if (roll < 78) {
				send("POST", "/posts/" + anyPost() + "/tags", "{\"name\":\"soak" + this.random.nextInt(6) + "\"}", 200);
			}
			else if (roll < 90) {
				send("POST", "/posts/" + anyPost() + "/comments", "{\"name\":\"reader\",\"text\":\"comment " + roll + "\"}",
						201);
			}
			else {
				send("DELETE", "/posts/" + this.ownPosts.remove(this.random.nextInt(this.ownPosts.size())), null, 204);
			}
		}
		catch (IOException ex) {
			this.errors.add(ex.toString());
		}
	}

	private void create() throws IOException, InterruptedException {
		if (this.ownPosts.size() >= MAX_OWN_POSTS) {
			send("DELETE", "/posts/" + this.ownPosts.remove(0), null, 204);
			return;
		}
		long author = this.authors.get(this.random.nextInt(this.authors.size()));
		String created = send("POST", "/posts",
				"{\"title\":\"soak " + this.requests + "\",\"body\":\"text\",\"authorId\":" + author + "}", 201);
		this.ownPosts.addAll(ids(POST_ID, created));
	}

	private long anyPost() {
		boolean own = !this.ownPosts.isEmpty() && this.random.nextBoolean();
		List<Long> from = own ? this.ownPosts : this.seedPosts;
		return from.get(this.random.nextInt(from.size()));
	}

	/** Sends a request; a status other than {@code expected} is recorded as an error. Returns the body. */
	private String send(String method, String path, String json, int expected) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path));
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		request.method(method, json == null ? BodyPublishers.noBody() : BodyPublishers.ofString(json));
		HttpResponse<String> response = this.http.send(request.build(), BodyHandlers.ofString());
		this.requests++;
		if (response.statusCode() != expected) {
			String body = response.body();
			this.errors.add(method + " " + path + " -> " + response.statusCode() + " "
					+ body.substring(0, Math.min(200, body.length())));
		}
		return response.body();
	}

	private static List<Long> ids(Pattern pattern, String json) {
		List<Long> ids = new ArrayList<>();
		Matcher matcher = pattern.matcher(json);
		while (matcher.find()) {
			ids.add(Long.parseLong(matcher.group(1)));
		}
		return ids;
	}
}
