package com.modernmedia.content;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** docs/openapi.yaml is the committed API contract; it must be what the service serves. */
@QuarkusTest
class OpenApiDocumentTest {

    private static final Path COMMITTED = Path.of("docs/openapi.yaml");
    private static final Path SERVED_COPY = Path.of("target/openapi.yaml");

    @Test
    void shouldServeTheCommittedOpenApiDocument() throws IOException {
        String served = given().when().get("/q/openapi?format=yaml").then().statusCode(200).extract().asString();
        Files.writeString(SERVED_COPY, served);

        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED) : "";
        assertEquals(committed, served, "docs/openapi.yaml is stale: review and copy target/openapi.yaml over it");
    }

    @Test
    void shouldServeSwaggerUi() {
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }
}
