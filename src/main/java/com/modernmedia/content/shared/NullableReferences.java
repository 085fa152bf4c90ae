package com.modernmedia.content.shared;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A nullable field that refers to another schema keeps its null in the OpenAPI 3.0 document: written as
 * {@code anyOf: [$ref, {type: <its type>, nullable: true, enum: [null]}]}, since a plain {@code nullable}
 * next to a {@code $ref} does not make the referred schema take null. Validators and client generators then
 * accept the null and still check every other value. Runs on the document the service serves.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class NullableReferences implements OASFilter {

    private static final String SCHEMAS = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        schemas.values().stream().filter(schema -> schema.getProperties() != null)
                .flatMap(schema -> schema.getProperties().values().stream())
                .forEach(property -> {
                    List<Schema> anyOf = property.getAnyOf();
                    if (anyOf == null || anyOf.size() != 2 || anyOf.get(0).getRef() == null
                            || !List.of(Schema.SchemaType.NULL).equals(anyOf.get(1).getType())) {
                        return;
                    }
                    Schema referred = schemas.get(anyOf.get(0).getRef().substring(SCHEMAS.length()));
                    Schema.SchemaType type = referred == null || referred.getType() == null
                            ? Schema.SchemaType.OBJECT : referred.getType().get(0);
                    Schema onlyNull = OASFactory.createSchema().type(List.of(type, Schema.SchemaType.NULL))
                            .enumeration(Collections.singletonList(null));
                    property.setAnyOf(List.of(anyOf.get(0), onlyNull));
                    property.setType(List.of(type, Schema.SchemaType.NULL));
                });
    }
}
