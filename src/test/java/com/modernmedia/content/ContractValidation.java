package com.modernmedia.content;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import jakarta.ws.rs.core.MediaType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every response a test receives through REST Assured is checked against the committed OpenAPI document:
 * its status must be documented for the operation, and its body must match the documented schema. Requests
 * are not checked: tests send bad ones on purpose. Paths the document does not describe (/q/*, test probes)
 * are left alone, and so are Brotli bodies, which REST Assured cannot decode to read.
 * <p>
 * The validator matches a response's media type to the documented ones without their parameters, so a
 * profiled type (application/json; profile="…", RFC 6906) would be checked against the plain type's schema. A
 * response with a profile is checked against a copy of the document in which its profile's content is the only
 * one of that type.
 */
public class ContractValidation implements QuarkusTestBeforeEachCallback {

    private static final String PROFILE = "profile";

    private static final Filter AGAINST_THE_DOCUMENT = new Filter() {

        private final OpenApiInteractionValidator validator = validator(OpenApiInteractionValidator.createForSpecificationUrl("docs/openapi.yaml"));
        private final Map<String, OpenApiInteractionValidator> perProfile = new ConcurrentHashMap<>();

        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                               FilterContext context) {
            String encoding = request.getHeaders().getValue("Accept-Encoding");
            Response answer = context.next(request, response);
            if (encoding != null && encoding.contains("br")) {
                return answer;
            }
            String profile = profileOf(answer.getContentType());
            OpenApiInteractionValidator against = profile == null ? validator
                    : perProfile.computeIfAbsent(profile, p -> validator(OpenApiInteractionValidator.createForInlineApiSpecification(
                    onlyProfile(OpenApiDocument.read(), p).toString())));
            ValidationReport report = against.validate(RestAssuredRequest.of(request), RestAssuredResponse.of(answer));
            if (report.hasErrors()) {
                throw new OpenApiValidationFilter.OpenApiValidationException(report);
            }
            return answer;
        }
    };

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (!RestAssured.filters().contains(AGAINST_THE_DOCUMENT)) {
            RestAssured.filters(AGAINST_THE_DOCUMENT);
        }
    }

    private static OpenApiInteractionValidator validator(OpenApiInteractionValidator.Builder document) {
        return document.withLevelResolver(LevelResolver.create()
                .withLevel("validation.request", ValidationReport.Level.IGNORE)
                .build()).build();
    }

    private static String profileOf(String contentType) {
        try {
            return contentType == null || contentType.isBlank() ? null : MediaType.valueOf(contentType).getParameters().get(PROFILE);
        } catch (IllegalArgumentException e) {
            return null; // the validator reports what it cannot read
        }
    }

    /** The document with no other media type of a profiled type beside the profile's, in every answer that has it. */
    private static JsonNode onlyProfile(JsonNode document, String profile) {
        document.path("paths").forEach(path -> path.forEach(operation -> operation.path("responses").forEach(answer -> {
            JsonNode content = answer.path("content");
            List<MediaType> profiled = new ArrayList<>();
            content.fieldNames().forEachRemaining(name -> {
                if (profile.equals(MediaType.valueOf(name).getParameters().get(PROFILE))) {
                    profiled.add(MediaType.valueOf(name));
                }
            });
            List<String> shadowed = new ArrayList<>();
            content.fieldNames().forEachRemaining(name -> {
                MediaType type = MediaType.valueOf(name);
                if (!profiled.contains(type) && profiled.stream().anyMatch(type::isCompatible)) {
                    shadowed.add(name);
                }
            });
            if (!shadowed.isEmpty()) {
                ((ObjectNode) content).remove(shadowed);
            }
        })));
        return document;
    }
}
