/**
 * JSON Schemas and JSON binding for an application's own records: structured outputs
 * ({@link ai.ope.responses.api.schema.JsonSchemas}) and function tools made from records, bound
 * with {@link ai.ope.responses.api.schema.StructuredJson}.
 */
package ai.ope.responses.api.schema;
