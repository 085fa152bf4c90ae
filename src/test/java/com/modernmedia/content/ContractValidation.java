package com.modernmedia.content;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Every response a test receives through REST Assured is checked against the committed OpenAPI document:
 * its status must be documented for the operation, and its body must match the documented schema. Requests
 * are not checked: tests send bad ones on purpose. Paths the document does not describe (/q/*, test probes)
 * are left alone, and so are Brotli bodies, which REST Assured cannot decode to read.
 */
public class ContractValidation implements QuarkusTestBeforeEachCallback {

    private static final Filter AGAINST_THE_DOCUMENT = new Filter() {

        private final OpenApiValidationFilter validation = new OpenApiValidationFilter(
                OpenApiInteractionValidator.createForSpecificationUrl("docs/openapi.yaml")
                        .withLevelResolver(LevelResolver.create()
                                .withLevel("validation.request", ValidationReport.Level.IGNORE)
                                .build())
                        .build());

        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                               FilterContext context) {
            String encoding = request.getHeaders().getValue("Accept-Encoding");
            return encoding != null && encoding.contains("br") ? context.next(request, response)
                    : validation.filter(request, response, context);
        }
    };

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (!RestAssured.filters().contains(AGAINST_THE_DOCUMENT)) {
            RestAssured.filters(AGAINST_THE_DOCUMENT);
        }
    }
}
