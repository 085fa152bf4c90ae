package com.modernmedia.content.bench;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** Turned on, as bench/run.sh does, the ceiling answers its fixed bytes as JSON. */
@QuarkusTest
@TestProfile(CeilingResourceEnabledTest.CeilingOn.class)
class CeilingResourceEnabledTest {

    public static class CeilingOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("content.bench.ceiling", "true");
        }
    }

    @Test
    void shouldAnswerTheFixedBytesWhenOn() {
        byte[] body = given().when().get("/api/v1/_ceiling")
                .then().statusCode(200)
                .contentType("application/json")
                .extract().asByteArray();
        assertArrayEquals(CeilingResource.BODY, body);
    }
}
