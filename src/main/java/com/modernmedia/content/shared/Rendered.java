package com.modernmedia.content.shared;

import jakarta.ws.rs.core.MediaType;

/**
 * An answer in a representation of its own rather than the JSON of one of the API's types: a feed's XML, an
 * article as JSON-LD. The representation filter sends the document (bytes as they are, anything else as JSON)
 * with its media type, and tags and versions it by the DTO it was made from, so that it is cached, revalidated
 * and invalidated like that DTO's own JSON.
 *
 * @param document the bytes to send, or an object to send as JSON
 * @param type     its media type
 * @param source   the DTO it shows: its resources are the answer's cache tags, its revision is in the ETag
 */
public record Rendered(Object document, MediaType type, Object source) {
}
