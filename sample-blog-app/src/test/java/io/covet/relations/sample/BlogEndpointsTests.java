package io.covet.relations.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import io.covet.relations.observation.QueryCounter;

/**
 * Drives the blog's endpoints end to end over HTTP; one subclass per database. The statement counts show the
 * relations are loaded with joins and prefetches, not a query per row.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(BlogEndpointsTests.Counting.class)
abstract class BlogEndpointsTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@Value("${local.server.port}")
	private int port;

	@Autowired
	private QueryCounter queries;

	@Autowired
	private org.springframework.context.ApplicationContext context;

	@Test
	void listsPostsWithAuthorTagsAndCommentsInThreeStatements() throws Exception {
		int before = this.queries.total();
		HttpResponse<String> response = get("/posts");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(this.queries.total() - before).isEqualTo(3);
		assertThat(response.body()).contains("\"tags\":[\"ai\",\"computing\"]");
		assertThat(response.body()).contains("Computing Machinery and Intelligence", "\"name\":\"Alan Turing\"",
				"Define 'think'.");
	}

	@Test
	void filtersPostsAcrossTheAuthorRelation() throws Exception {
		String body = get("/posts?author=ada").body();
		assertThat(body).contains("Notes on the Analytical Engine").doesNotContain("On Computable Numbers");
	}

	@Test
	void listsAuthorsWithTheirPostsInTwoStatements() throws Exception {
		int before = this.queries.total();
		HttpResponse<String> response = get("/authors");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(this.queries.total() - before).isEqualTo(2);
		assertThat(response.body()).contains("Ada Lovelace", "On Computable Numbers");
	}

	@Test
	void showsOnePostAndAddsAComment() throws Exception {
		String posts = get("/posts?author=Ada").body();
		String id = posts.replaceAll("(?s)^\\[\\{\"id\":(\\d+).*$", "$1");
		HttpResponse<String> created = this.http.send(HttpRequest.newBuilder(uri("/posts/" + id + "/comments"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Mary\",\"text\":\"Poetical science!\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(get("/posts/" + id).body()).contains("Poetical science!", "Ada Lovelace");
	}

	@Test
	void createsTagsAndDeletesAPost() throws Exception {
		String authors = get("/authors").body();
		String authorId = authors.replaceAll("(?s)^\\[\\{\"id\":(\\d+).*$", "$1");
		HttpResponse<String> created = send("POST", "/posts",
				"{\"title\":\"Fresh\",\"body\":\"New.\",\"authorId\":" + authorId + "}");
		assertThat(created.statusCode()).isEqualTo(201);
		String id = created.body().replaceAll("(?s)^\\{\"id\":(\\d+).*$", "$1");
		assertThat(send("POST", "/posts/" + id + "/tags", "{\"name\":\"fresh\"}").body()).isEqualTo("[\"fresh\"]");
		assertThat(send("POST", "/posts/" + id + "/tags", "{\"name\":\"ai\"}").body()).isEqualTo("[\"ai\",\"fresh\"]");
		assertThat(get("/posts?tag=fresh").body()).contains("\"title\":\"Fresh\"");
		send("POST", "/posts/" + id + "/comments", "{\"name\":\"Mary\",\"text\":\"Gone soon.\"}");
		assertThat(send("DELETE", "/posts/" + id, null).statusCode()).isEqualTo(204);
		assertThat(get("/posts/" + id).statusCode()).isEqualTo(404);
		assertThat(get("/comments").body()).doesNotContain("Gone soon.");
		assertThat(send("DELETE", "/posts/" + id, null).statusCode()).isEqualTo(404);
	}

	@Test
	void filtersPostsAcrossTheTagRelation() throws Exception {
		String body = get("/posts?tag=mathematics").body();
		assertThat(body).contains("On Computable Numbers", "Notes on the Analytical Engine")
			.doesNotContain("Computing Machinery");
	}

	@Test
	void flywayOwnsTheSchema() {
		assertThat(this.context.getBeanNamesForType(io.covet.relations.autoconfigure.MissingTablesInitializer.class)).isEmpty();
		assertThat(this.context.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
			.queryForObject("SELECT COUNT(*) FROM flyway_schema_history WHERE success = " + (isPostgres() ? "true" : "1"),
					Long.class)).isEqualTo(1);
	}

	private boolean isPostgres() {
		return this.context.getBean(io.covet.relations.CovetRelations.class).dialect().name().equals("postgresql");
	}

	@Test
	void actuatorShowsTheModelGraphAndMetrics() throws Exception {
		assertThat(get("/actuator/relations").body()).contains("\"Post\"", "\"onDelete\":\"CASCADE\"", "post_tags",
				"\"tree\":\"nested_set\"", "\"contentTypeId\"", "generic_foreign_key", "\"discriminator\":\"kind=talk\"");
		get("/posts");
		assertThat(get("/actuator/metrics/covet.relations.query").body()).contains("\"name\":\"covet.relations.query\"");
		// Actuator's ObservationRegistry reaches the library: each prefetch level is an observation, hence a timer.
		assertThat(get("/actuator/metrics/covet.relations.prefetch.lookup?tag=relation:Post.tags").body())
			.contains("\"name\":\"covet.relations.prefetch.lookup\"", "\"dialect\"");
	}

	@Test
	void searchesThroughADerivedRepositoryQuery() throws Exception {
		assertThat(get("/search?q=COMPUT").body()).isEqualTo("[\"Computing Machinery and Intelligence\",\"On Computable Numbers\"]");
	}

	@Test
	void pagesAnAuthorsTitlesThroughADerivedQueryAcrossTheAuthorKey() throws Exception {
		assertThat(get("/search/by-author?name=alan%20turing&size=1").body())
			.isEqualTo("{\"titles\":[\"Computing Machinery and Intelligence\"],\"total\":2}");
		assertThat(get("/search/by-author?name=Alan%20Turing&size=1&page=1").body())
			.isEqualTo("{\"titles\":[\"On Computable Numbers\"],\"total\":2}");
	}

	@Test
	void photosCarryTheirGenericComments() throws Exception {
		int before = this.queries.total();
		String photos = get("/photos").body();
		assertThat(this.queries.total() - before).isEqualTo(2);
		assertThat(photos).contains("The Difference Engine", "Mine, in fact.");
	}

	@Test
	void commentsShowWhatTheyAreOnWithOneQueryPerModel() throws Exception {
		get("/comments");
		int before = this.queries.total();
		String comments = get("/comments").body();
		assertThat(this.queries.total() - before).isEqualTo(3);
		assertThat(comments).contains("post: Notes on the Analytical Engine", "photo: The Difference Engine");
	}

	@Test
	void categoryPostsCoverTheWholeSubtree() throws Exception {
		String categories = get("/categories").body();
		assertThat(categories).contains("\"name\":\"Science\",\"depth\":0", "\"name\":\"Artificial intelligence\",\"depth\":2");
		String computingId = categories.replaceAll("(?s).*\\{\"id\":(\\d+),\"name\":\"Computing\".*", "$1");
		String posts = get("/categories/" + computingId + "/posts").body();
		assertThat(posts).contains("On Computable Numbers", "Computing Machinery and Intelligence")
			.doesNotContain("Analytical Engine");
	}

	@Test
	void noticesComeBackAsTheirOwnClassesFromOneQuery() throws Exception {
		int before = this.queries.total();
		String notices = get("/notices").body();
		assertThat(this.queries.total() - before).isEqualTo(1);
		assertThat(notices).contains("\"kind\":\"talk\"", "\"speaker\":\"Alan Turing\"", "\"kind\":\"release\"",
				"\"version\":\"2.0\"");
		assertThat(notices.indexOf("talk")).isLessThan(notices.indexOf("release"));
	}

	@Test
	void unknownPostIsNotFound() throws Exception {
		assertProblem(get("/posts/987654"), 404);
		assertProblem(get("/categories/987654/posts"), 404);
		assertProblem(send("POST", "/posts", "{\"title\":\"Orphan\",\"authorId\":987654}"), 404);
	}

	@Test
	void badQueryParametersAreRefused() throws Exception {
		assertProblem(get("/search/by-author?name=Alan%20Turing&size=0"), 400);
		assertProblem(get("/search/by-author?name=Alan%20Turing&page=-1"), 400);
		assertProblem(get("/search/by-author?name=Alan%20Turing&size=1001"), 400);
		assertProblem(get("/posts?tag=%00"), 400);
		assertProblem(get("/posts?author=a%00b"), 400);
		assertProblem(get("/search?q=%00"), 400);
		assertProblem(get("/search/by-author?name=%00"), 400);
	}

	@Test
	void incompleteOrOverlongBodiesAreRefusedAndNothingIsStored() throws Exception {
		String id = get("/posts?author=Ada").body().replaceAll("(?s)^\\[\\{\"id\":(\\d+).*$", "$1");
		String authorId = get("/authors").body().replaceAll("(?s)^\\[\\{\"id\":(\\d+).*$", "$1");
		String before = get("/posts").body();
		assertProblem(send("POST", "/posts/" + id + "/tags", "{}"), 400);
		assertProblem(send("POST", "/posts/" + id + "/tags", "{\"name\":\"" + "t".repeat(65) + "\"}"), 400);
		assertProblem(send("POST", "/posts/" + id + "/tags", "{\"name\":\"a\\u0000b\"}"), 400);
		assertProblem(send("POST", "/posts/" + id + "/comments", "{}"), 400);
		assertProblem(send("POST", "/posts/" + id + "/comments", "{\"name\":\"Mary\"}"), 400);
		assertProblem(send("POST", "/posts/" + id + "/comments",
				"{\"name\":\"Mary\",\"text\":\"" + "c".repeat(2001) + "\"}"), 400);
		assertProblem(send("POST", "/posts/" + id + "/comments",
				"{\"name\":\"" + "m".repeat(256) + "\",\"text\":\"Hi\"}"), 400);
		assertProblem(send("POST", "/posts", "{\"body\":\"No title.\",\"authorId\":" + authorId + "}"), 400);
		assertProblem(send("POST", "/posts", "{\"title\":\"" + "p".repeat(256) + "\",\"authorId\":" + authorId + "}"),
				400);
		assertProblem(send("POST", "/posts",
				"{\"title\":\"Long\",\"body\":\"" + "b".repeat(4001) + "\",\"authorId\":" + authorId + "}"), 400);
		assertProblem(send("POST", "/posts", "{\"title\":\"No author\"}"), 400);
		assertProblem(send("POST", "/posts", "not json"), 400);
		assertThat(get("/posts").body()).isEqualTo(before);
		// the longest values the columns hold are taken
		assertThat(send("POST", "/posts/" + id + "/tags", "{\"name\":\"" + "t".repeat(64) + "\"}").statusCode())
			.isEqualTo(200);
		assertThat(send("POST", "/posts/" + id + "/comments",
				"{\"name\":\"" + "m".repeat(255) + "\",\"text\":\"" + "c".repeat(2000) + "\"}").statusCode())
			.isEqualTo(201);
	}

	private static void assertProblem(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).contains("application/problem+json"));
		assertThat(response.body()).contains("\"status\":" + status).doesNotContain("\tat ", "Exception");
	}

	@Test
	void actuatorIsUp() throws Exception {
		assertThat(get("/actuator/health").body()).contains("UP");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> send(String method, String path, String json) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		return this.http.send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Counting {

		@Bean
		QueryCounter queryCounter() {
			return new QueryCounter();
		}
	}
}
