/**
 * Internal machinery of the model: the streaming JSON codec that binds the model's records and
 * sealed interfaces, and the JSON-B adapters that expose it to any {@code Jsonb}. Not exported;
 * nothing here is API.
 */
package ai.ope.responses.api.internal;
